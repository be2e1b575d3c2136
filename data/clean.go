package data

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/bantin/bantin/model"
)

// cleanStats counts what cleaning removed or replaced, for the article's
// warnings.
type cleanStats struct {
	invalid  int // invalid UTF-8 sequences replaced by U+FFFD
	controls int // control characters, escape sequences and bidi controls removed
}

// safeNFC reports whether r is in a range where every code point is its own
// NFC form and cannot combine with a neighbour: ASCII, Latin-1, Latin
// Extended-A/B, IPA, Latin Extended Additional (every precomposed Vietnamese
// letter) and common punctuation. Text made only of these is already NFC.
// TestSafeNFCRanges checks this claim against the normalisation tables.
func safeNFC(r rune) bool {
	return r < 0x300 || r >= 0x1E00 && r < 0x1F00 || r >= 0x2010 && r < 0x2060 || r >= 0x20A0 && r < 0x20C0
}

// needsWork classifies a rune met by the fast scan: 0 keep, 1 the slow path
// must handle it (remove or replace), 2 keep but NFC must be checked.
func runeClass(r rune) int {
	switch {
	case r < 0x20:
		if r == '\n' {
			return 0
		}
		return 1
	case r < 0x7F:
		return 0
	case r < 0xA1, r == 0xAD: // DEL, C1 controls, NBSP, soft hyphen
		return 1
	case r == utf8.RuneError:
		return 1
	case removable(r) || spaceLike(r) || r == 0x2028 || r == 0x2029:
		return 1
	case safeNFC(r):
		return 0
	}
	return 2
}

// removable: zero-width characters, bidi controls, interlinear annotation
// and tag characters: invisible, and able to reorder or hide what a
// terminal shows.
func removable(r rune) bool {
	switch {
	case r >= 0x200B && r <= 0x200F, // zero-width space/joiners, LRM, RLM
		r >= 0x202A && r <= 0x202E, // bidi embeddings and overrides
		r >= 0x2060 && r <= 0x206F, // word joiner, invisible operators, bidi isolates, deprecated format chars
		r == 0x061C, r == 0x180E, r == 0xFEFF,
		r >= 0xFFF9 && r <= 0xFFFB,
		r >= 0xE0000 && r <= 0xE007F:
		return true
	}
	return false
}

// isBidi: bidirectional embeddings, overrides, isolates and marks, which
// can make a terminal show text in another order than stored.
func isBidi(r rune) bool {
	return r == 0x200E || r == 0x200F || r == 0x061C || r >= 0x202A && r <= 0x202E || r >= 0x2066 && r <= 0x2069
}

func spaceLike(r rune) bool {
	return r == 0xA0 || r == 0x1680 || r >= 0x2000 && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000
}

// Classes of a byte met first in a UTF-8 sequence, for the fast scan.
const (
	leadOther = iota // decode and classify the rune
	leadASCII        // printable ASCII or newline: keep
	leadBad          // other ASCII control or DEL: the slow path removes it
	leadLatin        // C3–CB: U+00C0–U+02FF, safe if well formed
	leadE1           // E1: U+1000–U+1FFF, safe in Latin Extended Additional
	leadE2           // E2: U+2000–U+2FFF, safe in U+2010–U+2027 and U+2030–U+203F (dashes, quotes, bullets, …)
)

// leadClass is built once and only read.
var leadClass = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b == '\n' || b >= 0x20 && b < 0x7F:
			t[b] = leadASCII
		case b < 0x80:
			t[b] = leadBad
		case b >= 0xC3 && b <= 0xCB:
			t[b] = leadLatin
		case b == 0xE1:
			t[b] = leadE1
		case b == 0xE2:
			t[b] = leadE2
		}
	}
	return t
}()

