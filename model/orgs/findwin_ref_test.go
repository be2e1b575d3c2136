package orgs

import (
	"encoding/binary"
	"math/bits"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/bantin/bantin/data/gen"
)

// findWindowsRef is findWindowsN as it was before nextHeadMark: it
// stopped at every byte 0x90 or 0x91 and checked the byte before, and its
// isTrigger folded with strings.EqualFold.
// TestFindWindowsAgainstRef checks that both agree.
func findWindowsRef(p string, dst [][2]int, after int) [][2]int {
	// Every head has "Đ" (C4 90: "Đoàn", "ĐOÀN", "LĐ", "CĐ") or "đo"
	// ("đoàn", C4 91 6F). nextMark finds the bytes 0x90 and 0x91 (also in
	// "ố" and a few rare letters) eight at a time; the few hits are then
	// checked.
	//
	// A paragraph without any byte 0xC4 is read whole. Most paragraphs
	// have a "đ" (C4 91), which the loop sees as a mark after 0xC4: only
	// when it saw none is the paragraph searched for 0xC4 (the loop then
	// found no window either, as every window starts at a 0xC4).
	sawC4 := false
	curFrom, curTo := -1, -1
	for pos := 0; ; {
		x := nextMarkRef(p, pos)
		if x >= len(p) {
			break
		}
		pos = x + 1
		k := x - 1 // the lead byte
		if k < 0 || p[k] != 0xC4 {
			continue
		}
		sawC4 = true
		// "đO" too (the mixed case "Công đOàn" that FuzzExtract found:
		// the rules read it, so the pre-scan must stop there).
		if p[x] == 0x91 && (x+1 >= len(p) || p[x+1]|0x20 != 'o') {
			continue
		}
		if isTriggerRef(p, k) {
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
		}
	}
	if curTo >= 0 {
		dst = append(dst, [2]int{curFrom, curTo})
	}
	if !sawC4 && strings.IndexByte(p, 0xC4) < 0 && len(p) > 0 {
		dst = append(dst, [2]int{0, len(p)})
	}
	return dst
}

// nextMarkRef returns the index of the first byte 0x90 or 0x91 at or after
// i in p, or len(p). It tests eight bytes at a time: a byte b is one of
// them when b&0xFE == 0x90, that is when (b&0xFE)^0x90 is zero, and the
// lowest zero byte of a word is found with the usual carry trick (bits
// above the first zero byte may be wrong, the lowest one is exact).
func nextMarkRef(p string, i int) int {
	const (
		lo   = 0x0101010101010101
		hi   = 0x8080808080808080
		mask = 0xFEFEFEFEFEFEFEFE
		mark = 0x9090909090909090
	)
	for ; i+16 <= len(p); i += 16 {
		// Two words a turn, one branch.
		b := unsafe.Slice(unsafe.StringData(p[i:]), 16)
		y0 := binary.LittleEndian.Uint64(b)&mask ^ mark
		y1 := binary.LittleEndian.Uint64(b[8:])&mask ^ mark
		t0, t1 := (y0-lo)&^y0&hi, (y1-lo)&^y1&hi
		if t0|t1 != 0 {
			if t0 != 0 {
				return i + bits.TrailingZeros64(t0)/8
			}
			return i + 8 + bits.TrailingZeros64(t1)/8
		}
	}
	for ; i+8 <= len(p); i += 8 {
		y := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(p[i:]), 8))&mask ^ mark
		if t := (y - lo) &^ y & hi; t != 0 {
			return i + bits.TrailingZeros64(t)/8
		}
	}
	for ; i < len(p); i++ {
		if p[i]&0xFE == 0x90 {
			return i
		}
	}
	return len(p)
}

// TestFindWindowsAgainstRef compares the pre-scan with the reference on
// the lines of generated articles and on random mixes of heads, their
// look-alikes, stray bytes of "Đ", "đ", "ố" and spaces, at every length.
func TestFindWindowsAgainstRef(t *testing.T) {
	check := func(s string) {
		t.Helper()
		for _, after := range []int{bytesAfter, 0, 5} {
			got := findWindowsN(s, nil, after)
			want := findWindowsRef(s, nil, after)
			if len(got) != len(want) {
				t.Fatalf("findWindowsN(%q, %d) = %v; want %v", s, after, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("findWindowsN(%q, %d) = %v; want %v", s, after, got, want)
				}
			}
		}
	}
	_, raws := gen.Corpus(100, 3)
	for _, r := range raws {
		for _, l := range strings.Split(string(r), "\n") {
			check(l)
		}
	}
	pieces := []string{
		"Công", "công", "CÔNG", "Cong", " ", "  ", "đoàn", "Đoàn", "ĐOÀN", "đOàn", "đoÀn", "đoa\u0300n", "Đoa\u0300N",
		"LĐLĐ", "LĐ", "CĐ", "CĐCS", "TLĐ", "NLĐ", "Liên", "liên", "LIÊN", "đ", "Đ", "o", "O", "oàn", "ố", "Ố",
		"\xc4", "\x90", "\x91", "\xc4\x91", "\xc4\x90", "\xc4\x91o", "Tổng", "cơ sở", "OÀN", "Oàn", "oÀN", "oa\u0300n", "OA\u0300N", "oạn", "oa", "\u0300", "\u0610", "Ļ", "Ċ", "ţ", "n", "N", "\xc3\xa0", "\xc3\x80", "\xcc\x80", "sở", "ngành", "Việt", "tỉnh",
		"x", "Hà", "1", "(", "“", "\u00a0", "\u200b", "\t", "đã", "được",
	}
	rng := rand.New(rand.NewPCG(6, 7))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.IntN(30); k >= 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		check(b.String())
	}
}

