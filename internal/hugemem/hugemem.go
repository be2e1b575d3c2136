// Package hugemem allocates large, long-lived buffers that the kernel may
// back with huge pages, and makes room in the heap, so advised, for the
// small objects of a load (AdviseHeap).
//
// bantin keeps a whole archive in memory: 100,000 articles are about
// 600 MB of text and 350 MB of index, all written once while loading.
// With ordinary 4 KB pages that is a quarter of a million page faults,
// and on the virtual machines bantin was measured on each fault costs
// about 10 µs: 2.5 CPU-seconds of a load that should take three.
// Linux serves transparent huge pages (2 MB) to memory that asks for them
// (madvise MADV_HUGEPAGE) even where they are not on for every process,
// the usual default; one fault then maps 512 small pages' worth.
//
// The buffers are ordinary Go memory (make): the garbage collector owns
// and frees them as usual. The advice is only a hint; where the system
// has no huge pages, or on other systems, nothing changes.
//
// The Go runtime gave such advice to its whole heap in Go 1.21.0 and
// stopped in 1.21.1 and later: with the kernel's usual setting (defrag
// "madvise"), a fault in advised memory may compact memory first when no
// huge page is free, a stall a server cannot have at any moment
// (golang/go#61718). bantin asks for it only for what a load writes once
// and keeps: there, a rare stall costs less than a quarter of a million
// small faults always do.
package hugemem

import "unsafe"

// Threshold is the size from which an allocation is advised: below a few
// huge pages the rounding at both ends leaves little to gain.
const Threshold = 4 << 20

// Bytes returns a zeroed byte slice of length n.
func Bytes(n int) []byte {
	return Make[byte](n, n)
}

// Make returns make([]T, n, c), advised for huge pages when it spans at
// least Threshold bytes. Such a slice starts on a huge-page boundary when
// the element size allows, so that every page of it can be huge: up to one
// huge page before it is left unused (fresh memory there is never
// touched, so it costs address space only; memory the heap hands out again
// is zeroed whole, padding included, but it was touched before).
// The advice comes before anything writes to the slice: the pages a fresh
// allocation has not touched yet are the ones that gain.
func Make[T any](n, c int) []T {
	var zero T
	sz := unsafe.Sizeof(zero)
	size := uintptr(c) * sz
	if hugePage == 0 || sz == 0 || size < Threshold {
		return make([]T, n, c)
	}
	if hugePage%sz != 0 {
		// The element size does not divide a huge page: no alignment,
		// the whole huge pages inside are advised.
		s := make([]T, n, c)
		advise(unsafe.Pointer(unsafe.SliceData(s)), size)
		return s
	}
	pad := int(hugePage / sz)
	s := make([]T, c+pad)
	start := uintptr(unsafe.Pointer(unsafe.SliceData(s)))
	// Go's large objects start on a page boundary (8 KB): the gap to the
	// huge page is a whole number of elements for any element size that
	// divides 8 KB. Larger elements stay where they are (unaligned).
	skip := 0
	if gap := alignUp(start) - start; gap%sz == 0 {
		skip = int(gap / sz)
	}
	s = s[skip : skip+c : skip+c]
	advise(unsafe.Pointer(unsafe.SliceData(s)), size)
	return s[:n]
}
