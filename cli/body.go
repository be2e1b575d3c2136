package cli

import (
	"fmt"
	"io"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/ui"
	"github.com/bantin/bantin/ui/termsafe"
)

// bodyFunc gives an article's paragraphs: corpusBody for a corpus's
// articles, data.ReadBody for articles straight from data.Load. A load may
// leave bodies in their files; they are then read back, which fails when a
// file changed or disappeared since it was loaded.
type bodyFunc func(a *model.Article) ([]string, error)

// corpusBody reads the bodies of c's articles (a.ID is the place in c).
func corpusBody(c *corpus.Corpus) bodyFunc {
	return func(a *model.Article) ([]string, error) { return c.Body(a.ID) }
}

// bodyOrWarn is a's body, or nil after a warning on errw when it cannot be
// read: the output goes on with an empty body and its exit status is not
// changed by it.
func bodyOrWarn(errw io.Writer, body bodyFunc, a *model.Article) ([]string, error) {
	paras, err := body(a)
	if err != nil {
		fmt.Fprintf(errw, "bantin: warning: %s: the body could not be read again from the file (%s); it is left empty\n",
			termsafe.Clean(a.File), ui.BodyProblem(err))
		return nil, err
	}
	return paras, nil
}
