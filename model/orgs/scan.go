package orgs

// This file reads an article: the windows around union heads, the
// token accessors the rules use, and the main loop over heads.

import (
	"encoding/binary"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/bantin/bantin/model"
)

// body is one union body as a rule recognised it.
type body struct {
	name       string
	kind       model.OrgKind
	parent     string
	unresolved string
}

// hit is one mention of a body in the text.
type hit struct {
	b          body
	surface    string
	para       int32
	start, end int32 // token span
}

// scratch holds the reusable buffers of one Extract call.
type scratch struct {
	toks  []token
	buf   []byte
	paras []string
	wins  [][2]int
	trigs []int
	// ftoks, fbuf, fwins: the place windows, when the article's places
	// are counted.
	ftoks []token
	fbuf  []byte
	fwins [][2]int
	// s is the scan of the article; hits, read, aggs and aliases its
	// lists, kept between calls.
	s       scan
	hits    []hit
	aggs    []agg
	aliases []aliasEntry
	// names: the names built in this article (scan.join).
	names   map[string]string
	nameBuf []byte
	// heads, headIdx: the memo of heads read in this article (headMemo);
	// headIdx[h] is 1 + the index in heads of the last entry whose first
	// bytes hash to h (0: none).
	heads   []headEntry
	headIdx [headBuckets]int32
	// mtoks, mfold: the tokens of the heads' keys and their folded text
	// (headEntry.ts …).
	mtoks []token
	mfold []byte
	// plain, alts: the scan's plainAbbrs and the bytes of their alt
	// spellings, kept between calls.
	plain []plainAbbr
	alts  []byte
	// glob is the memo of heads kept across articles.
	glob globMemo
	// arena holds the surfaces of glob's readings (intern); it is only
	// appended to, a new one started when full, since the strings are
	// handed out. interned finds them by their text (at most maxInterned;
	// emptied when full), so that a reading kept again after glob was
	// emptied shares the string too.
	arena    []byte
	interned map[string]string
}

const maxInterned = 4096

