package hugemem

import (
	"testing"
	"unsafe"
)

// checkMake allocates Make[T](n, c) a few times and checks length,
// capacity, zeroing and that the slices do not overlap.
func checkMake[T any](t *testing.T, name string, n, c int) []T {
	t.Helper()
	var ss [][]T
	for range 3 {
		s := Make[T](n, c)
		if len(s) != n || cap(s) != c {
			t.Fatalf("%s Make(%d, %d): len %d cap %d", name, n, c, len(s), cap(s))
		}
		full := s[:c]
		b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(full))), uintptr(c)*unsafe.Sizeof(*new(T)))
		for i, x := range b {
			if x != 0 {
				t.Fatalf("%s Make(%d, %d): byte %d is %d", name, n, c, i, x)
			}
		}
		for i := range b {
			b[i] = 0xA5
		}
		ss = append(ss, full)
	}
	sz := uintptr(unsafe.Sizeof(*new(T)))
	for i := range ss {
		for j := range ss {
			if i == j || c == 0 || sz == 0 {
				continue
			}
			a0 := uintptr(unsafe.Pointer(unsafe.SliceData(ss[i])))
			b0 := uintptr(unsafe.Pointer(unsafe.SliceData(ss[j])))
			if a0 < b0+uintptr(c)*sz && b0 < a0+uintptr(c)*sz {
				t.Fatalf("%s: slices %d and %d overlap", name, i, j)
			}
		}
	}
	return ss[0]
}

func TestReviewMakeShapes(t *testing.T) {
	type odd [3]byte
	type article [232]byte
	type big16k [16 << 10]byte
	type page2m [2 << 20]byte
	type ptrs [2]*int // holds pointers
	for _, c := range []int{0, 1, 100, Threshold / 232, Threshold/232 + 1, 3 * Threshold / 232} {
		checkMake[article](t, "article", c/2, c)
	}
	for _, c := range []int{0, Threshold / 3, Threshold/3 + 1, Threshold} {
		checkMake[odd](t, "odd", c, c)
	}
	for _, c := range []int{0, 255, 256, 300} {
		checkMake[big16k](t, "16k", c/3, c)
	}
	for _, c := range []int{0, 1, 2, 3} {
		checkMake[page2m](t, "2m", c, c)
	}
	for _, c := range []int{0, Threshold / 16, Threshold/16 + 3} {
		checkMake[ptrs](t, "ptrs", c, c)
	}
	if s := Make[struct{}](5, 1<<30); len(s) != 5 || cap(s) != 1<<30 {
		t.Fatalf("zero-size: len %d cap %d", len(s), cap(s))
	}
}
