package data

import (
	"cmp"
	"slices"
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
	// dest, once Load has made it, has a place for each file's article;
	// at is the number of the file being loaded.
	dest  []model.Article
	at    int
	spans []stageSpan // rehome's scratch
	// sink is Options.Sink and id the worker's number, given to it. With
	// a sink, files read the plain way go to scratch (a reused buffer)
	// instead of the slab: their articles keep none of their bytes.
	sink    func(worker int, a *model.Article)
	id      int
	scratch fileSlab
}

// stageSpan is a string of an article that rehome copies: where it is in
// the stage, its length, and where its copy starts.
type stageSpan struct {
	from uintptr
	n    int
	at   int
}

// rehome copies the strings of a that point into stage, the bytes of its
// file as the prefetcher read them (overwritten by the next batch), into
// one buffer cut from the slab, and re-points them there. Only what the
// article keeps is copied (title, paragraphs, outlet, author, address,
// the aliases of its bodies): the junk lines, related links, dates and
// captions of the file are not (12 % of the generated articles'
// bytes). Strings that are already copies (cleaned paragraphs, canonical
// names, warnings) are left alone. An alias is a substring of the title or
// of a paragraph, and is re-pointed into its copy rather than copied.
//
// Every string of the article is looked at, not just those the parser is
// known to cut from the text: TestRehomeEveryString checks that each
// string field of model.Article is.
func (w *loadWorker) rehome(a *model.Article, stage []byte) {
	if len(stage) == 0 {
		return
	}
	// No function values here: a pointer into the article passed to one
	// would move the loader's article to the heap.
	r := rehomer{lo: uintptr(unsafe.Pointer(unsafe.SliceData(stage))), spans: w.spans[:0]}
	r.hi = r.lo + uintptr(len(stage))
	// The title and the paragraphs, in the order of the text (as a
	// rule): spans, sorted by where they start in the stage.
	r.span(a.Title)
	for _, p := range a.Body {
		r.span(p)
	}
	if r.unsorted {
		slices.SortFunc(r.spans, func(x, y stageSpan) int { return cmp.Compare(x.from, y.from) })
	}
	// The other strings: copied after the spans, unless within one.
	r.other(a, false)
	if r.n > 0 {
		r.buf = w.slab.take(r.n)
		r.put(&a.Title)
		for i := range a.Body {
			r.put(&a.Body[i])
		}
		r.other(a, true)
	}
	w.spans = r.spans[:0]
}

// rehomer is the state of one rehome.
type rehomer struct {
	lo, hi   uintptr // the stage
	spans    []stageSpan
	unsorted bool // the spans are not in the stage's order
	n        int  // bytes to copy
	buf      []byte
	at       int // bytes copied
}

// in returns where s starts, and whether that is in the stage.
func (r *rehomer) in(s string) (uintptr, bool) {
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	return p, len(s) > 0 && p >= r.lo && p < r.hi
}

func (r *rehomer) span(s string) {
	if p, ok := r.in(s); ok {
		if len(r.spans) > 0 && p < r.spans[len(r.spans)-1].from {
			r.unsorted = true
		}
		r.spans = append(r.spans, stageSpan{p, len(s), r.n})
		r.n += len(s)
	}
}

// within is the span holding all of the l bytes at p, or -1 (spans that
// overlap may hide one: the string is then copied, which only wastes a
// few bytes).
func (r *rehomer) within(p uintptr, l int) int {
	lo, hi := 0, len(r.spans) // the first span starting after p is in [lo, hi]
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if r.spans[m].from <= p {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if k := lo - 1; k >= 0 && p+uintptr(l) <= r.spans[k].from+uintptr(r.spans[k].n) {
		return k
	}
	return -1
}

// put copies s to the buffer if it is in the stage, and re-points it.
func (r *rehomer) put(s *string) {
	if _, ok := r.in(*s); ok {
		copy(r.buf[r.at:], *s)
		*s = unsafe.String(&r.buf[r.at], len(*s))
		r.at += len(*s)
	}
}

// one is a string other than the title and the paragraphs: counted (when
// !move), or re-pointed into the copy of the span holding it, or copied.
// Most are not in the stage (file name, canonical names, warnings): the
// test is inlined.
func (r *rehomer) one(s *string, move bool) {
	if p := uintptr(unsafe.Pointer(unsafe.StringData(*s))); p-r.lo < r.hi-r.lo {
		r.oneIn(s, p, move)
	}
}

func (r *rehomer) oneIn(s *string, p uintptr, move bool) {
	if len(*s) == 0 {
		return
	}
	k := r.within(p, len(*s))
	switch {
	case !move:
		if k < 0 {
			r.n += len(*s)
		}
	case k >= 0:
		*s = unsafe.String(&r.buf[r.spans[k].at+int(p-r.spans[k].from)], len(*s))
	default:
		r.put(s)
	}
}

// other calls one with each string of a other than its title and
// paragraphs.
func (r *rehomer) other(a *model.Article, move bool) {
	r.one(&a.File, move)
	r.one(&a.Source, move)
	r.one(&a.Author, move)
	r.one(&a.URL, move)
	r.one((*string)(&a.Date.Precision), move)
	for i := range a.Warnings {
		r.one(&a.Warnings[i], move)
	}
	for i := range a.Organisations {
		o := &a.Organisations[i]
		r.one(&o.Name, move)
		r.one((*string)(&o.Kind), move)
		for k := range o.Aliases {
			r.one(&o.Aliases[k], move)
		}
		r.one(&o.Parent, move)
		r.one(&o.Unresolved, move)
	}
}

// one returns a one-article slice cut from a larger array, so a folder of
// 100,000 files does not make 100,000 small allocations (Load copies
// the articles into its result and drops these arrays).
func (w *loadWorker) one(a model.Article) []model.Article {
	if w.dest != nil {
		w.dest[w.at] = a
		return w.dest[w.at : w.at+1 : w.at+1]
	}
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

// fileSlab hands out the buffers files are read into (readFile), and
// those the strings of a prefetched file are copied to (rehome), cut one
// after the other from large blocks. The article strings share these
// buffers (see decodeText), so a block lives as long as any of its
// articles: in practice as long as the corpus. Cutting from blocks instead of one
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
	// reuse: take hands out the start of block again every time, grown
	// as needed and not zeroed (a buffer the next take overwrites: see
	// loadWorker.scratch and ReadBody); giveBack does nothing.
	reuse bool
}

const (
	slabFirst = 256 << 10 // a handful of files need no more
	slabMax   = 32 << 20
	// A file larger than this gets an allocation of its own, so that a
	// block is never mostly wasted by a large file that does not fit.
	slabOwn = slabMax / 16
)

// take returns a buffer of n bytes (zeroed unless s.reuse, with capacity
// n: appending to it never writes into a neighbour).
func (s *fileSlab) take(n int) []byte {
	if s.reuse {
		if cap(s.block) < n {
			s.block = make([]byte, n)
		}
		return s.block[:n:n]
	}
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
	if s.reuse || !s.lastOK || unsafe.SliceData(b) != unsafe.SliceData(s.block[s.last:]) {
		return
	}
	clear(s.block[s.last:])
	s.block = s.block[:s.last]
	s.lastOK = false
}

// poison overwrites a reused buffer with bytes no file read holds (see
// Options.poisonStage).
func (s *fileSlab) poison() {
	if s.reuse {
		b := s.block[:cap(s.block)]
		for i := range b {
			b[i] = '#'
		}
	}
}
