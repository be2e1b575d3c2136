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

// token is one word or punctuation mark of an article, with its folded
// form (lower case, no diacritics, đ→d) and where it stands in the text.
type token struct {
	fold     string
	p        int32 // paragraph: 0 is the title, 1.. the body paragraphs
	s, e     int32 // byte offsets of the raw text in its paragraph
	fs, fe   int32 // offsets of fold in the folded buffer (while tokenising)
	kind     tokKind
	cap      bool // the first letter is upper case
	upper    bool // every letter is upper case and there are at least two
	digits   bool // only digits
	ascii    bool // only ASCII letters and digits
	nonASCII bool
}

// asciiClass: 0 space/control, 1 letter, 2 digit, 3 punctuation.
var asciiClass = func() (t [128]uint8) {
	for c := 0; c < 128; c++ {
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c < 32 || c == 127:
			t[c] = 0
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
			t[c] = 1
		case '0' <= c && c <= '9':
			t[c] = 2
		default:
			t[c] = 3
		}
	}
	return t
}()

// isLetterRune reports whether a non-ASCII rune is part of a word.
func isLetterRune(r rune) bool {
	if r >= 0xC0 && r <= 0x24F {
		return r != 0xD7 && r != 0xF7
	}
	if r >= 0x1E00 && r <= 0x1EFF {
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// punctFold maps a non-ASCII punctuation rune to the ASCII character it is
// treated as.
func punctFold(r rune) string {
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
// text to buf. The tokens' fold fields are set by the caller once buf is
// final (see finishTokens).
func tokenize(paras []string, toks []token, buf []byte) ([]token, []byte) {
	for pi, p := range paras {
		if pi > 0 {
			toks = append(toks, token{kind: tBreak, fold: "\n", p: int32(pi)})
		}
		inWord := false
		var cur token
		letters := 0
		lower := false
		flush := func(end int) {
			if inWord {
				cur.e = int32(end)
				cur.fe = int32(len(buf))
				cur.upper = !lower && letters >= 2
				cur.digits = letters == 0
				toks = append(toks, cur)
				inWord = false
			}
		}
		for i := 0; i < len(p); {
			c := p[i]
			if c < utf8.RuneSelf {
				switch asciiClass[c] {
				case 1, 2:
					if !inWord {
						inWord = true
						cur = token{kind: tWord, p: int32(pi), s: int32(i), fs: int32(len(buf)), ascii: true}
						letters, lower = 0, false
						cur.cap = 'A' <= c && c <= 'Z'
					}
					if asciiClass[c] == 1 {
						letters++
						if 'A' <= c && c <= 'Z' {
							c += 'a' - 'A'
						} else {
							lower = true
						}
					}
					buf = append(buf, c)
				case 0:
					flush(i)
				default:
					flush(i)
					toks = append(toks, token{kind: tPunct, fold: string(c), p: int32(pi), s: int32(i), e: int32(i + 1)})
				}
				i++
				continue
			}
			r, size := utf8.DecodeRuneInString(p[i:])
			if isLetterRune(r) {
				f := model.FoldRune(r)
				if !inWord {
					inWord = true
					cur = token{kind: tWord, p: int32(pi), s: int32(i), fs: int32(len(buf)), ascii: true}
					letters, lower = 0, false
					cur.cap = unicode.IsUpper(r)
				}
				if f >= 0 {
					letters++
					if unicode.IsLower(r) {
						lower = true
					}
					cur.ascii = false
					buf = utf8.AppendRune(buf, f)
				}
			} else if unicode.IsSpace(r) || r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				flush(i)
			} else {
				flush(i)
				toks = append(toks, token{kind: tPunct, fold: punctFold(r), p: int32(pi), s: int32(i), e: int32(i + size)})
			}
			i += size
		}
		flush(len(p))
	}
	return toks, buf
}

// finishTokens points every word token's fold into the folded text.
func finishTokens(toks []token, folded string) {
	for i := range toks {
		if toks[i].kind == tWord {
			toks[i].fold = folded[toks[i].fs:toks[i].fe]
		}
	}
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
	if !strings.Contains(s, "  ") && !strings.ContainsAny(s, "\t\n\u00a0") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
