package data

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// cleanTextRef is cleanText as it was before its 8-byte scan: one rune at
// a time. TestCleanTextScan checks that both agree.
func cleanTextRef(s string) (string, cleanStats) {
	var st cleanStats
	needNFC := false
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		c := runeClass(r)
		if c == 1 {
			break
		}
		if c == 2 {
			needNFC = true
		}
		i += size
	}
	if i < len(s) {
		s = slowClean(s, i, &st)
		needNFC = needNFC || hasNonSafe(s)
	}
	if needNFC && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return s, st
}

// TestCleanTextScan compares cleanText with the rune-by-rune reference on
// random mixes of clean Vietnamese text, other scripts, combining marks,
// controls, stray and truncated UTF-8, at every alignment.
func TestCleanTextScan(t *testing.T) {
	pieces := []string{
		"a", "Công", " ", "đoàn", "\n", "ở", "ầ", "ự", "Đ", "ơ", "ư", "ế", "ỹ", "Ỳ", "“", "”", "–", "…", "«", "°", "\u00a0",
		"\u00ad", "\u0301", "\u1f00", "\u1e00", "\u1eff", "\u1f71", "\u212b", "\u0344", "\u1dc0", "\u200b", "\u202e", "\u2028", "\u3000", "中", "😀",
		"\r", "\r\n", "\t", "\x1b[31m", "\x7f", "\x00", "\x80", "\xbf", "\xc3", "\xe1", "\xe1\xbb", "\xe1\xb7\x80",
		"\xe1\xbc", "\xc3\xc3", "\xe1\x80\x80", "\xc2\x9b", "\xf0\x9f", "\xed\xa0\x80", "\xc0\xaf", "0123456789", "e\u0302\u0300",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(s string) {
		t.Helper()
		got, gst := cleanText(s)
		want, wst := cleanTextRef(s)
		if got != want || gst != wst {
			t.Fatalf("cleanText(%q) = %q, %+v; want %q, %+v", s, got, gst, want, wst)
		}
	}
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		clean := rng.IntN(4) > 0 // mostly clean text with one odd piece
		k := rng.IntN(40)
		for j := 0; j < k; j++ {
			if clean {
				b.WriteString(pieces[rng.IntN(11)])
			} else {
				b.WriteString(pieces[rng.IntN(len(pieces))])
			}
		}
		if clean && k > 0 {
			s := b.String()
			at := rng.IntN(len(s) + 1)
			check(s[:at] + pieces[rng.IntN(len(pieces))] + s[at:])
		}
		s := b.String()
		check(s)
		for cut := 1; cut < 4 && cut < len(s); cut++ {
			check(s[cut:])
			check(s[:len(s)-cut])
		}
	}
}

func TestHasDoubleSpace(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	alphabet := []byte{' ', ' ', 'a', 0xA0, 0xE0, '\t', 0x20 ^ 0x80, 0}
	for n := 0; n < 50000; n++ {
		b := make([]byte, rng.IntN(30))
		for k := range b {
			b[k] = alphabet[rng.IntN(len(alphabet))]
		}
		if got, want := hasDoubleSpace(string(b)), strings.Contains(string(b), "  "); got != want {
			t.Fatalf("hasDoubleSpace(%q) = %v", b, got)
		}
	}
}
