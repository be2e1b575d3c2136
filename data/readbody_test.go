package data

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
	"unsafe"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
)

// sinkRecord is what a test sink saw.
type sinkRecord struct {
	mu      sync.Mutex
	calls   map[string]int      // by file
	bodies  map[string][]string // the body each call saw, copied
	badWork []int               // worker numbers out of range
	busy    []bool              // a call with that worker is running
	overlap int                 // calls with the same worker that overlapped
}

// sink returns an Options.Sink that records each call and numbers the
// articles it indexed (Text.Part, Text.Doc), as an index would.
func (r *sinkRecord) sink(workers int) func(int, *model.Article) {
	r.calls, r.bodies, r.busy = map[string]int{}, map[string][]string{}, make([]bool, workers)
	docs := make([]uint32, workers)
	return func(w int, a *model.Article) {
		r.mu.Lock()
		if w < 0 || w >= workers {
			r.badWork = append(r.badWork, w)
			r.mu.Unlock()
			return
		}
		if r.busy[w] {
			r.overlap++
		}
		r.busy[w] = true
		r.calls[a.File]++
		body := make([]string, len(a.Body))
		for i, p := range a.Body {
			body[i] = strings.Clone(p)
		}
		r.bodies[a.File] = body
		r.mu.Unlock()
		docs[w]++ // calls with the same worker never overlap
		a.Text.Part, a.Text.Doc = uint32(w+1), docs[w]
		r.mu.Lock()
		r.busy[w] = false
		r.mu.Unlock()
	}
}

// oddFiles writes the awkward .txt files of the loader's tests into dir:
// UTF-16, Windows-1258, longer than a ring slot, 300 KiB, with control
// characters (cleaned into a copy of the text), with runs of spaces
// (paragraphs copied by the parser), and refused ones.
func oddFiles(t *testing.T, dir string) {
	t.Helper()
	u16 := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune("Liên đoàn Lao động tỉnh Lạng Sơn tổ chức hội nghị\n\n06/11/2022\n\nLiên đoàn Lao động tỉnh Lạng Sơn tổ chức hội nghị tổng kết.\n")) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	var big strings.Builder
	big.WriteString("Công đoàn ngành Giáo dục tỉnh Nghệ An tổ chức hội nghị\n\nNgày 12/3/2024.\n\n")
	for big.Len() < 300<<10 {
		big.WriteString(strings.Repeat("Liên đoàn Lao động tỉnh Nghệ An trao quà cho đoàn viên. ", 20) + "\n\n")
	}
	files := map[string][]byte{
		"utf16.txt":  u16,
		"cp1258.txt": []byte("C\xf4ng \xf0o\xe0n ng\xe0nh Gi\xe1o du\xf2c\n\n06/11/2022\n\nH\xf4i ngh\xec th\xe0nh c\xf4ng.\n"),
		"long.txt":   []byte("Bài dài về Công đoàn Viên chức tỉnh\n\n" + strings.Repeat("Công đoàn Viên chức tỉnh tổ chức hội nghị tổng kết năm. ", 2000)),
		"big.txt":    []byte(big.String()),
		"controls.txt": []byte("Công đoàn ngành Y tế Hà Nội\x1b[31m thăm hỏi đoàn viên\n\n06/11/2022 09:20\n\n" +
			"Công đoàn ngành Y tế Hà Nội\u200b thăm hỏi 50 đoàn viên.\n\nThu Hà\n"),
		"spaces.txt": []byte("Liên đoàn Lao động tỉnh  Thanh Hóa  trao quà\n\n06/11/2022\n\n" +
			"Hôm qua,   Liên đoàn Lao động tỉnh Thanh Hóa   trao   quà cho công nhân.\n\n" +
			"Công đoàn ngành  Y tế  Hà Nội cũng đến dự.\n"),
		"ok.txt":     []byte(goodArticle),
		"empty.txt":  nil,
		"binary.txt": append([]byte("\x00\x01\x02"), make([]byte, 3000)...),
	}
	for name, b := range files {
		write(t, dir, name, b)
	}
	write(t, dir, "feed.jsonl", []byte(`{"title":"Công đoàn ngành Y tế Hà Nội thăm hỏi","date":"2022-11-06","content":"Công đoàn ngành Y tế Hà Nội thăm hỏi 50 đoàn viên."}`+"\n"))
}