// intern returns x's text as a string of sc.arena, the same one for the
// same text while interned holds it.
func (sc *scratch) intern(x string) string {
	if x == "" {
		return ""
	}
	if s, ok := sc.interned[x]; ok {
		return s
	}
	if sc.interned == nil || len(sc.interned) >= maxInterned {
		sc.interned = make(map[string]string, 256)
	}
	if cap(sc.arena)-len(sc.arena) < len(x) {
		sc.arena = make([]byte, 0, max(4096, len(x)))
	}
	n := len(sc.arena)
	sc.arena = append(sc.arena, x...)
	s := unsafe.String(&sc.arena[n], len(x))
	sc.interned[s] = s
	return s
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// scan is the state of one article being read.
type scan struct {
	r      *Recognizer
	art    articleRef
	paras  []string
	toks   []token
	folded string // folded text of all tokens
	abbr   map[string]body
	hits   []hit
	ctx    *placeContext
	// loose: a query typed by a user (Lookup), where capital letters and
	// accents cannot be relied upon.
	loose bool
	// windowed: toks cover only windows around heads; full is the whole
	// text, tokenized when the article's places are needed.
	windowed bool
	full     *scan
	// cut: the tokens are a window ending before its paragraph does, at
	// byte wEnd of paragraph wPara; a rule reading past them extends them
	// (atEnd).
	cut   bool
	wPara int32
	wEnd  int
	// tokEnd: the window is tokenized up to byte tokEnd of its paragraph;
	// the rest, up to wEnd, is tokenized when the scan reaches it (flush),
	// unless a memo entry supplies its tokens first (replay). trigs are
	// the ends of the paragraph's words with a head mark (findWindowsT),
	// trigAt the first one not yet passed: flush stops at them, so that
	// a head is read (or found in the memo) before the words after it are
	// tokenized.
	tokEnd int
	trigs  []int
	trigAt int
	// plainAbbrs are abbreviations introduced in the article that the
	// pre-scan does not find (see preScanFinds; most contain no "đ"): the
	// scan opens windows at their later uses itself (useWindows).
	plainAbbrs []plainAbbr
	// sc holds reusable buffers (nil: allocate).
	sc *scratch
	// memo: heads are read through headMemo. lo and hi are the lowest and
	// highest token index the rules asked for since they were reset, ended
	// whether they asked past the end of the paragraph.
	memo   bool
	lo, hi int
	ended  bool
	// ctxUsed: the rules asked for the article's places (context) since
	// headMemo last cleared it.
	ctxUsed bool
	// surf is the surface of the name headMemo just returned, when
	// hasSurf (from the memo: see headEntry.surface).
	surf    string
	hasSurf bool
	// rb is the body headMemo just returned as run records it (see
	// headEntry.rb), when memoed.
	rb     body
	memoed bool
	// windowEnd and noReplay are the recogniser's test hooks (see
	// scanHooks), copied here so that the hot paths read a field of the
	// scan.
	windowEnd func(s *scan, from int)
	noReplay  bool
}

// scanHooks are what a test may set on its own copy of a recogniser
// (never on a shared one: SSH sessions read side by side with the same
// recogniser, so nothing here is package state).
type scanHooks struct {
	// windowEnd, when set, is called when the scan of a window starting
	// at byte from ends.
	windowEnd func(s *scan, from int)
	// noReplay makes replay tokenize rather than copy, and run take a
	// name's surface from the text rather than from the memo.
	noReplay bool
}

// articleRef is what the rules read of an article besides its text: its
// outlet's name and address, for the article's places. The scan keeps
// these rather than a pointer to the article, so that Extract's argument
// does not escape (the loader's article can stay on its stack).
type articleRef struct {
	ok          bool // there is an article (not a name typed by a user)
	source, url string
}

func refOf(a *model.Article) articleRef {
	if a == nil {
		return articleRef{}
	}
	return articleRef{ok: true, source: a.Source, url: a.URL}
}

// plainAbbr is an abbreviation whose uses the pre-scan may not find: raw
// as introduced, unless the pre-scan finds it ("" then), and alt, its
// fold in ASCII capitals when that is another spelling the rules read as
// the same use ("DLVN" for "ĐLVN", "CDGD" for "CĐGD"; "" when none).
type plainAbbr struct {
	raw  string
	alt  string
	para int32
	// from is where the introduction ends in paragraph para: uses
	// before it are not the abbreviation yet.
	from int
}

// Extract returns the union bodies the article names, under their canonical
// names, in order of first mention, primary bodies marked. It reads Title,
// Body, Source and URL and is safe for concurrent use.
func (r *Recognizer) Extract(a *model.Article) []model.OrgMention {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	return r.extract(sc, a)
}

// extract is Extract with the scratch buffers sc.
func (r *Recognizer) extract(sc *scratch, a *model.Article) []model.OrgMention {
	// The memo of heads holds readings of one article by one recognizer:
	// empty it first too, in case the last use of this scratch (perhaps by
	// another recognizer) ended in a panic before its own reset. The memo
	// kept across articles holds readings by one recognizer.
	sc.resetHeads()
	if sc.glob.rec != r {
		sc.glob.reset()
		sc.glob.rec = r
	}
	sc.paras = append(sc.paras[:0], a.Title)
	sc.paras = append(sc.paras, a.Body...)
	s := r.scanWindows(sc, sc.paras, refOf(a))
	out := s.mentions()
	// Drop references to the article before the buffers are pooled.
	clear(sc.paras)
	clear(s.hits)
	sc.hits = s.hits[:0]
	clear(s.plainAbbrs)
	sc.plain, sc.alts = s.plainAbbrs[:0], sc.alts[:0]
	sc.s = scan{}
	clear(sc.names)
	sc.resetHeads()
	return out
}

// scanWindows reads only the windows of text around union heads (see
// findWindows); the article's places, needed to resolve a bare "LĐLĐ
// tỉnh", are counted over the whole text when needed (context).
func (r *Recognizer) scanWindows(sc *scratch, paras []string, art articleRef) *scan {
	if r.extra != nil {
		// Operator phrases need not contain "đ": read everything.
		return r.scanParas(sc, paras, art, false)
	}
	s := &sc.s
	*s = scan{r: r, art: art, paras: paras, windowed: true, sc: sc, hits: sc.hits[:0], plainAbbrs: sc.plain[:0], memo: true}
	sc.alts = sc.alts[:0]
	if h := r.hooks; h != nil {
		s.windowEnd, s.noReplay = h.windowEnd, h.noReplay
	}
	for pi, p := range paras {
		sc.trigs = sc.trigs[:0]
		sc.wins = findWindowsT(p, sc.wins[:0], &sc.trigs, bytesAfter)
		if len(s.plainAbbrs) > 0 {
			sc.wins = useWindows(p, int32(pi), s.plainAbbrs, 0, sc.wins, 0)
		}
		s.trigs, s.trigAt = sc.trigs, 0
		for wi := 0; wi < len(sc.wins); wi++ {
			w := sc.wins[wi]
			// Nothing is tokenized yet: run starts by flushing.
			sc.toks, sc.buf = sc.toks[:0], sc.buf[:0]
			s.toks, s.folded = sc.toks, ""
			s.wPara, s.tokEnd, s.wEnd, s.cut = int32(pi), w[0], w[1], w[1] < len(p)
			i, nAbbrs := 0, len(s.plainAbbrs)
			for {
				i = s.run(i)
				if len(s.plainAbbrs) > nAbbrs {
					// The window introduced abbreviations the pre-scan
					// does not find: their uses further on in the
					// paragraph open windows too.
					sc.wins = useWindows(p, int32(pi), s.plainAbbrs[nAbbrs:], s.wEnd, sc.wins, wi+1)
					nAbbrs = len(s.plainAbbrs)
				}
				// A rule read past the window into the next ones:
				// their text continues this one.
				if wi+1 < len(sc.wins) && sc.wins[wi+1][0] < s.wEnd {
					wi++
					if to := sc.wins[wi][1]; to > s.wEnd {
						s.wEnd, s.cut = to, to < len(p)
					}
					continue
				}
				break
			}
			if s.windowEnd != nil {
				s.windowEnd(s, w[0])
			}
		}
	}
	s.toks, s.cut, s.trigs = nil, false, nil
	return s
}

// useWindows adds to wins[at:] (windows of paragraph pi, p, in order and
// apart) a window around each use, at or after byte from, of the
// abbreviations abs ("Công đoàn Tổng công ty Khí Việt Nam (PVGAS)" …
// "PVGAS"), as findWindowsT opens one around a head, and merges those
// that overlap. The uses are so read in the text's order with the words
// around them, as when the whole text is read: the word after a use may
// make it a count ("PVGAS 2 …"), the words before it too ("hai PVGAS"),
// and a use may introduce an abbreviation of its own.
func useWindows(p string, pi int32, abs []plainAbbr, from int, wins [][2]int, at int) [][2]int {
	n0 := len(wins)
	for _, ab := range abs {
		from := from
		if ab.para == pi {
			from = max(from, ab.from)
		}
		for _, w := range [2]string{ab.raw, ab.alt} {
			for off := from; w != "" && off < len(p); {
				k := strings.Index(p[off:], w)
				if k < 0 {
					break
				}
				k += off
				off = k + len(w)
				ws := k
				for ws > 0 && p[ws-1] != ' ' {
					ws--
				}
				wins = append(wins, [2]int{wordsBack(p, ws, wordsBefore), bytesForward(p, ws, bytesAfter)})
			}
		}
	}
	if len(wins) == n0 {
		return wins
	}
	tail := wins[at:]
	slices.SortFunc(tail, func(a, b [2]int) int { return a[0] - b[0] })
	out := wins[:at]
	for _, w := range tail {
		if n := len(out); n > at && w[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], w[1])
		} else {
			out = append(out, w)
		}
	}
	return out
}

