package orgs

import (
	"slices"
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
	// f holds the word's flags (fCap …), one byte the tokenizer builds in
	// a register rather than seven booleans written one by one.
	f uint8
}

// Token flags (token.f).
const (
	fCap    uint8 = 1 << iota // the first letter is upper case
	fUpper                    // every letter is upper case and there are at least two
	fDigits                   // only digits
	fASCII                    // only ASCII letters and digits
	// fCand: the word may start a name (a head word or an upper-case
	// abbreviation), so the recogniser looks at it.
	fCand
	// fLvl: the word may be a level word (tỉnh, thành phố, TP, huyện …).
	fLvl
	// fHead: the word folds to a head word (cong, lien, tong, ldld, cd,
	// cdvc, cdcs, tld).
	fHead
)

func (t *token) cap() bool    { return t.f&fCap != 0 }
func (t *token) upper() bool  { return t.f&fUpper != 0 }
func (t *token) digits() bool { return t.f&fDigits != 0 }
func (t *token) ascii() bool  { return t.f&fASCII != 0 }
func (t *token) cand() bool   { return t.f&fCand != 0 }
func (t *token) lvl() bool    { return t.f&fLvl != 0 }
func (t *token) head() bool   { return t.f&fHead != 0 }

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
	if uint32(r) < tableSize {
		return charTable[r]
	}
	return classifyRare(r)
}

// classifyRare is classify for runes past the table (apart so that
// classify is inlined).
func classifyRare(r rune) charInfo {
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
		toks, buf = tokenizeRange(int32(pi), p, 0, len(p), toks, buf)
	}
	return toks, buf
}

// tokenizeRange tokenizes p[from:to] (paragraph pi); from and to must not
// cut a word.
func tokenizeRange(pi int32, p string, from, to int, toks []token, buf []byte) ([]token, []byte) {
	// Folded text is about as long as the raw text; a word is about six
	// bytes with its space.
	buf = slices.Grow(buf, to-from)
	toks = slices.Grow(toks, (to-from)/5+1)
	i := from
	for i < to {
		c := p[i]
		if c == ' ' {
			i++
			continue
		}
		var (
			ci   charInfo
			r    rune
			size int
		)
		switch {
		case c < utf8.RuneSelf:
			// ASCII, inline (as charAtRange reads it).
			ci, r, size = charTable[c], rune(c), 1
		case c < 0xE0 && c >= 0xC2 && i+1 < to && p[i+1]&0xC0 == 0x80:
			// Two-byte letters, inline (likewise).
			r = rune(c&0x1F)<<6 | rune(p[i+1]&0x3F)
			ci, size = charTable[r], 2
		case c == 0xE1 && i+2 < to && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80:
			// Latin Extended Additional, inline (likewise).
			r = 0x1000 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F)
			ci, size = charTable[r], 3
		default:
			ci, r, size = charAtRange(p, i, to)
		}
		switch ci.class {
		case cSpace:
			i += size
			continue
		case cPunct:
			fs := int32(len(buf))
			buf = append(buf, punctFold(r)...)
			toks = append(toks, token{kind: tPunct, p: pi, s: int32(i), e: int32(i + size), fs: fs, fe: int32(len(buf))})
			i += size
			continue
		}
		// A word: letters, digits and combining marks. Its flags are kept
		// in locals and the token written once at the end.
		ws, wfs, wcap, ascii := i, len(buf), ci.upper, true
		letters, lower := 0, false
		for i < to {
			c := p[i]
			if c < utf8.RuneSelf {
				switch {
				case 'a' <= c && c <= 'z':
					letters++
					lower = true
				case 'A' <= c && c <= 'Z':
					letters++
					c += 'a' - 'A'
				case '0' <= c && c <= '9':
				default:
					goto end
				}
				buf = append(buf, c)
				i++
				continue
			}
			var ci charInfo
			var size int
			if c < 0xE0 && c >= 0xC2 && i+1 < to && p[i+1]&0xC0 == 0x80 {
				// Two-byte letters (â, đ, ơ …), inline.
				ci, size = charTable[rune(c&0x1F)<<6|rune(p[i+1]&0x3F)], 2
			} else if c == 0xE1 && i+2 < to && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80 {
				// Three-byte letters of Latin Extended Additional (ạ, ế,
				// ữ …: U+1E00–U+1FFF, all in charTable), inline; as
				// charAtRange reads them.
				ci, size = charTable[0x1000|rune(p[i+1]&0x3F)<<6|rune(p[i+2]&0x3F)], 3
			} else {
				ci, _, size = charAtRange(p, i, to)
			}
			switch ci.class {
			case cLetter:
				letters++
				lower = lower || ci.lower
			case cDigit, cMark:
			default:
				goto end
			}
			ascii = false
			if f := ci.fold; f >= 0 {
				if f < utf8.RuneSelf {
					buf = append(buf, byte(f))
				} else {
					buf = utf8.AppendRune(buf, f)
				}
			}
			i += size
		}
	end:
		var f uint8
		if wcap {
			f = fCap
		}
		if ascii {
			f |= fASCII
		}
		if letters == 0 {
			f |= fDigits
		} else if !lower && letters >= 2 {
			f |= fUpper | fCand
		}
		if n := len(buf) - wfs; n >= 2 && n <= 5 {
			// Head and level words start with c, l, t, q or h.
			switch buf[wfs] {
			case 'c', 'l', 't', 'q', 'h':
				f |= headLevelFlags(buf[wfs:])
			}
		}
		toks = append(toks, token{kind: tWord, p: pi, s: int32(ws), e: int32(i), fs: int32(wfs), fe: int32(len(buf)), f: f})
	}
	return toks, buf
}

