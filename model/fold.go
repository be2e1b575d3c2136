package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldTableSize covers Latin, Latin Extended and Latin Extended Additional,
// where every Vietnamese letter lives, plus the combining marks.
const foldTableSize = 0x2000

// foldTable maps a rune to its folded form; -1 drops the rune (a combining
// mark). It is built once at start-up and only read afterwards, so it is safe
// to share between goroutines.
var foldTable = buildFoldTable()

func buildFoldTable() [foldTableSize]rune {
	var t [foldTableSize]rune
	for r := rune(0); r < foldTableSize; r++ {
		t[r] = slowFoldRune(r)
	}
	return t
}

// slowFoldRune decomposes r, drops combining marks, lower-cases and maps đ→d.
func slowFoldRune(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	switch r {
	case 'đ', 'Đ':
		return 'd'
	}
	d := norm.NFD.String(string(r))
	base, _ := utf8.DecodeRuneInString(d)
	return unicode.ToLower(base)
}

// FoldRune folds one rune for search: lower case, no diacritics, đ→d. It
// returns -1 for a rune that folds to nothing (a combining mark).
func FoldRune(r rune) rune {
	if r >= 0 && r < foldTableSize {
		return foldTable[r]
	}
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	return unicode.ToLower(r)
}

// Fold is the one folding function used by the index and the query alike:
// "Công Đoàn" and "CÔNG ĐOÀN" and "cong doan" all fold to "cong doan".
// Composed and decomposed input fold the same, so both tone-mark conventions
// (hoà/hòa, uỷ/ủy) meet.
func Fold(s string) string {
	// Fast path: plain lower-case ASCII is already folded.
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return string(AppendFold(make([]byte, 0, len(s)), s))
}

// AppendFold appends the folded form of s to dst and returns it.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		// Fast paths for the two shapes of (nearly) every Vietnamese letter,
		// decoded here: C2–DF then a continuation byte (U+0080–U+07FF), and
		// E1 then two continuation bytes (U+1000–U+1FFF). Both are always
		// well formed, as DecodeRuneInString would find, and both ranges
		// lie in foldTable.
		var f rune
		if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			f = foldTable[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)]
			i += 2
		} else if c == 0xE1 && i+2 < len(s) && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80 {
			f = foldTable[0x1000|rune(s[i+1]&0x3F)<<6|rune(s[i+2]&0x3F)]
			i += 3
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			f = FoldRune(r)
		}
		if f < 0 {
			continue
		}
		if f < utf8.RuneSelf {
			dst = append(dst, byte(f)) // "ế" → 'e'
			continue
		}
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// NFC returns s in Unicode normalisation form C.
func NFC(s string) string {
	return norm.NFC.String(s)
}

// EqualFold reports whether a and b are equal once folded.
func EqualFold(a, b string) bool {
	return Fold(a) == Fold(b)
}

// ContainsFold reports whether folded s contains folded sub.
func ContainsFold(s, sub string) bool {
	return strings.Contains(Fold(s), Fold(sub))
}
