package hugemem

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"unsafe"
)

// AdviseHeap grows the Go heap by n bytes of memory advised for huge
// pages, then gives it back to the heap, so that the small objects
// allocated next are carved out of it (the heap reuses its lowest free
// pages first): loading an archive allocates a few hundred megabytes of
// small objects (articles' slices, organisation mentions, the index's
// maps), and the runtime maps that memory without advice, in 4 KB pages.
// On the virtual machine bantin was measured on, memory touched for the
// first time cost ≈ 3 ms a MB in 4 KB pages (≈ 12 µs a fault) and 0.1–2.3
// ms a MB in 2 MB pages (depending on whether the hypervisor already
// backed it), so 100 MB of small objects cost ≈ 0.3 CPU-s in faults with
// small pages and 0.01–0.23 CPU-s with huge pages.
//
// The memory is never touched here, not even cleared (see unzeroed): what
// the load does not use costs address space only. An ordinary make would
// clear it when the heap hands out memory it used before, page by page,
// before the advice: in one measured load that cleared a 384 MB block in
// 4 KB faults (1.2 s). AdviseHeap ends with a garbage collection and
// returns the freed block to the system (debug.FreeOSMemory) while the
// heap is small, as before a load.
//
// It does nothing where there are no huge pages, on 32-bit systems, and
// for n under Threshold.
func AdviseHeap(n int) {
	if hugePage == 0 || unsafe.Sizeof(uintptr(0)) < 8 || n < Threshold {
		return
	}
	// The block is never touched, but the system still counts it against
	// its memory when the runtime maps it, and a runtime that cannot map
	// memory ends the program: on a small machine (or with overcommit
	// off), never ask for more than half of what it can give.
	if n = min(n, memoryBudget()/2); n < Threshold {
		return
	}
	b := unzeroed(n)
	if b == nil {
		return
	}
	advise(unsafe.Pointer(unsafe.SliceData(b)), uintptr(len(b)))
	// Nothing refers to b any more: the collection frees it, and the
	// runtime then returns it to the system (it was never touched, so
	// that costs nothing but a system call). Memory returned so is known
	// to be zero: the runtime does not clear it again when it hands it out,
	// where memory merely freed would be cleared a second time after the
	// kernel's own clearing. FreeOSMemory returns all the heap's free
	// memory, though: in a heap already large (a load growing past its
	// first gigabyte), the pages its garbage freed would have to be
	// faulted in again, so there only the collection runs.
	if heapObjects() < 64<<20 {
		debug.FreeOSMemory()
	} else {
		runtime.GC()
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

// heapObjects returns the bytes of the heap's live and not yet swept
// objects.
func heapObjects() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return sample[0].Value.Uint64()
}