// cleanText returns s with every byte a terminal could act on removed, line
// ends normalised to \n, odd spaces made plain, invalid UTF-8 replaced and
// the whole NFC-normalised. Clean text (the usual case) is returned as is,
// without copying.
//
// The scan alternates two phases. scanCleanVec checks sixteen bytes at a time
// for text made only of printable ASCII, newlines, and well-formed letters
// of U+00C0–U+02FF and U+1E00–U+1EFF (nearly all of a Vietnamese article);
// every such rune is one runeClass keeps (class 0). Where a block holds
// anything else, the rune loop below classifies the runes of that block
// one by one, as the scan always did, and then hands back to scanCleanVec.
func cleanText(s string) (string, cleanStats) {
	s, st, _ := cleanTextSpaces(s)
	return s, st
}

// cleanTextSpaces is cleanText that also reports where the cleaned text
// may first hold two spaces in a row (pairAt: no later than the first
// pair; -1 when it holds none), so that splitLines need not search the
// lines before. scanCleanVec finds the pairs inside and between the blocks it
// vouches for; the bytes the rune loop checks are searched here, one byte
// either side included, which covers every pair that touches them. The
// regions are searched in order, so the first pair found is the first of
// the text. Where slowClean or NFC rewrote the text, it is searched afresh.
func cleanTextSpaces(s string) (string, cleanStats, int) {
	return cleanTextSpacesVec(s, useScan32)
}

// cleanTextSpacesVec is cleanTextSpaces with the vector scan (vector) or
// without.
func cleanTextSpacesVec(s string, vector bool) (string, cleanStats, int) {
	s, st, pairAt, _ := cleanTextScan(s, vector)
	return s, st, pairAt
}

// cleanTextScan is cleanTextSpacesVec that also says whether it met
// anything to remove or replace (slow). When it did not, s holds no byte
// below 0x20 but newlines: every byte was vouched for by scanCleanVec or
// classified by the rune loop, which sends any other byte below 0x20 (a
// NUL included) to slowClean. The loader tells binary files that way
// without a scan of its own (see loadFile).
func cleanTextScan(s string, vector bool) (_ string, st cleanStats, pairAt int, slow bool) {
	needNFC := false
	pairAt = -1
	i := 0
	for i < len(s) {
		var stop, at int
		i, stop, at = scanCleanVec(s, i, vector)
		if pairAt < 0 {
			pairAt = at
		}
		from := max(i-1, 0)
		for i < stop {
			b := s[i]
			switch leadClass[b] {
			case leadASCII:
				i++
				continue
			case leadBad:
				goto slow
			case leadLatin:
				// U+00C0–U+02FF: all safe.
				if i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
					i += 2
					continue
				}
			case leadE1:
				// U+1E00–U+1EFF (Latin Extended Additional: ầ, ế, ộ, ự…): safe.
				if i+2 < len(s) && s[i+1] >= 0xB8 && s[i+1] <= 0xBB && s[i+2]&0xC0 == 0x80 {
					i += 3
					continue
				}
			case leadE2:
				// U+2010–U+2027 and U+2030–U+203F (– — ‘ ’ “ ” • … ‰ ›):
				// safeNFC, neither removable nor space-like (those are
				// U+2000–U+200F, U+2028–U+202F).
				if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] >= 0x90 && s[i+2] <= 0xA7 || s[i+2] >= 0xB0 && s[i+2] <= 0xBF) {
					i += 3
					continue
				}
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			c := runeClass(r)
			if c == 1 {
				goto slow
			}
			if c == 2 {
				needNFC = true
			}
			i += size
		}
		if pairAt < 0 {
			if k := strings.Index(s[from:min(i+1, len(s))], "  "); k >= 0 {
				pairAt = from + k
			}
		}
	}
slow:
	rewritten := false
	if i < len(s) {
		s = slowClean(s, i, &st)
		needNFC = needNFC || hasNonSafe(s)
		rewritten, slow = true, true
	}
	if needNFC && !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
		rewritten = true
	}
	if rewritten {
		pairAt = strings.Index(s, "  ")
	}
	return s, st, pairAt, slow
}