func (r *Recognizer) scanParas(sc *scratch, paras []string, art articleRef, loose bool) *scan {
	sc.toks, sc.buf = tokenize(paras, sc.toks[:0], sc.buf[:0])
	s := &scan{r: r, art: art, paras: paras, toks: sc.toks, folded: string(sc.buf), loose: loose}
	s.run(0)
	return s
}

// raw is the text of tokens i..j-1 as written.
func (s *scan) raw(i, j int) string {
	if i >= j {
		return ""
	}
	a, b := s.toks[i], s.toks[j-1]
	if a.p != b.p {
		return ""
	}
	raw := s.paras[a.p][a.s:b.e]
	// Collapse white space only where tokens are not separated by one
	// space (or nothing).
	for k := i; k < j-1; k++ {
		if gap := s.toks[k+1].s - s.toks[k].e; gap > 1 || gap == 1 && raw[s.toks[k].e-a.s] != ' ' {
			return collapseSpace(raw)
		}
	}
	return raw
}

// atEnd reports whether i is past the last token. When the tokens are a
// window cut short of its paragraph's end, reading past them tokenizes
// more of the paragraph: the rules read as far as they need, no further.
func (s *scan) atEnd(i int) bool {
	s.lo, s.hi = min(s.lo, i), max(s.hi, i)
	for i >= len(s.toks) {
		if s.tokEnd < s.wEnd {
			s.flush()
			continue
		}
		if !s.cut {
			s.ended = true
			return true
		}
		s.wEnd = bytesForward(s.paras[s.wPara], s.wEnd, bytesGrow)
		s.cut = s.wEnd < len(s.paras[s.wPara])
	}
	return false
}

// flush tokenizes more of the window: up to the next end of a word with
// a head mark, or to wEnd. Tokens taken before stay valid (they are
// values); the folded text is the grown buffer. It returns false when
// the window is all tokenized.
func (s *scan) flush() bool {
	if s.tokEnd >= s.wEnd {
		return false
	}
	to := s.wEnd
	for s.trigAt < len(s.trigs) && s.trigs[s.trigAt] <= s.tokEnd {
		s.trigAt++
	}
	if s.trigAt < len(s.trigs) && s.trigs[s.trigAt] < to {
		to = s.trigs[s.trigAt]
	}
	s.sc.toks, s.sc.buf = tokenizeRange(s.wPara, s.paras[s.wPara], s.tokEnd, to, s.sc.toks, s.sc.buf)
	s.toks, s.folded = s.sc.toks, bufString(s.sc.buf)
	s.tokEnd = to
	return true
}

// replay makes the scan stand where the rules' reading of head i, found
// in the memo, left it: tokens up to index i+hiRel (the highest the rules
// asked for) and the window grown as atEnd would have grown it. toks are
// the reading's tokens from index i+loRel to i+hiRel (to the paragraph's
// last when toEnd: the rules asked past it), their offsets relative to
// the start of token i+loRel and of its folded text in fold; those not
// tokenized yet are copied rather than tokenized again (the key matched,
// so tokenizing would give the same).
func (s *scan) replay(i int, loRel int32, toks []token, fold []byte, toEnd bool) {
	if s.noReplay {
		// Tokenize instead, as before the memo kept tokens.
		s.atEnd(i + int(loRel) + len(toks) - 1)
		if toEnd {
			s.atEnd(i + int(loRel) + len(toks))
		}
		return
	}
	lo := i + int(loRel)
	s0 := s.toks[lo].s
	p := s.paras[s.wPara]
	if n0 := len(s.toks) - lo; n0 < len(toks) {
		// Tokens n0… of the reading are not tokenized yet (the window
		// is tokenized up to their start): copy them.
		first, last := &toks[n0], &toks[len(toks)-1]
		f0 := int32(len(s.sc.buf)) - first.fs
		s.sc.buf = append(s.sc.buf, fold[first.fs:last.fe]...)
		src := toks[n0:]
		dst := slices.Grow(s.sc.toks, len(src))
		n := len(dst)
		dst = dst[:n+len(src)]
		for k, t := range src {
			t.p, t.s, t.e, t.fs, t.fe = s.wPara, t.s+s0, t.e+s0, t.fs+f0, t.fe+f0
			dst[n+k] = t
		}
		s.sc.toks = dst
		s.toks, s.folded = dst, bufString(s.sc.buf)
		s.tokEnd = int(last.e + s0)
	}
	// Grow the window as atEnd would have to reach the last token read.
	end := len(p)
	if !toEnd {
		end = int(s0 + toks[len(toks)-1].e)
	}
	for s.cut && s.wEnd < end {
		s.wEnd = bytesForward(p, s.wEnd, bytesGrow)
		s.cut = s.wEnd < len(p)
	}
}

// bufString is the folded text of a window, without copying it. The
// bytes are rewritten by the next window and the next Extract, so no
// string taken from it may outlive the window: names and aliases are built
// from the article's own text, abbreviation keys are cloned.
func bufString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// tf is a token's folded text.
func (s *scan) tf(t *token) string { return s.folded[t.fs:t.fe] }

func (s *scan) word(i int) *token {
	if i < 0 {
		s.lo = min(s.lo, i)
		return nil
	}
	if s.atEnd(i) || s.toks[i].kind != tWord {
		return nil
	}
	return &s.toks[i]
}

func (s *scan) is(i int, fold string) bool {
	if i < 0 {
		s.lo = min(s.lo, i)
		return false
	}
	return !s.atEnd(i) && s.toks[i].kind != tBreak && s.tf(&s.toks[i]) == fold
}

