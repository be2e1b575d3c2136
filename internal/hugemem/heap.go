package hugemem

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"unsafe"
)

// heapPiece is the size of the pieces AdviseHeap grows the heap by: large
// enough that a run of them holds whole huge pages, small enough that a
// piece the heap hands out from memory it used before (which the runtime
// zeroes, page by page, before AdviseHeap can advise it) costs little.
const heapPiece = 4 << 20

// AdviseHeap grows the Go heap by about n bytes of memory advised for huge
// pages, then gives it back to the heap, so that the small objects
// allocated next are carved out of it (the heap reuses its lowest free
// pages first): loading an archive allocates a few hundred megabytes of
// small objects (articles' slices, organisation mentions, the index's
// maps), and the runtime maps that memory without advice, in 4 KB pages.
// On the virtual machines bantin was measured on, a 4 KB page fault
// costs about 12 µs and a 2 MB one about 0.1–2 ms, so 100 MB of small
// objects cost 0.3 CPU-s in faults with small pages and a few hundredths
// with huge pages.
//
// The memory is never touched here: what the load does not use costs
// address space only, and the runtime's scavenger returns it as usual.
// AdviseHeap ends with a garbage collection (runtime.GC), which is cheap
// before a load, while the heap is small.
//
// It does nothing where there are no huge pages, on 32-bit systems, and
// for n under Threshold.
func AdviseHeap(n int) {
	if hugePage == 0 || unsafe.Sizeof(uintptr(0)) < 8 || n < Threshold {
		return
	}
	pieces := make([][]byte, 0, (n+heapPiece-1)/heapPiece)
	for range cap(pieces) {
		p := unzeroed(heapPiece)
		if p == nil {
			break
		}
		pieces = append(pieces, p)
	}
	adviseRuns(pieces)
	clear(pieces)
	runtime.GC()
}

// adviseRuns advises the whole huge pages of each run of pieces lying end
// to end in memory (the heap usually hands out consecutive pieces).
func adviseRuns(pieces [][]byte) {
	addr := func(b []byte) uintptr { return uintptr(unsafe.Pointer(unsafe.SliceData(b))) }
	slices.SortFunc(pieces, func(a, b []byte) int { return cmp.Compare(addr(a), addr(b)) })
	for i := 0; i < len(pieces); {
		start := addr(pieces[i])
		end := start + uintptr(len(pieces[i]))
		j := i + 1
		for ; j < len(pieces) && addr(pieces[j]) == end; j++ {
			end += uintptr(len(pieces[j]))
		}
		advise(unsafe.Pointer(unsafe.SliceData(pieces[i])), end-start)
		i = j
	}
}

// unzeroed returns n bytes of heap memory that nothing has written to
// since the heap got it, or that was used and freed before: the runtime
// does not clear it (strings.Builder.Grow allocates without clearing, as
// the builder writes every byte it hands out). Only its address is used:
// AdviseHeap never reads or writes it. It returns nil if the builder's
// memory cannot be reached (an empty string's data pointer is not
// specified; with gc it is the buffer).
func unzeroed(n int) []byte {
	var b strings.Builder
	b.Grow(n)
	p := unsafe.StringData(b.String())
	if p == nil {
		return nil
	}
	return unsafe.Slice(p, n)
}