// TestSinkLeavesBodiesInFiles loads the same folders with a sink and
// without: every article is the same but for its body, which each .txt
// article loaded with the sink leaves in its file (Text set), and which
// ReadBody gives back exactly. The sink is called once for each .txt
// article, with the body still there and a worker number in range, and
// what it sets in Text is kept. The loaders overwrite their buffers after
// each batch (poisonStage), so a kept string left pointing into them
// would show.
func TestSinkLeavesBodiesInFiles(t *testing.T) {
	gdir := t.TempDir()
	if err := gen.WriteDir(gdir, 1500, 11); err != nil {
		t.Fatal(err)
	}
	odd := t.TempDir()
	oddFiles(t, odd)
	paths := []string{"testdata/qa", "testdata/fresh", gdir, odd}
	for _, workers := range []int{1, 2} {
		for _, plain := range []bool{false, true} {
			want, wantW, err := Load(context.Background(), paths, Options{Workers: workers, plainReads: plain})
			if err != nil {
				t.Fatal(err)
			}
			var rec sinkRecord
			got, gotW, err := Load(context.Background(), paths, Options{Workers: workers, plainReads: plain, poisonStage: true, Sink: rec.sink(workers)})
			if err != nil {
				t.Fatal(err)
			}
			checkSinkLoad(t, workers, plain, got, want, &rec)
			if !reflect.DeepEqual(gotW, wantW) {
				t.Errorf("%d workers, plain %v: warnings differ:\nsink    %v\nno sink %v", workers, plain, gotW, wantW)
			}
		}
	}
}

func checkSinkLoad(t *testing.T, workers int, plain bool, got, want []model.Article, rec *sinkRecord) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%d workers, plain %v: %d articles with a sink, %d without", workers, plain, len(got), len(want))
	}
	if len(rec.badWork) > 0 || rec.overlap > 0 {
		t.Errorf("%d workers: sink given worker numbers %v out of [0, %d), %d overlapping calls with one worker", workers, rec.badWork, workers, rec.overlap)
	}
	bad, txt := 0, 0
	for i := range got {
		g, w := got[i], want[i]
		isTxt := strings.HasSuffix(w.File, ".txt")
		fail := func(format string, args ...any) {
			if bad++; bad <= 5 {
				t.Errorf("%d workers, plain %v: %s: "+format, append([]any{workers, plain, w.File}, args...)...)
			}
		}
		if w.Text != (model.TextRef{}) {
			fail("loaded without a sink, Text is %+v", w.Text)
		}
		if !isTxt {
			if !reflect.DeepEqual(g, w) {
				fail("a .jsonl article changed with a sink:\nsink    %+v\nno sink %+v", g, w)
			}
			if rec.calls[w.File] != 0 {
				fail("a .jsonl article was given to the sink")
			}
			continue
		}
		txt++
		if n := rec.calls[w.File]; n != 1 {
			fail("given to the sink %d times, want 1", n)
		} else if !slices.Equal(rec.bodies[w.File], w.Body) {
			fail("the sink saw the body %q, want %q", rec.bodies[w.File], w.Body)
		}
		raw, err := os.ReadFile(w.File)
		if err != nil {
			t.Fatal(err)
		}
		if g.Body != nil || g.Text.Size != int64(len(raw)) || g.Text.Sum == 0 || g.Text.Part < 1 || int(g.Text.Part) > workers || g.Text.Doc == 0 {
			fail("with a sink: Body %d paragraphs, Text %+v; want no body, Size %d, a Sum, the sink's Part and Doc", len(g.Body), g.Text, len(raw))
		}
		body, err := ReadBody(&g)
		if err != nil {
			fail("ReadBody: %v", err)
		} else if !slices.Equal(body, w.Body) {
			fail("ReadBody gave\n%q\nthe load without a sink\n%q", body, w.Body)
		}
		g.Body, g.Text = w.Body, model.TextRef{}
		if !reflect.DeepEqual(g, w) {
			fail("differs but for its body:\nsink    %+v\nno sink %+v", g, w)
		}
	}
	if bad > 0 {
		t.Errorf("%d workers, plain %v: %d of %d articles wrong", workers, plain, bad, len(got))
	}
	if len(rec.calls) != txt {
		t.Errorf("%d workers, plain %v: the sink saw %d files, %d .txt articles loaded", workers, plain, len(rec.calls), txt)
	}
}

