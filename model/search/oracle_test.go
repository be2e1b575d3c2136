package search

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
)

// bruteMatch decides a compiled query for one article the slow, obvious
// way: the oracle the index is checked against.
func bruteMatch(c *compiled, a *model.Article, fields [][]string) bool {
	if c.never || !c.dateOK(dateKey(a.Date)) {
		return false
	}
	has := func(w string, prefix bool) bool {
		for _, f := range fields {
			for _, t := range f {
				if len(t) > maxTokenLen {
					continue
				}
				if t == w || prefix && strings.HasPrefix(t, w) {
					return true
				}
			}
		}
		return false
	}
	phrase := func(p []string, open bool) bool {
		n := len(p)
		for _, f := range fields {
			for i := 0; i+n <= len(f); i++ {
				if !open && slices.Equal(f[i:i+n], p) ||
					open && slices.Equal(f[i:i+n-1], p[:n-1]) && len(f[i+n-1]) <= maxTokenLen && strings.HasPrefix(f[i+n-1], p[n-1]) {
					return true
				}
			}
		}
		return false
	}
	for _, w := range c.terms {
		if !has(w, false) {
			return false
		}
	}
	if c.prefix != "" && !has(c.prefix, true) {
		return false
	}
	for k, p := range c.phrases {
		if !phrase(p, c.openPhrase(k)) {
			return false
		}
	}
	for _, w := range c.excl {
		if has(w, false) {
			return false
		}
	}
	for _, p := range c.exclPhr {
		if phrase(p, false) {
			return false
		}
	}
	var orgNames [][]string
	for _, o := range a.Organisations {
		orgNames = append(orgNames, orgTokens(o.Name))
		for _, al := range o.Aliases {
			orgNames = append(orgNames, orgTokens(al))
		}
	}
	for _, o := range c.orgs {
		if !orgMatches(o, orgNames) {
			return false
		}
	}
	if len(c.sources) > 0 && !sourceMatches(c.sources, sourceNames(a)) {
		return false
	}
	return true
}

// TestIndexAgreesWithBruteForce runs many random queries over generated
// articles and checks the index finds exactly what the obvious scan finds.
func TestIndexAgreesWithBruteForce(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 200
	}
	names, raws := gen.Corpus(n, 7)
	arts := data.ParseAll(names, raws, data.Options{})
	for i := range arts {
		arts[i].ID = i
	}
	// The second index has tiny forward-index chunks, so documents move
	// between chunks while being indexed.
	indexes := []*Index{Build(arts), build(arts, 50)}
	// The third has no dense impact arrays (every word has postings): it
	// must rank identically.
	sparse := buildWorkers(arts, fwdChunk, 2, len(arts)+1)
	indexes = append(indexes, sparse)
	// The fourth is assembled from texts indexed out of order by three
	// Builders (see TestAssembleAgreesWithBuild).
	indexes = append(indexes, assembleShuffled(arts, 3, 50, rand.New(rand.NewPCG(9, 9))))
	fields := make([][][]string, len(arts))
	for i := range arts {
		for _, f := range append([]string{arts[i].Title}, arts[i].Body...) {
			fields[i] = append(fields[i], foldTokens(f))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	word := func() (string, []string) {
		a := &arts[r.IntN(len(arts))]
		ws := phraseWords(a.Title + " " + strings.Join(a.Body, " "))
		if len(ws) == 0 {
			return "x", []string{"x"}
		}
		i := r.IntN(len(ws))
		return ws[i], ws[i:min(i+2+r.IntN(2), len(ws))]
	}
	for k := 0; k < 400; k++ {
		var parts []string
		for j := 0; j < 1+r.IntN(3); j++ {
			w, ph := word()
			switch r.IntN(8) {
			case 0:
				parts = append(parts, `"`+strings.Join(ph, " ")+`"`)
			case 1:
				parts = append(parts, "-"+w)
			case 2:
				parts = append(parts, `-"`+strings.Join(ph, " ")+`"`)
			case 3:
				a := &arts[r.IntN(len(arts))]
				if len(a.Organisations) > 0 {
					o := a.Organisations[r.IntN(len(a.Organisations))]
					parts = append(parts, `org:"`+o.Name+`"`)
				}
			case 4:
				parts = append(parts, fmt.Sprintf("from:%d", 2017+r.IntN(4)), fmt.Sprintf("to:%d-%02d", 2021+r.IntN(4), 1+r.IntN(12)))
			case 5:
				a := &arts[r.IntN(len(arts))]
				if a.Source != "" {
					parts = append(parts, `source:"`+a.Source+`"`)
				}
			default:
				parts = append(parts, strings.ToUpper(w[:1])+w[1:])
			}
		}
		open := false
		switch r.IntN(4) {
		case 0, 1:
			w, _ := word()
			rs := []rune(w)
			parts = append(parts, string(rs[:1+r.IntN(len(rs))])) // a word being typed
		case 2:
			// An open quote whose last word is being typed.
			_, ph := word()
			rs := []rune(ph[len(ph)-1])
			ph = append(ph[:len(ph)-1:len(ph)-1], string(rs[:1+r.IntN(len(rs))]))
			parts = append(parts, `"`+strings.Join(ph, " "))
			open = true
		}
		qs := strings.Join(parts, " ")
		q, err := Parse(qs)
		if err != nil && !(open && strings.Contains(err.Error(), "never closed")) {
			t.Fatalf("%q: %v", qs, err)
		}
		c := q.compile()
		var want []int32
		for i := range arts {
			if bruteMatch(c, &arts[i], fields[i]) {
				want = append(want, int32(i))
			}
		}
		for _, ix := range indexes {
			checkAgainst(t, ix, qs, q, want)
		}
		a, b := indexes[0].Search(q, ByRelevance, 20), sparse.Search(q, ByRelevance, 20)
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("%q: with dense arrays %v %v\nwithout %v %v", qs, a.IDs, a.Scores, b.IDs, b.Scores)
		}
	}
}

func checkAgainst(t *testing.T, ix *Index, qs string, q Query, want []int32) {
	t.Helper()
	got := ix.Search(q, ByDate, 0)
	if !slices.Equal(got.IDs, want) || got.Total != len(want) {
		t.Fatalf("%q: index found %d %v\nbrute force %d %v", qs, got.Total, head(got.IDs), len(want), head(want))
	}
	rel := ix.Search(q, ByRelevance, 0)
	if rel.Total != len(want) || !slices.Equal(sorted(rel.IDs), want) {
		t.Fatalf("%q: by relevance %d results, want the same %d", qs, rel.Total, len(want))
	}
	top := ix.Search(q, ByRelevance, 10)
	if !slices.Equal(top.IDs, rel.IDs[:min(10, len(rel.IDs))]) {
		t.Fatalf("%q: top 10 %v differs from the head of the full ranking %v", qs, top.IDs, head(rel.IDs))
	}
}

func head(s []int32) []int32 { return s[:min(len(s), 12)] }
