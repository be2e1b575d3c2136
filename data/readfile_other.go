//go:build !unix

package data

import (
	"errors"
	"fmt"
	"io"
	"os"
)

// readFile reads a whole file, refusing more than max bytes (the file may
// have grown since it was listed).
func readFile(path string, max int64, _ *fileSlab) ([]byte, error) {
	return readLimited(path, max)
}

// readLimited reads a whole file, refusing more than max bytes (the file
// may have grown since it was listed).
func readLimited(path string, max int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.New(describeErr(err))
	}
	defer f.Close()
	var size int64
	if fi, err := f.Stat(); err == nil {
		size = fi.Size()
		if size > max {
			return nil, fmt.Errorf("file too large (%s, limit %s)", humanSize(size), humanSize(max))
		}
	}
	buf := make([]byte, 0, min(size, max)+1)
	buf, err = readAllInto(buf, io.LimitReader(f, max+1))
	if err != nil {
		return nil, fmt.Errorf("read error: %s", describeErr(err))
	}
	if int64(len(buf)) > max {
		return nil, fmt.Errorf("file too large (more than %s)", humanSize(max))
	}
	return buf, nil
}

func readAllInto(b []byte, r io.Reader) ([]byte, error) {
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}
