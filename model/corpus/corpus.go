// Package corpus assembles loaded articles into the immutable Corpus that
// every reader session shares: articles newest first, the keyword index and
// the organisation directory.
package corpus

import (
	"sort"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
	"github.com/bantin/bantin/model/search"
)

// Corpus is built once after loading and only read afterwards; it is safe to
// share between any number of sessions.
type Corpus struct {
	// Articles are ordered newest first (unknown dates last); an article's ID
	// is its index in this slice.
	Articles []model.Article
	// Index is the keyword index over Articles (IDs are positions).
	Index *search.Index
	// Orgs is the directory of union bodies named in Articles.
	Orgs *orgs.Directory
}

// New orders the articles newest first, numbers them and builds the indexes.
// It takes ownership of the slice.
func New(articles []model.Article) *Corpus {
	sort.SliceStable(articles, func(i, j int) bool {
		ki, kj := articles[i].Date.SortKey(), articles[j].Date.SortKey()
		if ki != kj {
			return ki > kj
		}
		return articles[i].File < articles[j].File
	})
	for i := range articles {
		articles[i].ID = i
	}
	c := &Corpus{Articles: articles}
	c.Index = search.Build(articles)
	c.Orgs = orgs.NewDirectory(articles)
	return c
}

// Len is the number of articles.
func (c *Corpus) Len() int { return len(c.Articles) }
