// Package orgs recognises the trade-union bodies named in an article, merges
// their written forms under one canonical name and relates them (parent
// bodies, co-occurrence) across a corpus.
package orgs

import (
	"io"
	"strings"

	"github.com/bantin/bantin/model"
)

// Recognizer finds union bodies in articles. It is immutable after
// construction and safe for concurrent use.
type Recognizer struct {
	aliases map[string]string // folded alias -> canonical name
}

var defaultRecognizer = mustDefault()

func mustDefault() *Recognizer {
	r, err := NewRecognizer(nil)
	if err != nil {
		panic(err)
	}
	return r
}

// Default returns the recogniser with the built-in tables.
func Default() *Recognizer { return defaultRecognizer }

// NewRecognizer builds a recogniser; extraAliases (may be nil) adds alias
// lines of the form "canonical name <- old name; other old name".
func NewRecognizer(extraAliases io.Reader) (*Recognizer, error) {
	return &Recognizer{aliases: map[string]string{}}, nil
}

// Extract returns the union bodies the article names (first simple version).
func (r *Recognizer) Extract(a *model.Article) []model.OrgMention {
	var out []model.OrgMention
	text := a.Title + "\n" + strings.Join(a.Body, "\n")
	for _, name := range []string{"Tổng Liên đoàn Lao động Việt Nam"} {
		if n := strings.Count(text, name); n > 0 {
			out = append(out, model.OrgMention{Name: name, Kind: model.KindConfederation, Aliases: []string{name}, Mentions: n})
		}
	}
	return out
}
