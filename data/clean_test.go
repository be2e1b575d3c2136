package data

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
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
		"\u2010", "\u2027", "\u202f", "\u2030", "\u203f", "\u2040", "\u200f", "\u2060", "\xe2\x80\xa8", "\xe2\x80\xc0", "\xe2\x81\x80",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	check := func(s string) {
		t.Helper()
		got, gst := cleanText(s)
		want, wst := cleanTextRef(s)
		if got != want || gst != wst {
			t.Fatalf("cleanText(%q) = %q, %+v; want %q, %+v", s, got, gst, want, wst)
		}
		at := strings.Index(want, "  ")
		if _, _, pairAt := cleanTextSpaces(s); pairAt > at || pairAt < 0 && at >= 0 {
			t.Fatalf("cleanTextSpaces(%q) says two spaces in a row may first be at %d; they are at %d", s, pairAt, at)
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

// TestFields compares the allocation-free field helpers with strings.Fields
// on random text with every kind of space and broken UTF-8.
func TestFields(t *testing.T) {
	pieces := []string{"a", "Công", " ", "  ", "\t", "\n", "\v", "\f", "\r", "\u0085", "\u00a0", "\u1680", "\u2000", "\u200a",
		"\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\u200b", "\u2001", "\u2060", "\u2030", "\u0100", "\u1681", "\u3001", "\u0e00", "ở", "–", "\xc2", "\xe1", "\xe2\x80", "\xe3\x80", "\x80", "\xbf",
		"\xe1\x9a", "\xf0\x9f\x98\x80", "-", "»"}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 50000; n++ {
		b := mix(rng, pieces, 12)
		s := b.String()
		want := strings.Fields(s)
		got := appendFields(nil, s)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
		for limit := 0; limit < 5; limit++ {
			if c := fieldCount(s, limit); c != min(limit, len(want)) {
				t.Fatalf("fieldCount(%q, %d) = %d", s, limit, c)
			}
			if got := appendFieldsN(nil, s, limit); strings.Join(got, "\x00") != strings.Join(want[:min(limit, len(want))], "\x00") {
				t.Fatalf("appendFieldsN(%q, %d) = %q", s, limit, got)
			}
		}
		words := 0
		for _, w := range want {
			switch w {
			case "-", "–", "—", "|", "/", "&", ">", "»":
				continue
			}
			words++
		}
		if wc := wordCount(s); wc != words {
			t.Fatalf("wordCount(%q) = %d, want %d", s, wc, words)
		}
	}
}

// isNameListRef is isNameList as it was, splitting with a Replacer and
// strings.Fields.
func isNameListRef(s string) bool {
	if s == "" || utf8.RuneCountInString(s) > 60 || hasDigitRun(s, 1) {
		return false
	}
	if strings.ContainsAny(s, ":;!?\"“”()[]") || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") {
		return false
	}
	sep := strings.NewReplacer(" - ", "\x00", " – ", "\x00", ", ", "\x00", " và ", "\x00", " & ", "\x00")
	words := 0
	for _, part := range strings.Split(sep.Replace(s), "\x00") {
		ws := strings.Fields(part)
		if len(ws) == 0 || len(ws) > 5 {
			return false
		}
		for _, w := range ws {
			for _, p := range strings.Split(w, ".") {
				if p == "" {
					continue
				}
				first := true
				for _, r := range p {
					if !isLetter(r) || first && !isUpper(r) {
						return false
					}
					first = false
				}
			}
			if !isUpper(firstRune(w)) {
				return false
			}
		}
		words += len(ws)
	}
	return words > 0 && words <= 10
}

func TestIsNameList(t *testing.T) {
	pieces := []string{"Thu", "Hà", "NGỌC", "P.Ngân", "Th.S", ".", "..", " ", "  ", " - ", " – ", ", ", ",", " và ", "và", " & ",
		"&", "\x00", "-", "x", "A", "B.", ".C", "\t", "\u00a0", " -", "- "}
	rng := rand.New(rand.NewPCG(7, 8))
	names := 0
	for n := 0; n < 100000; n++ {
		b := mix(rng, pieces, 10)
		s := b.String()
		got, want := isNameList(s), isNameListRef(s)
		if got != want {
			t.Fatalf("isNameList(%q) = %v, want %v", s, got, want)
		}
		if got {
			names++
		}
	}
	if names < 1000 {
		t.Errorf("only %d name lists among the random strings", names)
	}
}

func TestDateFields(t *testing.T) {
	pieces := []string{"12", "/", " ", ",", "|", "(", ")", "[", "]", "thu", "ở", "\xe1", "\x80", ":", "  "}
	rng := rand.New(rand.NewPCG(9, 10))
	for n := 0; n < 50000; n++ {
		b := mix(rng, pieces, 10)
		s := b.String()
		want := strings.FieldsFunc(s, func(r rune) bool {
			return r == ' ' || r == ',' || r == '|' || r == '(' || r == ')' || r == '[' || r == ']'
		})
		got := appendDateFields(nil, s)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Fatalf("appendDateFields(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestIsParagraphLine(t *testing.T) {
	ref := func(l string) bool {
		if wordCount(l) > 40 {
			return true
		}
		t := strings.TrimRight(l, "\"”’») ")
		if strings.HasSuffix(t, "…") || strings.HasSuffix(t, "..") {
			return wordCount(l) >= 20
		}
		switch lastRune(t) {
		case '.', ':', ';':
			return true
		}
		return false
	}
	pieces := []string{"từ ", "a ", "- ", ".", "..", "…", ":", ";", "\"", ")", "» ", " ", "x"}
	rng := rand.New(rand.NewPCG(11, 12))
	for n := 0; n < 20000; n++ {
		b := mix(rng, pieces, 60)
		if s := b.String(); isParagraphLine(s) != ref(s) {
			t.Fatalf("isParagraphLine(%q) = %v", s, !ref(s))
		}
	}
}

func TestTitleCase(t *testing.T) {
	ref := func(s string) string {
		for _, r := range s {
			if isLower(r) {
				return s
			}
		}
		var out []string
		for _, w := range strings.Split(s, " ") {
			if !hasVowel(w) {
				out = append(out, w)
				continue
			}
			var b strings.Builder
			start := true
			for _, r := range w {
				if isLetter(r) {
					if start {
						b.WriteRune(unicode.ToUpper(r))
					} else {
						b.WriteRune(unicode.ToLower(r))
					}
					start = false
					continue
				}
				b.WriteRune(r)
				start = true
			}
			out = append(out, b.String())
		}
		return strings.Join(out, " ")
	}
	pieces := []string{"NGỌC", " ", "  ", "P.", "TTXVN", "-", "HIẾU", "\xe1", "Đ", "x", ""}
	rng := rand.New(rand.NewPCG(13, 14))
	for n := 0; n < 20000; n++ {
		b := mix(rng, pieces, 8)
		if s := b.String(); titleCase(s) != ref(s) {
			t.Fatalf("titleCase(%q) = %q, want %q", s, titleCase(s), ref(s))
		}
	}
}

// TestIsCounterFast compares isCounter, with its fast path, to the general
// code alone (isCounterGeneral) on random mixes of counter words, numbers and punctuation.
func TestIsCounterFast(t *testing.T) {
	ref := isCounterGeneral
	pieces := []string{"luot", " xem", "xem", " luot", "x", "e", "m", "tong", "so", "view", "s", "y", " kien",
		"1", "12", "1.234", "1234567890", "(5)", "3,5", ",", ":", "(", ")", " ", " ", " ", ".", "a", "Xem", "đ", "\t"}
	for _, s := range []string{"1 luot  xem", "1 luot xem ", "1  xem", "1.234 luot xem", "(1) xem", "1234567890 xem", "123456789 xem", "1 2 xem", "1 xem 1"} {
		if got, want := isCounter(s), ref(s); got != want {
			t.Fatalf("isCounter(%q) = %v, want %v", s, got, want)
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	hits := 0
	for n := 0; n < 200000; n++ {
		b := mix(rng, pieces, 7)
		s := b.String()
		got, want := isCounter(s), ref(s)
		if got != want {
			t.Fatalf("isCounter(%q) = %v, want %v", s, got, want)
		}
		if c, ok := counterFast([]byte(s)); ok && c != want {
			t.Fatalf("counterFast(%q) = %v, want %v", s, c, want)
		}
		if want {
			hits++
		}
	}
	if hits < 100 {
		t.Fatalf("only %d counters generated", hits)
	}
}

// mix joins up to max-1 pieces picked at random: the inputs of the tests
// that compare a rewritten helper with its reference.
func mix(rng *rand.Rand, pieces []string, max int) *strings.Builder {
	var b strings.Builder
	for k := rng.IntN(max); k > 0; k-- {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return &b
}

// TestHasDigit8 compares digitMask(load64(s)) != 0 with a byte loop on every byte value in
// every position and on random blocks.
func TestHasDigit8(t *testing.T) {
	ref := func(s string) bool {
		for i := 0; i < 8; i++ {
			if s[i] >= '0' && s[i] <= '9' {
				return true
			}
		}
		return false
	}
	b := []byte("abcdefgh")
	for pos := 0; pos < 8; pos++ {
		for v := 0; v < 256; v++ {
			c := append([]byte(nil), b...)
			c[pos] = byte(v)
			if got := digitMask(load64(string(c))) != 0; got != ref(string(c)) {
				t.Fatalf("digitMask(load64(%q)) = %v", c, got)
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for n := 0; n < 100000; n++ {
		var c [8]byte
		for i := range c {
			c[i] = byte(rng.IntN(256))
		}
		if got := digitMask(load64(string(c[:]))) != 0; got != ref(string(c[:])) {
			t.Fatalf("digitMask(load64(%q)) = %v", c, got)
		}
	}
}

// TestIndexSpaced compares indexSpaced with strings.Index on random mixes
// of separators, spaces and text.
func TestIndexSpaced(t *testing.T) {
	pieces := []string{" ", "-", "–", "—", "|", "/", ">", "»", "a", "Hà", " - ", " – ", "x-y", "  ", "\u2013"}
	rng := rand.New(rand.NewPCG(7, 8))
	for n := 0; n < 200000; n++ {
		s := mix(rng, pieces, 12).String()
		for _, sep := range []string{" - ", " – ", " — ", " | ", " / ", " > ", " » "} {
			if got, want := indexSpaced(s, sep), strings.Index(s, sep); got != want {
				t.Fatalf("indexSpaced(%q, %q) = %d, want %d", s, sep, got, want)
			}
		}
	}
}
