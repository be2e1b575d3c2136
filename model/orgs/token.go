package orgs

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters and digits
	tPunct                // one punctuation character
	tBreak                // a paragraph boundary
)

// token is one word or punctuation mark of an article: where it stands in
// the text and where its folded form (lower case, no diacritics, đ→d) stands
// in the folded buffer. It holds no pointer, so token slices cost the
// garbage collector nothing.
type token struct {
	p      int32 // paragraph: 0 is the title, 1.. the body paragraphs
	s, e   int32 // byte offsets of the raw text in its paragraph
	fs, fe int32 // offsets of the folded form in the folded buffer
	kind   tokKind
	cap    bool // the first letter is upper case
	upper  bool // every letter is upper case and there are at least two
	digits bool // only digits
	ascii  bool // only ASCII letters and digits
}

// Character classes of the tokenizer.
const (
	cSpace  uint8 = iota // separates words
	cLetter              // part of a word
	cDigit               // part of a word
	cPunct               // a token of its own
	cMark                // combining mark: part of a word, folds to nothing
)

// charInfo describes one rune below tableSize: its class, its folded form
// and its case. Built once at start-up and only read afterwards.
type charInfo struct {
	class uint8
	upper bool
	lower bool
	fold  rune
}

const tableSize = 0x2000

var charTable = func() (t [tableSize]charInfo) {
	for r := rune(0); r < tableSize; r++ {
		ci := charInfo{fold: model.FoldRune(r)}
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			ci.class = cSpace
		case unicode.Is(unicode.Mn, r):
			ci.class = cMark
		case '0' <= r && r <= '9':
			ci.class = cDigit
		case unicode.IsLetter(r):
			ci.class = cLetter
			ci.upper = unicode.IsUpper(r)
			ci.lower = unicode.IsLower(r)
		default:
			ci.class = cPunct
		}
		t[r] = ci
	}
	return t
}()

func classify(r rune) charInfo {
	if r >= 0 && r < tableSize {
		return charTable[r]
	}
	switch {
	case r == utf8.RuneError || unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
		return charInfo{class: cSpace}
	case unicode.Is(unicode.Mn, r):
		return charInfo{class: cMark, fold: -1}
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return charInfo{class: cLetter, upper: unicode.IsUpper(r), lower: unicode.IsLower(r), fold: model.FoldRune(r)}
	}
	return charInfo{class: cPunct}
}

// punctFold maps a punctuation rune to the ASCII character it is treated as.
func punctFold(r rune) string {
	if r < utf8.RuneSelf {
		return string(byte(r))
	}
	switch r {
	case '–', '—', '‐', '‑', '−', '‒':
		return "-"
	case '“', '”', '„', '«', '»', '‟':
		return "\""
	case '‘', '’', '‚', '‛':
		return "'"
	case '…':
		return "."
	}
	return "*"
}

// tokenize splits paragraphs into tokens, appending to toks and the folded
// text to buf; a token's folded text is buf[fs:fe].
func tokenize(paras []string, toks []token, buf []byte) ([]token, []byte) {
	for pi, p := range paras {
		if pi > 0 {
			toks = append(toks, token{kind: tBreak, p: int32(pi), fs: int32(len(buf)), fe: int32(len(buf))})
		}
		inWord := false
		var cur token
		letters := 0
		lower := false
		for i := 0; i < len(p); {
			var ci charInfo
			size := 1
			var r rune
			if c := p[i]; c < utf8.RuneSelf {
				r = rune(c)
				ci = charTable[c]
			} else {
				r, size = utf8.DecodeRuneInString(p[i:])
				ci = classify(r)
			}
			switch ci.class {
			case cLetter, cDigit, cMark:
				if !inWord {
					inWord = true
					cur = token{kind: tWord, p: int32(pi), s: int32(i), fs: int32(len(buf)), ascii: true, cap: ci.upper}
					letters, lower = 0, false
				}
				if ci.class == cLetter {
					letters++
					lower = lower || ci.lower
				}
				if size > 1 {
					cur.ascii = false
				}
				if f := ci.fold; f >= 0 {
					if f < utf8.RuneSelf {
						buf = append(buf, byte(f))
					} else {
						buf = utf8.AppendRune(buf, f)
					}
				}
			default:
				if inWord {
					cur.e = int32(i)
					cur.fe = int32(len(buf))
					cur.upper = !lower && letters >= 2
					cur.digits = letters == 0
					toks = append(toks, cur)
					inWord = false
				}
				if ci.class == cPunct {
					fs := int32(len(buf))
					buf = append(buf, punctFold(r)...)
					toks = append(toks, token{kind: tPunct, p: int32(pi), s: int32(i), e: int32(i + size), fs: fs, fe: int32(len(buf))})
				}
			}
			i += size
		}
		if inWord {
			cur.e = int32(len(p))
			cur.fe = int32(len(buf))
			cur.upper = !lower && letters >= 2
			cur.digits = letters == 0
			toks = append(toks, cur)
		}
	}
	return toks, buf
}

// vowelGroups counts the runs of vowels in a folded ASCII word; a
// Vietnamese syllable has exactly one, so a word with more is a foreign
// name ("Vietsovpetro").
func vowelGroups(w string) int {
	n := 0
	in := false
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			if !in {
				n++
			}
			in = true
		default:
			in = false
		}
	}
	return n
}

// collapseSpace turns runs of white space into one space.
func collapseSpace(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ' && i+1 < len(s) && s[i+1] == ' ', c == '\t', c == '\n', c == '\r', c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0:
			clean = false
		}
	}
	if clean {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
