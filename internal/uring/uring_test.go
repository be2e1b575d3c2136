//go:build linux && (amd64 || arm64 || riscv64 || loong64)

package uring

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func newReader(t *testing.T) *Reader {
	t.Helper()
	r, err := NewReader()
	if errors.Is(err, ErrUnavailable) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := r.Close(); err != nil {
			t.Error(err)
		}
	})
	return r
}

// TestReadMatchesReadFile reads files of every awkward size and kind in
// one batch and compares each with os.ReadFile.
func TestReadMatchesReadFile(t *testing.T) {
	r := newReader(t)
	dir := t.TempDir()
	const bufSize = 4096
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	viet := []byte(strings.Repeat("Công đoàn Viên chức tỉnh Lạng Sơn. ", 120))[:bufSize-100]
	cases := []struct {
		path      string
		wantWhole bool
		wantErr   error
	}{
		{write("empty.txt", nil), true, nil},
		{write("one.txt", []byte("x")), true, nil},
		{write("viet.txt", viet), true, nil},
		{write("exact.txt", bytes.Repeat([]byte("a"), bufSize)), true, nil},
		{write("longer.txt", bytes.Repeat([]byte("b"), bufSize+1)), false, nil},
		{write("much-longer.txt", bytes.Repeat([]byte("c"), 3*bufSize)), false, nil},
		{filepath.Join(dir, "missing.txt"), false, syscall.ENOENT},
		{dir, false, syscall.EISDIR},
		{filepath.Join(dir, "nul\x00.txt"), false, syscall.EINVAL},
	}
	paths := make([]string, len(cases))
	bufs := make([][]byte, len(cases))
	for i, c := range cases {
		paths[i] = c.path
		bufs[i] = make([]byte, bufSize)
	}
	res := make([]Result, len(cases))
	if err := r.Read(paths, bufs, res); err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		got := res[i]
		name := filepath.Base(c.path)
		if c.wantErr != nil {
			if !errors.Is(got.Err, c.wantErr) {
				t.Errorf("%s: error %v, want %v", name, got.Err, c.wantErr)
			}
			if got.Whole {
				t.Errorf("%s: failed but said whole", name)
			}
			continue
		}
		if got.Err != nil {
			t.Errorf("%s: %v", name, got.Err)
			continue
		}
		if got.Whole != c.wantWhole {
			t.Errorf("%s: Whole = %v, want %v", name, got.Whole, c.wantWhole)
		}
		want, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		if c.wantWhole && !bytes.Equal(bufs[i][:got.N], want) {
			t.Errorf("%s: read %d bytes, differing from the file's %d", name, got.N, len(want))
		}
		if !c.wantWhole && !bytes.Equal(bufs[i][:got.N], want[:got.N]) {
			t.Errorf("%s: the first %d bytes differ from the file's", name, got.N)
		}
	}
}

// TestReadManyBatches reuses one reader for more files than a batch holds,
// as the loader does, and checks no slot or result leaks into the next.
func TestReadManyBatches(t *testing.T) {
	r := newReader(t)
	dir := t.TempDir()
	var paths []string
	for i := range 5*Batch + 3 {
		p := filepath.Join(dir, strings.Repeat("f", i%7+1)+string(rune('a'+i%26))+strings.Repeat("0", i/26)+".txt")
		if err := os.WriteFile(p, []byte(strings.Repeat("x", i)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	bufs := make([][]byte, Batch)
	for i := range bufs {
		bufs[i] = make([]byte, 1024)
	}
	res := make([]Result, Batch)
	for start := 0; start < len(paths); start += Batch {
		batch := paths[start:min(start+Batch, len(paths))]
		if err := r.Read(batch, bufs, res); err != nil {
			t.Fatal(err)
		}
		for i, p := range batch {
			want, _ := os.ReadFile(p)
			if res[i].Err != nil || !res[i].Whole || !bytes.Equal(bufs[i][:res[i].N], want) {
				t.Errorf("%s: got %+v (%q), want the file's %d bytes", filepath.Base(p), res[i], bufs[i][:res[i].N], len(want))
			}
		}
	}
}

// TestReadFIFODoesNotBlock: a named pipe where a file was expected is
// opened without blocking and reads as empty, as with the plain reader.
func TestReadFIFODoesNotBlock(t *testing.T) {
	r := newReader(t)
	p := filepath.Join(t.TempDir(), "pipe.txt")
	if err := syscall.Mkfifo(p, 0o644); err != nil {
		t.Skip("no FIFO here:", err)
	}
	res := make([]Result, 1)
	if err := r.Read([]string{p}, [][]byte{make([]byte, 64)}, res); err != nil {
		t.Fatal(err)
	}
	if res[0].N != 0 {
		t.Errorf("FIFO read %d bytes, want 0 (%+v)", res[0].N, res[0])
	}
}

func TestReadRefusesOversizedBatch(t *testing.T) {
	r := newReader(t)
	paths := make([]string, Batch+1)
	bufs := make([][]byte, Batch+1)
	res := make([]Result, Batch+1)
	if err := r.Read(paths, bufs, res); err == nil {
		t.Fatal("a batch of Batch+1 files was accepted")
	}
	// The ring is still usable.
	p := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(p, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := r.Read([]string{p}, [][]byte{make([]byte, 8)}, res); err != nil || !res[0].Whole || res[0].N != 3 {
		t.Fatalf("after a refused batch: %v %+v", err, res[0])
	}
}

// TestReadFIFOWithWriterIsCancelled: a named pipe with a writer, put where
// a file was listed, never ends (io_uring waits on pipes even opened
// O_NONBLOCK). Read must give up on it after stallAfter, not hang, and
// must not take what it read for the whole file, with or without data
// in the pipe. The reader is still usable afterwards.
func TestReadFIFOWithWriterIsCancelled(t *testing.T) {
	r := newReader(t)
	dir := t.TempDir()
	for _, data := range []string{"", "hello"} {
		p := filepath.Join(dir, "pipe"+data+".txt")
		if err := syscall.Mkfifo(p, 0o644); err != nil {
			t.Skip("no FIFO here:", err)
		}
		w, err := os.OpenFile(p, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		if data != "" {
			if _, err := w.WriteString(data); err != nil {
				t.Fatal(err)
			}
		}
		res := make([]Result, 1)
		done := make(chan error, 1)
		go func() { done <- r.Read([]string{p}, [][]byte{make([]byte, 64)}, res) }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("pipe with %q: %v", data, err)
			}
		case <-time.After(4 * stallAfter):
			t.Fatalf("pipe with %q: Read still waiting after %v", data, 4*stallAfter)
		}
		if res[0].Whole {
			t.Errorf("pipe with %q: taken for a whole file: %+v", data, res[0])
		}
		w.Close()
	}
	ok := filepath.Join(dir, "ok.txt")
	if err := os.WriteFile(ok, []byte("abc"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := make([]Result, 1)
	if err := r.Read([]string{ok}, [][]byte{make([]byte, 8)}, res); err != nil || !res[0].Whole || res[0].N != 3 {
		t.Fatalf("after the pipes: %v %+v", err, res[0])
	}
}
