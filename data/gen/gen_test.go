package gen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

func TestDeterministic(t *testing.T) {
	for i := 0; i < 50; i++ {
		if !bytes.Equal(Article(7, i), Article(7, i)) {
			t.Fatalf("article %d differs between two calls", i)
		}
	}
	if bytes.Equal(Article(7, 1), Article(8, 1)) {
		t.Fatal("different seeds gave the same article")
	}
}

func TestCorpusShape(t *testing.T) {
	names, raws := Corpus(2000, 1)
	if len(names) != 2000 || len(raws) != 2000 {
		t.Fatalf("got %d names, %d raws", len(names), len(raws))
	}
	total := 0
	styles := map[int]bool{}
	for i, r := range raws {
		if !utf8.Valid(r) {
			t.Fatalf("%s: invalid UTF-8", names[i])
		}
		total += len(r)
		_, m := ArticleMeta(1, i)
		styles[m.Style] = true
		if !bytes.Contains(r, []byte(m.Title)) {
			t.Fatalf("%s: title %q not in text", names[i], m.Title)
		}
	}
	avg := total / len(raws)
	t.Logf("average article size %d bytes", avg)
	if avg < 5500 || avg > 6500 {
		t.Errorf("average size %d bytes, want about 6 KB", avg)
	}
	if len(styles) != numStyles {
		t.Errorf("only %d of %d layouts generated", len(styles), numStyles)
	}
}

func TestWriteDir(t *testing.T) {
	dir := t.TempDir()
	if err := WriteDir(dir, 1005, 3); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "001", Name(3, 1004)))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, Article(3, 1004)) {
		t.Fatal("written file differs from Article")
	}
}
