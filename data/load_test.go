package data

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf16"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
)

const goodArticle = "Công đoàn ngành Y tế Hà Nội thăm hỏi đoàn viên\n\n06/11/2022 09:20\n\nCông đoàn ngành Y tế Hà Nội thăm hỏi 50 đoàn viên.\n\nThu Hà\n"

func write(t *testing.T, dir, name string, b []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func warnFor(warns []Warning, path string) string {
	var msgs []string
	for _, w := range warns {
		if w.Path == path {
			msgs = append(msgs, w.Msg)
		}
	}
	return strings.Join(msgs, "; ")
}

func TestLoadBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "a/good.txt", []byte(goodArticle))
	empty := write(t, dir, "a/empty.txt", nil)
	blank := write(t, dir, "a/blank.txt", []byte(" \n\t\r\n  \n"))
	binary := write(t, dir, "a/binary.txt", []byte("PK\x03\x04\x00\x00\x14\x00binary\x00\x01\x02"))
	invalid := write(t, dir, "b/invalid.txt", []byte("Tiêu đề có byte hỏng \xff\xfe ở đây\n\n06/11/2022\n\nNội dung bài \xc3 viết.\n"))
	huge := write(t, dir, "b/huge.txt", []byte(strings.Repeat("Công đoàn ", 2000)))
	other := write(t, dir, "b/notes.md", []byte("# notes"))
	write(t, dir, ".hidden/secret.txt", []byte(goodArticle)) // hidden folders are not read
	unreadable := write(t, dir, "b/unreadable.txt", []byte(goodArticle))
	os.Chmod(unreadable, 0)
	canDenyRead := os.Getuid() != 0 && runtime.GOOS != "windows"

	arts, warns, err := Load(context.Background(), []string{dir}, Options{MaxFileSize: 10000})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]model.Article{}
	for _, a := range arts {
		files[a.File] = a
	}
	if _, ok := files[good]; !ok {
		t.Errorf("good file not loaded; got %v", keys(files))
	}
	if a, ok := files[invalid]; !ok {
		t.Error("file with invalid UTF-8 not loaded")
	} else if !strings.Contains(a.Title, "\uFFFD") || !strings.Contains(warnFor(warns, invalid), "invalid UTF-8") {
		t.Errorf("invalid bytes: title %q, warning %q", a.Title, warnFor(warns, invalid))
	}
	for path, msg := range map[string]string{
		empty: "empty", blank: "whitespace", binary: "binary", huge: "too large", other: "not a .txt or .jsonl",
	} {
		if _, loaded := files[path]; loaded {
			t.Errorf("%s loaded, want skipped", filepath.Base(path))
		}
		if w := warnFor(warns, path); !strings.Contains(w, msg) {
			t.Errorf("%s: warning %q, want one saying %q", filepath.Base(path), w, msg)
		}
	}
	if canDenyRead {
		if w := warnFor(warns, unreadable); !strings.Contains(w, "permission denied") {
			t.Errorf("unreadable file: warning %q", w)
		}
	}
	for f := range files {
		if strings.Contains(f, ".hidden") {
			t.Errorf("hidden folder read: %s", f)
		}
	}
}

func keys(m map[string]model.Article) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestLoadNothing(t *testing.T) {
	_, _, err := Load(context.Background(), []string{"/no/such/path"}, Options{})
	if err == nil || !strings.Contains(err.Error(), "/no/such/path: no such file or folder") || strings.Contains(err.Error(), "\n") {
		t.Errorf("error = %v, want a one-line message naming the path", err)
	}
	dir := t.TempDir()
	write(t, dir, "x.md", []byte("x"))
	_, warns, err := Load(context.Background(), []string{dir}, Options{})
	if err == nil || len(warns) != 1 {
		t.Errorf("folder without articles: err %v, warnings %v", err, warns)
	}
}

