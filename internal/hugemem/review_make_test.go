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
	type ptrs struct {
		s string
		p *int
	}
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

// The doc says a large slice starts on a huge-page boundary, for any
// element size dividing a huge page; "Go's large objects start on a page
// boundary (8 KB), a multiple of any element size that divides a huge
// page" is false for elements of 16 KB … 2 MB.
func TestReviewAlignmentOfLargeElements(t *testing.T) {
	if hugePage == 0 {
		t.Skip("no huge pages here")
	}
	hp := uintptr(hugePage) // a variable: hugePage is 0 off Linux
	type big16k [16 << 10]byte
	type page2m [2 << 20]byte
	misaligned := 0
	for range 8 {
		s := Make[big16k](0, 512) // 8 MB
		if uintptr(unsafe.Pointer(unsafe.SliceData(s)))%hp != 0 {
			misaligned++
		}
		s2 := Make[page2m](0, 4)
		if uintptr(unsafe.Pointer(unsafe.SliceData(s2)))%hp != 0 {
			misaligned++
		}
	}
	if misaligned > 0 {
		t.Logf("%d of 16 large-element slices are not huge-page aligned (only a lost optimisation)", misaligned)
	}
}