// isRaw reports whether token i is written w (case-insensitive, accents
// significant), or, for a loose query, folds to w.
func (s *scan) isRaw(i int, w string) bool {
	t := s.word(i)
	if t == nil {
		return false
	}
	if s.loose {
		return s.tf(t) == model.Fold(w)
	}
	raw := s.paras[t.p][t.s:t.e]
	// Vietnamese letters have the same length in both cases: a cheap
	// first test before the Unicode comparison.
	return len(raw) == len(w) && (raw == w || asciiCaseEqual(raw, w) || strings.EqualFold(raw, w))
}

// asciiCaseEqual reports whether a and b (of one length) differ only in
// the case of ASCII letters ("Công" and "công"), which EqualFold would
// say is equal; false tells nothing.
func asciiCaseEqual(a, b string) bool {
	for i := 0; i < len(a); i++ {
		if x, y := a[i], b[i]; x != y {
			if x|0x20 != y|0x20 || x|0x20 < 'a' || x|0x20 > 'z' {
				return false
			}
		}
	}
	return true
}

func (s *scan) capital(i int) bool {
	t := s.word(i)
	return t != nil && (t.cap() || t.digits() || s.loose)
}

// seq matches folded words from i; it returns the index after them.
func (s *scan) seq(i int, words ...string) (int, bool) {
	for _, w := range words {
		if !s.is(i, w) {
			return i, false
		}
		i++
	}
	return i, true
}

// vietNam matches "Việt Nam" or "VN" at i.
func (s *scan) vietNam(i int) (int, bool) {
	if j, ok := s.seq(i, "viet", "nam"); ok {
		return j, true
	}
	if t := s.word(i); t != nil && s.tf(t) == "vn" && (t.upper() || s.loose) {
		return i + 1, true
	}
	return i, false
}

// level reads a level word (tỉnh, thành phố, TP, huyện, quận, thị xã, xã,
// phường) at i; it returns the canonical level and the index after it.
func (s *scan) level(i int) (string, int) {
	t := s.word(i)
	if t == nil {
		return "", i
	}
	switch s.tf(t) {
	case "tinh":
		if s.isRaw(i, "tỉnh") {
			return "tỉnh", i + 1
		}
	case "thanh":
		if s.isRaw(i, "thành") && s.isRaw(i+1, "phố") {
			return "thành phố", i + 2
		}
	case "tp":
		if t.upper() || t.cap() || s.loose {
			j := i + 1
			if s.is(j, ".") {
				j++
			}
			return "thành phố", j
		}
	case "huyen":
		if s.isRaw(i, "huyện") {
			return "huyện", i + 1
		}
	case "quan":
		if s.isRaw(i, "quận") {
			return "quận", i + 1
		}
	case "thi":
		if s.isRaw(i, "thị") && s.isRaw(i+1, "xã") {
			return "thị xã", i + 2
		}
	case "tx":
		if t.upper() {
			j := i + 1
			if s.is(j, ".") {
				j++
			}
			return "thị xã", j
		}
	case "xa":
		if s.isRaw(i, "xã") {
			return "xã", i + 1
		}
	case "phuong":
		if s.isRaw(i, "phường") {
			return "phường", i + 1
		}
	}
	return "", i
}

// pluralAt reports whether token i makes the phrase before it plural or
// generic.
func (s *scan) pluralAt(i int) bool {
	t := s.word(i)
	if t == nil || s.loose {
		return false
	}
	if pluralFolds[s.tf(t)] {
		for _, w := range pluralAfter {
			if s.isRaw(i, w) {
				return true
			}
		}
	}
	return s.numberAt(i)
}

// numberAt reports whether token i is a lower-case number word.
func (s *scan) numberAt(i int) bool {
	t := s.word(i)
	if t == nil {
		return false
	}
	w := s.paras[t.p][t.s:t.e]
	for _, n := range numberWords {
		if w == n {
			return true
		}
	}
	return false
}

// pluralBeforeAt reports whether the word before token i makes a head at i
// plural ("các công đoàn", "những Công đoàn ngành", "hai Công đoàn").
func (s *scan) pluralBeforeAt(i int) bool {
	if i == 0 || s.word(i-1) == nil || s.loose {
		return false
	}
	if pluralFolds[s.tf(&s.toks[i-1])] {
		for _, w := range pluralBefore {
			if s.isRaw(i-1, w) {
				return true
			}
		}
	}
	// "63/63 LĐLĐ tỉnh, thành phố": a count of bodies.
	if i >= 3 && s.toks[i-1].digits() && s.is(i-2, "/") && s.word(i-3) != nil && s.toks[i-3].digits() {
		return true
	}
	return s.numberAt(i - 1)
}

// run reads the tokens from i on, collecting hits; it returns where it
// stopped (the end of the tokens).
func (s *scan) run(i int) int {
	for i < len(s.toks) || s.flush() {
		if i >= len(s.toks) {
			continue
		}
		t := &s.toks[i]
		if t.kind != tWord || !t.cand() && !(t.cap() && s.r.extra != nil) {
			i++
			continue
		}
		var (
			b    body
			end  int
			ok   bool
			abbr string
		)
		hasSurf, memoed := false, false
		if t.head() {
			if s.memo {
				b, end, ok, abbr = s.headMemo(i)
				hasSurf = ok && s.hasSurf && !s.noReplay
				memoed = ok && s.memoed && !s.noReplay
			} else {
				b, end, ok, abbr = s.head(i)
			}
		}
		if !ok && t.upper() && s.abbr != nil {
			if ab, found := s.abbr[s.tf(t)]; found && !s.pluralAt(i+1) {
				b, end, ok = ab, i+1, true
			}
		}
		if !ok && t.cap() && s.r.extra != nil {
			b, end, ok = s.extraPhrase(i)
		}
		if !ok {
			i++
			continue
		}
		if s.pluralBeforeAt(i) {
			i = end
			continue
		}
		if memoed {
			b = s.rb
		} else if b.unresolved == "" {
			b = s.r.rename(b)
		}
		surface := s.surf
		if !hasSurf {
			surface = s.raw(i, end)
		}
		s.hits = append(s.hits, hit{b: b, surface: surface, para: s.toks[i].p, start: int32(i), end: int32(end)})
		// "Tên (VIẾT TẮT)" introduces an abbreviation for the rest of the article.
		// Also "Tên (Công đoàn VIẾT TẮT)", "Tên (CĐ VIẾT TẮT)".
		if abbr == "" && s.is(end, "(") {
			k := end + 1
			if s.is(k, "cong") && s.is(k+1, "doan") {
				k += 2
			} else if w := s.word(k); w != nil && w.upper() && s.tf(w) == "cd" && !s.is(k+1, ")") {
				k++
			}
			if w := s.word(k); w != nil && w.upper() && s.is(k+1, ")") {
				abbr = s.tf(w)
				end = k + 2
			}
		}
		if abbr != "" && b.unresolved == "" {
			if s.abbr == nil {
				s.abbr = map[string]body{}
			}
			if _, known := s.abbr[abbr]; !known && s.windowed {
				s.notePlainAbbr(abbr, i, end)
			}
			// The key outlives the window's folded text (see bufString).
			s.abbr[strings.Clone(abbr)] = b
			// Heads read before may read otherwise now.
			if s.sc != nil {
				s.sc.resetHeads()
			}
		}
		i = end
	}
	return i
}

