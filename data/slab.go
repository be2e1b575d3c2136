package data

import (
	"unsafe"

	"github.com/bantin/bantin/internal/hugemem"
	"github.com/bantin/bantin/model"
)

// loadWorker is what one loading goroutine keeps between files.
type loadWorker struct {
	fetch prefetcher
	slab  fileSlab
	arts  []model.Article // unused part of the current run of articles
	run   int             // size of the next run
}

// one returns a one-article slice cut from a larger array, so a folder of
// 100,000 files does not make 100,000 small allocations (Load copies
// the articles into its result and drops these arrays).
func (w *loadWorker) one(a model.Article) []model.Article {
	if len(w.arts) == 0 {
		// Runs start small and double: a large folder gets runs big
		// enough for huge pages.
		w.run = min(max(2*w.run, 64), 1<<15)
		w.arts = hugemem.Make[model.Article](w.run, w.run)
	}
	w.arts[0] = a
	s := w.arts[:1:1]
	w.arts = w.arts[1:]
	return s
}

// fileSlab hands out the buffers files are read into, cut one after the
// other from large blocks. The article strings share their file's buffer
// (see decodeText), so a block lives as long as any of its articles: in
// practice as long as the corpus. Cutting from blocks instead of one
// allocation per file spares the garbage collector 100,000 objects and,
// with blocks from hugemem, most of the page faults of the largest memory
// bantin writes (the archive's text). Each loading worker has its own
// slab: it is not safe for concurrent use.
type fileSlab struct {
	block []byte // len = bytes handed out, cap = block size
	next  int    // size of the next block
	// last is where the last buffer cut from block starts; lastOK is
	// false when there is none (given back, or taken from elsewhere).
	last   int
	lastOK bool
}

const (
	slabFirst = 256 << 10 // a handful of files need no more
	slabMax   = 32 << 20
	// A file larger than this gets an allocation of its own, so that a
	// block is never mostly wasted by a large file that does not fit.
	slabOwn = slabMax / 16
)

// take returns a buffer of n bytes (zeroed, with capacity n: appending
// to it never writes into a neighbour).
func (s *fileSlab) take(n int) []byte {
	if n > slabOwn {
		s.lastOK = false
		return make([]byte, n)
	}
	if n > cap(s.block)-len(s.block) {
		size := max(s.next, slabFirst)
		s.next = min(2*size, slabMax)
		s.block = hugemem.Bytes(max(size, n))[:0]
	}
	start := len(s.block)
	s.block = s.block[:start+n]
	s.last, s.lastOK = start, true
	return s.block[start : start+n : start+n]
}

// giveBack returns b, the buffer last taken (or a reslice of it starting at
// the same byte, such as readFile's result), to the slab, when nothing
// refers to it (its file was refused). Other buffers are left as they are.
func (s *fileSlab) giveBack(b []byte) {
	if !s.lastOK || unsafe.SliceData(b) != unsafe.SliceData(s.block[s.last:]) {
		return
	}
	clear(s.block[s.last:])
	s.block = s.block[:s.last]
	s.lastOK = false
}
