package data

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestScanCleanVector compares scanClean with and without the vector scan
// (scanClean32, where the processor has it) on random text: long runs of
// the bytes the scans vouch for, with now and then a byte or a rune they
// do not (a control, a stray or truncated sequence, a dash, an E1 rune
// outside Latin Extended Additional, a NUL), double spaces, at every start
// and at lengths around the block boundaries.
func TestScanCleanVector(t *testing.T) {
	if !useScan32 {
		t.Skip("no vector scan on this processor")
	}
	fast := []string{"a", "Công", " ", "  ", "đoàn", "\n", "ở", "ầ", "ự", "Đ", "ơ", "ư", "ế", "ỹ", "Ỳ", "0", "~", "ṃ", "ˀ", "Ã"}
	odd := []string{"\x00", "\x1f", "\x7f", "\t", "\r", "\x80", "\xbf", "\xc0", "\xc2\xa0", "\xc3", "\xcb", "\xcc\x81",
		"\xe1", "\xe1\xbb", "\xe1\xb7\x80", "\xe1\xbc\x80", "\xe1\xbb\xc3", "\xe2\x80\x93", "\xe2", "\xf0\x9f\x98\x80", "\xff",
		"\xc3\xc3", "\xe1\xb8", "\xe1\xbb\xbb\xbb", "\xb8", "\xbb"}
	rng := rand.New(rand.NewPCG(5, 6))
	checked := 0
	for n := 0; n < 30000; n++ {
		var b strings.Builder
		size := rng.IntN(400)
		if n%2 == 0 {
			size = 30 + rng.IntN(70) // around the first blocks and the tail
		}
		if n%5 == 0 {
			b.WriteString("  ") // a pair at the very start
		}
		for b.Len() < size {
			if rng.IntN(60) == 0 {
				b.WriteString(odd[rng.IntN(len(odd))])
			} else {
				b.WriteString(fast[rng.IntN(len(fast))])
			}
		}
		s := b.String()
		for i := 0; i < len(s) && i < 40; i += 1 + rng.IntN(5) {
			gn, gs, gp := scanCleanVec(s, i, true)
			wn, ws, wp := scanCleanVec(s, i, false)
			if gn != wn || gs != ws || gp != wp {
				t.Fatalf("scanClean(%q, %d) = %d, %d, %d with the vector scan; %d, %d, %d without", s, i, gn, gs, gp, wn, ws, wp)
			}
			checked++
		}
	}
	t.Logf("%d scans compared", checked)
}
