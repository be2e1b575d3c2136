package orgs

import (
	"sort"
	"strconv"
	"strings"
	"sync"
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
	// ftoks, fbuf, fwins: the place windows, when the article's places
	// are counted.
	ftoks []token
	fbuf  []byte
	fwins [][2]int
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// scan is the state of one article being read.
type scan struct {
	r      *Recognizer
	a      *model.Article
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
	// cut: the tokens are a window ending before its paragraph does;
	// overrun: a rule looked past them.
	cut, overrun bool
	// plainAbbrs are abbreviations introduced in the article that contain
	// no "đ", so the windows may miss their later uses.
	plainAbbrs []plainAbbr
	read       []readSpan
	// sc holds reusable buffers (nil: allocate).
	sc *scratch
}

// readSpan is a window of paragraph p that was read.
type readSpan struct {
	p        int32
	from, to int
}

type plainAbbr struct {
	raw  string
	para int32
}

// Extract returns the union bodies the article names, under their canonical
// names, in order of first mention, primary bodies marked. It reads Title,
// Body, Source and URL and is safe for concurrent use.
func (r *Recognizer) Extract(a *model.Article) []model.OrgMention {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.paras = append(sc.paras[:0], a.Title)
	sc.paras = append(sc.paras, a.Body...)
	s := r.scanWindows(sc, sc.paras, a)
	out := s.mentions()
	// Drop references into the pooled buffers before they are reused.
	for i := range sc.paras {
		sc.paras[i] = ""
	}
	return out
}

// scanWindows reads only the windows of text around union heads (see
// findWindows); the article's places, needed to resolve a bare "LĐLĐ
// tỉnh", are counted over the whole text when needed (context).
func (r *Recognizer) scanWindows(sc *scratch, paras []string, a *model.Article) *scan {
	if r.extra != nil {
		// Operator phrases need not contain "đ": read everything.
		return r.scanParas(sc, paras, a, false)
	}
	s := &scan{r: r, a: a, paras: paras, windowed: true, sc: sc}
	for pi, p := range paras {
		sc.wins = findWindows(p, sc.wins[:0])
		for wi := 0; wi < len(sc.wins); wi++ {
			w := sc.wins[wi]
			for {
				sc.toks, sc.buf = tokenizeRange(int32(pi), p, w[0], w[1], sc.toks[:0], sc.buf[:0])
				s.toks, s.folded = sc.toks, bufString(sc.buf)
				s.cut, s.overrun = w[1] < len(p), false
				mark, abbrs := len(s.hits), len(s.plainAbbrs)
				s.run()
				if !s.overrun {
					break
				}
				// Read the window again, larger, taking in the
				// windows it now reaches.
				s.hits, s.plainAbbrs = s.hits[:mark], s.plainAbbrs[:abbrs]
				w[1] = bytesForward(p, w[1], bytesGrow)
				for wi+1 < len(sc.wins) && sc.wins[wi+1][0] <= w[1] {
					w[1] = max(w[1], sc.wins[wi+1][1])
					wi++
				}
			}
			s.read = append(s.read, readSpan{int32(pi), w[0], w[1]})
		}
	}
	s.toks, s.cut = nil, false
	if len(s.plainAbbrs) > 0 {
		s.scanPlainAbbrs()
	}
	return s
}

// scanPlainAbbrs reads the uses of abbreviations the article introduced
// that contain no "đ" ("Công đoàn Tổng công ty Khí Việt Nam (PVGAS)" …
// "PVGAS"), outside the windows already read.
func (s *scan) scanPlainAbbrs() {
	read := map[int32][][2]int{}
	for _, sp := range s.read {
		read[sp.p] = append(read[sp.p], [2]int{sp.from, sp.to})
	}
	var toks []token
	var buf []byte
	for pi, p := range s.paras {
		for _, ab := range s.plainAbbrs {
			if int32(pi) < ab.para {
				continue
			}
			for off := 0; ; {
				k := strings.Index(p[off:], ab.raw)
				if k < 0 {
					break
				}
				k += off
				off = k + len(ab.raw)
				from, to := wordsBack(p, k, wordsBefore), bytesForward(p, k, bytesAfter)
				inside := false
				for _, w := range read[int32(pi)] {
					if k >= w[0] && k < w[1] {
						inside = true
					}
				}
				if inside {
					continue
				}
				// Keep clear of what was read.
				for _, w := range read[int32(pi)] {
					if w[0] < to && w[1] > from {
						if w[0] > k {
							to = w[0]
						} else {
							from = w[1]
						}
					}
				}
				for from < to && from < len(p) && p[from] != ' ' && from > 0 && p[from-1] != ' ' {
					from++
				}
				if from >= to {
					continue
				}
				toks = append(toks, token{kind: tBreak, p: int32(pi), fs: int32(len(buf)), fe: int32(len(buf))})
				toks, buf = tokenizeRange(int32(pi), p, from, to, toks, buf)
				read[int32(pi)] = append(read[int32(pi)], [2]int{from, to})
			}
		}
	}
	if len(toks) == 0 {
		return
	}
	s2 := &scan{r: s.r, a: s.a, paras: s.paras, toks: toks, folded: string(buf), abbr: s.abbr, ctx: s.ctx, full: s.full}
	s2.run()
	s.hits = append(s.hits, s2.hits...)
}

func (r *Recognizer) scanParas(sc *scratch, paras []string, a *model.Article, loose bool) *scan {
	sc.toks, sc.buf = tokenize(paras, sc.toks[:0], sc.buf[:0])
	s := &scan{r: r, a: a, paras: paras, toks: sc.toks, folded: string(sc.buf), loose: loose}
	s.run()
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
// window cut short of its paragraph's end, reading past them means the
// window was too small: overrun is set and the window is read again,
// larger.
func (s *scan) atEnd(i int) bool {
	if i < len(s.toks) {
		return false
	}
	if s.cut {
		s.overrun = true
	}
	return true
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
	if i < 0 || s.atEnd(i) || s.toks[i].kind != tWord {
		return nil
	}
	return &s.toks[i]
}

func (s *scan) is(i int, fold string) bool {
	return i >= 0 && !s.atEnd(i) && s.toks[i].kind != tBreak && s.tf(&s.toks[i]) == fold
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
	return len(raw) == len(w) && strings.EqualFold(raw, w)
}

func (s *scan) capital(i int) bool {
	t := s.word(i)
	return t != nil && (t.cap || t.digits || s.loose)
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
	if t := s.word(i); t != nil && s.tf(t) == "vn" && (t.upper || s.loose) {
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
		if t.upper || t.cap || s.loose {
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
		if t.upper {
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
	for _, w := range pluralAfter {
		if s.isRaw(i, w) {
			return true
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
	for _, w := range pluralBefore {
		if s.isRaw(i-1, w) {
			return true
		}
	}
	return s.numberAt(i - 1)
}

// run reads the whole article, collecting hits.
func (s *scan) run() {
	toks := s.toks
	for i := 0; i < len(toks); {
		t := &toks[i]
		if t.kind != tWord || !t.cand && !(t.cap && s.r.extra != nil) {
			i++
			continue
		}
		var (
			b    body
			end  int
			ok   bool
			abbr string
		)
		switch s.tf(t) {
		case "cong":
			if s.is(i+1, "doan") && (s.loose || s.mayContinue(i+2)) {
				b, end, ok, abbr = s.union(i, i+2)
			}
		case "cd":
			if t.upper {
				b, end, ok, abbr = s.union(i, i+1)
			}
		case "cdvc":
			if t.upper || s.loose {
				b, end, ok = s.sectorTail(i, i+1, s.r.civil, false)
				if !ok && !s.pluralAt(i+1) {
					b, ok = s.abbr["cdvc"]
					end = i + 1
				}
			}
		case "cdcs":
			if t.upper || s.loose {
				b, end, ok = s.unit(i, i+1)
			}
		case "lien":
			if j, m := s.seq(i+1, "doan", "lao", "dong"); m {
				b, end, ok, abbr = s.federation(i, j, false)
			}
		case "ldld":
			if t.upper || s.loose {
				b, end, ok, abbr = s.federation(i, i+1, true)
			}
		case "tong":
			b, end, ok = s.confederation(i)
		case "tld":
			if t.upper || s.loose {
				b, end, ok = body{name: confederationName, kind: model.KindConfederation}, i+1, true
			}
		}
		if !ok && t.upper && s.abbr != nil {
			if ab, found := s.abbr[s.tf(t)]; found && !s.pluralAt(i+1) {
				b, end, ok = ab, i+1, true
			}
		}
		if !ok && t.cap && s.r.extra != nil {
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
		if b.unresolved == "" {
			b = s.r.rename(b)
		}
		s.hits = append(s.hits, hit{b: b, surface: s.raw(i, end), para: toks[i].p, start: int32(i), end: int32(end)})
		// "Tên (VIẾT TẮT)" introduces an abbreviation for the rest of the article.
		if abbr == "" && s.is(end, "(") && s.is(end+2, ")") {
			if w := s.word(end + 1); w != nil && w.upper {
				abbr = s.tf(w)
				end += 3
			}
		}
		if abbr != "" && b.unresolved == "" {
			if s.abbr == nil {
				s.abbr = map[string]body{}
			}
			if _, known := s.abbr[abbr]; !known && s.windowed {
				s.notePlainAbbr(abbr, end)
			}
			// The key outlives the window's folded text (see bufString).
			s.abbr[strings.Clone(abbr)] = b
		}
		i = end
	}
}

// notePlainAbbr records an abbreviation just introduced (its token is the
// word before "(" … ")" ending at end) whose later uses the windows may
// miss because it has no "đ".
func (s *scan) notePlainAbbr(fold string, end int) {
	for i := end - 1; i >= 0 && i >= end-3; i-- {
		t := &s.toks[i]
		if t.kind == tWord && s.tf(t) == fold {
			raw := s.paras[t.p][t.s:t.e]
			if !strings.Contains(raw, "Đ") && !strings.Contains(raw, "đ") {
				s.plainAbbrs = append(s.plainAbbrs, plainAbbr{raw, t.p})
			}
			return
		}
	}
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
	if t.cap || t.digits {
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
		if w := s.word(i + 1); w != nil && w.upper {
			return s.tf(w), i + 3
		}
	}
	return "", i
}

// confederation reads "Tổng Liên đoàn (Lao động (Việt Nam|VN))", "Tổng LĐLĐ
// (Việt Nam|VN)" and the old name "Tổng Công đoàn Việt Nam" at i.
func (s *scan) confederation(i int) (body, int, bool) {
	conf := body{name: confederationName, kind: model.KindConfederation}
	if !s.isRaw(i, "tổng") {
		return body{}, i, false
	}
	if j, ok := s.seq(i+1, "lien", "doan"); ok {
		if k, ok := s.seq(j, "lao", "dong"); ok {
			j = k
			if k, ok := s.vietNam(j); ok {
				j = k
			}
		}
		return conf, j, true
	}
	if t := s.word(i + 1); t != nil && s.tf(t) == "ldld" && (t.upper || s.loose) {
		j := i + 2
		if k, ok := s.vietNam(j); ok {
			j = k
		}
		return conf, j, true
	}
	if j, ok := s.seq(i+1, "cong", "doan"); ok {
		if k, ok := s.vietNam(j); ok {
			return conf, k, true
		}
	}
	return body{}, i, false
}

// federation reads what follows "Liên đoàn Lao động" or "LĐLĐ" (j is the
// index after the head).
func (s *scan) federation(i, j int, abbrHead bool) (body, int, bool, string) {
	abbr, j := s.parenAbbr(j)
	if s.pluralAt(j) {
		return body{}, j, false, ""
	}
	lv, k := s.level(j)
	if lv == "xã" || lv == "phường" {
		return body{}, j, false, ""
	}
	if lv != "" {
		if s.pluralAt(k) {
			return body{}, k, false, ""
		}
		if p, end := s.placeAt(k, lv); p != nil {
			return s.fedBody(p), end, true, abbr
		}
		return s.resolveFed(lv), k, true, abbr
	}
	if p, end := s.placeAt(j, ""); p != nil {
		return s.fedBody(p), end, true, abbr
	}
	if abbrHead {
		if b, ok := s.abbr["ldld"]; ok {
			return b, j, true, ""
		}
	}
	return body{}, j, false, ""
}

func fedName(p *place) string {
	if p.fed != "" {
		return p.fed
	}
	return "Liên đoàn Lao động " + p.level + " " + p.name
}

// fedBody is the federation of a place, with its parent.
func (s *scan) fedBody(p *place) body {
	b := body{name: fedName(p), kind: model.KindFederation}
	if p.district {
		if p.prov != nil {
			b.parent = fedName(p.prov)
		}
	} else {
		b.parent = confederationName
	}
	return b
}

// resolveFed is the federation "Liên đoàn Lao động tỉnh" (or thành phố,
// huyện …) of the place the article names or implies.
func (s *scan) resolveFed(lv string) body {
	p, why := s.resolvePlace(lv, false)
	if p == nil {
		return body{name: "Liên đoàn Lao động " + lv, kind: model.KindFederation, unresolved: why}
	}
	return s.fedBody(p)
}

// union reads what follows "Công đoàn" or "CĐ" (j is the index after the head).
func (s *scan) union(i, j int) (body, int, bool, string) {
	if s.isRaw(j, "cơ") && s.isRaw(j+1, "sở") {
		if b, end, ok := s.unit(i, j+2); ok {
			return b, end, ok, ""
		}
		// "Công đoàn cơ sở phường Ba Đình" (communes and wards since 2025).
		if lv, k := s.level(j + 2); lv == "xã" || lv == "phường" {
			return s.communeUnion(lv, k)
		}
		return body{}, j + 2, false, ""
	}
	// "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh", "Công đoàn các KCN …":
	// the union of a province's industrial zones, a body despite "các".
	if s.isRaw(j, "các") {
		if b, end, ok := s.unit(i, j+1); ok && b.kind == model.KindOther {
			b.name = "Công đoàn các " + strings.TrimPrefix(b.name, "Công đoàn ")
			return b, end, true, ""
		}
	}
	nganh := false
	if s.isRaw(j, "ngành") {
		nganh = true
		j++
	}
	if s.pluralAt(j) {
		return body{}, j, false, ""
	}
	if sec, k := s.sectorAt(j, nganh); sec != nil {
		b, end, ok := s.sectorTail(i, k, sec, nganh)
		if ok || !sec.unitHead {
			return b, end, ok, ""
		}
	}
	if nganh {
		return body{}, j, false, ""
	}
	if s.capital(j) {
		if b, end, ok := s.unit(i, j); ok {
			return b, end, ok, ""
		}
	}
	if k, ok := s.vietNam(j); ok {
		if i >= 2 && s.word(i-1) != nil && s.word(i-2) != nil &&
			genericMovementBefore[s.tf(&s.toks[i-2])+" "+s.tf(&s.toks[i-1])] {
			return body{}, k, false, ""
		}
		if i >= 1 && s.word(i-1) != nil && genericMovementBefore[s.tf(&s.toks[i-1])] {
			return body{}, k, false, ""
		}
		return body{name: confederationName, kind: model.KindConfederation}, k, true, ""
	}
	lv, k := s.level(j)
	switch lv {
	case "xã", "phường":
		return s.communeUnion(lv, k)
	case "":
		if s.capital(j) {
			if p, end := s.placeAt(j, ""); p != nil && !p.district {
				return s.fedBody(p), end, true, ""
			}
		}
	default:
		if p, end := s.placeAt(k, lv); p != nil {
			return s.fedBody(p), end, true, ""
		}
		return body{}, k, false, ""
	}
	if t := s.word(j); t != nil && t.cap && t.ascii && !t.digits && isBrand(t, s.tf(t)) {
		end := j + 1
		name := "Công đoàn " + s.raw(j, end)
		if k, ok := s.vietNam(end); ok {
			end = k
			name += " Việt Nam"
		}
		return body{name: name, kind: model.KindEnterprise}, end, true, ""
	}
	return body{}, j, false, ""
}

// communeUnion reads the name of a commune or ward at k: "Công đoàn
// phường Hai Bà Trưng".
func (s *scan) communeUnion(lv string, k int) (body, int, bool, string) {
	if s.capital(k) {
		if end := s.nameRun(k, 3); end > k {
			return body{name: "Công đoàn " + lv + " " + s.raw(k, end), kind: model.KindGrassroots}, end, true, ""
		}
	}
	return body{}, k, false, ""
}

// isBrand reports whether a capitalised ASCII word is a company's name
// rather than a Vietnamese word or a common acronym: a word with several
// vowel groups (Vietsovpetro, Viettel) or an acronym of three letters or more.
func isBrand(t *token, f string) bool {
	if acronymsNotBrands[f] {
		return false
	}
	if t.upper {
		if len(f) < 3 {
			return false
		}
		roman := true
		for i := 0; i < len(f); i++ {
			if !strings.ContainsRune("ivxlcdm", rune(f[i])) {
				roman = false
			}
		}
		return !roman
	}
	return len(f) >= 5 && vowelGroups(f) >= 2
}

// sectorAt matches a sector's name at i.
func (s *scan) sectorAt(i int, nganh bool) (*sector, int) {
	t := s.word(i)
	if t == nil {
		return nil, i
	}
	for _, k := range s.r.sectors[s.tf(t)] {
		j := i
		ok := true
		for n, w := range k.words {
			if n > 0 && s.is(j, "-") {
				j++
			}
			if !s.is(j, w) {
				ok = false
				break
			}
			j++
		}
		if ok {
			if !s.capital(i) && !nganh {
				// "công đoàn y tế" in lower case is the sector in general,
				// unless written as an abbreviation.
				return nil, i
			}
			return k.s, j
		}
	}
	return nil, i
}

// sectorTail reads what follows a sector's name (j is the index after it).
func (s *scan) sectorTail(i, j int, sec *sector, nganh bool) (body, int, bool) {
	if k, ok := s.vietNam(j); ok {
		return body{name: sec.national, kind: model.KindSectorUnion, parent: confederationName}, k, true
	}
	if s.pluralAt(j) {
		return body{}, j, false
	}
	lv, k := s.level(j)
	if lv == "xã" || lv == "phường" {
		return body{}, j, false
	}
	if lv != "" {
		if s.pluralAt(k) {
			return body{}, k, false
		}
		if p, end := s.placeAt(k, lv); p != nil {
			return s.localSector(sec, p, nganh), end, true
		}
		if !sec.local && !nganh {
			return body{}, j, false
		}
		p, why := s.resolvePlace(lv, false)
		if p == nil {
			return body{name: localSectorName(sec, &place{name: "", level: lv}), kind: model.KindSectorUnion, unresolved: why}, k, true
		}
		return s.localSector(sec, p, nganh), k, true
	}
	if s.capital(j) {
		if p, end := s.placeAt(j, ""); p != nil {
			return s.localSector(sec, p, nganh), end, true
		}
	}
	if sec.unitHead && s.capital(j) {
		return body{}, j, false
	}
	if !sec.local {
		return body{name: sec.national, kind: model.KindSectorUnion, parent: confederationName}, j, true
	}
	return body{}, j, false
}

func localSectorName(sec *sector, p *place) string {
	name := strings.TrimSpace(p.name)
	switch {
	case sec.civil:
		return strings.TrimSpace("Công đoàn Viên chức " + p.level + " " + name)
	case p.district || name == "":
		return strings.TrimSpace("Công đoàn ngành " + sec.name + " " + p.level + " " + name)
	}
	return "Công đoàn ngành " + sec.name + " " + p.sectorName
}

// localSector is the union of a sector in a province or district.
func (s *scan) localSector(sec *sector, p *place, nganh bool) body {
	if !sec.local && !nganh {
		// "Công đoàn Điện lực Hà Nội": a company's union named after
		// its sector and place.
		return body{name: "Công đoàn " + sec.name + " " + p.sectorName, kind: model.KindEnterprise}
	}
	return body{name: localSectorName(sec, p), kind: model.KindSectorUnion, parent: s.fedBody(p).name}
}

// unitHeadAt matches the start of a unit's name ("Công ty", "Trường", …).
func (s *scan) unitHeadAt(i int) (kind model.OrgKind, display string, next int, ok bool) {
	if !s.capital(i) {
		return "", "", i, false
	}
	for _, hi := range unitHeadIndex[s.tf(s.word(i))] {
		h := &unitHeads[hi]
		j, m := s.seq(i, h.words...)
		if !m {
			continue
		}
		if r, need := unitHeadRaw[h.words[0]]; need && len(h.words) == 1 && !s.isRaw(i, r) {
			continue
		}
		return h.kind, h.display, j, true
	}
	return "", "", i, false
}

// unit reads a named unit's union: "Công đoàn [cơ sở] <unit name>" (j is
// the index where the unit's name starts).
func (s *scan) unit(i, j int) (body, int, bool) {
	kind, display, k, ok := s.unitHeadAt(j)
	if !ok {
		return body{}, j, false
	}
	end := k
	named := false
	caps := 0 // capitalised words of the name proper
	n := 0
	for !s.atEnd(end) && n < 14 {
		t := &s.toks[end]
		if t.kind == tBreak {
			break
		}
		if t.kind == tPunct {
			if (s.tf(t) == "&" || s.tf(t) == "-") && s.word(end+1) != nil && s.capital(end+1) {
				end++
				continue
			}
			if s.tf(t) == "." && end > 0 && s.tf(&s.toks[end-1]) == "tp" {
				end++
				continue
			}
			break
		}
		if s.isHead(end) {
			break
		}
		// "… Đa khoa tỉnh tập huấn …": a level word not followed by its
		// place ends the name.
		if !t.cap && (s.isRaw(end, "tỉnh") || s.isRaw(end, "huyện") || s.isRaw(end, "quận")) && !s.capital(end+1) {
			end++
			break
		}
		if s.tf(t) == "va" && !t.cap {
			// "và" joins two words of one name ("Xây dựng và Thương mại")
			// unless another noun phrase follows ("… và Ban Giám đốc").
			nx := s.word(end + 1)
			if nx == nil || !nx.cap || roleWords[s.tf(nx)] || s.isHead(end+1) {
				break
			}
			end++
			n++
			continue
		}
		if !t.cap && !t.digits && !legalForms[s.tf(t)] && stopWords[s.paras[t.p][t.s:t.e]] {
			break
		}
		// A number belongs to the name after a capitalised word ("May 10"),
		// not after a lower-case one ("… khen thưởng 50 công nhân").
		if t.digits && end > k && s.toks[end-1].kind == tWord && !s.toks[end-1].cap && !s.toks[end-1].digits {
			break
		}
		// A person's name after the unit's ("… Viglacera Đặng Thu Chiến",
		// "… Đa khoa tỉnh Bùi Anh Trang"), but not a school named after a
		// person ("Trường THPT Chu Văn An", "Trường Tiểu học Nguyễn Du").
		if t.cap && caps >= 1 && surnames[s.tf(t)] && s.personAt(end) &&
			!s.toks[end-1].upper && !s.isRaw(end-1, "học") {
			break
		}
		if (t.cap || t.digits) && !legalForms[s.tf(t)] {
			named = true
			caps++
		}
		if t.upper && !acronymsNotBrands[s.tf(t)] {
			named = true
		}
		end++
		n++
	}
	end = s.trimName(k, end)
	if !named || end <= k {
		return body{}, j, false
	}
	head := s.raw(j, k)
	if display != "" {
		head = display
	}
	name := "Công đoàn " + head + " " + s.raw(k, end)
	return body{name: name, kind: kind}, end, true
}

// personAt reports whether a person's name starts at i: a surname and two
// more capitalised words ending the run of capitalised words ("… Than Hà
// Tu Hoàng Thanh Đại cho biết", where "Hà Tu" is part of the name).
func (s *scan) personAt(i int) bool {
	t := s.word(i)
	if t == nil || !t.cap || !surnames[s.tf(t)] {
		return false
	}
	j := i
	for s.word(j) != nil && s.toks[j].cap && !s.toks[j].upper {
		j++
	}
	return j-i == 3
}

// trimName drops the lower-case words a unit's name cannot end with: a run
// of two or more (a verb: "… khen thưởng"), but not one word completing
// the capitalised word before it ("Dầu khí", "Bách khoa", "Hàng không"),
// nor a final level word ("Bệnh viện Đa khoa tỉnh").
func (s *scan) trimName(k, end int) int {
	lower := func(i int) bool {
		t := &s.toks[i]
		return t.kind == tWord && !t.cap && !t.digits && !t.upper
	}
	for end > k && s.toks[end-1].kind == tPunct {
		end--
	}
	e := end
	level := e > k && (s.isRaw(e-1, "tỉnh") || s.isRaw(e-1, "huyện") || s.isRaw(e-1, "quận"))
	if level {
		e--
	}
	run := 0
	for e-run-1 >= k && lower(e-run-1) {
		run++
	}
	if run >= 2 || run == e-k {
		return e - run
	}
	if level {
		e++
	}
	return e
}

// isHead reports whether a new union head starts at i.
func (s *scan) isHead(i int) bool {
	t := s.word(i)
	if t == nil {
		return false
	}
	switch s.tf(t) {
	case "cong":
		return s.is(i+1, "doan")
	case "lien":
		return s.is(i+1, "doan")
	case "ldld", "cdcs", "cdvc", "cd", "tld":
		return t.upper
	}
	return false
}

// nameRun returns the end of a run of at most max capitalised words at i,
// stopping before a person's name.
func (s *scan) nameRun(i, max int) int {
	j := i
	for !s.atEnd(j) && j-i < max {
		t := s.word(j)
		if t == nil || !(t.cap || t.digits || s.loose) || s.isHead(j) {
			break
		}
		// A person's name right after the level word ("LĐLĐ huyện Nguyễn
		// Văn A"), or after a two-word place ("huyện Yên Thế Nguyễn Văn A").
		if j == i && surnames[s.tf(t)] && s.capital(j+1) && s.capital(j+2) {
			break
		}
		if j-i >= 2 && surnames[s.tf(t)] && s.capital(j+1) {
			break
		}
		j++
	}
	return j
}

// placeAt reads a place at i after the level word lv ("" when none).
func (s *scan) placeAt(i int, lv string) (*place, int) {
	g := s.r.gaz
	t := s.word(i)
	if t == nil {
		return nil, i
	}
	if lv == "" && !s.capital(i) {
		return nil, i
	}
	switch lv {
	case "quận", "huyện", "thị xã":
		if lv == "quận" && t.digits {
			if n, err := strconv.Atoi(s.tf(t)); err == nil && n >= 1 && n <= 12 {
				n := s.paras[t.p][t.s:t.e]
				return &place{name: n, level: lv, prov: g.hcm, district: true, sectorName: n}, i + 1
			}
		}
		if ps, end := g.match(g.districts, s, i); ps != nil {
			if p := pickLevel(ps, lv); p != nil {
				return p, end
			}
			if len(ps) == 1 {
				// The same district under another level (huyện Thủy
				// Nguyên became a city): keep the level as written.
				return &place{name: ps[0].name, level: lv, prov: ps[0].prov, district: true, sectorName: ps[0].name}, end
			}
		}
		return s.unknownPlace(i, lv)
	case "thành phố":
		if ps, end := g.match(g.districts, s, i); ps != nil {
			if p := pickLevel(ps, lv); p != nil {
				return p, end
			}
		}
		if ps, end := g.match(g.provinces, s, i); ps != nil {
			p := ps[0]
			if p.central {
				return p, end
			}
			return &place{name: p.name, level: "thành phố", prov: p, district: true, sectorName: p.name}, end
		}
		return s.unknownPlace(i, lv)
	case "tỉnh":
		if ps, end := g.match(g.provinces, s, i); ps != nil {
			return ps[0], end
		}
		return nil, i
	case "":
		if ps, end := g.match(g.provinces, s, i); ps != nil {
			return ps[0], end
		}
		if ps, end := g.match(g.districts, s, i); len(ps) == 1 {
			return ps[0], end
		}
	}
	return nil, i
}

// pickLevel chooses the district of level lv among places sharing a name;
// when several provinces have one, the district is kept without province.
func pickLevel(ps []*place, lv string) *place {
	var found *place
	for _, p := range ps {
		if p.level != lv {
			continue
		}
		if found != nil {
			return &place{name: p.name, level: lv, district: true, sectorName: p.name}
		}
		found = p
	}
	return found
}

// unknownPlace reads a district-level place missing from the gazetteer:
// up to three capitalised words that are not a person's name.
func (s *scan) unknownPlace(i int, lv string) (*place, int) {
	if s.loose || !s.capital(i) {
		return nil, i
	}
	end := s.nameRun(i, 3)
	if end == i {
		return nil, i
	}
	name := s.raw(i, end)
	return &place{name: name, level: lv, district: true, sectorName: name, prov: s.provinceAfter(end)}, end
}

// provinceAfter reads the province written right after a district:
// "huyện Châu Thành (Tiền Giang)", "huyện Yên Thế, tỉnh Bắc Giang".
func (s *scan) provinceAfter(i int) *place {
	g := s.r.gaz
	j := i
	if s.is(j, "(") || s.is(j, ",") || s.is(j, "-") {
		j++
	}
	if j == i {
		return nil
	}
	if lv, k := s.level(j); lv == "tỉnh" || lv == "thành phố" {
		j = k
	}
	if ps, _ := g.match(g.provinces, s, j); ps != nil && s.capital(j) {
		return ps[0]
	}
	return nil
}

// extraPhrase matches an operator's alias phrase at i.
func (s *scan) extraPhrase(i int) (body, int, bool) {
	for _, ph := range s.r.extra[s.tf(&s.toks[i])] {
		if j, ok := s.seq(i, ph.words...); ok {
			return ph.b, j, true
		}
	}
	return body{}, i, false
}

// mentions folds the hits into one OrgMention per body.
func (s *scan) mentions() []model.OrgMention {
	if len(s.hits) == 0 {
		return nil
	}
	type agg struct {
		m       model.OrgMention
		aliases []string
		counts  []int
		title   bool
		lead    bool
	}
	var list []*agg
	lead := int32(1)
	if len(s.paras) > 1 {
		// The lead is the first body paragraph with any text.
		for p := 1; p < len(s.paras); p++ {
			if strings.TrimSpace(s.paras[p]) != "" {
				lead = int32(p)
				break
			}
		}
	}
	for _, h := range s.hits {
		var g *agg
		for _, x := range list {
			if x.m.Name == h.b.name && x.m.Unresolved == h.b.unresolved {
				g = x
				break
			}
		}
		if g == nil {
			g = &agg{m: model.OrgMention{Name: h.b.name, Kind: h.b.kind, Parent: h.b.parent, Unresolved: h.b.unresolved}}
			list = append(list, g)
		}
		g.m.Mentions++
		if h.para == 0 {
			g.title = true
		}
		if h.para == lead {
			g.lead = true
		}
		found := false
		for n, a := range g.aliases {
			if a == h.surface {
				g.counts[n]++
				found = true
				break
			}
		}
		if !found && h.surface != "" {
			g.aliases = append(g.aliases, h.surface)
			g.counts = append(g.counts, 1)
		}
	}
	anyTitle, anyLead := false, false
	top := 0
	for _, g := range list {
		if g.m.Unresolved != "" {
			continue
		}
		anyTitle = anyTitle || g.title
		anyLead = anyLead || g.lead
		if g.m.Mentions > top {
			top = g.m.Mentions
		}
	}
	out := make([]model.OrgMention, 0, len(list))
	for _, g := range list {
		if g.m.Unresolved == "" {
			switch {
			case anyTitle:
				g.m.Primary = g.title
			case anyLead:
				g.m.Primary = g.lead
			default:
				g.m.Primary = g.m.Mentions == top
			}
		}
		// Aliases: most used first, then first seen.
		order := make([]int, len(g.aliases))
		for n := range order {
			order[n] = n
		}
		sort.SliceStable(order, func(a, b int) bool { return g.counts[order[a]] > g.counts[order[b]] })
		g.m.Aliases = make([]string, len(order))
		g.m.AliasMentions = make([]int, len(order))
		for n, o := range order {
			g.m.Aliases[n] = g.aliases[o]
			g.m.AliasMentions[n] = g.counts[o]
		}
		out = append(out, g.m)
	}
	return out
}
