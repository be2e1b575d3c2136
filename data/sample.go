package data

import (
	"embed"
	"io/fs"
)

// sampleFS holds the five raw articles bantin was created from, compiled in
// so that `bantin` with no path has something to show. The files are kept
// byte for byte as scraped.
//
//go:embed sample/*.txt
var sampleFS embed.FS

// SampleFS returns the embedded sample corpus as a read-only file system
// whose root holds the raw .txt files.
func SampleFS() fs.FS {
	sub, err := fs.Sub(sampleFS, "sample")
	if err != nil {
		panic(err) // cannot happen: the directory is compiled in
	}
	return sub
}
