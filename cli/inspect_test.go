package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runInspectCmd(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runMain(t, append([]string{"inspect"}, args...)...)
}

func TestInspectJSONSample(t *testing.T) {
	out, errOut, status := runInspectCmd(t, "--json")
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("output is not a JSON array: %v", err)
	}
	if len(recs) != 5 {
		t.Fatalf("%d records, want 5", len(recs))
	}
	for _, f := range []string{"file", "title", "date", "time", "date_precision", "source", "author", "url", "organisations", "body", "warnings"} {
		if _, ok := recs[0][f]; !ok {
			t.Errorf("field %q missing", f)
		}
	}
	r := recs[2]
	if r["file"] != "002_309be694cfb00f89.txt" || r["date"] != "2022-11-06" || r["time"] != "09:20:19" ||
		r["date_precision"] != "exact" || r["source"] != "Báo Lạng Sơn" || r["author"] != "Ngọc Hiếu" {
		t.Errorf("record 002 = %v", r)
	}
	orgs, _ := r["organisations"].([]any)
	if len(orgs) == 0 {
		t.Fatal("no organisations in record 002")
	}
	o := orgs[0].(map[string]any)
	for _, f := range []string{"name", "kind", "aliases", "mentions", "primary"} {
		if _, ok := o[f]; !ok {
			t.Errorf("organisation field %q missing", f)
		}
	}
	if recs[4]["date_precision"] != "inferred" || recs[4]["time"] != "" {
		t.Errorf("record 004 date: %v %v", recs[4]["date_precision"], recs[4]["time"])
	}
}

func TestInspectTableAndWarnings(t *testing.T) {
	dir := t.TempDir()
	good := "Tiêu đề bài \x1b]0;owned\x07về công đoàn\n\n06/11/2022\n\nNội dung \x1b[2J bài viết.\n"
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte(good), 0o644)
	os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644)
	out, errOut, status := runInspectCmd(t, dir)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	for _, want := range []string{"a.txt", "title", "Tiêu đề bài về công đoàn", "2022-11-06 (day)", "1 article:"} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("escape bytes reached the output: %q", out)
	}
	if !strings.Contains(errOut, "empty.txt: skipped: empty file") || strings.Contains(out, "empty.txt") {
		t.Errorf("warning for the empty file: stderr %q", errOut)
	}
}

func TestInspectNothingLoaded(t *testing.T) {
	out, errOut, status := runInspectCmd(t, "/no/such/dir")
	if status == 0 || out != "" {
		t.Errorf("status %d, stdout %q", status, out)
	}
	lines := strings.Split(strings.TrimSpace(errOut), "\n")
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "bantin inspect: no article could be loaded from /no/such/dir") {
		t.Errorf("stderr %q", errOut)
	}
	if len(lines) != 1 {
		t.Errorf("the reason is printed more than once: %q", errOut)
	}
	if _, _, status := runInspectCmd(t, "--bogus"); status != 2 {
		t.Errorf("unknown flag: status %d, want 2", status)
	}
}