// head reads the name starting at head word i (its fold is a head fold).
func (s *scan) head(i int) (b body, end int, ok bool, abbr string) {
	t := &s.toks[i]
	switch s.tf(t) {
	case "cong":
		// "Công" as written, or without accents ("Cong doan"); not
		// another word that folds alike ("Cõng").
		if s.is(i+1, "doan") && (s.loose || s.headWords(i, "công", "cong") && s.mayContinue(i+2)) {
			b, end, ok, abbr = s.union(i, i+2)
		}
	case "cd":
		if s.abbrHead(t) {
			b, end, ok, abbr = s.union(i, i+1)
		}
	case "cdvc":
		if s.abbrHead(t) {
			b, end, ok = s.sectorTail(i, i+1, s.r.civil, false)
			if !ok && !s.pluralAt(i+1) {
				b, ok = s.abbr["cdvc"]
				end = i + 1
			}
		}
	case "cdcs":
		if s.abbrHead(t) {
			b, end, ok = s.unit(i, i+1)
		}
	case "lien":
		if j, m := s.seq(i+1, "doan", "lao", "dong"); m && (s.loose || s.headWords(i, "liên", "lien")) {
			b, end, ok, abbr = s.federation(i, j, false)
		}
	case "ldld":
		if s.abbrHead(t) {
			b, end, ok, abbr = s.federation(i, i+1, true)
		}
	case "tong":
		b, end, ok = s.confederation(i)
	case "tld":
		if s.abbrHead(t) {
			b, end, ok = body{name: confederationName, kind: model.KindConfederation}, i+1, true
		}
	}
	return b, end, ok, abbr
}

// The memo of heads. A name is often written many times in one article
// ("Công đoàn ngành Giáo dục tỉnh Nghệ An đã …"), and the rules read the
// same words each time. What head(i) returns depends only on the tokens
// it looks at (from s.lo to s.hi, relative to i), whether the paragraph
// ends after them, the article's places (the same for the whole article)
// and its abbreviations (the memo is emptied when one is introduced).
// Those tokens are a function of the text from the first one's start to
// the last one's end, plus the character after it (which decides where the
// last token ends) or the paragraph's end. So a head whose text from the
// same relative token on is byte for byte the text recorded, reads the
// same: the memo returns what the rules returned, and tokenizes the window
// as far as the rules had read it, so that the rest of the scan goes on
// exactly as without the memo. Reads that looked before the window's
// first token or introduce an abbreviation are not recorded.

// headEntry is one head read by the rules.
type headEntry struct {
	// key is the text read, from the start of token i+loRel to the end
	// of token i+hiRel and the character after it, or to the end of the
	// paragraph when toEnd.
	key    string
	toEnd  bool
	ok     bool
	next   int32 // 1 + index of the previous entry in the same bucket
	loRel  int32
	hiRel  int32 // the highest index asked for (it may be past the end)
	endRel int32
	// ts, te, fo: the tokens read (i+loRel to i+hiRel, or to the last
	// when toEnd) are scratch.mtoks[ts:te], their folded text starts at
	// scratch.mfold[fo] (see replay).
	ts, te, fo int32
	b          body
	// rb is b as run records it: renamed (Recognizer.rename) when
	// resolved.
	rb body
	// surface is the name as written (scan.raw from the head to endRel),
	// when hasSurf.
	surface string
	hasSurf bool
}

// headPrefix is how many bytes from a head's start the memo hashes to
// find earlier entries; headBuckets is the size of its table. Entries of a
// bucket may have other first bytes: the whole key is compared.
const (
	headPrefix  = 16
	headBuckets = 64
)

func (sc *scratch) resetHeads() {
	if len(sc.heads) > 0 {
		clear(sc.heads)
		sc.heads = sc.heads[:0]
		sc.headIdx = [headBuckets]int32{}
		sc.mtoks, sc.mfold = sc.mtoks[:0], sc.mfold[:0]
	}
}

// headHash is the bucket of the first bytes of a head (hashed eight at
// a time).
func headHash(b string) int {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(b))
	i := 0
	for ; i+8 <= len(b); i += 8 {
		h = (h ^ binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(b[i:]), 8))) * m
		h ^= h >> 29
	}
	for ; i < len(b); i++ {
		h = (h ^ uint64(b[i])) * m
	}
	return int(h>>32) % headBuckets
}

// keyAt reports whether p holds key at byte s0. Keys found under one hash
// mostly share their first bytes ("Công đoàn cơ sở …"): the last eight
// are compared first, which tells most of them apart without a call.
func keyAt(p string, s0 int, key string) bool {
	n := len(key)
	if s0+n > len(p) {
		return false
	}
	if n >= 8 {
		a := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(p[s0+n-8:]), 8))
		b := binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(key[n-8:]), 8))
		if a != b {
			return false
		}
	}
	return p[s0:s0+n] == key
}