// charAtRange classifies the rune at byte i of p[:to], decoding the one-,
// two- and three-byte sequences of Vietnamese text inline.
func charAtRange(p string, i, to int) (charInfo, rune, int) {
	c := p[i]
	switch {
	case c < utf8.RuneSelf:
		return charTable[c], rune(c), 1
	case c < 0xE0 && c >= 0xC2 && i+1 < to && p[i+1]&0xC0 == 0x80:
		// Latin-1 and Latin Extended letters.
		r := rune(c&0x1F)<<6 | rune(p[i+1]&0x3F)
		return charTable[r], r, 2
	case c >= 0xE1 && c < 0xF0 && c != 0xED && i+2 < to && p[i+1]&0xC0 == 0x80 && p[i+2]&0xC0 == 0x80:
		// Latin Extended Additional (ạ, ế, ữ …) and general punctuation.
		r := rune(c&0x0F)<<12 | rune(p[i+1]&0x3F)<<6 | rune(p[i+2]&0x3F)
		return classify(r), r, 3
	}
	r, size := utf8.DecodeRuneInString(p[i:to])
	return classify(r), r, size
}

// headLevelFlags is isHeadFold and isLevelFold in one call, as token
// flags (a head word is also a candidate).
func headLevelFlags(b []byte) uint8 {
	var f uint8
	if isHeadFold(b) {
		f = fHead | fCand
	}
	if isLevelFold(b) {
		f |= fLvl
	}
	return f
}

// isHeadFold reports whether a folded word is a head word of a name: cong,
// lien, tong, ldld, cd, cdvc, cdcs, tld. Called for every word, so written
// out rather than as a string switch.
func isHeadFold(b []byte) bool {
	switch len(b) {
	case 2:
		return b[0] == 'c' && b[1] == 'd'
	case 3:
		return b[0] == 't' && b[1] == 'l' && b[2] == 'd'
	case 4:
		switch b[0] {
		case 'c':
			return b[1] == 'o' && b[2] == 'n' && b[3] == 'g' ||
				b[1] == 'd' && (b[2] == 'v' && b[3] == 'c' || b[2] == 'c' && b[3] == 's')
		case 'l':
			return b[1] == 'i' && b[2] == 'e' && b[3] == 'n' || b[1] == 'd' && b[2] == 'l' && b[3] == 'd'
		case 't':
			return b[1] == 'o' && b[2] == 'n' && b[3] == 'g'
		}
	}
	return false
}

// isLevelFold reports whether a folded word may be a level word: tinh,
// thanh, tp, huyen, quan, thi, tx.
func isLevelFold(b []byte) bool {
	switch len(b) {
	case 2:
		return b[0] == 't' && (b[1] == 'p' || b[1] == 'x')
	case 3:
		return b[0] == 't' && b[1] == 'h' && b[2] == 'i'
	case 4:
		return b[0] == 't' && b[1] == 'i' && b[2] == 'n' && b[3] == 'h' ||
			b[0] == 'q' && b[1] == 'u' && b[2] == 'a' && b[3] == 'n'
	case 5:
		return b[0] == 't' && b[1] == 'h' && b[2] == 'a' && b[3] == 'n' && b[4] == 'h' ||
			b[0] == 'h' && b[1] == 'u' && b[2] == 'y' && b[3] == 'e' && b[4] == 'n'
	}
	return false
}