func TestLoadSymlinkLoops(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "news/a.txt", []byte(goodArticle))
	write(t, dir, "news/sub/b.txt", []byte(goodArticle))
	if err := os.Symlink(filepath.Join(dir, "news"), filepath.Join(dir, "news/sub/loop")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	os.Symlink("loop2", filepath.Join(dir, "news/loop2")) // points at itself
	os.Symlink(filepath.Join(dir, "news/a.txt"), filepath.Join(dir, "news/alias.txt"))
	os.Symlink(filepath.Join(dir, "missing.txt"), filepath.Join(dir, "news/broken.txt"))
	done := make(chan struct{})
	var arts []model.Article
	var warns []Warning
	go func() {
		defer close(done)
		arts, warns, _ = Load(context.Background(), []string{filepath.Join(dir, "news"), filepath.Join(dir, "news")}, Options{})
	}()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("Load hangs on a symbolic link loop")
	}
	if len(arts) != 2 {
		var names []string
		for _, a := range arts {
			names = append(names, a.File)
		}
		t.Errorf("loaded %v, want a.txt and sub/b.txt once each", names)
	}
	all := ""
	for _, w := range warns {
		all += w.String() + "\n"
	}
	if !strings.Contains(all, "already visited") || !strings.Contains(all, "broken.txt") {
		t.Errorf("warnings do not mention the loop and the broken link:\n%s", all)
	}
}

