package ui

import (
	"errors"
	"os"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/ui/termsafe"
)

// A corpus opened from a folder keeps no bodies in memory: the reader reads
// an article's text back from its file (corpus.Body; a move in the list
// with the preview costs ≈ 40 µs more so, BenchmarkListScrollBodies) when
// it draws the preview or renders the article, never on every frame. The file
// may have changed or gone since it was loaded; the reader then says so
// where the text would be, and the title and metadata still show.

// bodyFunc reads an article's paragraphs; it is called from commands too,
// so it may only read the corpus, never the session's state.
type bodyFunc func(id int32) ([]string, error)

// bodyReader is the session's way to read a body: the corpus's, unless a
// test handed in another.
func (m *Model) bodyReader() bodyFunc {
	if m.readBody != nil {
		return m.readBody
	}
	c := m.c
	return func(id int32) ([]string, error) { return c.Body(int(id)) }
}

// BodyProblem says in a few words, fit to print, why an article's text could
// not be read back from its file: it changed since bantin loaded it, the file
// is gone, or else what the error says (cleaned of control characters).
func BodyProblem(err error) string {
	switch {
	case errors.Is(err, data.ErrChanged):
		return "it changed since bantin loaded it"
	case errors.Is(err, os.ErrNotExist):
		return "the file is gone"
	}
	return termsafe.Clean(err.Error())
}

// bodyFailure is what the preview and the article view show in place of a
// body that could not be read back from file.
func bodyFailure(file string, err error) string {
	s := "The text of this article could not be read again from its file (" +
		termsafe.Clean(file) + "): " + BodyProblem(err) + "."
	if errors.Is(err, data.ErrChanged) {
		s += " bantin must be restarted to load the new version."
	}
	return s
}