// headMemo is head(i), from the memo when the same text was read before
// in this article, or in an earlier one (globMemo).
func (s *scan) headMemo(i int) (body, int, bool, string) {
	sc := s.sc
	t := &s.toks[i]
	p := s.paras[t.p]
	hs := int(t.s)
	bucket := headHash(p[hs:min(len(p), hs+headPrefix)])
	for x := sc.headIdx[bucket]; x != 0; x = sc.heads[x-1].next {
		e := &sc.heads[x-1]
		lo := i + int(e.loRel)
		if lo < 0 {
			continue
		}
		s0 := int(s.toks[lo].s)
		if !keyAt(p, s0, e.key) || e.toEnd && s0+len(e.key) != len(p) {
			continue
		}
		// Stand where the rules would have stopped.
		s.replay(i, e.loRel, sc.mtoks[e.ts:e.te], sc.mfold[e.fo:], e.toEnd)
		s.surf, s.hasSurf, s.rb, s.memoed = e.surface, e.hasSurf, e.rb, true
		return e.b, i + int(e.endRel), e.ok, ""
	}
	// Readings kept from earlier articles hold while this one has
	// introduced no abbreviation.
	var gb globBuckets
	var ngb int
	if s.abbr == nil {
		ngb = sc.glob.buckets(p[hs:min(len(p), hs+globMaxHash)], &gb)
		if e := sc.glob.find(s, i, p, &gb, ngb); e != nil {
			// Stand where the rules would have stopped, and keep the
			// reading for this article.
			g := &sc.glob
			toks := g.toks[e.ts:e.te]
			s.replay(i, e.loRel, toks, g.fold[e.fo:], e.toEnd)
			s0 := int(s.toks[i+int(e.loRel)].s)
			ts, fo := len(sc.mtoks), len(sc.mfold)
			sc.mtoks = append(sc.mtoks, toks...)
			sc.mfold = append(sc.mfold, g.fold[e.fo:e.fo+toks[len(toks)-1].fe]...)
			sc.heads = append(sc.heads, headEntry{
				key: p[s0 : s0+int(e.ke-e.ks)], toEnd: e.toEnd, ok: e.ok, next: sc.headIdx[bucket],
				loRel: e.loRel, hiRel: e.hiRel, endRel: e.endRel, b: e.b, rb: e.rb,
				ts: int32(ts), te: int32(len(sc.mtoks)), fo: int32(fo),
				surface: e.surface, hasSurf: e.hasSurf,
			})
			sc.headIdx[bucket] = int32(len(sc.heads))
			s.surf, s.hasSurf, s.rb, s.memoed = e.surface, e.hasSurf, e.rb, true
			return e.b, i + int(e.endRel), e.ok, ""
		}
	}
	s.lo, s.hi, s.ended, s.ctxUsed = i, i, false, false
	s.hasSurf, s.memoed = false, false
	b, end, ok, abbr := s.head(i)
	if abbr != "" || s.lo < 0 {
		return b, end, ok, abbr
	}
	s0 := int(s.toks[s.lo].s)
	ke, toEnd := len(p), true
	if !s.ended {
		if ke = int(s.toks[s.hi].e); ke < len(p) {
			r, n := utf8.DecodeRuneInString(p[ke:])
			if r == utf8.RuneError && n == 1 {
				// An invalid byte would key the reading by a prefix of
				// some valid letter ("t\xe1" of "tỉnh"): not memoised.
				return b, end, ok, abbr
			}
			ke += n
			toEnd = false
		}
	}
	// The tokens read, relative to the first.
	last := min(s.hi, len(s.toks)-1)
	t0 := s.toks[s.lo]
	ts, fo := len(sc.mtoks), len(sc.mfold)
	sc.mfold = append(sc.mfold, s.folded[t0.fs:s.toks[last].fe]...)
	src := s.toks[s.lo : last+1]
	dst := slices.Grow(sc.mtoks, len(src))
	dst = dst[:ts+len(src)]
	for k, t := range src {
		t.p, t.s, t.e, t.fs, t.fe = 0, t.s-t0.s, t.e-t0.s, t.fs-t0.fs, t.fe-t0.fs
		dst[ts+k] = t
	}
	sc.mtoks = dst
	e := headEntry{
		key: p[s0:ke], toEnd: toEnd, ok: ok, next: sc.headIdx[bucket],
		loRel: int32(s.lo - i), hiRel: int32(s.hi - i), endRel: int32(end - i), b: b, rb: b,
		ts: int32(ts), te: int32(len(sc.mtoks)), fo: int32(fo),
	}
	if b.unresolved == "" {
		e.rb = s.r.rename(b)
	}
	s.rb, s.memoed = e.rb, true
	glob := s.abbr == nil && !s.ctxUsed
	if ok && end > i && end-1 <= s.hi {
		// The name as written lies within the key: later readings of
		// the same text share it. Those kept across articles get their
		// own copy (the memo keeps no article's text); equal names then
		// share one string, which later comparisons (mentions,
		// NewDirectory) find equal by pointer without reading them.
		e.surface, e.hasSurf = s.raw(i, end), true
		if glob {
			e.surface = sc.intern(e.surface)
		}
		s.surf, s.hasSurf = e.surface, true
	}
	sc.heads = append(sc.heads, e)
	sc.headIdx[bucket] = int32(len(sc.heads))
	if glob {
		// The reading depends on the text alone.
		sc.glob.add(sc, &e, ke-hs, &gb, ngb)
	}
	return b, end, ok, abbr
}

