package data

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSlabBuffersDoNotOverlap(t *testing.T) {
	var s fileSlab
	var bufs [][]byte
	for i := range 400 {
		n := 1 + i*97%9000
		b := s.take(n)
		if len(b) != n || cap(b) != n {
			t.Fatalf("take(%d): len %d cap %d", n, len(b), cap(b))
		}
		for j := range b {
			if b[j] != 0 {
				t.Fatalf("take(%d) is not zeroed", n)
			}
			b[j] = byte(i)
		}
		bufs = append(bufs, b)
	}
	for i, b := range bufs {
		for j := range b {
			if b[j] != byte(i) {
				t.Fatalf("buffer %d byte %d was overwritten by a later buffer", i, j)
			}
		}
	}
	if big := s.take(slabOwn + 1); len(big) != slabOwn+1 {
		t.Fatalf("large take: len %d", len(big))
	}
}

func TestSlabGiveBack(t *testing.T) {
	var s fileSlab
	a := s.take(100)
	copy(a, "kept")
	b := s.take(50)
	copy(b, "refused")
	s.giveBack(a) // not the last: nothing happens
	s.giveBack(b)
	c := s.take(60)
	if &c[0] != &b[0] {
		t.Errorf("the buffer given back was not reused")
	}
	for _, x := range c {
		if x != 0 {
			t.Fatalf("a reused buffer must be zeroed, got %q", c)
		}
	}
	if string(a[:4]) != "kept" {
		t.Errorf("giving back a newer buffer changed an older one: %q", a[:4])
	}
}

// A refused file between good ones gives its buffer back; the articles
// read before and after it must keep their text.
func TestLoadKeepsTextAroundRefusedFiles(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	article := func(i int) string {
		return "Công đoàn tỉnh số " + string(rune('A'+i)) + "\n\nNgày 12/3/2024, " +
			strings.Repeat("người lao động được hỗ trợ kịp thời. ", 20+i) + "\n"
	}
	utf16 := func(s string) string {
		b := []byte{0xFF, 0xFE} // little-endian byte order mark
		for _, r := range s {
			b = append(b, byte(r), byte(r>>8))
		}
		return string(b)
	}
	for i := range 20 {
		write("a"+string(rune('a'+i))+".txt", article(i))
		write("b"+string(rune('a'+i))+".txt", "\x00\x01binary\x00")
		write("c"+string(rune('a'+i))+".txt", "   \n\t ")
	}
	// Converted files give their buffer back too: their text is a copy.
	for i := 20; i < 24; i++ {
		write("d"+string(rune('a'+i))+".txt", utf16(article(i)))
	}
	arts, warns, err := Load(context.Background(), []string{dir}, Options{Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 24 || len(warns) != 44 {
		t.Fatalf("got %d articles and %d warnings, want 24 and 44: %v", len(arts), len(warns), warns)
	}
	for _, a := range arts {
		if !strings.HasPrefix(a.Title, "Công đoàn tỉnh số ") {
			t.Fatalf("title %q", a.Title)
		}
		k := int(a.Title[len(a.Title)-1] - 'A')
		want := strings.Repeat("người lao động được hỗ trợ kịp thời. ", 20+k)
		if got := strings.Join(a.Body, "\n"); !strings.Contains(got, strings.TrimSpace(want)) {
			t.Fatalf("article %q lost its body: %q", a.Title, got)
		}
	}
}
