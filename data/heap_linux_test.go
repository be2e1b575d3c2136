package data

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
	"unsafe"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/hugemem"
)

// The load's heap checks run in a fresh process (this test binary again,
// with heapChild set to the folder to load), so that no memory other
// tests advised and freed is in its heap.
const heapChild = "BANTIN_DATA_HEAP_CHILD"

// TestLoadAdvisesHeapForLargeLoads: a load of thousands of files puts its
// articles' small objects (the paragraph lists) in memory advised for huge
// pages (see growHeap); a load of a few files does not make the heap
// ready at all (it would cost more than it saves).
//
// Not all of a large load's objects go there: the runtime first fills the
// spans it had before the advice, and reuses the free slots the load's
// garbage leaves in them. So the share grows with the load: 0.5–0.8 of
// 6,000 files' lists (the size tested), 0.92 at 20,000, and without the
// advice none.
func TestLoadAdvisesHeapForLargeLoads(t *testing.T) {
	if _, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled"); err != nil {
		t.Skip("no transparent huge pages here:", err)
	}
	if testing.Short() {
		t.Skip("writes 6,000 files")
	}
	if unsafe.Sizeof(uintptr(0)) < 8 {
		t.Skip("no heap advice on 32-bit systems")
	}
	large, small := t.TempDir(), t.TempDir()
	if err := gen.WriteDir(large, 6000, 5); err != nil {
		t.Fatal(err)
	}
	if err := gen.WriteDir(small, 40, 5); err != nil {
		t.Fatal(err)
	}
	share, advised := loadChild(t, large)
	t.Logf("large load: %.2f of the lists in advised memory, %d MB advised", share, advised>>20)
	if share < 0.3 {
		t.Errorf("loading 6,000 files: %.0f %% of the articles' paragraph lists are in memory advised for huge pages, want ≥ 30 %%", 100*share)
	}
	if _, advised := loadChild(t, small); advised > 0 {
		t.Errorf("loading 40 files advised %d MB of memory for huge pages, want none (not worth it for small loads)", advised>>20)
	}
}

// loadChild loads dir in a child process and returns the share of the
// articles' paragraph lists that lie in advised memory, and the size of
// the advised memory.
func loadChild(t *testing.T, dir string) (share float64, advised int64) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestLoadHeapChild$")
	cmd.Env = append(os.Environ(), heapChild+"="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child loading %s: %v\n%s", dir, err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "heap "); ok {
			if _, err := fmt.Sscan(v, &share, &advised); err != nil {
				t.Fatal(err)
			}
			return share, advised
		}
	}
	t.Fatalf("child loading %s printed no figures:\n%s", dir, out)
	return 0, 0
}

// TestLoadHeapChild is loadChild's child; it does nothing in an ordinary
// test run.
func TestLoadHeapChild(t *testing.T) {
	dir := os.Getenv(heapChild)
	if dir == "" {
		t.Skip("run by TestLoadAdvisesHeapForLargeLoads only")
	}
	arts, _, err := Load(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var ps []unsafe.Pointer
	for _, a := range arts {
		if len(a.Body) > 0 {
			ps = append(ps, unsafe.Pointer(unsafe.SliceData(a.Body)))
		}
	}
	if len(ps) == 0 {
		t.Fatal("no article has a body")
	}
	share, err := hugemem.AdvisedShare(ps)
	if err != nil {
		t.Fatal(err)
	}
	advised, err := hugemem.AdvisedBytes()
	if err != nil {
		t.Fatal(err)
	}
	fmt.Printf("heap %g %d\n", share, advised)
}
