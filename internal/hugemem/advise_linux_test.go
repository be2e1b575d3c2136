package hugemem

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"
)

// TestAdviceReachesTheKernel checks that a large allocation's memory is
// marked for huge pages (VmFlags "hg" in /proc/self/smaps), where the
// kernel has transparent huge pages at all.
func TestAdviceReachesTheKernel(t *testing.T) {
	_, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		t.Skip("no transparent huge pages here:", err)
	}
	b := Bytes(16 << 20)
	mid := uintptr(unsafe.Pointer(&b[8<<20]))
	flags, err := vmFlags(mid)
	if err != nil {
		t.Fatal(err)
	}
	if !advisedFlags(flags) {
		t.Errorf("the mapping holding a 16 MB allocation has VmFlags %q, want hg (MADV_HUGEPAGE)", flags)
	}
	small := make([]byte, 64<<10)
	if flags, err := vmFlags(uintptr(unsafe.Pointer(&small[0]))); err == nil && strings.Contains(" "+flags+" ", " nh ") {
		t.Errorf("ordinary memory was marked no-huge: %q", flags)
	}
}

// vmFlags returns the VmFlags of the mapping holding addr.
func vmFlags(addr uintptr) (string, error) {
	ms, err := readMappings()
	if err != nil {
		return "", err
	}
	flags, ok := flagsAt(ms, addr)
	if !ok {
		return "", fmt.Errorf("no mapping holds %#x", addr)
	}
	return flags, nil
}

func TestLargeSlicesStartOnAHugePage(t *testing.T) {
	for _, n := range []int{Threshold, 3*Threshold + 7} {
		s := Make[uint32](0, n/4)
		if p := uintptr(unsafe.Pointer(unsafe.SliceData(s))); p%hugePage != 0 {
			t.Errorf("Make of %d bytes starts at %#x, not on a %d-byte boundary", n, p, hugePage)
		}
	}
	// An element size that does not divide a huge page: no alignment,
	// still a correct slice.
	type odd [3]byte
	s := Make[odd](5, Threshold)
	if len(s) != 5 || cap(s) != Threshold {
		t.Errorf("Make[odd]: len %d cap %d", len(s), cap(s))
	}
}

// TestMemoryBudget: AdviseHeap never asks for more than the system can
// give: its available memory, and under a strict commit limit, what
// remains below it.
func TestMemoryBudget(t *testing.T) {
	const info = "MemTotal:        1000000 kB\nMemFree:          200000 kB\nMemAvailable:     500000 kB\nCommitLimit:      800000 kB\nCommitted_AS:     700000 kB\n"
	if got, want := budgetFrom(info, false), 500000<<10; got != want {
		t.Errorf("overcommit on: budget %d, want %d (MemAvailable)", got, want)
	}
	if got, want := budgetFrom(info, true), 100000<<10; got != want {
		t.Errorf("overcommit off: budget %d, want %d (CommitLimit - Committed_AS)", got, want)
	}
	if got := budgetFrom("MemTotal: 1000 kB\n", false); got != 0 {
		t.Errorf("no MemAvailable: budget %d, want 0 (ask for nothing)", got)
	}
	if got := budgetFrom("MemAvailable: 900000 kB\nCommitLimit: 100 kB\nCommitted_AS: 200 kB\n", true); got != 0 {
		t.Errorf("over the commit limit already: budget %d, want 0", got)
	}
	if memoryBudget() <= 0 {
		t.Error("this system's budget is 0: AdviseHeap would never advise")
	}
}