func TestLoadJSONL(t *testing.T) {
	dir := t.TempDir()
	lines := []string{
		`{"title":"Công đoàn Y tế Việt Nam khen thưởng","published":"2023-05-04T08:00:00+07:00","url":"https://laodong.vn/cong-doan/a.ldo","author":["Thu Hà","Minh Anh"],"content":"Sáng 4/5, Công đoàn Y tế Việt Nam khen thưởng 30 tập thể.\n\nXem thêm\n\nTin cũ không liên quan"}`,
		`{"headline":"Bài có ngày kiểu Unix","date":1667701219,"body":["Đoạn một.","Đoạn hai."],"source":"Báo Lạng Sơn"}`,
		`{"title":"Bài từ RSS &amp; HTML","pubDate":"Sun, 06 Nov 2022 02:20:19 +0000","content":"<p>Đoạn <b>một</b> &ndash; c&#7903; s&#7903;.</p><script>alert(1)</script><p>Đoạn hai&nbsp;tiếp.</p>"}`,
		`{"raw":"M\n15/04/2021 21:04\n\nLiên đoàn Lao động huyện Sóc Sơn tổ chức hội nghị\n\n(LĐTĐ) Nội dung.\n\nP.Ngân\n\nNguồn :"}`,
		``,
		`{"title": "hỏng`,
		`[1,2,3]`,
		`{"other":"no title, no text"}`,
		`{"title":"Tiêu đề có mã \u001b]0;hack\u0007 điều khiển","text":"Nội dung \u202ekhông\u202c lừa."}`,
	}
	p := write(t, dir, "feed.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
	arts, warns, err := Load(context.Background(), []string{p}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 5 {
		t.Fatalf("loaded %d articles, want 5; warnings %v", len(arts), warns)
	}
	if rss := arts[2]; rss.Date.DayString() != "2022-11-06" || rss.Date.TimeString() != "09:20:19" || len(rss.Warnings) != 0 {
		t.Errorf("RSS date: %s %s %v", rss.Date.DayString(), rss.Date.TimeString(), rss.Warnings)
	}
	if rss := arts[2]; rss.Title != "Bài từ RSS & HTML" || strings.Join(rss.Body, "|") != "Đoạn một – cở sở.|Đoạn hai tiếp." {
		t.Errorf("HTML content: title %q body %q", rss.Title, rss.Body)
	}
	arts = append(arts[:2], arts[3:]...)
	a := arts[0]
	if a.File != p+":1" || a.Title != "Công đoàn Y tế Việt Nam khen thưởng" || a.Date.DayString() != "2023-05-04" ||
		a.Date.TimeString() != "08:00:00" || a.Author != "Thu Hà - Minh Anh" || a.Source != "Lao Động" ||
		len(a.Body) != 1 {
		t.Errorf("line 1 = %+v", a)
	}
	b := arts[1]
	if b.Title != "Bài có ngày kiểu Unix" || b.Date.DayString() != "2022-11-06" || b.Source != "Báo Lạng Sơn" || len(b.Body) != 2 || len(b.Warnings) != 0 {
		t.Errorf("line 2 = %+v", b)
	}
	c := arts[2]
	if c.Title != "Liên đoàn Lao động huyện Sóc Sơn tổ chức hội nghị" || c.Source != "Lao Động Thủ Đô" || c.Author != "P.Ngân" || c.Date.DayString() != "2021-04-15" {
		t.Errorf("line 3 (raw) = %+v", c)
	}
	d := arts[3]
	if strings.ContainsAny(d.Title+d.BodyText(), "\x1b\x07\u202e\u202c") || d.Title != "Tiêu đề có mã điều khiển" {
		t.Errorf("control characters survived: %q %q", d.Title, d.BodyText())
	}
	all := ""
	for _, w := range warns {
		all += w.String() + "\n"
	}
	for _, want := range []string{":6: skipped: not valid JSON", ":7: skipped: not a JSON object", ":8: skipped: no title and no text"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
}

func TestCleaning(t *testing.T) {
	raw := "Ti\u00eau \u0111\u1ec1\r\n" + // composed already
		"Tie\u0302u \u0111e\u0302\u0300 b\u00e0i\x1b[31m \x1b]52;c;aGFjaw==\x07vi\u1ebft\u200b\u202e\u2066\r\n" + // decomposed + escapes + invisible
		"\u00a0N\u1ed9i\tdung \u009b2J c\u00f3\x07 chu\u00f4ng\u2028d\u00f2ng m\u1edbi\n"
	a := Parse("c.txt", []byte(raw), nil)
	all := a.Title + "\n" + strings.Join(a.Body, "\n")
	for _, r := range all {
		if r != '\n' && (unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == 0xA0) {
			t.Errorf("character %U survived cleaning in %q", r, all)
		}
	}
	if a.Title != "Tiêu đề" {
		t.Errorf("title %q", a.Title)
	}
	want := []string{"Tiêu đề bài viết", "Nội dung có chuông", "dòng mới"}
	if strings.Join(a.Body, "|") != strings.Join(want, "|") {
		t.Errorf("body %q, want %q (NFC, escapes gone)", a.Body, want)
	}
	if !strings.Contains(strings.Join(a.Warnings, ";"), "control") {
		t.Errorf("no warning about removed control characters: %v", a.Warnings)
	}
}

// TestSafeNFCRanges proves the fast path of cleanText: every code point it
// treats as already normalised is its own NFC form and never combines
// with what precedes it.
func TestSafeNFCRanges(t *testing.T) {
	for r := rune(0); r < 0x20C0; r++ {
		if !safeNFC(r) || r >= 0xD800 && r < 0xE000 {
			continue
		}
		s := "a" + string(r)
		if model.NFC(s) != s || model.NFC(string(r)) != string(r) {
			t.Errorf("%U is treated as NFC-safe but normalises to %q", r, model.NFC(string(r)))
		}
	}
}

func TestProgressAndParallel(t *testing.T) {
	dir := t.TempDir()
	for i := 0; i < 40; i++ {
		write(t, dir, filepath.Join("x", string(rune('a'+i%26))+string(rune('a'+i/26))+".txt"), []byte(goodArticle))
	}
	var mu sync.Mutex
	var reports []Progress
	arts, _, err := Load(context.Background(), []string{dir}, Options{Workers: 2, Progress: func(p Progress) {
		mu.Lock()
		reports = append(reports, p)
		mu.Unlock()
	}})
	if err != nil || len(arts) != 40 {
		t.Fatalf("loaded %d, err %v", len(arts), err)
	}
	// Files are read while the folders are listed: the total is 0 until
	// the listing ends, then the full count; nothing ever goes backwards.
	first, last := reports[0], reports[len(reports)-1]
	if first.FilesDone != 0 || first.Done || !last.Done || last.FilesDone != 40 || last.FilesTotal != 40 || last.Articles != 40 {
		t.Errorf("progress first %+v last %+v", first, last)
	}
	for i := 1; i < len(reports); i++ {
		p, q := reports[i-1], reports[i]
		if q.FilesDone < p.FilesDone || q.Articles < p.Articles || q.FilesTotal != 0 && q.FilesTotal != 40 || p.FilesTotal == 40 && q.FilesTotal != 40 {
			t.Errorf("progress went wrong between %+v and %+v", p, q)
		}
	}
	// File order is kept whatever the parallelism.
	for i := 1; i < len(arts); i++ {
		if arts[i-1].File > arts[i].File {
			t.Fatalf("articles out of file order: %s before %s", arts[i-1].File, arts[i].File)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Load(ctx, []string{dir}, Options{}); err == nil || !strings.Contains(err.Error(), "cancel") {
		t.Errorf("cancelled load: err %v", err)
	}
}

func TestLoadLegacyEncodings(t *testing.T) {
	dir := t.TempDir()
	// "Công đoàn ngành Giáo dục" in Windows-1258: ô F4, đ F0, à E0, á E1,
	// and dụ as u + combining dot below (F2).
	cp1258 := "C\xf4ng \xf0o\xe0n ng\xe0nh Gi\xe1o du\xf2c\n\n06/11/2022\n\nH\xf4i ngh\xec th\xe0nh c\xf4ng.\n"
	legacy := write(t, dir, "legacy.txt", []byte(cp1258))
	u16 := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune("Tiêu đề UTF-16 về công đoàn\n\nNội dung.\n")) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	utf16File := write(t, dir, "utf16.txt", u16)
	arts, warns, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil || len(arts) != 2 {
		t.Fatalf("loaded %d, err %v, warnings %v", len(arts), err, warns)
	}
	byFile := map[string]model.Article{}
	for _, a := range arts {
		byFile[a.File] = a
	}
	if a := byFile[legacy]; a.Title != "Công đoàn ngành Giáo dục" || !strings.Contains(warnFor(warns, legacy), "Windows-1258") {
		t.Errorf("Windows-1258 file: title %q, warnings %q", a.Title, warnFor(warns, legacy))
	}
	if a := byFile[utf16File]; a.Title != "Tiêu đề UTF-16 về công đoàn" || !strings.Contains(warnFor(warns, utf16File), "UTF-16") {
		t.Errorf("UTF-16 file: title %q, warnings %q", a.Title, warnFor(warns, utf16File))
	}
}

// TestLoadHugeFile: a file of tens of MB is refused by its size, without
// being read, while the rest loads.
func TestLoadHugeFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "good.txt", []byte(goodArticle))
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(80 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	arts, warns, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("loaded %d, err %v", len(arts), err)
	}
	if w := warnFor(warns, huge); !strings.Contains(w, "too large (80.0 MiB, limit 8.0 MiB)") {
		t.Errorf("warning %q", w)
	}
	// The limit is an option.
	good := filepath.Join(dir, "good.txt")
	_, warns, _ = Load(context.Background(), []string{good}, Options{MaxFileSize: 64})
	if w := warnFor(warns, good); !strings.Contains(w, "too large") || !strings.Contains(w, "limit 64 B") && !strings.Contains(w, "limit 64") {
		t.Errorf("with MaxFileSize 64: warning %q", w)
	}
}

// TestLoadCompactsBoilerplatePages: a page made mostly of related links
// (sample 004) loads from disk with the same fields as parsed in memory,
// its strings copied out of the file buffer.
func TestLoadCompactsBoilerplatePages(t *testing.T) {
	raw, err := fs.ReadFile(SampleFS(), "004_c9f3cd5b0f88a17f.txt")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	p := write(t, dir, "004.txt", raw)
	arts, _, err := Load(context.Background(), []string{p}, Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("loaded %d, err %v", len(arts), err)
	}
	want := Parse(p, raw, nil)
	got := arts[0]
	if got.Title != want.Title || got.Author != want.Author || strings.Join(got.Body, "\n") != strings.Join(want.Body, "\n") {
		t.Errorf("loaded article differs from parsed one")
	}
	n := len(got.Title) + len(got.Author)
	for _, b := range got.Body {
		n += len(b)
	}
	if n*2 >= len(raw) {
		t.Fatalf("sample 004 keeps %d of %d bytes: not a boilerplate-heavy page any more", n, len(raw))
	}
}

func TestLoadJSONLLimits(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`{"title":"Bài một về công đoàn","content":"Nội dung."}` + "\n")
	b.WriteString(`{"title":"Bài quá dài","content":"` + strings.Repeat("x", 5000) + `"}` + "\n")
	for i := 0; i < 25; i++ {
		b.WriteString("not json\n")
	}
	b.WriteString(`{"title":"Bài cuối về công đoàn","content":"Nội dung."}`) // no final newline
	p := write(t, dir, "big.jsonl", []byte(b.String()))
	arts, warns, err := Load(context.Background(), []string{p}, Options{MaxFileSize: 1000})
	if err != nil || len(arts) != 2 || arts[1].Title != "Bài cuối về công đoàn" || arts[1].File != p+":28" {
		t.Fatalf("loaded %d (err %v): %+v", len(arts), err, arts)
	}
	all := ""
	for _, w := range warns {
		all += w.String() + "\n"
	}
	for _, want := range []string{p + ":2: skipped: line longer than 1000 bytes", p + ":3: skipped: not valid JSON", "5 more bad lines skipped"} {
		if !strings.Contains(all, want) {
			t.Errorf("warnings lack %q:\n%s", want, all)
		}
	}
	if strings.Count(all, "not valid JSON") != 20 {
		t.Errorf("want 20 bad-line warnings then a count:\n%s", all)
	}
}

// TestLoadRefusesBinary: a file with a NUL or many control bytes in its
// first 8 KB is skipped as binary; a few control bytes, or a NUL after the
// first 8 KB, are removed from a file that loads; a UTF-16 file (full of
// NUL bytes) loads. Through the ring and the plain way.
func TestLoadRefusesBinary(t *testing.T) {
	dir := t.TempDir()
	nul := write(t, dir, "nul.txt", []byte("Công đoàn ngành Y tế\n\nNội dung\x00 bài viết.\n"))
	controls := write(t, dir, "controls.txt", []byte("\x01\x02\x03\x04\x05\x06 ab\n"))
	few := write(t, dir, "few.txt", []byte("Công đoàn ngành Y tế\n\nNội dung\x01 bài viết khá dài để một ký tự điều khiển không đủ.\n"))
	late := write(t, dir, "late.txt", []byte("Công đoàn ngành Y tế\n\n"+strings.Repeat("Nội dung bài viết. ", 500)+"\x00\n"))
	u16 := []byte{0xFF, 0xFE}
	for _, r := range utf16.Encode([]rune("Tiêu đề\n\nNội dung.\n")) {
		u16 = append(u16, byte(r), byte(r>>8))
	}
	utf16File := write(t, dir, "utf16.txt", u16)
	for _, plain := range []bool{false, true} {
		arts, warns, err := Load(context.Background(), []string{dir}, Options{plainReads: plain})
		if err != nil {
			t.Fatal(err)
		}
		loaded := map[string]bool{}
		for _, a := range arts {
			loaded[a.File] = true
		}
		for _, f := range []string{nul, controls} {
			if w := warnFor(warns, f); loaded[f] || w != "skipped: binary file, not text" {
				t.Errorf("plain %v: %s loaded %v, warnings %q", plain, f, loaded[f], w)
			}
		}
		for _, f := range []string{few, late} {
			if w := warnFor(warns, f); !loaded[f] || !strings.Contains(w, "1 control, escape or invisible character(s) removed") {
				t.Errorf("plain %v: %s loaded %v, warnings %q", plain, f, loaded[f], w)
			}
		}
		if !loaded[utf16File] {
			t.Errorf("plain %v: the UTF-16 file was not loaded: %q", plain, warnFor(warns, utf16File))
		}
	}
}

// TestLoadKeepsOrderOverRefusedFiles loads folders where some files give
// no article (empty or binary), on one to three workers, and wants the
// articles of the others in the walk's order, each as ParseAll makes it:
// Load packs the places it kept for each file (see Load).
func TestLoadKeepsOrderOverRefusedFiles(t *testing.T) {
	for _, mostlyRefused := range []bool{false, true} {
		loadOverRefused(t, mostlyRefused)
	}
}

func loadOverRefused(t *testing.T, mostlyRefused bool) {
	dir := t.TempDir()
	var names []string
	var raws [][]byte
	for i := range 400 {
		p := filepath.Join(dir, fmt.Sprintf("%d", i/100), fmt.Sprintf("%03d.txt", i))
		raw := gen.Article(9, i)
		switch {
		case i%9 == 4 || mostlyRefused && i%5 != 0:
			raw = nil
		case i%13 == 0:
			raw = append([]byte{0}, raw...)
		default:
			names, raws = append(names, p), append(raws, raw)
		}
		write(t, filepath.Dir(p), filepath.Base(p), raw)
	}
	want := ParseAll(names, raws, Options{})
	for workers := 1; workers <= 3; workers++ {
		got, _, err := Load(context.Background(), []string{dir}, Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%d workers: %d articles, want %d", workers, len(got), len(want))
		}
		for i := range got {
			if !reflect.DeepEqual(got[i], want[i]) {
				t.Fatalf("%d workers: article %d is %s %q, want %s %q", workers, i, got[i].File, got[i].Title, want[i].File, want[i].Title)
			}
		}
	}
}

// TestLoadEachFileOnce: a file reachable several ways (listed in its
// folder, given on the command line before or after the folder, through
// symbolic links sorted before or after it, from another folder) loads
// once, under the first path the walk meets; a file given on the command
// line that was already loaded gets a warning.
func TestLoadEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	news := filepath.Join(dir, "news")
	a := write(t, news, "a.txt", []byte(goodArticle))
	b := write(t, news, "b.txt", []byte(goodArticle))
	c := write(t, dir, "other/c.txt", []byte(goodArticle))
	if err := os.Symlink(b, filepath.Join(news, "0-to-b.txt")); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.Symlink(a, filepath.Join(news, "z-to-a.txt")))
	must(os.Symlink(c, filepath.Join(news, "m-to-c.txt")))
	must(os.Symlink(filepath.Join("..", "news", "a.txt"), filepath.Join(dir, "other", "to-a.txt")))
	for _, tc := range []struct {
		paths []string
		want  []string // files loaded, in order
		warn  []string // paths warned as already loaded
	}{
		{[]string{news}, []string{filepath.Join(news, "0-to-b.txt"), a, filepath.Join(news, "m-to-c.txt")}, nil},
		{[]string{news, a, c}, []string{filepath.Join(news, "0-to-b.txt"), a, filepath.Join(news, "m-to-c.txt")}, []string{a, c}},
		{[]string{b, news}, []string{b, a, filepath.Join(news, "m-to-c.txt")}, nil},
		{[]string{filepath.Join(dir, "other"), news}, []string{c, filepath.Join(dir, "other", "to-a.txt"), filepath.Join(news, "0-to-b.txt")}, nil},
		{[]string{dir}, []string{filepath.Join(news, "0-to-b.txt"), a, filepath.Join(news, "m-to-c.txt")}, nil},
	} {
		arts, warns, err := Load(context.Background(), tc.paths, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, x := range arts {
			got = append(got, x.File)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%v: loaded %v, want %v", tc.paths, got, tc.want)
		}
		var warned []string
		for _, w := range warns {
			if w.Msg == "skipped: already loaded" {
				warned = append(warned, w.Path)
			}
		}
		if !slices.Equal(warned, tc.warn) {
			t.Errorf("%v: warned %v as already loaded, want %v", tc.paths, warned, tc.warn)
		}
	}
}

// TestPathJoiner: the paths of a folder's entries are filepath.Join's,
// whatever the folder's spelling.
func TestPathJoiner(t *testing.T) {
	names := []string{"a.txt", "b", "Công đoàn.txt", "x y.jsonl", "..hidden"}
	for _, dir := range []string{".", "/", "a/b", "a/b/", "./a", "a//b", "", "a/../b", "/tmp", "..", "../x"} {
		j := pathJoiner{size: 3}
		for _, n := range names {
			if got, want := j.join(dir, n), filepath.Join(dir, n); got != want {
				t.Errorf("join(%q, %q) = %q, want %q", dir, n, got, want)
			}
		}
	}
}