// TestReadBodyChangedFile: a file rewritten since the load (other bytes of
// the same size, or another size) gives an error that is ErrChanged; a
// deleted one an error naming it; a folder in its place ErrChanged.
func TestReadBodyChangedFile(t *testing.T) {
	dir := t.TempDir()
	text := []byte(goodArticle)
	names := []string{"same-size.txt", "longer.txt", "shorter.txt", "deleted.txt", "folder.txt", "touched.txt"}
	for _, n := range names {
		write(t, dir, n, text)
	}
	arts, _, err := Load(context.Background(), []string{dir}, Options{Sink: func(int, *model.Article) {}})
	if err != nil || len(arts) != len(names) {
		t.Fatalf("loaded %d, err %v", len(arts), err)
	}
	byName := map[string]*model.Article{}
	for i := range arts {
		byName[filepath.Base(arts[i].File)] = &arts[i]
	}
	write(t, dir, "same-size.txt", bytes.Replace(text, []byte("50"), []byte("60"), 1))
	write(t, dir, "longer.txt", append(slices.Clone(text), "Thêm một đoạn.\n"...))
	write(t, dir, "shorter.txt", text[:len(text)-10])
	write(t, dir, "touched.txt", text) // written again, the same bytes
	if err := os.Remove(filepath.Join(dir, "deleted.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "folder.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "folder.txt"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"same-size.txt", "longer.txt", "shorter.txt", "folder.txt"} {
		body, err := ReadBody(byName[n])
		if !errors.Is(err, ErrChanged) || body != nil {
			t.Errorf("%s rewritten: ReadBody = %q, %v; want an error that is ErrChanged", n, body, err)
		} else if !strings.Contains(err.Error(), byName[n].File) {
			t.Errorf("%s rewritten: error %q does not name the file", n, err)
		}
	}
	a := byName["deleted.txt"]
	if body, err := ReadBody(a); err == nil || errors.Is(err, ErrChanged) || !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), a.File) {
		t.Errorf("deleted file: ReadBody = %q, %v; want an error naming %s that is fs.ErrNotExist", body, err, a.File)
	}
	if body, err := ReadBody(byName["touched.txt"]); err != nil || len(body) == 0 {
		t.Errorf("file written again with the same bytes: ReadBody = %q, %v", body, err)
	}
	// A file that can no longer be read (root reads it anyway).
	a = byName["touched.txt"]
	if err := os.Chmod(a.File, 0); err != nil {
		t.Fatal(err)
	}
	if f, err := os.Open(a.File); err == nil {
		f.Close()
		t.Log("the file is still readable without permissions (root): not checked")
	} else if body, err := ReadBody(a); !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), a.File) {
		t.Errorf("unreadable file: ReadBody = %q, %v; want an error naming %s that is fs.ErrPermission", body, err, a.File)
	}
}