// Windows. Every head of a union body written with accents contains "đ" or
// "Đ": "Công đoàn", "Liên đoàn", "LĐLĐ", "TLĐ", "CĐVC", "CĐCS", "CĐ". So
// the recogniser only tokenizes windows of text around those: from a few
// words before ("tổ chức Công đoàn", "các công đoàn") to enough words after
// for the longest name. A paragraph without any "đ" (text without accents)
// is tokenized whole.
const (
	wordsBefore = 3
	// bytesAfter: a window first reaches this far after its head, about
	// ten words, rounded up to the end of a word; a window whose rules
	// need more is read again bytesGrow further.
	bytesAfter = 32
	bytesGrow  = 32
)

// findWindows appends the [from, to) byte ranges of p to read.
func findWindows(p string, dst [][2]int) [][2]int { return findWindowsN(p, dst, bytesAfter) }

func findWindowsN(p string, dst [][2]int, after int) [][2]int {
	return findWindowsT(p, dst, nil, after)
}

// findWindowsT is findWindowsN that also appends to *trigs, when not nil,
// where each word with a head mark that opens a window ends (ascending):
// the scan tokenizes a window up to one of these first (see scan.flush).
func findWindowsT(p string, dst [][2]int, trigs *[]int, after int) [][2]int {
	// Every head has "Đ" (C4 90: "Đoàn", "ĐOÀN", "LĐ", "CĐ") or "đo"
	// ("đoàn", C4 91 6F; "đOàn", C4 91 4F). nextHeadMark finds those byte sequences eight
	// positions at a time; the few hits are then checked.
	//
	// A paragraph without any byte 0xC4 is read whole. A hit has one, so
	// only a paragraph without hits is searched for it (it then has no
	// window either: every window starts at a 0xC4).
	hits := false
	curFrom, curTo := -1, -1
	for pos := 0; ; {
		k := nextHeadMark(p, pos)
		if k >= len(p) {
			break
		}
		hits = true
		pos = k + 2
		if isTrigger(p, k) {
			ws := k
			for ws > 0 && p[ws-1] != ' ' {
				ws--
			}
			from, to := wordsBack(p, ws, wordsBefore), bytesForward(p, ws, after)
			if curTo >= 0 && from <= curTo {
				curTo = max(curTo, to)
			} else {
				if curTo >= 0 {
					dst = append(dst, [2]int{curFrom, curTo})
				}
				curFrom, curTo = from, to
			}
			// Skip to the end of this word.
			for pos < len(p) && p[pos] != ' ' {
				pos++
			}
			if trigs != nil {
				*trigs = append(*trigs, pos)
			}
		}
	}
	if curTo >= 0 {
		dst = append(dst, [2]int{curFrom, curTo})
	}
	if !hits && len(p) > 0 && strings.IndexByte(p, 0xC4) < 0 {
		dst = append(dst, [2]int{0, len(p)})
	}
	return dst
}

// nextHeadMarkGeneric returns the index of the first "Đ" (bytes C4 90)
// or "đo" (C4 91 6F, or "đO") at or after i in p, or len(p). The byte 0xC4 (also
// the lead of "ă", "ĩ" and "đ" before other letters) is found by the
// runtime's vector search; the bytes after it are then checked. It is
// nextHeadMark where there is no vector search of the three bytes
// (headmark_amd64.s).
func nextHeadMarkGeneric(p string, i int) int {
	for {
		j := strings.IndexByte(p[i:], 0xC4)
		if j < 0 {
			return len(p)
		}
		k := i + j
		if k+1 < len(p) && (p[k+1] == 0x90 || p[k+1] == 0x91 && k+2 < len(p) && p[k+2]|0x20 == 'o') {
			return k
		}
		i = k + 1
	}
}

