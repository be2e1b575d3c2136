package data_test

import (
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
)

// TestGeneratedCorpus parses generated articles of every outlet layout and
// checks each extracted field against what the generator wrote.
func TestGeneratedCorpus(t *testing.T) {
	n := 3000
	if testing.Short() {
		n = 500
	}
	fails := 0
	for i := 0; i < n && fails < 15; i++ {
		raw, m := gen.ArticleMeta(11, i)
		a := data.Parse(gen.Name(11, i), raw, nil)
		check := func(field, got, want string) {
			if got != want {
				fails++
				t.Errorf("article %d (layout %d) %s = %q, want %q", i, m.Style, field, got, want)
			}
		}
		check("title", a.Title, m.Title)
		check("date", a.Date.DayString(), m.Date.DayString())
		check("time", a.Date.TimeString(), m.Date.TimeString())
		check("precision", string(a.Date.Precision), string(m.Date.Precision))
		check("source", a.Source, m.Source)
		check("author", a.Author, m.Author)
		check("url", a.URL, m.URL)
		for _, p := range a.Body {
			if p == m.Title {
				fails++
				t.Errorf("article %d: title repeated in body", i)
			}
		}
	}
}
