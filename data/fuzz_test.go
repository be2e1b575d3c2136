package data

import (
	"io/fs"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// FuzzParse feeds arbitrary bytes to the parser. Whatever the input, Parse
// must return, and what it returns must be safe to print: valid UTF-8,
// NFC, no control or format characters, no empty or untrimmed paragraphs,
// a valid date or an unknown one. Run with
//
//	go test -run '^$' -fuzz FuzzParse -fuzztime 3m ./data/
//
// Inputs it found are kept in testdata/fuzz/FuzzParse and replayed by
// every `go test`.
func FuzzParse(f *testing.F) {
	entries, _ := fs.ReadDir(SampleFS(), ".")
	for _, e := range entries {
		b, _ := fs.ReadFile(SampleFS(), e.Name())
		f.Add(b)
	}
	for _, s := range []string{
		"", "M", "\n\n\n", "9/29/2020 8:00:56 AM", "Chiều 7/11, a", "Chiều nay (8/9), năm 2023",
		"T\n2022-11-06T02:20:00Z\n\nA\n\nNGỌC HIẾU/baolangson.vn\nhttps://x.vn/a",
		"(LĐTĐ)", "(", "Nguồn", "Nguồn X: http://", "Theo ", "\x1b[", "\x1b]", "\xc2\x9b", "e\u0301\u0301",
		"Tiêu đề\n31/12/9999 99:99:99 PM\n", "A\n\n1945 - 2099 năm 2100 7/11/", "A\nB\nXem thêm\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkPrintable(t, Parse("fuzz.txt", raw, nil))
	})
}

// FuzzJSONLine feeds arbitrary lines to the .jsonl reader: a line is an
// article or a reason to skip it, never a crash, and what it gives is as
// safe to print as a parsed .txt article.
//
//	go test -run '^$' -fuzz FuzzJSONLine -fuzztime 1m ./data/
func FuzzJSONLine(f *testing.F) {
	for _, s := range []string{
		`{"title":"Bài","content":"<p>Đoạn <b>một</b> &amp; c&#7903;.</p><script>x</script>"}`,
		`{"headline":"x","date":1667701219,"body":["a","b"],"author":["A","B"]}`,
		`{"raw":"M\n15/04/2021 21:04\n\nTiêu đề\n\n(LĐTĐ) Nội dung."}`,
		`{"title":"\u001b]0;x\u0007","pubDate":"Sun, 06 Nov 2022 02:20:19 +0000"}`,
		`{"title":"<", "text":"<p"}`, `[]`, `{`, `{"author":{"name":"Thu Hà"},"title":"t"}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		a, _, msg := parseJSONLine("f.jsonl:1", line, nil)
		if msg == "" {
			checkPrintable(t, a)
		}
	})
}

// checkPrintable fails unless every field of a is safe to print.
func checkPrintable(t *testing.T, a model.Article) {
	t.Helper()
	check := func(what, s string) {
		if !utf8.ValidString(s) {
			t.Fatalf("%s is not valid UTF-8: %q", what, s)
		}
		for _, r := range s {
			if unicode.IsControl(r) || isBidi(r) || removable(r) {
				t.Fatalf("%s holds %U: %q", what, r, s)
			}
		}
		if s != strings.TrimSpace(s) {
			t.Fatalf("%s not trimmed: %q", what, s)
		}
		if model.NFC(s) != s {
			t.Fatalf("%s not NFC: %q", what, s)
		}
	}
	check("title", a.Title)
	check("source", a.Source)
	check("author", a.Author)
	check("url", a.URL)
	for _, p := range a.Body {
		if p == "" {
			t.Fatal("empty paragraph")
		}
		check("paragraph", p)
	}
	if a.Date.Known() && !validDay(a.Date) {
		t.Fatalf("invalid date %+v", a.Date)
	}
	if a.Date.Known() && (a.Date.Hour > 23 || a.Date.Minute > 59 || a.Date.Second > 59) {
		t.Fatalf("invalid time %+v", a.Date)
	}
}
