package hugemem

import (
	"fmt"
	"os"
	"os/exec"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

// The checks run in a fresh process (this test binary, run again with
// heapChild set), so that no memory freed by other tests is in its heap.
const heapChild = "BANTIN_HUGEMEM_HEAP_CHILD"

// TestAdviseHeapServesSmallObjects: after AdviseHeap, the small objects
// allocated next lie in memory advised for huge pages; without it, they
// do not.
func TestAdviseHeapServesSmallObjects(t *testing.T) {
	if _, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("no transparent huge pages here:", err)
	}
	if unsafe.Sizeof(uintptr(0)) < 8 {
		t.Skip("AdviseHeap does nothing on 32-bit systems")
	}
	with := childReport(t, "small-advised")
	without := childReport(t, "small-plain")
	if with < 0.9 {
		t.Errorf("after AdviseHeap, %.0f %% of 32 MB of small objects are in memory advised for huge pages, want ≥ 90 %%", 100*with)
	}
	if without > 0.1 {
		t.Errorf("without AdviseHeap, %.0f %% of the small objects are in advised memory: the check above proves nothing", 100*without)
	}
}

// TestAdviseHeapTouchesNothing: AdviseHeap makes room without writing to
// it, even when the heap hands it memory it used before (which the
// runtime would clear, page by page, for an ordinary allocation): two
// calls of 512 MB, the second reusing the first's memory, add almost
// nothing to the resident memory.
func TestAdviseHeapTouchesNothing(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector's shadow of the grown heap is resident memory too")
	}
	grew := childReport(t, "rss")
	if grew > 32 {
		t.Errorf("two AdviseHeap(512 MB) calls grew the resident memory by %.0f MB, want < 32", grew)
	}
}

// childReport runs this test binary again as a child doing job, and
// returns the number it prints.
func childReport(t *testing.T, job string) float64 {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHeapChild$")
	cmd.Env = append(os.Environ(), heapChild+"="+job)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child %s: %v\n%s", job, err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "report "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("child %s: %v", job, err)
			}
			return f
		}
	}
	t.Fatalf("child %s printed no report:\n%s", job, out)
	return 0
}

// TestHeapChild does the work of childReport's child; it does nothing
// in an ordinary test run.
func TestHeapChild(t *testing.T) {
	job := os.Getenv(heapChild)
	switch job {
	case "":
		t.Skip("run by the AdviseHeap tests only")
	case "small-advised", "small-plain":
		if job == "small-advised" {
			AdviseHeap(64 << 20)
		}
		// 32 MB of 4 KB objects, kept alive until counted.
		objs := make([][]byte, 8192)
		for i := range objs {
			objs[i] = make([]byte, 4096)
			objs[i][0] = 1
		}
		ps := make([]unsafe.Pointer, len(objs))
		for i, o := range objs {
			ps[i] = unsafe.Pointer(&o[0])
		}
		share, err := AdvisedShare(ps)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("report %g\n", share)
	case "rss":
		// No background scavenging (it has no goal with the collector
		// off): the block of the first call stays in the heap, free but
		// dirty in the runtime's eyes, as in a load, where the heap is
		// large, instead of going back to the system.
		debug.SetGCPercent(-1)
		before := rssMB(t)
		AdviseHeap(512 << 20)
		AdviseHeap(512 << 20)
		fmt.Printf("report %g\n", rssMB(t)-before)
	default:
		t.Fatalf("unknown job %q", job)
	}
}

// rssMB is the resident memory of this process, in MB.
func rssMB(t *testing.T) float64 {
	t.Helper()
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")))
			if err != nil {
				t.Fatal(err)
			}
			return float64(kb) / 1024
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}