// Bits of cleanClass, per byte value.
const (
	ccOK     = 0x01 // may appear in fast text: \n, printable ASCII, C3–CB, E1, continuation bytes
	ccCont   = 0x02 // a continuation byte, 80–BF
	ccLead   = 0x04 // C3–CB or E1: the next byte must be a continuation byte
	ccLead3  = 0x08 // E1: the byte after next must be a continuation byte too
	ccB8toBB = 0x10 // B8–BB: the only second bytes allowed after E1 (U+1E00–U+1EFF)
)

// cleanClass is built once and only read.
var cleanClass = func() (t [256]uint8) {
	for b := 0; b < 256; b++ {
		switch {
		case b == '\n' || b >= 0x20 && b < 0x7F:
			t[b] = ccOK
		case b >= 0x80 && b <= 0xBF:
			t[b] = ccOK | ccCont
			if b >= 0xB8 && b <= 0xBB {
				t[b] |= ccB8toBB
			}
		case b >= 0xC3 && b <= 0xCB:
			t[b] = ccOK | ccLead
		case b == 0xE1:
			t[b] = ccOK | ccLead | ccLead3
		}
	}
	return t
}()

// Bits of pairClass, for a pair of bytes x0 x1 (x0 first in the text). A
// pair is checked inside itself (pcBad); the rest says what it owes the
// pair after it and what it needs from the pair before it.
const (
	pcBad   = 0x01 // a byte outside the fast set, a lead x0 without a continuation x1, an E1 x0 without B8–BB
	pcCont0 = 0x02 // x0 is a continuation byte
	pcNeed  = 0x04 // x1 is a continuation byte that x0 does not lead: the byte before x0 must be E1
	pcOwe0  = 0x08 // x1 is a lead (C3–CB or E1) or x0 is E1: the next x0 must be a continuation byte
	pcE1x1  = 0x10 // x1 is E1: the next x0 must be in B8–BB, the next x1 a continuation byte
	pcNotB8 = 0x20 // x0 is not in B8–BB
	pcSp1   = 0x40 // x1 is a space
	pcSp0   = 0x80 // x0 is a space
)

// pcOwe0 and pcE1x1 of the pair before sit two bits above the pcCont0 and
// pcNeed they require of the next pair: one shift lines both up.

// pairClass holds the pcBad… bits of every little-endian pair of bytes:
// scanCleanVec classifies 16 bytes with eight lookups. Built once from
// cleanClass and only read.
var pairClass = func() (t [1 << 16]uint8) {
	for x := range t {
		c0, c1 := cleanClass[x&0xFF], cleanClass[x>>8]
		var v uint8
		if !(c0&ccOK != 0 && c1&ccOK != 0 && (c0&ccLead == 0 || c1&ccCont != 0) && (c0&ccLead3 == 0 || c1&ccB8toBB != 0)) {
			v |= pcBad
		}
		if c0&ccCont != 0 {
			v |= pcCont0
		}
		if c1&ccCont != 0 && c0&ccLead == 0 {
			v |= pcNeed
		}
		if c1&ccLead != 0 || c0&ccLead3 != 0 {
			v |= pcOwe0
		}
		if c1&ccLead3 != 0 {
			v |= pcE1x1
		}
		if c0&ccB8toBB == 0 {
			v |= pcNotB8
		}
		if x>>8 == ' ' {
			v |= pcSp1
		}
		if x&0xFF == ' ' {
			v |= pcSp0
		}
		t[x] = v
	}
	return t
}()

