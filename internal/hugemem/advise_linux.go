package hugemem

import (
	"bufio"
	"fmt"
	"os"
	"runtime"
	"strings"
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

// mapping is one mapping of the process (a range of /proc/self/smaps) and
// its VmFlags.
type mapping struct {
	lo, hi uintptr
	flags  string
}

// readMappings reads /proc/self/smaps.
func readMappings() ([]mapping, error) {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var ms []mapping
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		var lo, hi uintptr
		if n, _ := fmt.Sscanf(line, "%x-%x", &lo, &hi); n == 2 && strings.Contains(line, " ") {
			ms = append(ms, mapping{lo: lo, hi: hi})
			continue
		}
		if flags, ok := strings.CutPrefix(line, "VmFlags:"); ok && len(ms) > 0 {
			ms[len(ms)-1].flags = strings.TrimSpace(flags)
		}
	}
	return ms, sc.Err()
}

// flagsAt returns the VmFlags of the mapping holding addr.
func flagsAt(ms []mapping, addr uintptr) (string, bool) {
	for _, m := range ms {
		if m.lo <= addr && addr < m.hi {
			return m.flags, true
		}
	}
	return "", false
}

// advisedFlags reports whether VmFlags include "hg" (MADV_HUGEPAGE).
func advisedFlags(flags string) bool {
	return strings.Contains(" "+flags+" ", " hg ")
}

// AdvisedShare returns the share of ps that lie in memory advised for
// huge pages (VmFlags "hg" in /proc/self/smaps), for tests and
// diagnostics.
func AdvisedShare(ps []unsafe.Pointer) (float64, error) {
	if len(ps) == 0 {
		return 0, nil
	}
	ms, err := readMappings()
	if err != nil {
		return 0, err
	}
	n := 0
	for _, p := range ps {
		if flags, ok := flagsAt(ms, uintptr(p)); ok && advisedFlags(flags) {
			n++
		}
	}
	runtime.KeepAlive(ps)
	return float64(n) / float64(len(ps)), nil
}

// AdvisedBytes returns the size of the process's memory advised for huge
// pages (its mappings whose VmFlags have "hg"), for tests and diagnostics.
func AdvisedBytes() (int64, error) {
	ms, err := readMappings()
	if err != nil {
		return 0, err
	}
	var n int64
	for _, m := range ms {
		if advisedFlags(m.flags) {
			n += int64(m.hi - m.lo)
		}
	}
	return n, nil
}

// memoryBudget is what the system can still give the process: its
// available memory (MemAvailable), and, where overcommit is off
// (vm.overcommit_memory 2), no more than what remains under the commit
// limit. It is 0 when /proc cannot say.
func memoryBudget() int {
	meminfo, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0
	}
	mode, _ := os.ReadFile("/proc/sys/vm/overcommit_memory")
	return budgetFrom(string(meminfo), strings.TrimSpace(string(mode)) == "2")
}

// budgetFrom is memoryBudget's reading of /proc/meminfo's text.
func budgetFrom(meminfo string, strict bool) int {
	kb := func(key string) (int, bool) {
		for _, line := range strings.Split(meminfo, "\n") {
			if v, ok := strings.CutPrefix(line, key+":"); ok {
				var n int
				if _, err := fmt.Sscanf(strings.TrimSpace(v), "%d kB", &n); err == nil {
					return n << 10, true
				}
			}
		}
		return 0, false
	}
	avail, ok := kb("MemAvailable")
	if !ok {
		return 0
	}
	if strict {
		limit, ok1 := kb("CommitLimit")
		committed, ok2 := kb("Committed_AS")
		if !ok1 || !ok2 {
			return 0
		}
		avail = min(avail, max(limit-committed, 0))
	}
	return avail
}
