// Package corpus assembles loaded articles into the immutable Corpus that
// every reader session shares: articles newest first, the keyword index and
// the organisation directory.
package corpus

import (
	"cmp"
	"context"
	"runtime"
	"slices"
	"strings"

	"github.com/bantin/bantin/data"
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

// Open loads the files and folders at paths (data.Load, with opts) into a
// corpus. Each loading worker indexes the articles it parses while their
// text is at hand, and the articles read from .txt files keep no body: Body
// reads it back from the file when it is shown. At 100,000 generated
// articles that is 528 MB of text not written to memory and kept. Open
// sets opts.Sink (any sink given is replaced). The warnings are the
// loader's; the error is data.Load's, when nothing could be loaded.
func Open(ctx context.Context, paths []string, opts data.Options) (*Corpus, []data.Warning, error) {
	if opts.Workers <= 0 {
		opts.Workers = runtime.GOMAXPROCS(0)
	}
	parts := make([]*search.Builder, opts.Workers)
	for w := range parts {
		parts[w] = search.NewBuilder()
	}
	// Calls for one worker never overlap, so each builder has one user.
	opts.Sink = func(w int, a *model.Article) {
		a.Text.Part = uint32(w + 1)
		a.Text.Doc = parts[w].Add(a)
	}
	articles, warns, err := data.Load(ctx, paths, opts)
	if err != nil {
		return nil, warns, err
	}
	return assemble(articles, parts), warns, nil
}

// New orders the articles newest first, numbers them and builds the indexes.
// It takes ownership of the slice.
func New(articles []model.Article) *Corpus {
	return assemble(articles, nil)
}

// assemble is New for articles whose texts parts may have indexed already
// (see search.Assemble).
func assemble(articles []model.Article, parts []*search.Builder) *Corpus {
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
	c.Index = search.Assemble(parts, articles)
	<-done
	return c
}

// newestFirst orders the articles newest first (unknown dates last, ties by
// file name), in place, and returns them. It sorts small keys, several times
// faster than sorting the large Article values, then moves each article
// once, following the permutation's cycles: a sorted copy would be 20 MB of
// fresh memory at 100,000 articles, which costs more to touch the first
// time than the moves themselves.
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
	// Position j takes the article at keys[j].i; -1 marks a position done.
	for i := range keys {
		if keys[i].i < 0 || int(keys[i].i) == i {
			continue
		}
		tmp := articles[i]
		j := i
		for {
			k := int(keys[j].i)
			keys[j].i = -1
			if k == i {
				articles[j] = tmp
				break
			}
			articles[j] = articles[k]
			j = k
		}
	}
	return articles
}

// Body is the paragraphs of article id: Body when the article holds its
// text, else read back from the article's file (data.ReadBody), which fails
// when the file changed or disappeared since it was loaded.
func (c *Corpus) Body(id int) ([]string, error) {
	return data.ReadBody(&c.Articles[id])
}

// Len is the number of articles.
func (c *Corpus) Len() int { return len(c.Articles) }