// scanCleanVec skips, from the rune boundary i on, the 16-byte blocks of fast
// text (see cleanText). It returns the boundary of the first rune it did not
// vouch for and the end of the block that stopped it (or of s): the caller
// checks the runes up to there itself.
//
// The check needs no rune boundaries inside a block: UTF-8 made of the
// allowed bytes is well formed exactly when every byte is a continuation
// byte if and only if the byte before it is a lead or the byte two before
// it is E1, and the byte after each E1 is in B8–BB. Every lead it allows
// (C3–CB with one continuation byte, E1 B8–BB with two) encodes a rune of
// U+00C0–U+02FF or U+1E00–U+1EFF, which runeClass keeps.
//
// A block is eight pairs of bytes, each classified by one lookup
// (pairClass), which checks the pair inside itself. Across pairs, with P
// the pair before pair C (none before a rune boundary):
//   - C's x0 is a continuation byte exactly when P's x1 is a lead or P's x0
//     is E1 (the byte before it, or two before it);
//   - C's x1 is a continuation byte that C's x0 does not lead exactly when
//     P's x1 is E1 (when P's x1 is E1, C's x0 must be a continuation byte,
//     so it leads nothing);
//   - when P's x1 is E1, C's x0 is in B8–BB.
//
// pairAt is where two spaces in a row may first be within or between the
// blocks vouched for (no later than the first such pair), or -1 if there
// are none.
//
// With vector (the processor has AVX2), text of 32 bytes or more is
// checked 32 bytes at a time by scanClean32, which computes the same per
// byte and also vouches for the punctuation of U+2010–U+2027 and
// U+2030–U+203F (E2 80 90–A7, E2 80 B0–BF: – — ‘ ’ “ ” • …), which the
// rune loop of cleanTextSpaces keeps as it is: quotes and dashes then do
// not stop the scan, and the rune loop sees the same text in fewer pieces
// (TestScanCleanVector compares both ways).
func scanCleanVec(s string, i int, vector bool) (next, stop, pairAt int) {
	const ones = 0x0101010101010101
	start := i
	if vector && len(s)-i >= 32 {
		i, stop, pairAt = scanClean32(s, i)
	} else {
		var prev uint64 // pair classes of the previous block
		pairAt = -1
		for ; i+16 <= len(s); i += 16 {
			b := s[i : i+16]
			m := uint64(pairClass[uint16(b[0])|uint16(b[1])<<8]) | uint64(pairClass[uint16(b[2])|uint16(b[3])<<8])<<8 |
				uint64(pairClass[uint16(b[4])|uint16(b[5])<<8])<<16 | uint64(pairClass[uint16(b[6])|uint16(b[7])<<8])<<24 |
				uint64(pairClass[uint16(b[8])|uint16(b[9])<<8])<<32 | uint64(pairClass[uint16(b[10])|uint16(b[11])<<8])<<40 |
				uint64(pairClass[uint16(b[12])|uint16(b[13])<<8])<<48 | uint64(pairClass[uint16(b[14])|uint16(b[15])<<8])<<56
			p := m<<8 | prev>>56 // byte k: the class of the pair before pair k
			// Right shifts by at most 6 bits bring each tested flag down within
			// its own byte; the masks keep only bits 0, 1 or 2 of each byte.
			bad := m & (ones * pcBad)
			bad |= (m ^ (p >> 2)) & (ones * (pcCont0 | pcNeed)) // pcOwe0, pcE1x1 of P → pcCont0, pcNeed
			bad |= (p >> 4) & (m >> 5) & ones                   // pcE1x1 of P with pcNotB8
			if bad != 0 {
				break
			}
			// Two spaces in a row: x0 and x1 of a pair, or x1 of P and x0 of C.
			if pairAt < 0 && (m>>7)&((m>>6)|(p>>6))&ones != 0 {
				pairAt = max(i-1, 0) // the pair may begin in the previous block's last byte
			}
			prev = m
		}
		stop = min(i+16, len(s))
	}
	// A rune may have begun in the last block checked and run on into the
	// bytes not checked: step back to its lead (an E2 lead only where
	// scanClean32 vouched for it).
	if i > start {
		if cleanClass[s[i-1]]&ccLead != 0 || s[i-1] == 0xE2 {
			i--
		} else if cleanClass[s[i-2]]&ccLead3 != 0 || s[i-2] == 0xE2 {
			i -= 2
		}
	}
	return i, stop, pairAt
}

func hasNonSafe(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && !safeNFC(r) {
			return true
		}
	}
	return false
}