// globMemo is the memo of heads kept across the articles read with one
// scratch, by one recognizer. A reading that did not ask for the article's
// places, made while the article had introduced no abbreviation, depends
// on the text alone (see headMemo): it holds in later articles while they
// have introduced no abbreviation either. The generated articles name the
// same bodies in the same words again and again, as real ones name their
// outlet's province's bodies: without it, 43 % of the generated articles'
// heads are read by the rules, with it 2 % (9 % when it held a quarter as
// many readings).
//
// It finds entries by a hash of the text from the head's start. Many names
// start alike ("Liên đoàn Lao động huyện …", "Công đoàn cơ sở Công ty TNHH
// …"), so an entry is filed under the hash of as much of its key after the
// head's start as a multiple of eight bytes allows, from globMinHash to
// globMaxHash bytes; a head looks under each length its paragraph has
// room for, longest first. A key running fewer than globMinHash bytes past
// its head's start is filed under the hash of globMinHash bytes anyway
// (they may run past the key: a reading of the same text followed by other
// words is not found), or of the rest of its paragraph if shorter. Entries
// of a bucket may have other texts: a tag of the hash (globMeta) passes
// over most of them, and the whole key is compared. The memo is emptied
// when it holds maxGlob entries or maxGlobKeys bytes of keys; keys average
// about 60 bytes, so both limits come at about 4,000 readings, the
// entries' (4,096) a little before the keys' (≈ 4,370) (≈ 2.6 MB with their tokens, kept while the scratch is). Over 20,000
// distinct generated articles read in order, the rules read 0.4 heads an
// article of 23 with it, 2.0 with the 1,024 readings and 48 KB of keys it
// held before: emptied every few hundred articles, it had to learn the
// common names again each time.
type globMemo struct {
	rec     *Recognizer
	entries []globEntry
	// meta[x] holds what a lookup walking a bucket reads of entries[x]:
	// the next entry of its bucket and the hash it is filed under, so that
	// entries of other texts in the bucket are passed over without reading
	// them (a 192-byte entry of a table of megabytes is a cache miss; meta
	// has 8 bytes an entry).
	meta []globMeta
	idx  []int32 // 1 + index of the last entry of each bucket (0: none)
	keys []byte
	// toks, fold: the entries' tokens and their folded text (as
	// headEntry's in scratch.mtoks, mfold).
	toks []token
	fold []byte
}

// globMeta is an entry's link in its bucket: next is 1 + the index of
// the previous entry filed in the same bucket (0: none), tag the low bits
// of the hash it is filed under (the bucket is of the high bits). An entry
// holds for a head only if the head's text hashes as the entry's did, so
// an entry whose tag differs is not looked at.
type globMeta struct {
	next int32
	tag  uint32
}

// globEntry is a headEntry whose key is keys[ks:ke].
type globEntry struct {
	ks, ke  int32
	toEnd   bool
	ok      bool
	loRel   int32
	hiRel   int32
	endRel  int32
	ts, te  int32 // tokens in globMemo.toks
	fo      int32 // folded text from globMemo.fold[fo]
	b, rb   body
	surface string // in scratch.arena
	hasSurf bool
}

const (
	globMinHash = 16
	globMaxHash = 80
	globTable   = 8192
	maxGlob     = 4096
	maxGlobKeys = 256 << 10
)

// globBuckets are the hashes of a head's text, by length (see globMemo):
// the high 32 bits give the bucket (globBucket), the low ones the tag
// (globMeta).
type globBuckets [(globMaxHash-globMinHash)/8 + 1]uint64

func globBucket(h uint64) int { return int((h >> 32) % globTable) }

func (g *globMemo) reset() {
	clear(g.entries)
	g.entries, g.meta = g.entries[:0], g.meta[:0]
	clear(g.idx)
	g.keys = g.keys[:0]
	g.toks, g.fold = g.toks[:0], g.fold[:0]
}

// buckets sets bs[k] to the hash of the first globMinHash+8k bytes of b,
// for each such length that b has, and returns how many it set; when b is
// shorter than globMinHash, bs[0] is the hash of all of b and it
// returns 1.
func (g *globMemo) buckets(b string, bs *globBuckets) int {
	const m = 0x9E3779B97F4A7C15
	if len(b) < globMinHash {
		h := uint64(len(b))
		for i := 0; i < len(b); i++ {
			h = (h ^ uint64(b[i])) * m
		}
		bs[0] = h
		return 1
	}
	h := uint64(0)
	n := 0
	for i := 0; i+8 <= len(b); i += 8 {
		h = (h ^ binary.LittleEndian.Uint64(unsafe.Slice(unsafe.StringData(b[i:]), 8))) * m
		h ^= h >> 29
		if i+8 >= globMinHash {
			// The length is mixed in: a prefix of another length files
			// elsewhere.
			bs[n] = (h ^ uint64(i+8)) * m
			n++
		}
	}
	return n
}

// find returns the entry for head i of paragraph p, whose buckets are
// bs[:n], or nil.
func (g *globMemo) find(s *scan, i int, p string, bs *globBuckets, n int) *globEntry {
	if len(g.entries) == 0 {
		return nil
	}
	for k := n - 1; k >= 0; k-- {
		tag := uint32(bs[k])
		for x := g.idx[globBucket(bs[k])]; x != 0; x = g.meta[x-1].next {
			if g.meta[x-1].tag != tag {
				continue
			}
			e := &g.entries[x-1]
			lo := i + int(e.loRel)
			if lo < 0 {
				continue
			}
			s0 := int(s.toks[lo].s)
			key := bufString(g.keys[e.ks:e.ke])
			if !keyAt(p, s0, key) || e.toEnd && s0+len(key) != len(p) {
				continue
			}
			return e
		}
	}
	return nil
}

