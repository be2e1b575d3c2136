package ui

import (
	"strings"
	"unicode"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/model/orgs"
	"github.com/bantin/bantin/model/search"
)

// sortOrder is how keyword results are ordered.
type sortOrder int

const (
	byDate sortOrder = iota
	byRelevance
)

func (o sortOrder) String() string {
	if o == byRelevance {
		return "relevance"
	}
	return "date"
}

// orgEntry is one union body with the articles naming it.
type orgEntry struct {
	Name    string
	Kind    model.OrgKind
	Aliases []string
	words   []string // folded words of the name and aliases, for narrowing
	IDs     []int
	org     *orgs.Org // the directory's entry (nil without a directory)
}

// matchWords reports whether every query word begins a word of the entry.
func (e *orgEntry) matchWords(query []string) bool {
	for _, q := range query {
		ok := false
		for _, w := range e.words {
			if strings.HasPrefix(w, q) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	return true
}

func foldedWords(texts ...string) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range texts {
		for _, w := range strings.FieldsFunc(model.Fold(t), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}) {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// engine answers the reader's questions about a corpus: keyword search
// and highlights (through the corpus's search index) and the organisation
// directory. It is the single place where the reader meets those packages.
// One engine belongs to one session; it only reads the shared corpus.
type engine struct {
	c  *corpus.Corpus
	ix *search.Index
	// the last parsed keyword query (the filter asks for the same one for
	// the search and for every highlighted line)
	parsed   bool
	lastText string
	lastQ    search.Query
	lastErr  error
}

func newEngine(c *corpus.Corpus) *engine {
	ix := c.Index
	if ix == nil { // a corpus assembled by hand: index it for this session
		ix = search.Build(c.Articles)
	}
	return &engine{c: c, ix: ix}
}

// parse reads the keyword query. A quote still open at the end is no error
// here: the user is typing it, and the query reads it as closed (its last
// word a prefix), so the list keeps narrowing.
func (e *engine) parse(text string) (search.Query, error) {
	if !e.parsed || text != e.lastText {
		e.parsed, e.lastText = true, text
		e.lastQ, e.lastErr = search.Parse(text)
		if pe, ok := e.lastErr.(*search.ParseError); ok && pe.Open() {
			e.lastErr = nil
		}
	}
	return e.lastQ, e.lastErr
}

// highlight returns the byte spans of text that the keyword query matches,
// from the index's own matcher.
func (e *engine) highlight(text, line string) [][2]int {
	q, err := e.parse(text)
	if err != nil {
		return nil
	}
	return e.ix.Highlight(q, line)
}

// orgs lists every union body with its articles, most articles first,
// from the corpus's organisation directory (or, for a corpus assembled
// without one, from the articles' own mentions).
func (e *engine) orgs() []orgEntry {
	if e.c.Orgs != nil {
		list := e.c.Orgs.Orgs()
		out := make([]orgEntry, len(list))
		for i, o := range list {
			al := make([]string, 0, len(o.Aliases))
			for _, a := range o.Aliases {
				al = append(al, a.Alias)
			}
			out[i] = orgEntry{Name: o.Name, Kind: o.Kind, Aliases: al, IDs: o.Articles, org: o,
				words: foldedWords(append([]string{o.Name}, al...)...)}
		}
		return out
	}
	byName := map[string]*orgEntry{}
	var list []*orgEntry
	for i := range e.c.Articles {
		for _, om := range e.c.Articles[i].Organisations {
			oe := byName[om.Name]
			if oe == nil {
				oe = &orgEntry{Name: om.Name, Kind: om.Kind}
				byName[om.Name] = oe
				list = append(list, oe)
			}
			for _, al := range om.Aliases {
				if !contains(oe.Aliases, al) {
					oe.Aliases = append(oe.Aliases, al)
				}
			}
			if n := len(oe.IDs); n == 0 || oe.IDs[n-1] != i {
				oe.IDs = append(oe.IDs, i)
			}
		}
	}
	out := make([]orgEntry, len(list))
	for i, oe := range list {
		oe.words = foldedWords(append([]string{oe.Name}, oe.Aliases...)...)
		out[i] = *oe
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
