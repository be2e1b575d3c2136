package ui

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model/corpus"
)

// leaveInFile makes article id of c look as a load leaves it, its body in
// its file, with a file that does not exist: reading the body back fails.
func leaveInFile(t *testing.T, c *corpus.Corpus, id int) string {
	t.Helper()
	a := &c.Articles[id]
	a.File = filepath.Join(t.TempDir(), "gone", a.File)
	a.Body = nil
	a.Text.Size, a.Text.Sum = 100, 0x9e3779b97f4a7c15
	return a.File
}

// previewText is the preview beside the list, its lines joined, so that
// phrases wrapped over lines can be found: with runs of white space
// collapsed (wrapped at a space), and as they are (a long word cut).
func (tt *tester) previewText() (words, cut string) {
	var b, c strings.Builder
	for _, l := range strings.Split(tt.screen(), "\n") {
		if _, p, ok := strings.Cut(l, "│ "); ok {
			b.WriteString(p)
			b.WriteString(" ")
			c.WriteString(strings.TrimRight(p, " "))
		}
	}
	return strings.Join(strings.Fields(b.String()), " "), c.String()
}

func (tt *tester) wantPreview(subs ...string) {
	tt.t.Helper()
	p, q := tt.previewText()
	for _, sub := range subs {
		if !strings.Contains(p, sub) && !strings.Contains(q, sub) {
			tt.t.Fatalf("preview lacks %q:\n%s", sub, tt.screen())
		}
	}
}

// An article whose text cannot be read back from its file shows its title,
// metadata and why in the preview and the article view; the others show
// their text, before and after it.
func TestBodyGoneShowsWhy(t *testing.T) {
	c := synthCorpus()
	file := leaveInFile(t, c, 0)
	if _, err := c.Body(0); err == nil {
		t.Fatal("the body of an article whose file does not exist was read")
	}
	why := "could not be read again from its file (" + file + ")"
	tt := newTester(t, c, 160, 40, Options{})
	tt.wantPreview("Công đoàn Hà Nội họp bàn", "Outlet Lao Động Thủ Đô", why)
	tt.dontWantScreen("Người lao động được bảo vệ")
	tt.checkSize(160, 40)

	tt.press("down")
	tt.wantPreview("Cuộc họp về phối hợp giữa các bên")
	tt.dontWantScreen("could not be read again")
	tt.press("up")
	tt.wantPreview(why)

	tt.press("enter")
	tt.wantScreen("article 1 of 4", "Công đoàn Hà Nội họp bàn", "Date", "https://ldtd.vn/a", why)
	tt.dontWantScreen("Rendering…", "Người lao động được bảo vệ")
	tt.checkSize(160, 40)
	tt.press("]")
	tt.wantScreen("article 2 of 4", "Cuộc họp về phối hợp giữa các bên")
	tt.dontWantScreen("could not be read again")
	tt.press("[")
	tt.wantScreen("article 1 of 4", why)
	tt.press("esc")
	tt.wantScreen("4 of 4 articles")
	tt.wantPreview(why)
}

// The message says whether the file changed or is gone.
func TestBodyFailureSaysWhich(t *testing.T) {
	c := synthCorpus()
	for _, tc := range []struct {
		err        error
		want, dont []string
	}{
		{fmt.Errorf("a.txt: %w", data.ErrChanged),
			[]string{"could not be read again from its file (a.txt): it changed since bantin loaded it.", "must be restarted to load the new version"},
			[]string{"the file is gone"}},
		{&fs.PathError{Op: "open", Path: "a.txt", Err: fs.ErrNotExist},
			[]string{"could not be read again from its file (a.txt): the file is gone."},
			[]string{"changed", "restarted"}},
		{fmt.Errorf("a.txt: disk on fire"),
			[]string{"could not be read again from its file (a.txt): a.txt: disk on fire."},
			[]string{"changed", "gone"}},
	} {
		read := func(id int32) ([]string, error) {
			if id == 0 {
				return nil, tc.err
			}
			return c.Articles[id].Body, nil
		}
		tt := newTester(t, c, 160, 40, Options{})
		tt.m.readBody = read
		tt.m.cache.reset()
		tt.wantPreview(tc.want...)
		tt.dontWantScreen(tc.dont...)
		tt.press("enter")
		tt.wantScreen(append(tc.want, "Công đoàn Hà Nội họp bàn", "Date")...)
		tt.dontWantScreen(tc.dont...)
	}
}

// The list reads a body when it draws the preview for another article, not
// on every frame; the article view reads it in its rendering command, and
// a failed reading is tried again the next time the article is opened.
func TestBodyReadOncePerPreview(t *testing.T) {
	c := synthCorpus()
	reads := map[int32]int{}
	tt := newTester(t, c, 160, 40, Options{})
	tt.m.readBody = func(id int32) ([]string, error) {
		reads[id]++
		if id == 1 {
			return nil, fmt.Errorf("b.txt: %w", data.ErrChanged)
		}
		return c.Articles[id].Body, nil
	}
	tt.m.cache.reset()
	for range 5 {
		tt.m.View()
	}
	must(t, reads[0] == 1, "5 frames read the selected body %d times, want 1", reads[0])
	tt.press("down")
	tt.m.View()
	tt.m.View()
	must(t, reads[1] == 1 && reads[0] == 1, "moving down read %v, want article 1 once", reads)

	tt.press("enter")
	tt.wantScreen("it changed since bantin loaded it")
	must(t, reads[1] == 2, "opening the article read its body %d times in all, want 2", reads[1])
	tt.press("esc", "enter")
	must(t, reads[1] == 3, "a failed reading was kept: %d reads, want 3", reads[1])
	tt.press("]")
	tt.press("[")
	tt.press("]")
	must(t, reads[2] == 1, "article 2 read %d times for two openings, want 1 (its rendering is kept)", reads[2])
}