// TestReadBodyConcurrent reads the bodies back from several goroutines at
// once, as the sessions of a server do (run with -race).
func TestReadBodyConcurrent(t *testing.T) {
	dir := t.TempDir()
	if err := gen.WriteDir(dir, 300, 5); err != nil {
		t.Fatal(err)
	}
	want, _, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := Load(context.Background(), []string{dir}, Options{Sink: func(int, *model.Article) {}})
	if err != nil || len(got) != len(want) {
		t.Fatalf("%d articles, want %d; err %v", len(got), len(want), err)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range got {
				i := (k + g*37) % len(got)
				body, err := ReadBody(&got[i])
				if err != nil || !slices.Equal(body, want[i].Body) {
					errs <- got[i].File + ": " + strings.Join(body, " / ") + " " + errString(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestHandOverKeepsNoBuffer gives every string of an article a string in
// the file's buffer (as TestRehomeEveryString), an alias cut from a
// paragraph of the buffer and one from a paragraph the parser copied, and
// wants, once handOver has run and the buffer is overwritten, every
// string but the body intact, the sink to have seen the body, and no
// string left in the buffer or in a paragraph: the memory of the body is
// not kept.
func TestHandOverKeepsNoBuffer(t *testing.T) {
	for _, where := range []string{"raw", "text", "clean"} {
		t.Run(where, func(t *testing.T) { testHandOver(t, where) })
	}
}

func testHandOver(t *testing.T, where string) {
	stage := make([]byte, 0, 1<<16)
	var a model.Article
	n := 0
	fillStrings(t, reflect.ValueOf(&a).Elem(), "Article", func(s string) string {
		n++
		start := len(stage)
		stage = append(stage, s...)
		return unsafe.String(&stage[start], len(s))
	})
	copied := strings.Clone("a paragraph   the parser copied")
	a.Body = append(a.Body, copied)
	a.Organisations[0].Aliases[1] = copied[2:11]
	a.Organisations[1].Aliases[1] = a.Body[1][2:9]
	want := stringsOf(reflect.ValueOf(&a).Elem())
	for i := range want {
		want[i] = strings.Clone(want[i])
	}
	wantBody := slices.Clone(want[:0])
	for _, p := range a.Body {
		wantBody = append(wantBody, strings.Clone(p))
	}

	var seen []string
	lw := loadWorker{id: 3, sink: func(w int, a *model.Article) {
		if w != 3 {
			t.Errorf("sink given worker %d, want 3", w)
		}
		for _, p := range a.Body {
			seen = append(seen, strings.Clone(p))
		}
	}}
	// The strings are in the file's bytes as read, or in the text they
	// were decoded into (UTF-16), or in the text the cleaner rewrote.
	raw := stage[:len(stage):len(stage)]
	in := unsafe.String(&raw[0], len(raw))
	other := []byte("other bytes")
	text, clean := in, in
	switch where {
	case "text":
		raw, text, clean = other, in, in
	case "clean":
		raw, text, clean = other, string(other), in
	}
	lw.handOver(&a, raw, text, clean)
	if !slices.Equal(seen, wantBody) {
		t.Errorf("the sink saw the body %q, want %q", seen, wantBody)
	}
	if a.Body != nil || a.Text.Size != int64(len(raw)) || a.Text.Sum != textSum(raw) {
		t.Errorf("after handOver: Body %q, Text %+v; want no body, Size %d", a.Body, a.Text, len(raw))
	}
	buffers := []string{in, copied}
	for i := range stage {
		stage[i] = '#'
	}
	got := stringsOf(reflect.ValueOf(&a).Elem())
	// want without the body's strings (Body comes between URL and the
	// organisations in model.Article: compare by removing them).
	var wantKept []string
	for _, s := range want {
		if !slices.Contains(wantBody, s) {
			wantKept = append(wantKept, s)
		}
	}
	if !slices.Equal(got, wantKept) {
		t.Errorf("after handOver and overwriting the buffer:\ngot  %q\nwant %q", got, wantKept)
	}
	for _, s := range got {
		if within(s, buffers) && s != "" {
			t.Errorf("%q still points into the file's buffer or a paragraph", s)
		}
	}
}

// fillStrings gives every string of v (two elements in each slice) a
// value made by put from its path and number.
func fillStrings(t *testing.T, v reflect.Value, path string, put func(string) string) {
	n := 0
	var fill func(v reflect.Value, path string)
	fill = func(v reflect.Value, path string) {
		switch v.Kind() {
		case reflect.String:
			v.SetString(put(path + " #" + string(rune('A'+n%26)) + string(rune('a'+n/26))))
			n++
		case reflect.Struct:
			for i := range v.NumField() {
				fill(v.Field(i), path+"."+v.Type().Field(i).Name)
			}
		case reflect.Slice:
			v.Set(reflect.MakeSlice(v.Type(), 2, 2))
			for i := range 2 {
				fill(v.Index(i), path+"["+string(rune('0'+i))+"]")
			}
		case reflect.Pointer, reflect.Map, reflect.Interface, reflect.Array, reflect.Chan, reflect.Func:
			t.Fatalf("%s is a %s: rehome and handOver do not look into it", path, v.Kind())
		}
	}
	fill(v, path)
}

// stringsOf lists the strings of v in field order.
func stringsOf(v reflect.Value) []string {
	var out []string
	var collect func(v reflect.Value)
	collect = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			out = append(out, v.String())
		case reflect.Struct:
			for i := range v.NumField() {
				collect(v.Field(i))
			}
		case reflect.Slice:
			for i := range v.Len() {
				collect(v.Index(i))
			}
		}
	}
	collect(v)
	return out
}
