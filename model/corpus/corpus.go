// Package corpus assembles loaded articles into the immutable Corpus that
// every reader session shares: articles newest first, the keyword index and
// the organisation directory.
package corpus

import (
	"cmp"
	"slices"
	"strings"

	"github.com/bantin/bantin/internal/hugemem"
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
	articles = newestFirst(articles)
	for i := range articles {
		articles[i].ID = i
	}
	c := &Corpus{Articles: articles}
	// The directory is cheap and the index build uses every core; building
	// the directory beside it hides its cost.
	done := make(chan struct{})
	go func() {
		defer close(done)
		c.Orgs = orgs.NewDirectory(articles)
	}()
	c.Index = search.Build(articles)
	<-done
	return c
}

// newestFirst returns the articles ordered newest first (unknown dates last,
// ties by file name). It sorts small keys and moves each article once, which
// is several times faster than sorting the large Article values in place.
func newestFirst(articles []model.Article) []model.Article {
	type key struct {
		date int64
		i    int32
	}
	keys := make([]key, len(articles))
	for i := range articles {
		keys[i] = key{articles[i].Date.SortKey(), int32(i)}
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.date != b.date {
			return cmp.Compare(b.date, a.date)
		}
		if c := strings.Compare(articles[a.i].File, articles[b.i].File); c != 0 {
			return c
		}
		return cmp.Compare(a.i, b.i)
	})
	sorted := hugemem.Make[model.Article](len(articles), len(articles))
	for i, k := range keys {
		sorted[i] = articles[k.i]
	}
	return sorted
}

// Len is the number of articles.
func (c *Corpus) Len() int { return len(c.Articles) }
