package hugemem

import (
	"testing"
	"unsafe"
)

func TestMakeIsAnOrdinarySlice(t *testing.T) {
	for _, c := range []int{0, 10, Threshold - 1, Threshold, 3*Threshold + 5} {
		s := Make[uint16](c/2, c)
		if len(s) != c/2 || cap(s) != c {
			t.Fatalf("Make(%d, %d): len %d cap %d", c/2, c, len(s), cap(s))
		}
		s = s[:c]
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("Make(%d): element %d is %d, want zero", c, i, s[i])
			}
			s[i] = uint16(i)
		}
		for i := range s {
			if s[i] != uint16(i) {
				t.Fatalf("element %d reads %d after writing %d", i, s[i], uint16(i))
			}
		}
	}
	if b := Bytes(Threshold + 1); len(b) != Threshold+1 || uintptr(len(b))*unsafe.Sizeof(b[0]) <= Threshold {
		t.Fatalf("Bytes: len %d", len(b))
	}
}
