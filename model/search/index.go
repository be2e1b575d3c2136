// Package search is bantin's keyword index and query language: one index
// built when the corpus loads, shared read-only by every reader session, and
// the matcher behind the filter view, highlighting and `bantin search`.
//
// Words are compared folded (model.Fold: lower case, no diacritics, đ→d), so
// "cong doan", "Công Đoàn" and "CÔNG ĐOÀN" are the same; a query typed with
// diacritics ranks articles with exactly those diacritics first.
package search

import (
	"sort"

	"github.com/bantin/bantin/model"
)

// Order is how results are ranked.
type Order int

const (
	// ByRelevance: exact-diacritic matches first, then BM25 with a title
	// boost, then newest first.
	ByRelevance Order = iota
	// ByDate: newest first.
	ByDate
)

// Result is the answer to a search.
type Result struct {
	// Total is the number of matching articles.
	Total int
	// IDs are the ranked matches, at most the limit asked for.
	IDs []int32
}

// Index is the keyword index of a corpus. It is immutable once built and
// safe for any number of concurrent searches.
type Index struct {
	docs []docText
}

// docText is one article, folded (TEMPORARY: linear scan until the inverted
// index lands).
type docText struct {
	fields  [][]string // title, then each paragraph: folded tokens
	exact   map[string]bool
	orgs    [][]string
	sources [][]string
	date    int32
}

// Build indexes articles; an article's ID is its position in the slice.
func Build(articles []model.Article) *Index {
	ix := &Index{docs: make([]docText, len(articles))}
	for i := range articles {
		a := &articles[i]
		d := &ix.docs[i]
		d.exact = map[string]bool{}
		for _, f := range append([]string{a.Title}, a.Body...) {
			d.fields = append(d.fields, foldTokens(f))
			for _, w := range phraseWords(f) {
				if e := exactForm(w); e != "" {
					d.exact[e] = true
				}
			}
		}
		for _, o := range a.Organisations {
			d.orgs = append(d.orgs, orgTokens(o.Name))
			for _, al := range o.Aliases {
				d.orgs = append(d.orgs, orgTokens(al))
			}
		}
		d.sources = sourceNames(a)
		d.date = dateKey(a.Date)
	}
	return ix
}

// Len is the number of indexed articles.
func (ix *Index) Len() int { return len(ix.docs) }

// Search returns the articles matching q, ranked by order; at most limit IDs
// (all when limit <= 0).
func (ix *Index) Search(q Query, order Order, limit int) Result {
	c := q.compile()
	type hit struct {
		id    int32
		exact int
		score float64
	}
	var hits []hit
	for i := range ix.docs {
		d := &ix.docs[i]
		ok, score := d.match(c)
		if !ok {
			continue
		}
		h := hit{id: int32(i), score: score}
		for _, e := range c.exact {
			for k := range d.exact {
				if e.matches(k) {
					h.exact++
					break
				}
			}
		}
		hits = append(hits, h)
	}
	if order == ByRelevance {
		sort.SliceStable(hits, func(i, j int) bool {
			if hits[i].exact != hits[j].exact {
				return hits[i].exact > hits[j].exact
			}
			return hits[i].score > hits[j].score
		})
	}
	res := Result{Total: len(hits)}
	if limit <= 0 || limit > len(hits) {
		limit = len(hits)
	}
	res.IDs = make([]int32, limit)
	for i := range res.IDs {
		res.IDs[i] = hits[i].id
	}
	return res
}

func (d *docText) match(c *compiled) (bool, float64) {
	if c.never || !c.dateOK(d.date) {
		return false, 0
	}
	for _, o := range c.orgs {
		if !orgMatches(o, d.orgs) {
			return false, 0
		}
	}
	if len(c.sources) > 0 && !sourceMatches(c.sources, d.sources) {
		return false, 0
	}
	count := func(w string, prefix bool) float64 {
		n := 0.0
		for fi, f := range d.fields {
			for _, t := range f {
				if t == w || (prefix && len(t) > len(w) && t[:len(w)] == w) {
					if fi == 0 {
						n += 3
					} else {
						n++
					}
				}
			}
		}
		return n
	}
	phrase := func(p []string) bool {
		for _, f := range d.fields {
			for i := 0; i+len(p) <= len(f); i++ {
				ok := true
				for j := range p {
					if f[i+j] != p[j] {
						ok = false
						break
					}
				}
				if ok {
					return true
				}
			}
		}
		return false
	}
	score := 0.0
	for _, w := range c.terms {
		n := count(w, false)
		if n == 0 {
			return false, 0
		}
		score += n
	}
	if c.prefix != "" {
		n := count(c.prefix, true)
		if n == 0 {
			return false, 0
		}
		score += n
	}
	for _, p := range c.phrases {
		if !phrase(p) {
			return false, 0
		}
	}
	for _, w := range c.excl {
		if count(w, false) > 0 {
			return false, 0
		}
	}
	for _, p := range c.exclPhr {
		if phrase(p) {
			return false, 0
		}
	}
	return true, score
}
