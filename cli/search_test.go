package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runSearchCmd(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	return runMain(t, append([]string{"search"}, args...)...)
}

func TestSearchSampleText(t *testing.T) {
	out, errOut, status := runSearchCmd(t, "lang son")
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 2 {
		t.Fatalf("want one result and a summary, got:\n%s", out)
	}
	if !strings.Contains(lines[0], "Báo Lạng Sơn") || !strings.Contains(lines[0], "2022-11-06") ||
		!strings.Contains(lines[0], "Liên đoàn Lao động tỉnh") {
		t.Errorf("result line: %q", lines[0])
	}
	if lines[1] != "1 of 1 article matching lang son" {
		t.Errorf("summary: %q", lines[1])
	}
}

func TestSearchDiacriticsAndLimit(t *testing.T) {
	plain, _, s1 := runSearchCmd(t, "cong doan")
	marked, _, s2 := runSearchCmd(t, "CÔNG ĐOÀN")
	if s1 != 0 || s2 != 0 {
		t.Fatalf("status %d %d", s1, s2)
	}
	if !strings.Contains(plain, "5 of 5 articles") || !strings.Contains(marked, "5 of 5 articles") {
		t.Errorf("cong doan / CÔNG ĐOÀN should both find the five samples:\n%s\n%s", plain, marked)
	}
	out, _, status := runSearchCmd(t, "--limit", "2", "cong doan")
	if status != 0 || !strings.Contains(out, "2 of 5 articles") || strings.Count(out, "\n") != 3 {
		t.Errorf("--limit 2:\n%s", out)
	}
	// The CLI matches whole words: "vietsov" is not a word of any article.
	if _, _, status := runSearchCmd(t, "vietsov"); status != 1 {
		t.Errorf("partial word: status %d, want 1", status)
	}
}

func TestSearchJSON(t *testing.T) {
	out, errOut, status := runSearchCmd(t, "--json", "org:vietsovpetro")
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	var recs []map[string]any
	if err := json.Unmarshal([]byte(out), &recs); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	for _, f := range []string{"file", "title", "date", "time", "date_precision", "source", "author", "url", "organisations", "body", "warnings", "score", "rank", "number"} {
		if _, ok := recs[0][f]; !ok {
			t.Errorf("field %q missing", f)
		}
	}
	if recs[0]["file"] != "000_cf96302083c138ef.txt" || recs[0]["rank"] != float64(1) {
		t.Errorf("record: file %v rank %v", recs[0]["file"], recs[0]["rank"])
	}
	// Nothing found: an empty array and status 1.
	out, _, status = runSearchCmd(t, "--json", "xyzzy")
	if status != 1 || strings.TrimSpace(out) != "[]" {
		t.Errorf("no match: status %d, out %q", status, out)
	}
}

func TestSearchBadQuery(t *testing.T) {
	out, errOut, status := runSearchCmd(t, `công "đoàn`)
	if status != 2 || out != "" {
		t.Fatalf("status %d, stdout %q", status, out)
	}
	want := "bantin search: bad query at character 6: this quote is never closed; add a closing \" after the words\n" +
		"  công \"đoàn\n" +
		"       ^\n"
	if errOut != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut, want)
	}
	_, errOut, status = runSearchCmd(t, "cong to:2022-13")
	if status != 2 || !strings.Contains(errOut, "no month 13") || !strings.Contains(errOut, "at character 9") {
		t.Errorf("bad date: %d %q", status, errOut)
	}
	if _, errOut, status := runSearchCmd(t); status != 2 || !strings.Contains(errOut, "give a QUERY") {
		t.Errorf("no query: %d %q", status, errOut)
	}
	if _, errOut, status := runSearchCmd(t, "--limit", "x", "a"); status != 2 || !strings.Contains(errOut, "give a number") {
		t.Errorf("bad limit: %d %q", status, errOut)
	}
	if _, errOut, status := runSearchCmd(t, "--frobnicate", "a"); status != 2 || !strings.Contains(errOut, "unknown flag") {
		t.Errorf("bad flag: %d %q", status, errOut)
	}
}

func TestSearchNoMatchAndExclusionFirst(t *testing.T) {
	_, errOut, status := runSearchCmd(t, "xyzzy")
	if status != 1 || !strings.Contains(errOut, "no article matches xyzzy") {
		t.Errorf("no match: %d %q", status, errOut)
	}
	// A query starting with an exclusion: after --, or a Vietnamese word
	// (flags are ASCII).
	out, _, status := runSearchCmd(t, "--", "-vietsovpetro")
	if status != 0 || !strings.Contains(out, "3 of 3 articles") {
		t.Errorf("-- -vietsovpetro: %d\n%s", status, out)
	}
	out, _, status = runSearchCmd(t, "-Vietsovpetro công")
	if status != 0 || !strings.Contains(out, "3 of 3 articles") {
		t.Errorf("-Vietsovpetro công: %d\n%s", status, out)
	}
}

func TestSearchPaths(t *testing.T) {
	dir := t.TempDir()
	art := "Công đoàn Thừa Thiên Huế trao quà Tết\n15/01/2023 08:00\nSáng nay, Liên đoàn Lao động tỉnh Thừa Thiên Huế trao quà cho công nhân.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(art), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, status := runSearchCmd(t, "thua thien hue", dir)
	if status != 0 || !strings.Contains(out, "Thừa Thiên Huế trao quà Tết") {
		t.Errorf("status %d stderr %q\n%s", status, errOut, out)
	}
	if _, _, status := runSearchCmd(t, "cong", filepath.Join(dir, "missing")); status != 2 {
		t.Errorf("missing path: status %d, want 2", status)
	}
}

func TestWriteSearchUntrustedText(t *testing.T) {
	dir := t.TempDir()
	art := "Tin \x1b]0;pwned\x07 công đoàn\n01/02/2023\nNội dung \x1b[2J có công đoàn.\n"
	if err := os.WriteFile(filepath.Join(dir, "x.txt"), []byte(art), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, _ := runSearchCmd(t, "cong doan", dir)
	if strings.ContainsAny(out, "\x1b\x07") {
		t.Errorf("control bytes reached the output: %q", out)
	}
}