// isTrigger reports whether the "đ"/"Đ" (bytes C4 91 / C4 90) at k starts
// the "đoàn" of a head that may start a name, or ends the "LĐ"/"CĐ" of an
// abbreviation. "đoàn" counts after "Liên", and after "Công" when the next
// word may continue a name: capitalised, a number, or one of the
// lower-case words the rules read there (ngành, cơ sở, việt nam, level
// words). "đoàn viên", "Đoàn Thanh niên", "hoạt động công đoàn" are skipped.
func isTrigger(p string, k int) bool {
	b := p[k+1]
	if b != 0x91 && b != 0x90 {
		return false
	}
	rest := p[k+2:]
	n := 0
	switch {
	case len(rest) >= len("oàn") && rest[0]|0x20 == 'o' && rest[1] == 0xC3 && (rest[2] == 0xA0 || rest[2] == 0x80) && rest[3]|0x20 == 'n':
		// "oàn" in any case (strings.EqualFold on the bytes: o and n
		// fold only with O and N, à (C3 A0) only with À (C3 80)).
		n = len("oàn")
	case len(rest) >= len("oa\u0300n") && rest[0]|0x20 == 'o' && rest[1]|0x20 == 'a' && rest[2] == 0xCC && rest[3] == 0x80 && rest[4]|0x20 == 'n':
		// "oàn" decomposed, in any case (U+0300 folds with nothing else).
		n = len("oa\u0300n")
	default:
		// An abbreviation: "CĐ…" (CĐ, CĐCS, CĐVC, CĐGD …), "LĐLĐ",
		// "TLĐ"; not "NLĐ", "CNVCLĐ", "LĐTĐ" (workers, an outlet).
		if b != 0x90 || k == 0 {
			return false
		}
		if p[k-1] >= utf8.RuneSelf || k >= 2 && p[k-2] >= utf8.RuneSelf {
			// Perhaps combining marks among the letters.
			if isAbbrTriggerMarks(p, k) {
				return true
			}
		} else {
			switch {
			case p[k-1] == 'C':
				if abbrStartAt(p, k-1) {
					return true
				}
			case p[k-1] == 'L' && abbrStartAt(p, k-1):
				if strings.HasPrefix(p[k+2:], "LĐ") || isMarkLĐ(p[k+2:]) {
					return true
				}
			case p[k-1] == 'L' && k >= 2 && p[k-2] == 'T':
				if abbrStartAt(p, k-2) {
					return true
				}
			}
		}
		// The spellings above are the usual ones; the rules also read
		// a head in other letters that fold alike ("LĐLĎ", "LĎLĐ",
		// "LĐLD").
		return isAbbrHeadWord(p, k)
	}
	prev := p[:k]
	// Words are separated by anything the tokenizer takes for space
	// (spaces, no-break spaces, zero-width spaces …). An ASCII byte before
	// is its own rune: its class decides without decoding.
	if k > 0 {
		if c := p[k-1]; c < utf8.RuneSelf {
			if charTable[c].class != cSpace {
				return false
			}
		} else if r, _ := utf8.DecodeLastRuneInString(prev); !isSpaceRune(r) {
			return false
		}
	}
	// Trim the spaces before: plain spaces on the bytes, anything else
	// the tokenizer takes for space by runes.
	for len(prev) > 0 && prev[len(prev)-1] == ' ' {
		prev = prev[:len(prev)-1]
	}
	if len(prev) > 0 {
		if c := prev[len(prev)-1]; c >= utf8.RuneSelf || charTable[c].class == cSpace {
			prev = strings.TrimRightFunc(prev, isSpaceRune)
		}
	}
	// The four words end in 'n' or 'g' (ASCII, so only those bytes, in
	// either case, can end a word folding to them).
	if len(prev) < len("cong") {
		return false
	}
	switch prev[len(prev)-1] | 0x20 {
	case 'n':
		return hasSuffixFold(prev, "liên") || hasSuffixFold(prev, "lien")
	case 'g':
		if !hasSuffixFold(prev, "công") && !hasSuffixFold(prev, "cong") {
			return false
		}
	default:
		return false
	}
	next := rest[n:]
	for len(next) > 0 && next[0] == ' ' {
		next = next[1:]
	}
	if len(next) > 0 {
		// Trim other spaces by runes, only when there is one (the next
		// word often starts with a letter of two or three bytes).
		if c := next[0]; c < utf8.RuneSelf {
			if charTable[c].class == cSpace {
				next = strings.TrimLeftFunc(next, isSpaceRune)
			}
		} else if r, _ := utf8.DecodeRuneInString(next); isSpaceRune(r) {
			next = strings.TrimLeftFunc(next, isSpaceRune)
		}
	}
	if next == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	if ci := classify(r); ci.class == cDigit || ci.upper {
		return true
	}
	// The words of lowerAfterCongDoan start with one of these letters.
	switch next[0] {
	case 'n', 'c', 'v', 't', 'h', 'q', 'x', 'p':
		if strings.HasPrefix(next, "cơ ") && baseUnionOnly(next[len("cơ "):]) {
			return false
		}
		for _, w := range lowerAfterCongDoan {
			if strings.HasPrefix(next, w) {
				return true
			}
		}
	}
	// Other spellings the rules read alike ("cáC", "nganh"): they
	// compare the word's fold (mayContinue).
	return foldsAfterCongDoan(next)
}