// slowClean rebuilds s from byte start on, removing or replacing what
// runeClass flags.
func slowClean(s string, start int, st *cleanStats) string {
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:start])
	i := start
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				b.WriteByte('\n')
				if i+1 < len(s) && s[i+1] == '\n' {
					i++
				}
				i++
			case c == '\t', c == '\v', c == '\f':
				b.WriteByte(' ')
				i++
			case c == 0x1B:
				st.controls++
				i = skipEscape(s, i+1)
			case c < 0x20 && c != '\n' || c == 0x7F:
				st.controls++
				i++
			default:
				b.WriteByte(c)
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			st.invalid++
			b.WriteRune(utf8.RuneError)
		case r == 0x9B: // 8-bit CSI
			st.controls++
			i = skipCSI(s, i+size)
			continue
		case r == 0x90 || r == 0x9D || r == 0x98 || r == 0x9E || r == 0x9F: // 8-bit DCS, OSC, SOS, PM, APC
			st.controls++
			i = skipString(s, i+size)
			continue
		case r >= 0x80 && r < 0xA0, r == 0xAD:
			st.controls++
		case r == 0x2028 || r == 0x2029:
			b.WriteByte('\n')
		case spaceLike(r):
			b.WriteByte(' ')
		case r == 0x200B && zwspSeparates(b.String(), s[i+size:]):
			b.WriteByte(' ') // "và\u200bzero" is two words
		case removable(r):
			if isBidi(r) {
				st.controls++ // zero-width characters are common and harmless once gone: not reported
			}
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// skipEscape skips an escape sequence whose ESC is just before s[i] and
// returns the index after it.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// Two-byte sequence (ESC c, ESC 7, ...), possibly with intermediates.
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2F {
		i++
	}
	if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7E {
		i++
	}
	return i
}

// skipCSI skips parameter and intermediate bytes and the final byte.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x3F {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2F {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7E {
		i++
	}
	return i
}

// skipString skips an OSC/DCS/APC... body up to its terminator (BEL, ESC \,
// or 8-bit ST), or to the end of the line if it has none.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1B:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case s[i] == '\n':
			return i
		case s[i] == 0xC2 && i+1 < len(s) && s[i+1] == 0x9C:
			return i + 2
		}
		i++
	}
	return i
}

// CleanString applies the load-time text cleaning to s: it is what every
// string of a loaded article has been through. Other packages may use it on
// text that did not come through the loader (for example JSON fields).
func CleanString(s string) string {
	s, _ = cleanText(s)
	return s
}

// zwspSeparates decides what a zero-width space between before and after
// stood for. Pages put it inside words (to allow a line break in a long
// word or a URL) and, from copied text, between words. Between two letters
// it is taken for a word break only when the letters around it cannot form
// one Vietnamese syllable: the joined letters hold more than one group of
// vowels ("và|zero", "công|nhân"), while "Côn|g" or "ngư|ời" are one
// syllable and are joined.
func zwspSeparates(before, after string) bool {
	var word [24]bool // vowel or not, for the letters around the space
	n := 0
	for n < 12 {
		r, size := utf8.DecodeLastRuneInString(before)
		if size == 0 || !isLetter(r) {
			break
		}
		word[n] = isVowel(r)
		before = before[:len(before)-size]
		n++
	}
	if n == 0 {
		return false
	}
	// The left letters were read backwards; reverse them.
	for a, b := 0, n-1; a < b; a, b = a+1, b-1 {
		word[a], word[b] = word[b], word[a]
	}
	left := n
	for _, r := range after {
		if n == len(word) || !isLetter(r) {
			break
		}
		word[n] = isVowel(r)
		n++
	}
	if n == left {
		return false
	}
	groups := 0
	for k := 0; k < n; k++ {
		if word[k] && (k == 0 || !word[k-1]) {
			groups++
		}
	}
	return groups > 1
}

// isVowel reports a Vietnamese vowel letter, with or without diacritics.
func isVowel(r rune) bool {
	switch model.FoldRune(r) {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}
