package cputime

import (
	"runtime"
	"testing"
	"time"
)

func TestProcessCountsWork(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "js" || runtime.GOOS == "wasip1" || runtime.GOOS == "plan9" {
		t.Skip("no CPU time on", runtime.GOOS)
	}
	t0 := Process()
	x := 0
	for start := time.Now(); time.Since(start) < 50*time.Millisecond; {
		x++
	}
	if d := Process() - t0; d < 10*time.Millisecond {
		t.Errorf("50 ms of busy loop (%d turns) counted as %v of CPU time", x, d)
	}
}