// add keeps reading e, whose key runs klen bytes past its head's start
// (whose buckets are bs[:n]).
func (g *globMemo) add(sc *scratch, e *headEntry, klen int, bs *globBuckets, n int) {
	if len(g.entries) >= maxGlob || len(g.keys)+len(e.key) > maxGlobKeys {
		g.reset()
	}
	if g.idx == nil {
		g.idx = make([]int32, globTable)
	}
	// File under the longest hash within the key.
	k := 0
	if n > 1 && klen >= globMinHash {
		k = min(n-1, (klen-globMinHash)/8)
	}
	ks := len(g.keys)
	g.keys = append(g.keys, e.key...)
	ts, fo := len(g.toks), len(g.fold)
	toks := sc.mtoks[e.ts:e.te]
	g.toks = append(g.toks, toks...)
	g.fold = append(g.fold, sc.mfold[e.fo:e.fo+toks[len(toks)-1].fe]...)
	b := globBucket(bs[k])
	g.meta = append(g.meta, globMeta{next: g.idx[b], tag: uint32(bs[k])})
	g.entries = append(g.entries, globEntry{
		ks: int32(ks), ke: int32(len(g.keys)), toEnd: e.toEnd, ok: e.ok,
		loRel: e.loRel, hiRel: e.hiRel, endRel: e.endRel, b: e.b, rb: e.rb,
		ts: int32(ts), te: int32(len(g.toks)), fo: int32(fo),
		surface: e.surface, hasSurf: e.hasSurf,
	})
	g.idx[b] = int32(len(g.entries))
}

// headWords reports whether tokens i, i+1 are "<w> đoàn" as written, with
// accents or without any ("Cong doan"); not look-alikes ("Cõng", "đoÄn").
func (s *scan) headWords(i int, accented, plain string) bool {
	return (s.isRaw(i, accented) || s.isRaw(i, plain)) && (s.isRaw(i+1, "đoàn") || s.isRaw(i+1, "doan"))
}

// abbrHead reports whether t is a head abbreviation as written: upper
// case with its "Đ" (CĐ, CĐCS, LĐLĐ, TLĐ) or in plain ASCII (LDLD); not a
// look-alike ("CĎ").
func (s *scan) abbrHead(t *token) bool {
	if s.loose {
		return true
	}
	if !t.upper() {
		return false
	}
	return t.ascii() || strings.Contains(s.paras[t.p][t.s:t.e], "Đ")
}

// notePlainAbbr records an abbreviation just introduced by the name read
// from token start to end (its token is the last word folding to fold:
// before the ")" that ends the name, or inside it, as in "Liên đoàn Lao
// động (LĐ) Hà Nội") whose later uses the windows may miss: written as
// introduced, when the pre-scan does not find it (most have no "đ"), or
// in plain ASCII capitals ("CDGD" after "(CĐGD)"), which the rules read
// as the same abbreviation and the pre-scan never finds (but head
// abbreviations, below).
func (s *scan) notePlainAbbr(fold string, start, end int) {
	for i := end - 1; i >= 0 && i >= start; i-- {
		t := &s.toks[i]
		if t.kind == tWord && s.tf(t) == fold {
			raw := s.paras[t.p][t.s:t.e]
			if preScanFinds(raw) {
				raw = ""
			}
			// Not for head abbreviations (CĐVC, LĐLĐ, TLĐ): written
			// without accents they are heads, which the windows read
			// only in paragraphs without accents (see docs).
			alt := ""
			if w := s.paras[t.p][t.s:t.e]; !t.head() && !isASCIIUpperOf(w, fold) {
				alt = s.asciiUpper(fold)
			}
			if raw != "" || alt != "" {
				s.plainAbbrs = append(s.plainAbbrs, plainAbbr{raw, alt, t.p, int(t.e)})
			}
			return
		}
	}
}

// isASCIIUpperOf reports whether w is the folded word f in ASCII
// capitals (then it is its own ASCII spelling).
func isASCIIUpperOf(w, f string) bool {
	if len(w) != len(f) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := f[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		if w[i] != c || c >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// asciiUpper is f (a folded word) in capitals when it is all ASCII, else
// "". The string is kept in the scratch's alts (only appended to during
// an article, so strings taken from it stay valid), when there is one.
func (s *scan) asciiUpper(f string) string {
	for i := 0; i < len(f); i++ {
		if f[i] >= utf8.RuneSelf {
			return ""
		}
	}
	var b []byte
	if s.sc != nil {
		b = s.sc.alts
	}
	n := len(b)
	for i := 0; i < len(f); i++ {
		c := f[i]
		if 'a' <= c && c <= 'z' {
			c -= 'a' - 'A'
		}
		b = append(b, c)
	}
	if s.sc == nil {
		return string(b)
	}
	s.sc.alts = b
	return bufString(b[n:])
}

// preScanFinds reports whether the pre-scan opens a window at the word w
// wherever it is written: at a "Đ" ending CĐ, LĐLĐ or TLĐ (see isTrigger).
// An introduced abbreviation it would not find ("(PVGAS)", but also
// "(LĐ)", which FuzzExtract found) has windows opened at its later uses
// (useWindows).
func preScanFinds(w string) bool {
	for k := strings.IndexByte(w, 0xC4); k >= 0 && k+1 < len(w); {
		if isTrigger(w, k) {
			return true
		}
		next := strings.IndexByte(w[k+1:], 0xC4)
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// mayContinue reports whether the word at i can continue a name after
// "Công đoàn": a capitalised word, a number, or one of the lower-case words
// the rules read there (as isTrigger does on the raw text). Most "công
// đoàn" in a text ("hoạt động công đoàn", "cán bộ công đoàn") stop here.
func (s *scan) mayContinue(i int) bool {
	t := s.word(i)
	if t == nil {
		return false
	}
	if t.cap() || t.digits() {
		return true
	}
	switch s.tf(t) {
	case "nganh", "co", "viet", "tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong", "cac":
		return true
	}
	return false
}

// parenAbbr reads "( ABBR )" at i.
func (s *scan) parenAbbr(i int) (string, int) {
	if s.is(i, "(") && s.is(i+2, ")") {
		if w := s.word(i + 1); w != nil && w.upper() {
			return s.tf(w), i + 3
		}
	}
	return "", i
}
