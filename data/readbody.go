package data

import (
	"errors"

	"github.com/bantin/bantin/model"
)

// ErrChanged says an article's file is no longer what was loaded.
var ErrChanged = errors.New("the file changed since it was loaded")

// ReadBody reads the body of an article whose load left it in its file
// (a.Text.Sum set) back from the file.
func ReadBody(a *model.Article) ([]string, error) {
	return nil, errors.New("reading a body back: not written yet")
}
