package search

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

// FuzzQuery: any query parses without panicking; a query that parses
// without error reads back the same from String(); highlight spans are
// ordered, disjoint, inside the text and on rune boundaries; searching
// never panics.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{
		"cong doan", `"ha noi" -tết`, "org:ldld from:2021 to:2022-06", `org:"lang son" source:nld.com.vn`,
		"date:15/04/2021", `công "đoàn`, "-", "a:b", "https://x.vn/a", "má mà ma", "\u0301a", "\xff\xfe",
	} {
		f.Add(s, "Công đoàn ngành Công Thương Hà Nội: hoà bình, hòa giải, má ơi")
	}
	ix := Build(testArticles())
	f.Fuzz(func(t *testing.T, query, text string) {
		q, err := Parse(query)
		if err == nil {
			q2, err2 := Parse(q.String())
			if err2 != nil {
				t.Fatalf("Parse(%q).String() = %q does not parse: %v", query, q.String(), err2)
			}
			if !reflect.DeepEqual(q.compile(), q2.compile()) {
				t.Fatalf("%q → %q: %+v vs %+v", query, q.String(), q, q2)
			}
		}
		prev := 0
		for _, sp := range ix.Highlight(q, text) {
			if sp[0] < prev || sp[1] <= sp[0] || sp[1] > len(text) {
				t.Fatalf("bad span %v in %q (query %q)", sp, text, query)
			}
			if utf8.ValidString(text) && (!utf8.RuneStart(text[sp[0]]) || sp[1] < len(text) && !utf8.RuneStart(text[sp[1]])) {
				t.Fatalf("span %v cuts a rune in %q", sp, text)
			}
			prev = sp[1]
		}
		r := ix.Search(q, ByRelevance, 3)
		if len(r.IDs) > 3 || r.Total < len(r.IDs) {
			t.Fatalf("%q: %+v", query, r)
		}
	})
}