// Nothing of a file's name or of an error reaches the terminal as a control
// sequence.
func TestBodyFailureIsTermsafe(t *testing.T) {
	c := synthCorpus()
	evil := "\x1b]0;owned\x07a\x1b[2J.txt"
	c.Articles[0].File = evil
	tt := newTester(t, c, 160, 40, Options{})
	tt.m.readBody = func(id int32) ([]string, error) {
		if id == 0 {
			return nil, fmt.Errorf("%s: \x1b[31mred\x9b: %w", evil, data.ErrChanged)
		}
		return c.Articles[id].Body, nil
	}
	tt.m.cache.reset()
	onlySGR(t, "preview", tt.m.View().Content)
	tt.wantPreview("it changed since bantin loaded it")
	tt.press("enter")
	onlySGR(t, "article", tt.m.View().Content)
	tt.wantScreen("it changed since bantin loaded it")
	must(t, !strings.Contains(tt.m.View().Content, "owned\x07"), "the file name's escape reached the frame")
}

// loadLeavingBodies opens the sample's files from a folder of their own,
// as the reader opens a folder: the bodies stay in the files.
func loadLeavingBodies(t *testing.T) *corpus.Corpus {
	t.Helper()
	dir := t.TempDir()
	src, err := filepath.Glob(filepath.Join("..", "data", "sample", "*.txt"))
	if err != nil || len(src) != 5 {
		t.Fatalf("sample files: %v %v", src, err)
	}
	for _, f := range src {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, _, err := corpus.Open(context.Background(), []string{dir}, data.Options{})
	if err != nil || c.Len() != 5 {
		t.Fatalf("open: %v", err)
	}
	for i := range c.Articles {
		must(t, c.Articles[i].Body == nil && c.Articles[i].Text.Sum != 0, "article %d kept its body", i)
	}
	return c
}

// With the bodies left in their files, the reader reads them back; a file
// rewritten since the load and a file deleted are told apart, and the
// other articles still show their text.
func TestBodiesReadBackFromFiles(t *testing.T) {
	c := loadLeavingBodies(t)
	body2, err := c.Body(2)
	must(t, err == nil && len(body2) > 0, "article 2's body: %v", err)
	first := strings.Join(strings.Fields(body2[0])[:5], " ")
	if err := os.WriteFile(c.Articles[0].File, []byte("Bài khác\n\nNội dung khác.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(c.Articles[1].File); err != nil {
		t.Fatal(err)
	}

	tt := newTester(t, c, 160, 40, Options{})
	tt.wantPreview(titlePrefix(&c.Articles[0], 30), "("+c.Articles[0].File+"): it changed since bantin loaded it.",
		"bantin must be restarted to load the new version")
	tt.dontWantScreen("Nội dung khác")
	tt.press("down")
	tt.wantPreview(titlePrefix(&c.Articles[1], 30), "("+c.Articles[1].File+"): the file is gone.")
	tt.press("down")
	tt.wantPreview(first)
	tt.dontWantScreen("could not be read again")

	tt.press("enter")
	tt.wantScreen("article 3 of 5", first)
	tt.press("[")
	tt.wantScreen("article 2 of 5", "Date", "the file is gone.")
	tt.press("[")
	tt.wantScreen("article 1 of 5", "Date", "it changed since bantin loaded it.")
	tt.dontWantScreen("Nội dung khác")
	tt.checkSize(160, 40)
}

// A file far larger than an article is not read back for the preview (the
// article view reads it): the preview says how long it is and how to read it.
func TestPreviewSkipsHugeBodies(t *testing.T) {
	c := synthCorpus()
	a := &c.Articles[0]
	a.Body, a.Text.Size, a.Text.Sum = nil, 7<<20+300<<10, 0x9e3779b97f4a7c15
	reads := map[int32]int{}
	tt := newTester(t, c, 160, 40, Options{})
	tt.m.readBody = func(id int32) ([]string, error) {
		reads[id]++
		if id == 0 {
			return []string{"Đoạn văn rất dài của tệp lớn."}, nil
		}
		return c.Articles[id].Body, nil
	}
	tt.m.cache.reset()
	tt.wantPreview("Công đoàn Hà Nội họp bàn", "A long text (7.3 MB): enter reads it.")
	must(t, reads[0] == 0, "the preview read the 7 MB body %d times", reads[0])
	tt.press("down")
	tt.wantPreview("Cuộc họp về phối hợp giữa các bên")
	tt.press("up", "enter")
	tt.wantScreen("Đoạn văn rất dài của tệp lớn.")
	must(t, reads[0] == 1, "the article view read the body %d times, want 1", reads[0])
}