// BenchmarkFindWindowsRef is BenchmarkFindWindows with the reference
// pre-scan, for comparison.
func BenchmarkFindWindowsRef(b *testing.B) {
	benchFindWindows(b, func(p string, dst [][2]int) [][2]int { return findWindowsRef(p, dst, bytesAfter) })
}

// isTriggerRef (the reference) reports whether the "đ"/"Đ" (bytes C4 91 / C4 90) at k starts
// the "đoàn" of a head that may start a name, or ends the "LĐ"/"CĐ" of an
// abbreviation. "đoàn" counts after "Liên", and after "Công" when the next
// word may continue a name: capitalised, a number, or one of the
// lower-case words the rules read there (ngành, cơ sở, việt nam, level
// words). "đoàn viên", "Đoàn Thanh niên", "hoạt động công đoàn" are skipped.
func isTriggerRef(p string, k int) bool {
	b := p[k+1]
	if b != 0x91 && b != 0x90 {
		return false
	}
	rest := p[k+2:]
	n := 0
	switch {
	case len(rest) >= 4 && rest[0] == 'o' && rest[1] == 0xC3 && rest[2] == 0xA0 && rest[3] == 'n':
		// "oàn" as almost always written (NFC, lower case): the first
		// test of the next case, spelt out on the bytes.
		n = len("oàn")
	case strings.HasPrefix(rest, "oàn"), strings.HasPrefix(rest, "OÀN"),
		len(rest) >= len("oàn") && (rest[0]|0x20) == 'o' && strings.EqualFold(rest[:len("oàn")], "oàn"):
		n = len("oàn")
	case len(rest) >= len("oa\u0300n") && (rest[0]|0x20) == 'o' && strings.EqualFold(rest[:len("oa\u0300n")], "oa\u0300n"):
		n = len("oa\u0300n")
	default:
		// An abbreviation: "CĐ…" (CĐ, CĐCS, CĐVC, CĐGD …), "LĐLĐ",
		// "TLĐ"; not "NLĐ", "CNVCLĐ", "LĐTĐ" (workers, an outlet).
		// The word's letters are read as the tokenizer reads them:
		// combining marks belong to the word and fold to nothing.
		if b != 0x90 || k == 0 {
			return false
		}
		start := k
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(p[:start])
			if c := classify(r).class; c != cLetter && c != cDigit && c != cMark {
				break
			}
			start -= size
		}
		// Upper-case letters count by their fold ("Ļ" is an L).
		upperFolds := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				if ci := classify(r); ci.class == cLetter && ci.upper {
					return ci.fold
				}
				return '?'
			}, s)
		}
		noMarks := func(s string) string {
			return strings.Map(func(r rune) rune {
				if unicode.Is(unicode.Mn, r) {
					return -1
				}
				return r
			}, s)
		}
		switch upperFolds(p[start:k]) {
		case "c", "tl":
			return true
		case "l":
			if strings.HasPrefix(noMarks(p[k+2:]), "LĐ") {
				return true
			}
		}
		// Since the fifth round: any word the tokenizer reads as an
		// upper-case head abbreviation ("LĐLĎ", "LĎLĐ", "LĐLD").
		end := k
		for end < len(p) {
			r, size := utf8.DecodeRuneInString(p[end:])
			if c := classify(r).class; c != cLetter && c != cDigit && c != cMark {
				break
			}
			end += size
		}
		toks, buf := tokenizeRange(0, p, start, end, nil, nil)
		return len(toks) == 1 && toks[0].upper() && isHeadFold(buf[toks[0].fs:toks[0].fe])
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
	if len(next) > 0 && (next[0] >= utf8.RuneSelf || charTable[next[0]].class == cSpace) {
		next = strings.TrimLeftFunc(next, isSpaceRune)
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
	// Since the fifth round: any spelling of those words, as the
	// tokenizer folds the word ("cáC").
	end := 0
	for end < len(next) {
		r, size := utf8.DecodeRuneInString(next[end:])
		if c := classify(r).class; c != cLetter && c != cDigit && c != cMark {
			break
		}
		end += size
	}
	toks, buf := tokenizeRange(0, next, 0, end, nil, nil)
	if len(toks) != 1 {
		return false
	}
	switch string(buf[toks[0].fs:toks[0].fe]) {
	case "nganh", "co", "viet", "tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong", "cac":
		return true
	}
	return false
}
