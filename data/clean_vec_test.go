package data

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestScanCleanVector compares the cleaning with and without the vector
// scan (scanClean32, where the processor has it) on random text: long runs
// of the bytes the scans vouch for, quotes and dashes, and now and then a
// byte or a rune they do not (a control, a stray or truncated sequence, an
// E1 or E2 rune outside the ranges vouched for, a NUL), double spaces, at
// every start and at lengths around the block boundaries. Without quotes
// and dashes (E2) the scans must agree exactly; with them the vector scan
// vouches for more, and the cleaned text and counts must agree, and where
// two spaces in a row may first be must come no later than the first pair
// and miss none.
func TestScanCleanVector(t *testing.T) {
	if !useScan32 {
		t.Skip("no vector scan on this processor")
	}
	fast := []string{"a", "Công", " ", "  ", "đoàn", "\n", "ở", "ầ", "ự", "Đ", "ơ", "ư", "ế", "ỹ", "Ỳ", "0", "~", "ṃ", "ˀ", "Ã",
		"“", "”", "–", "—", "…", "•", "‘", "’", "‰", "‹", "›", "‿", "‐"}
	odd := []string{"\x00", "\x1f", "\x7f", "\t", "\r", "\x80", "\xbf", "\xc0", "\xc2\xa0", "\xc3", "\xcb", "\xcc\x81",
		"\xe1", "\xe1\xbb", "\xe1\xb7\x80", "\xe1\xbc\x80", "\xe1\xbb\xc3", "\xe2", "\xe2\x80", "\xf0\x9f\x98\x80", "\xff",
		"\xc3\xc3", "\xe1\xb8", "\xe1\xbb\xbb\xbb", "\xb8", "\xbb", "\u2028", "\u2029", "\u202f", "\u200b", "\u202e",
		"\u2060", "\u2040", "\u2000", "\u200f", "\xe2\x80\x8f", "\xe2\x80\xa8", "\xe2\x80\xaf", "\xe2\x81\x80", "\xe2\x80\xc0",
		"\xe2\x80\x90\x80", "\xe2\x80\xbf\xbf", "\xe2\xe2\x80\x93", "\xe2\x80\xe2\x80\x93", "\u2190", "\u20ac", "\u2122"}
	rng := rand.New(rand.NewPCG(5, 6))
	exact := 0
	for n := 0; n < 60000; n++ {
		var b strings.Builder
		size := rng.IntN(400)
		if n%2 == 0 {
			size = 30 + rng.IntN(70) // around the first blocks and the tail
		}
		if n%5 == 0 {
			b.WriteString("  ") // a pair at the very start
		}
		rate := 20 + rng.IntN(200)
		punct := n%3 != 0 // a third without quotes and dashes
		for b.Len() < size {
			switch {
			case rng.IntN(rate) == 0:
				b.WriteString(odd[rng.IntN(len(odd))])
			case punct && rng.IntN(8) == 0:
				b.WriteString(fast[rng.IntN(len(fast))])
			default:
				b.WriteString(fast[rng.IntN(20)]) // no punctuation
			}
		}
		s := b.String()
		if strings.IndexByte(s, 0xE2) < 0 {
			for i := 0; i < len(s) && i < 40; i += 1 + rng.IntN(5) {
				gn, gs, gp := scanCleanVec(s, i, true)
				wn, ws, wp := scanCleanVec(s, i, false)
				if gn != wn || gs != ws || gp != wp {
					t.Fatalf("scanClean(%q, %d) = %d, %d, %d with the vector scan; %d, %d, %d without", s, i, gn, gs, gp, wn, ws, wp)
				}
				exact++
			}
		}
		for cut := 0; cut < 3 && cut < len(s); cut++ {
			s := s[cut:]
			got, gst, gat := cleanTextSpacesVec(s, true)
			want, wst, _ := cleanTextSpacesVec(s, false)
			if got != want || gst != wst {
				t.Fatalf("cleanTextSpaces(%q) = %q, %+v with the vector scan; %q, %+v without", s, got, gst, want, wst)
			}
			if at := strings.Index(want, "  "); gat > at || gat < 0 && at >= 0 {
				t.Fatalf("cleanTextSpaces(%q) with the vector scan says two spaces in a row may first be at %d; they are at %d", s, gat, at)
			}
		}
	}
	if exact < 10000 {
		t.Fatalf("only %d exact comparisons", exact)
	}
}

// TestSplitLinesLong is TestSplitLinesRef on texts long enough for the
// vector search of line ends (and for more line ends than it stores at a
// time), with runs of empty lines and lines of spaces.
func TestSplitLinesLong(t *testing.T) {
	pieces := []string{" ", "  ", "\n", "\n\n", "\n\n\n\n\n\n\n\n\n\n", "a", "Hà", "công đoàn", "\u00a0", "\t", "x y", "\r\n", "•", "\u200b",
		strings.Repeat("Liên đoàn Lao động ", 5), strings.Repeat("\n ", 40)}
	rng := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 20000; n++ {
		c, _, at := cleanTextSpaces(mix(rng, pieces, 40+rng.IntN(400)).String())
		want := splitLinesRef(nil, c, strings.Contains(c, "  "))
		for _, pairAt := range []int{at, min(at, 0), strings.Index(c, "  ")} {
			got := splitLines(nil, c, pairAt)
			if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
				t.Fatalf("splitLines(%q, %d) = %q, want %q", c, pairAt, got, want)
			}
		}
	}
}

// TestNewlines32 checks the offsets newlines32 gives against a byte search
// on random texts dense and sparse in newlines, and that it writes nothing
// beyond the room it is given.
func TestNewlines32(t *testing.T) {
	if !useScan32 {
		t.Skip("no vector scan on this processor")
	}
	rng := rand.New(rand.NewPCG(15, 16))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		size, rate := rng.IntN(700), 1+rng.IntN(100)
		for b.Len() < size {
			if rng.IntN(rate) == 0 {
				b.WriteByte('\n')
			} else {
				b.WriteString([]string{"a", "ế", " ", "\x0b", "\x8a"}[rng.IntN(5)])
			}
		}
		s := b.String()
		var want []int
		for i := 0; i < len(s); i++ {
			if s[i] == '\n' {
				want = append(want, i)
			}
		}
		var arena [64 + 40 + 8]int
		room := 32 + rng.IntN(40)
		var got []int
		from := rng.IntN(3)
		for len(want) > 0 && want[0] < from {
			want = want[1:]
		}
		for from < len(s) {
			for k := range arena {
				arena[k] = -7
			}
			k, next := newlines32(s, from, arena[4:4+room])
			if next <= from || next > len(s) {
				t.Fatalf("newlines32(%q, %d) goes on at %d", s, from, next)
			}
			for j, v := range arena {
				if (j < 4 || j >= 4+k) && v != -7 {
					t.Fatalf("newlines32 wrote %d at %d, outside the %d offsets it stored", v, j-4, k)
				}
			}
			got = append(got, arena[4:4+k]...)
			from = next
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("newlines32(%q) = %v, want %v", s, got, want)
		}
	}
}
