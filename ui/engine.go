package ui

import (
	"strings"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
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
	folded  string // folded name and aliases, for narrowing
	IDs     []int32
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

func (e *engine) parse(text string) (search.Query, error) {
	if !e.parsed || text != e.lastText {
		e.parsed, e.lastText = true, text
		e.lastQ, e.lastErr = search.Parse(text)
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

// orgs lists every union body with its articles, most articles first.
func (e *engine) orgs() []orgEntry {
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
			if n := len(oe.IDs); n == 0 || oe.IDs[n-1] != int32(i) {
				oe.IDs = append(oe.IDs, int32(i))
			}
		}
	}
	out := make([]orgEntry, len(list))
	for i, oe := range list {
		oe.folded = model.Fold(oe.Name + "\n" + strings.Join(oe.Aliases, "\n"))
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
