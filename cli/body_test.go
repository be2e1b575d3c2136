package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/serve"
	"github.com/bantin/bantin/serve/servetest"
)

// sampleWithBodyGone is the embedded sample as a corpus, its newest article
// (#1) left in a file that does not exist, as a load leaves bodies in their
// files: reading that body back fails.
func sampleWithBodyGone(t *testing.T) (*corpus.Corpus, *model.Article) {
	t.Helper()
	arts, _ := data.LoadSample(data.Options{})
	c := corpus.New(arts)
	a := &c.Articles[0]
	a.File = filepath.Join(t.TempDir(), "gone", a.File)
	a.Body = nil
	a.Text.Size, a.Text.Sum = 100, 0x9e3779b97f4a7c15
	if _, err := c.Body(0); err == nil {
		t.Fatal("the body of an article whose file does not exist was read")
	}
	return c, a
}

const bodyWarning = ": the body could not be read again from the file ("

func wantBodyWarning(t *testing.T, what, stderr, file string) {
	t.Helper()
	want := "bantin: warning: " + file + bodyWarning
	if strings.Count(stderr, want) != 1 || strings.Count(stderr, "\n") != 1 {
		t.Errorf("%s: stderr %q, want one line starting %q", what, stderr, want)
	}
}

// search --json prints an article whose body cannot be read with an empty
// body and says so on stderr; the other articles keep theirs and the exit
// status is that of a match.
func TestSearchJSONBodyGone(t *testing.T) {
	c, gone := sampleWithBodyGone(t)
	var out, errOut bytes.Buffer
	status := WriteSearch(&out, &errOut, c, "cong doan", 0, true)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut.String())
	}
	wantBodyWarning(t, "search --json", errOut.String(), gone.File)
	var recs []SearchRecord
	if err := json.Unmarshal(out.Bytes(), &recs); err != nil {
		t.Fatalf("output is not a JSON array: %v\n%s", err, out.String())
	}
	seen := false
	for _, r := range recs {
		if r.Number == 1 {
			seen = true
			if r.Body == nil || len(r.Body) != 0 || r.Title != gone.Title {
				t.Errorf("#1: body %q, title %q; want [] and %q", r.Body, r.Title, gone.Title)
			}
			continue
		}
		if len(r.Body) == 0 || r.Body[0] != c.Articles[r.Number-1].Body[0] {
			t.Errorf("#%d lost its body: %q", r.Number, r.Body)
		}
	}
	if !seen || len(recs) < 2 {
		t.Fatalf("%d records, #1 among them: %v", len(recs), seen)
	}
	if !strings.Contains(out.String(), `"body": []`) {
		t.Errorf("the empty body is not printed as []:\n%s", out.String())
	}
}

// Over SSH, show and inspect of such an article print everything else and
// warn on stderr, with the usual exit status.
func TestServeCommandsBodyGone(t *testing.T) {
	c, gone := sampleWithBodyGone(t)
	cmds := map[string]serve.Command{}
	for _, cmd := range serveCommands(func() *corpus.Corpus { return c }) {
		cmds[cmd.Name] = cmd
	}
	run := func(name string, args ...string) (string, string, int) {
		var o, e bytes.Buffer
		status := cmds[name].Run(context.Background(), &o, &e, args)
		return o.String(), e.String(), status
	}

	out, errOut, status := run("show", "1")
	wantBodyWarning(t, "show 1", errOut, gone.File)
	if status != 0 || !strings.Contains(out, gone.Title) || !strings.Contains(out, "Date:") {
		t.Errorf("show 1: status %d\n%s", status, out)
	}
	out, errOut, status = run("show", "2")
	if status != 0 || errOut != "" || !strings.Contains(out, c.Articles[1].Body[0]) {
		t.Errorf("show 2: status %d stderr %q\n%s", status, errOut, out)
	}

	out, errOut, status = run("inspect", "1")
	wantBodyWarning(t, "inspect 1", errOut, gone.File)
	if status != 0 || !strings.Contains(out, gone.Title) ||
		!strings.Contains(out, "body      could not be read again from the file: ") {
		t.Errorf("inspect 1: status %d\n%s", status, out)
	}

	out, errOut, status = run("inspect", "--json", "1")
	wantBodyWarning(t, "inspect --json 1", errOut, gone.File)
	var recs []InspectRecord
	if err := json.Unmarshal([]byte(out), &recs); err != nil || status != 0 || len(recs) != 1 {
		t.Fatalf("inspect --json 1: status %d, %v\n%s", status, err, out)
	}
	if recs[0].Body == nil || len(recs[0].Body) != 0 || recs[0].Title != gone.Title {
		t.Errorf("inspect --json 1: %+v", recs[0])
	}

	out, errOut, status = run("search", "--json cong doan")
	wantBodyWarning(t, "search --json over SSH", errOut, gone.File)
	if status != 0 || !strings.Contains(out, `"body": []`) {
		t.Errorf("search --json over SSH: status %d\n%s", status, out)
	}
}

