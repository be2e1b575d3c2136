package search

import (
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
	"golang.org/x/text/unicode/norm"
)

// A token is a maximal run of letters and digits (with any combining marks
// attached to them): in Vietnamese, one syllable. Everything else (spaces,
// punctuation, symbols) separates tokens. Tokens are compared in their folded
// form (model.AppendFold: lower case, no diacritics, đ→d).

// maxTokenLen bounds the folded length of an indexed token; longer runs (URLs
// glued together, base64 junk) are skipped by the index and never match.
const maxTokenLen = 64

// Rune classes for the tokenizer.
const (
	classSep  = iota // separates tokens
	classWord        // letter or digit: part of a token
	classMark        // combining mark: part of the token it follows
)

// classTable classifies the runes below classRunes; built once, read only.
var classTable = buildClassTable()

// classTableSize bounds the runes exactTable covers.
const classTableSize = 0x2000

// classRunes bounds the runes classTable covers: up to U+21FF, so the
// common punctuation of U+2000–U+206F (dashes, curly quotes, ellipsis) and
// the currency signs are not looked up in the Unicode tables every time.
const classRunes = 0x2200

func buildClassTable() [classRunes]uint8 {
	var t [classRunes]uint8
	for r := rune(0); r < classRunes; r++ {
		t[r] = slowClass(r)
	}
	return t
}

func slowClass(r rune) uint8 {
	switch {
	case unicode.Is(unicode.Mn, r):
		return classMark
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return classWord
	}
	return classSep
}

func runeClass(r rune) uint8 {
	if r >= 0 && r < classRunes {
		return classTable[r]
	}
	return slowClass(r)
}

// classAt classifies the (non-ASCII) rune starting at s[i] and returns its
// size: utf8.DecodeRuneInString and runeClass, with a fast path for the
// two- and three-byte sequences of Vietnamese letters.
func classAt(s string, i int) (uint8, int) {
	c := s[i]
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) {
		if c2 := s[i+1]; c2&0xC0 == 0x80 {
			return classTable[rune(c&0x1F)<<6|rune(c2&0x3F)], 2
		}
	} else if c >= 0xE0 && c <= 0xEF && i+2 < len(s) {
		c2, c3 := s[i+1], s[i+2]
		if c2&0xC0 == 0x80 && c3&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(c2&0x3F)<<6 | rune(c3&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return runeClass(r), 3
			}
		}
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	return runeClass(r), size
}

// tokenizer walks the tokens of a text. Reuse one per goroutine: it keeps its
// buffer.
type tokenizer struct {
	text       string
	pos        int
	start, end int    // byte span of the current token in text
	folded     []byte // folded current token (valid until the next call)
}

func (t *tokenizer) reset(text string) {
	t.text = text
	t.pos = 0
}

// next advances to the next token; false at the end of the text.
func (t *tokenizer) next() bool {
	s := t.text
	i := t.pos
	// Skip separators (and marks that follow no letter).
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if isASCIIWord(c) {
				break
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if runeClass(r) == classWord {
			break
		}
		i += size
	}
	if i >= len(s) {
		t.pos = i
		return false
	}
	t.start = i
	buf := t.folded[:0]
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !isASCIIWord(c) {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if runeClass(r) == classSep {
			break
		}
		i += size
		f := model.FoldRune(r)
		if f >= 0 {
			buf = utf8.AppendRune(buf, f)
		}
	}
	t.end = i
	t.pos = i
	t.folded = buf
	return true
}

func isASCIIWord(c byte) bool {
	return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9')
}

// foldTokens returns the folded tokens of s.
func foldTokens(s string) []string {
	var t tokenizer
	t.reset(s)
	var out []string
	for t.next() {
		out = append(out, string(t.folded))
	}
	return out
}

// Vietnamese tone marks, as combining characters.
const (
	toneNone  = 0
	toneGrave = 1 // huyền  à
	toneAcute = 2 // sắc    á
	toneTilde = 3 // ngã    ã
	toneHook  = 4 // hỏi    ả
	toneDot   = 5 // nặng   ạ
)

func toneOf(mark rune) int {
	switch mark {
	case 0x0300, 0x0340:
		return toneGrave
	case 0x0301, 0x0341:
		return toneAcute
	case 0x0303:
		return toneTilde
	case 0x0309:
		return toneHook
	case 0x0323:
		return toneDot
	}
	return toneNone
}

// exactRune maps a rune to its lower-case form without its tone mark (vowel
// marks ^ ˘ ʼ and đ kept) and the tone it carried.
type exactRune struct {
	base rune
	tone uint8
}

var exactTable = buildExactTable()

func buildExactTable() [classTableSize]exactRune {
	var t [classTableSize]exactRune
	for r := rune(0); r < classTableSize; r++ {
		t[r] = slowExactRune(r)
	}
	return t
}

func slowExactRune(r rune) exactRune {
	d := []rune(norm.NFD.String(string(r)))
	tone := 0
	kept := d[:0]
	for _, m := range d {
		if tn := toneOf(m); tn != toneNone {
			tone = tn
			continue
		}
		kept = append(kept, m)
	}
	c := []rune(norm.NFC.String(string(kept)))
	base := r
	if len(c) == 1 {
		base = c[0]
	} else if len(c) == 0 {
		base = -1
	}
	return exactRune{base: unicode.ToLower(base), tone: uint8(tone)}
}

// appendExact appends the exact form of one token to dst: lower case, NFC,
// with the tone mark moved to the end of the syllable as a byte 1..5, so that
// both tone-placement conventions (hoà/hòa, uỷ/ủy) give the same key while
// má, mà and ma stay apart. It reports whether the token carries any
// diacritic (tone, vowel mark or đ); when it does not, the exact form equals
// the folded one and is of no use.
func appendExact(dst []byte, tok string) ([]byte, bool) {
	for i := 0; i < len(tok); i++ {
		if tok[i] >= utf8.RuneSelf {
			goto slow
		}
	}
	return dst, false
slow:
	hasMark := false
	for _, r := range tok {
		if r >= 0x0300 && r < 0x0370 {
			hasMark = true
			break
		}
	}
	if hasMark {
		tok = norm.NFC.String(tok)
	}
	tone := uint8(0)
	diacritic := false
	for _, r := range tok {
		var e exactRune
		if r < classTableSize {
			e = exactTable[r]
		} else {
			e = exactRune{base: unicode.ToLower(r)}
		}
		if e.tone != 0 {
			tone = e.tone
			diacritic = true
		}
		if e.base < 0 {
			continue
		}
		if e.base >= utf8.RuneSelf {
			diacritic = true
		}
		dst = utf8.AppendRune(dst, e.base)
	}
	if tone != 0 {
		dst = append(dst, tone)
	}
	return dst, diacritic
}

// exactForm is appendExact for one string; "" when the token carries no
// diacritic.
func exactForm(tok string) string {
	b, ok := appendExact(nil, tok)
	if !ok {
		return ""
	}
	return string(b)
}
