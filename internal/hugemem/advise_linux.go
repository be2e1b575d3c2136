package hugemem

import (
	"runtime"
	"syscall"
	"unsafe"
)

// hugePage is the size of a transparent huge page on the 64-bit systems Go
// runs on with Linux (x86-64, arm64 with 4 KB base pages).
const hugePage = 2 << 20

// advise asks for huge pages over the whole huge pages inside [p, p+n).
// Only those: the pages at both ends are shared with other Go objects,
// whose memory must keep its own advice.
func advise(p unsafe.Pointer, n uintptr) {
	start := uintptr(p)
	beg := alignUp(start)
	end := (start + n) &^ (hugePage - 1)
	if end <= beg {
		return
	}
	// An error (no THP support in the kernel, say) changes nothing but
	// the speed: the memory is usable either way. The range is passed as
	// numbers, not as a slice, so that a caller may advise memory spanning
	// several Go objects (a slice must not: checkptr, under -race, says so).
	_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, syscall.MADV_HUGEPAGE)
	runtime.KeepAlive(p)
}

// alignUp rounds p up to a huge-page boundary.
func alignUp(p uintptr) uintptr {
	return (p + hugePage - 1) &^ (hugePage - 1)
}
