package data

import (
	"errors"
	"fmt"
	"os"

	"github.com/bantin/bantin/model"
)

// ErrChanged says an article's file is no longer what was loaded.
var ErrChanged = errors.New("the file changed since it was loaded")

// ReadBody reads the body of an article whose load left it in its file
// (a.Text.Sum set, see Options.Sink) back from the file: the paragraphs a
// load without a sink would have kept, exactly. The file is read once
// (open, fstat, one read, close) and parsed without organisation
// recognition: 21–28 µs a generated article in all, 3 allocations
// (BenchmarkReadBody, on a shared 2-core machine). A file now of another
// size or content gives an error wrapping ErrChanged; a missing or
// unreadable one an error naming it (wrapping fs.ErrNotExist,
// fs.ErrPermission, … where the system says so). An article that holds its
// body (Text.Sum 0) gets a.Body. Safe for concurrent use.
func ReadBody(a *model.Article) ([]string, error) {
	if a.Text.Sum == 0 {
		return a.Body, nil
	}
	path, size := a.File, a.Text.Size
	// A slab that reuses its buffer hands out one fresh buffer, sized by
	// the file, which the paragraphs then share.
	s := fileSlab{reuse: true}
	buf, err := readFile(path, size, &s)
	if err != nil {
		return nil, readBodyErr(path, size, err)
	}
	if int64(len(buf)) != size || textSum(buf) != a.Text.Sum {
		return nil, fmt.Errorf("%s: %w", path, ErrChanged)
	}
	f, refused := parseFile(path, buf, skipOrgs)
	if refused != "" {
		// The bytes are those loaded, which were not refused: only a bug
		// gets here.
		return nil, fmt.Errorf("%s: reading the text back: %s", path, refused)
	}
	return f.a.Body, nil
}

// readBodyErr explains why readFile failed on an article's file: a file
// grown past its size changed; otherwise the system's error, with the path.
func readBodyErr(path string, size int64, err error) error {
	fi, serr := os.Stat(path)
	switch {
	case serr != nil:
		return fmt.Errorf("reading the text back: %w", serr) // names the path
	case !fi.Mode().IsRegular(), fi.Size() != size:
		return fmt.Errorf("%s: %w", path, ErrChanged)
	}
	// readFile's errors are messages for the load's warnings: the
	// system's own error, if opening fails, says more (fs.ErrPermission).
	f, oerr := os.Open(path)
	if oerr != nil {
		return fmt.Errorf("reading the text back: %w", oerr) // names the path
	}
	f.Close()
	return fmt.Errorf("%s: reading the text back: %w", path, err)
}