// foldsAfterCongDoan reports whether the word starting s folds to one of
// the lower-case words mayContinue reads after "Công đoàn", as the
// tokenizer folds it (combining marks fold to nothing).
func foldsAfterCongDoan(s string) bool {
	var f [6]byte
	n := 0
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		ci := classify(r)
		if ci.class == cMark {
			i += size
			continue
		}
		if ci.class != cLetter && ci.class != cDigit {
			break
		}
		if n == len(f) || ci.fold < 0 || ci.fold >= utf8.RuneSelf {
			return false
		}
		f[n] = byte(ci.fold)
		n++
		i += size
	}
	switch string(f[:n]) {
	case "nganh", "co", "viet", "tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong", "cac":
		return true
	}
	return false
}

// baseUnionOnly reports whether rest, the text after "công đoàn cơ ",
// is "sở" and a word that cannot start a name after it: a lower-case
// letter other than x and p (xã, phường). The rules read no body there
// ("các công đoàn cơ sở trên địa bàn": a unit's name is capitalised, and
// only a commune or ward follows in lower case), so the head needs no
// window. Only plain spaces and these exact spellings are recognised;
// anything else keeps the window.
func baseUnionOnly(rest string) bool {
	for len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if !strings.HasPrefix(rest, "sở ") {
		return false
	}
	rest = rest[len("sở "):]
	for len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if rest == "" {
		return false
	}
	c := rest[0]
	if c < utf8.RuneSelf {
		return 'a' <= c && c <= 'z' && c != 'x' && c != 'p'
	}
	r, _ := utf8.DecodeRuneInString(rest)
	ci := classify(r)
	return ci.class == cLetter && ci.lower && !ci.upper && ci.fold != 'x' && ci.fold != 'p'
}

// isSpaceRune reports whether the tokenizer takes r for space.
func isSpaceRune(r rune) bool { return classify(r).class == cSpace }

// wordStartAt reports whether a word starts at byte i of p: at the start,
// or after a space or punctuation ("(LĐLĐ)", "“CĐ").
// isAbbrTriggerMarks is isTrigger's test for an abbreviation ending in the
// Đ at p[k] when its letters are not all ASCII: the tokenizer takes a
// combining mark for part of the word and folding drops it, and the rules
// read a word by its folded letters, so "T\u0610LĐ" and "TĻĐ" read as TLĐ
// and the pre-scan must open a window there too (FuzzExtract found both).
// Marks are skipped, never counted as letters; a letter counts by its
// fold. A window too many costs only time: what the windows find is what
// the whole text gives.
func isAbbrTriggerMarks(p string, k int) bool {
	r1, at1 := letterBefore(p, k)
	switch {
	case upperFolding(r1, 'c'):
		return abbrStartAt(p, at1)
	case upperFolding(r1, 'l') && abbrStartAt(p, at1):
		return strings.HasPrefix(p[k+2:], "LĐ") || isMarkLĐ(p[k+2:])
	case upperFolding(r1, 'l'):
		r2, at2 := letterBefore(p, at1)
		return upperFolding(r2, 't') && abbrStartAt(p, at2)
	}
	return false
}

// isAbbrHeadWord reports whether the word around the "Đ" at p[k] is read
// by the rules as a head abbreviation: upper case (no lower-case letter,
// two letters at least), folding to cd, cdvc, cdcs, ldld or tld (it has
// its "Đ", which abbrHead asks for). Its letters are read as the
// tokenizer reads them: combining marks belong to the word and fold to
// nothing. "NLĐ" and "CNVCLĐ", the usual words here, fail at their
// third and fifth letter.
func isAbbrHeadWord(p string, k int) bool {
	ws := k
	for ws > 0 {
		if c := p[ws-1]; c < utf8.RuneSelf {
			if cl := charTable[c].class; cl != cLetter && cl != cDigit {
				break
			}
			ws--
			continue
		}
		r, size := utf8.DecodeLastRuneInString(p[:ws])
		if cl := classify(r).class; cl != cLetter && cl != cDigit && cl != cMark {
			break
		}
		ws -= size
	}
	var f [4]byte
	n, letters := 0, 0
	for i := ws; i < len(p); {
		r, size := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(p[i:])
		}
		ci := classify(r)
		switch ci.class {
		case cMark:
			i += size
			continue
		case cLetter:
			if ci.lower {
				return false
			}
			letters++
		case cDigit:
		default:
			return letters >= 2 && isHeadFold(f[:n])
		}
		if n == len(f) || ci.fold < 0 || ci.fold >= utf8.RuneSelf {
			return false
		}
		f[n] = byte(ci.fold)
		n++
		i += size
	}
	return letters >= 2 && isHeadFold(f[:n])
}

