// Package data gets articles into bantin: the embedded sample, folders walked
// recursively, raw .txt files and .jsonl files, parsed into model.Article.
package data

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bantin/bantin/model"
)

// Warning is a problem with one input that did not stop the others loading.
type Warning struct {
	Path string
	Msg  string
}

func (w Warning) String() string { return w.Path + ": " + w.Msg }

// Progress reports how far a load has got.
type Progress struct {
	FilesDone, FilesTotal int
	Articles              int
}

// Options tune a load. The zero value is ready to use.
type Options struct {
	// Workers is the number of parsing goroutines (default: GOMAXPROCS).
	Workers int
	// MaxFileSize: larger files are skipped with a warning (default 64 MiB).
	MaxFileSize int64
	// Progress, if set, is called from the loading goroutine as files finish.
	Progress func(Progress)
}

// LoadSample parses the embedded sample corpus.
// TEMPORARY minimal implementation, replaced by the parser work (issue 3).
func LoadSample(opts Options) ([]model.Article, []Warning) {
	var arts []model.Article
	var warns []Warning
	fsys := SampleFS()
	entries, _ := fs.ReadDir(fsys, ".")
	for _, e := range entries {
		b, err := fs.ReadFile(fsys, e.Name())
		if err != nil {
			warns = append(warns, Warning{e.Name(), err.Error()})
			continue
		}
		arts = append(arts, Parse(e.Name(), b))
	}
	return arts, warns
}

// Load reads every path (files or folders). It returns an error only when
// nothing at all could be loaded.
// TEMPORARY minimal implementation, replaced by the parser work (issue 3).
func Load(ctx context.Context, paths []string, opts Options) ([]model.Article, []Warning, error) {
	var arts []model.Article
	var warns []Warning
	for _, p := range paths {
		err := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				warns = append(warns, Warning{path, err.Error()})
				return nil
			}
			if d.IsDir() || !strings.HasSuffix(path, ".txt") {
				return nil
			}
			b, err := os.ReadFile(path)
			if err != nil {
				warns = append(warns, Warning{path, err.Error()})
				return nil
			}
			arts = append(arts, Parse(path, b))
			return nil
		})
		if err != nil {
			warns = append(warns, Warning{p, err.Error()})
		}
	}
	if len(arts) == 0 {
		return nil, warns, fmt.Errorf("no article could be loaded from %s", strings.Join(paths, ", "))
	}
	return arts, warns, nil
}

// Parse turns one raw scraped article into an Article.
// TEMPORARY minimal implementation, replaced by the parser work (issue 3).
func Parse(name string, raw []byte) model.Article {
	lines := strings.Split(strings.TrimSpace(string(raw)), "\n")
	a := model.Article{File: name, Date: model.Date{Precision: model.PrecisionUnknown}}
	if len(lines) > 0 {
		a.Title = strings.TrimSpace(lines[0])
	}
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			a.Body = append(a.Body, l)
		}
	}
	return a
}
