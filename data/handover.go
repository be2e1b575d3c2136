package data

import (
	"hash/maphash"
	"unsafe"

	"github.com/bantin/bantin/model"
)

// bodySeed seeds the hash of a file's bytes kept in Text.Sum, which
// ReadBody compares with the file's bytes when it reads a body back. It is
// made once per process and never changed: a Sum means nothing to another
// process.
var bodySeed = maphash.MakeSeed()

// textSum is the hash of a file's bytes as kept in Text.Sum: never 0,
// which means the article holds its body.
func textSum(b []byte) uint64 {
	if s := maphash.Bytes(bodySeed, b); s != 0 {
		return s
	}
	return 1
}

// handOver gives the article a, parsed from raw (the file's bytes as
// read, decoded into text and cleaned into clean), to the sink while its
// strings still point into those buffers, then drops its body: Body nil,
// Text.Size and Text.Sum set, so that ReadBody can read it back. What the
// article keeps (title, outlet, author, address, the aliases of its
// bodies, …) is copied out of the buffers, the paragraphs are not: the
// articles of the 100k folder keep 136 MB of heap instead of 729 MB
// (BenchmarkLoad100kSink's live-MB).
func (w *loadWorker) handOver(a *model.Article, raw []byte, text, clean string) {
	w.sink(w.id, a)
	body := a.Body
	a.Body = nil
	a.Text.Size, a.Text.Sum = int64(len(raw)), textSum(raw)
	// Without the paragraphs, rehome copies the title and whatever else
	// is in the buffer (an alias within the title is re-pointed into the
	// title's copy; one within a paragraph is copied itself).
	w.rehome(a, raw)
	areas := [3]string{unsafe.String(unsafe.SliceData(raw), len(raw))}
	n := 1
	for _, s := range [...]string{text, clean} {
		if !within(s, areas[:n]) {
			w.rehome(a, unsafe.Slice(unsafe.StringData(s), len(s)))
			areas[n] = s
			n++
		}
	}
	// A paragraph the parser copied (one whose runs of spaces it
	// collapsed) would be kept alive by an alias cut from it.
	for _, p := range body {
		if !within(p, areas[:n]) {
			w.rehome(a, unsafe.Slice(unsafe.StringData(p), len(p)))
		}
	}
}

// within reports whether s is empty or starts within one of areas.
func within(s string, areas []string) bool {
	if len(s) == 0 {
		return true
	}
	p := uintptr(unsafe.Pointer(unsafe.StringData(s)))
	for _, ar := range areas {
		lo := uintptr(unsafe.Pointer(unsafe.StringData(ar)))
		if p-lo < uintptr(len(ar)) {
			return true
		}
	}
	return false
}