// bantin inspect of articles whose load left their bodies in the files reads
// them back, and warns about one it cannot read.
func TestWriteInspectLoadedBodyGone(t *testing.T) {
	arts, _ := data.LoadSample(data.Options{})
	gone := &arts[1]
	gone.File = filepath.Join(t.TempDir(), "gone.txt")
	gone.Body, gone.Text.Sum = nil, 1
	first := strings.Join(strings.Fields(arts[0].Body[0])[:3], " ")
	for _, asJSON := range []bool{false, true} {
		var out, errOut bytes.Buffer
		if err := WriteInspect(&out, &errOut, arts, asJSON); err != nil {
			t.Fatal(err)
		}
		wantBodyWarning(t, "inspect", errOut.String(), gone.File)
		if !strings.Contains(out.String(), first) || !strings.Contains(out.String(), gone.Title) {
			t.Errorf("json %v: an article is missing:\n%s", asJSON, out.String())
		}
	}
}

// search --json over a corpus whose load left the bodies in their files
// reads them back; a file rewritten since says it changed, a deleted one
// that it is gone, and the others print their bodies.
func TestSearchJSONBodiesReadBack(t *testing.T) {
	dir := t.TempDir()
	src, err := filepath.Glob(filepath.Join("..", "data", "sample", "*.txt"))
	if err != nil || len(src) != 5 {
		t.Fatalf("sample files: %v %v", src, err)
	}
	for _, f := range src {
		b, err := os.ReadFile(f)
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	c, _, err := corpus.Open(context.Background(), []string{dir}, data.Options{})
	if err != nil || c.Len() != 5 {
		t.Fatalf("open: %v", err)
	}
	want, err := c.Body(2)
	if err != nil || len(want) == 0 || c.Articles[2].Body != nil {
		t.Fatalf("article 3's body is not read back: %q %v", want, err)
	}
	if err := os.WriteFile(c.Articles[0].File, []byte("Bài khác\n\nNội dung khác.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(c.Articles[1].File); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	// from:2000 matches every sample article
	status := WriteSearch(&out, &errOut, c, "from:2000", 0, true)
	if status != 0 {
		t.Fatalf("status %d, stderr %q", status, errOut.String())
	}
	e := errOut.String()
	for _, w := range []string{
		"bantin: warning: " + c.Articles[0].File + bodyWarning + "it changed since bantin loaded it); it is left empty\n",
		"bantin: warning: " + c.Articles[1].File + bodyWarning + "the file is gone); it is left empty\n",
	} {
		if !strings.Contains(e, w) {
			t.Errorf("stderr lacks %q:\n%s", w, e)
		}
	}
	if strings.Count(e, "\n") != 2 {
		t.Errorf("stderr has other lines:\n%s", e)
	}
	var recs []SearchRecord
	if err := json.Unmarshal(out.Bytes(), &recs); err != nil || len(recs) != 5 {
		t.Fatalf("%d records: %v", len(recs), err)
	}
	for _, r := range recs {
		switch r.Number {
		case 1, 2:
			if r.Body == nil || len(r.Body) != 0 {
				t.Errorf("#%d: body %q, want []", r.Number, r.Body)
			}
		case 3:
			if strings.Join(r.Body, "\n") != strings.Join(want, "\n") {
				t.Errorf("#3: body %q, want %q", r.Body, want)
			}
		}
	}
	if strings.Contains(out.String(), "Nội dung khác") {
		t.Error("the rewritten file's new text was printed")
	}
}

// Over SSH, with the bodies left in the served folder's files: a file
// deleted after the server loaded it gives the reader's message in a
// session, and a warning on stderr for show; the other article still
// shows its text.
func TestServeBodyGoneOverSSH(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Công đoàn Hà Nội tổng kết năm\n\n05/01/2024 08:00\n\nLiên đoàn Lao động thành phố Hà Nội tổng kết công tác năm 2023.\n",
		"b.txt": "Công đoàn Huế trao quà Tết\n\n10/01/2024 09:00\n\nSáng nay, Liên đoàn Lao động tỉnh Thừa Thiên Huế trao quà cho công nhân.\n",
	}
	for n, s := range files {
		if err := os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	addr, fp, _, _ := servedSample(t, dir)
	gone := filepath.Join(dir, "b.txt") // #1, the newest
	if err := os.Remove(gone); err != nil {
		t.Fatal(err)
	}
	c, err := servetest.Dial(addr, fp, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, tc := range []struct{ cmd, out, err string }{
		{"show 1", "Công đoàn Huế trao quà Tết", "bantin: warning: " + gone + bodyWarning + "the file is gone); it is left empty\n"},
		{"show 2", "tổng kết công tác năm 2023", ""},
	} {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		var o, e bytes.Buffer
		sess.Stdout, sess.Stderr = &o, &e
		if err := sess.Run(tc.cmd); err != nil {
			t.Errorf("%s: %v", tc.cmd, err)
		}
		sess.Close()
		if !strings.Contains(o.String(), tc.out) || e.String() != tc.err {
			t.Errorf("%s: stdout %q\nstderr %q, want %q", tc.cmd, o.String(), e.String(), tc.err)
		}
	}
	term, err := servetest.OpenTerminal(c, 100, 30, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer term.Close()
	if err := term.WaitFor(15*time.Second, "2 of 2 articles"); err != nil {
		t.Fatal(err)
	}
	term.Send("\r")
	if err := term.WaitFor(15*time.Second, "the file is gone."); err != nil {
		t.Fatal(err)
	}
	term.Send("]")
	if err := term.WaitFor(15*time.Second, "tổng kết công tác năm 2023"); err != nil {
		t.Fatal(err)
	}
}