// upperFolding reports whether r is an upper-case letter folding to the
// letter f, as the rules see a word's letters: "Ļ" is an L to them.
func upperFolding(r, f rune) bool {
	if r < 0 {
		return false
	}
	ci := classify(r)
	return ci.class == cLetter && ci.upper && ci.fold == f
}

// abbrStartAt reports whether the letter at p[i] is the first letter of
// its word, combining marks before it aside (a word may begin with one).
func abbrStartAt(p string, i int) bool { return wordStartAt(p, markRunStart(p, i)) }

// isMarkLĐ reports whether s is "LĐ" with combining marks before or
// between the two (the plain "LĐ" is tested first).
func isMarkLĐ(s string) bool {
	rest := strings.TrimLeftFunc(s, isMarkRune)
	return strings.HasPrefix(rest, "L") && strings.HasPrefix(strings.TrimLeftFunc(rest[1:], isMarkRune), "Đ")
}

// letterBefore returns the last rune before p[i] that is not a combining
// mark, and where it starts (-1, -1 when there is none).
func letterBefore(p string, i int) (rune, int) {
	i = markRunStart(p, i)
	if i == 0 {
		return -1, -1
	}
	r, size := utf8.DecodeLastRuneInString(p[:i])
	return r, i - size
}

// markRunStart returns where the combining marks just before p[i] begin
// (i when there are none).
func markRunStart(p string, i int) int {
	for i > 0 && p[i-1] >= utf8.RuneSelf {
		r, size := utf8.DecodeLastRuneInString(p[:i])
		if !isMarkRune(r) {
			break
		}
		i -= size
	}
	return i
}

// isMarkRune is the tokenizer's combining mark (class cMark).
func isMarkRune(r rune) bool { return unicode.Is(unicode.Mn, r) }

func wordStartAt(p string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(p[:i])
	ci := classify(r)
	return ci.class != cLetter && ci.class != cDigit && ci.class != cMark
}

// lowerAfterCongDoan: lower-case words after "công đoàn" that the rules
// read (the start of "cơ sở", "việt nam", the level words, and "các"
// before "Khu công nghiệp"), as usually written. isTrigger tests their
// first letters first: keep it in step, and with foldsAfterCongDoan.
var lowerAfterCongDoan = []string{"ngành", "cơ", "việt", "tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "các"}

// hasSuffixFold reports whether s ends with the word w (lower case), in
// lower case, capitalised or upper case.
func hasSuffixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	tail := s[len(s)-len(w):]
	if tail[0]|0x20 != w[0] {
		// w starts with an ASCII letter; most words do not match it.
		return false
	}
	// asciiCaseEqual ("Công" for "công") is a cheap sufficient test
	// before the Unicode one.
	if tail != w && !asciiCaseEqual(tail, w) && !strings.EqualFold(tail, w) {
		return false
	}
	if len(s) > len(w) && s[len(s)-len(w)-1] != ' ' {
		// Part of a longer word, unless after punctuation ("(Công",
		// "“Công").
		r, _ := utf8.DecodeLastRuneInString(s[:len(s)-len(w)])
		if ci := classify(r); ci.class == cLetter || ci.class == cDigit || ci.class == cMark {
			return false
		}
	}
	return true
}

// wordsBack returns the start of the n-th word before position i.
func wordsBack(p string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		for i > 0 && p[i-1] == ' ' {
			i--
		}
		for i > 0 && p[i-1] != ' ' {
			i--
		}
	}
	return i
}

// bytesForward returns the end of the word n bytes after position i.
func bytesForward(p string, i, n int) int {
	if i+n >= len(p) {
		return len(p)
	}
	i += n
	for i < len(p) && p[i] != ' ' {
		i++
	}
	return i
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
