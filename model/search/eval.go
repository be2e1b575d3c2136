package search

import (
	"container/heap"
	"encoding/binary"
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// prefixScoreBudget: a word still being typed is scored (BM25 of the best
// word it begins) when the words it begins have at most this many postings
// per indexed article; beyond that (one or two letters typed) it only
// filters, and the other words rank.
const prefixScoreBudget = 3

// scratch is per-search working memory, pooled in the Index.
type scratch struct {
	slot  []int32 // doc → 1+index in cand, 0 otherwise; all zero between uses
	cand  []int32
	score []float32
	best  []float32
	exact []uint32
	words []int32
	bm    []uint64 // a bitmap for a prefix or an org: constraint
}

// spareScratch is how many scratches an Index keeps between searches:
// enough for the searches that run at once on a few cores. A search that
// finds none makes its own, dropped afterwards if the list is full.
const spareScratch = 4

// newScratch returns working memory for one search, sized for the whole
// index so that no search grows it (≈ 21 bytes per article).
func (ix *Index) newScratch() *scratch {
	n := ix.n
	return &scratch{
		slot:  make([]int32, n),
		cand:  make([]int32, 0, n),
		score: make([]float32, 0, n),
		best:  make([]float32, 0, n),
		exact: make([]uint32, 0, n),
		bm:    make([]uint64, 0, (n+63)/64),
	}
}

// prefault writes every page of s once, so that the first search does not
// pay for fresh memory (page faults: ≈ 10 ms for the first keystroke at
// 100,000 articles on the project's machine, against 0.4 ms after).
func (s *scratch) prefault() {
	clear(s.slot)
	clear(s.cand[:cap(s.cand)])
	clear(s.score[:cap(s.score)])
	clear(s.best[:cap(s.best)])
	clear(s.exact[:cap(s.exact)])
	clear(s.bm[:cap(s.bm)])
}

// getScratch takes a spare scratch, or makes one. The spares are a list
// of the Index's own rather than a sync.Pool, which the garbage collector
// empties: a keystroke after a collection would pay for fresh memory again.
func (ix *Index) getScratch() *scratch {
	select {
	case s := <-ix.spare:
		return s
	default:
		return ix.newScratch()
	}
}

func (ix *Index) putScratch(s *scratch) {
	select {
	case ix.spare <- s:
	default:
	}
}

// reqWord is a word every result must contain: a dictionary word, or the
// words a prefix begins.
type reqWord struct {
	g      int // dictionary id, or -1 for a prefix
	lo, hi int // prefix range
	prefix string
	est    int // upper bound of matching articles
}

// Search returns the articles matching q, ranked by order; at most limit IDs
// (all when limit <= 0).
func (ix *Index) Search(q Query, order Order, limit int) Result {
	c := q.compile()
	if c.never {
		return Result{}
	}
	s := ix.getScratch()
	defer ix.putScratch(s)
	cand, ok := ix.match(c, s)
	if !ok {
		return ix.all(order, limit)
	}
	res := Result{Total: len(cand)}
	if limit <= 0 || limit > len(cand) {
		limit = len(cand)
	}
	if order == ByDate || !c.scored() {
		res.IDs = slices.Clone(cand[:limit])
		if order == ByRelevance {
			res.Scores = make([]float32, limit)
		}
		return res
	}
	ix.rank(c, s, cand, limit, &res)
	return res
}

// scored reports whether the query has words to rank by.
func (c *compiled) scored() bool {
	return len(c.terms) > 0 || c.prefix != "" || len(c.phrases) > 0
}

// all answers a query that constrains nothing.
func (ix *Index) all(order Order, limit int) Result {
	if limit <= 0 || limit > ix.n {
		limit = ix.n
	}
	res := Result{Total: ix.n, IDs: make([]int32, limit)}
	for i := range res.IDs {
		res.IDs[i] = int32(i)
	}
	if order == ByRelevance {
		res.Scores = make([]float32, limit)
	}
	return res
}

// match computes the sorted list of matching articles; ok is false when the
// query constrains nothing (every article matches).
func (ix *Index) match(c *compiled, s *scratch) ([]int32, bool) {
	var req []reqWord
	addTerm := func(w string) bool {
		g := ix.lookup(w)
		if g < 0 {
			return false
		}
		for _, r := range req {
			if r.g == g {
				return true
			}
		}
		req = append(req, reqWord{g: g, est: ix.df(g)})
		return true
	}
	for _, w := range c.terms {
		if !addTerm(w) {
			return nil, true
		}
	}
	addPrefix := func(p string) bool {
		lo, hi := ix.prefixRange(p)
		if lo == hi {
			return false
		}
		est := ix.rangeDF(lo, hi)
		if hi-lo == 1 {
			req = append(req, reqWord{g: lo, est: est})
		} else {
			req = append(req, reqWord{g: -1, lo: lo, hi: hi, prefix: p, est: min(est, ix.n)})
		}
		return true
	}
	for k, p := range c.phrases {
		for j, w := range p {
			var ok bool
			if c.openPhrase(k) && j == len(p)-1 {
				ok = addPrefix(w)
			} else {
				ok = addTerm(w)
			}
			if !ok {
				return nil, true
			}
		}
	}
	if c.prefix != "" && !addPrefix(c.prefix) {
		return nil, true
	}
	filtered := len(req) > 0 || len(c.orgs) > 0 || len(c.sources) > 0 ||
		c.from != 0 || c.to != 0 || len(c.excl) > 0 || len(c.exclPhr) > 0
	if !filtered {
		return nil, false
	}
	sort.SliceStable(req, func(i, j int) bool { return req[i].est < req[j].est })

	// Candidates from the rarest word, or every article.
	cand := s.cand[:0]
	if len(req) == 0 {
		for d := 0; d < ix.n; d++ {
			cand = append(cand, int32(d))
		}
	} else if r := req[0]; r.g >= 0 && ix.dense[r.g] != nil {
		cand = denseDocs(cand, ix.dense[r.g])
	} else if r.g >= 0 {
		for _, d := range ix.postings(r.g) {
			cand = append(cand, int32(d))
		}
	} else {
		bm := ix.prefixBitmap(r, s)
		for w, word := range bm {
			for word != 0 {
				b := word & -word
				cand = append(cand, int32(w*64+bits.TrailingZeros64(b)))
				word ^= b
			}
		}
	}
	if len(req) > 0 {
		req = req[1:]
	}
	for _, r := range req {
		if len(cand) == 0 {
			break
		}
		switch {
		case r.g < 0:
			cand = filterBitmap(cand, ix.prefixBitmap(r, s), true)
		case ix.dense[r.g] != nil:
			cand = filterDense(cand, ix.dense[r.g], true)
		default:
			cand = intersect(cand, ix.postings(r.g), true)
		}
	}
	// Fields.
	if c.from != 0 || c.to != 0 {
		out := cand[:0]
		for _, d := range cand {
			if c.dateOK(ix.date[d]) {
				out = append(out, d)
			}
		}
		cand = out
	}
	if len(c.sources) > 0 && len(cand) > 0 {
		allowed := ix.allowedSources(c.sources)
		out := cand[:0]
		for _, d := range cand {
			if id := ix.srcOf[d]; id >= 0 && allowed[id] {
				out = append(out, d)
			}
		}
		cand = out
	}
	for _, o := range c.orgs {
		if len(cand) == 0 {
			break
		}
		s.bm = resizeBits(s.bm, ix.n)
		cand = filterBitmap(cand, ix.orgBitmap(o, s.bm), true)
	}
	// Exclusions.
	for _, w := range c.excl {
		g := ix.lookup(w)
		if g < 0 || len(cand) == 0 {
			continue
		}
		if ix.dense[g] != nil {
			cand = filterDense(cand, ix.dense[g], false)
		} else {
			cand = intersect(cand, ix.postings(g), false)
		}
	}
	// Phrases last: they read positions.
	for k, p := range c.phrases {
		cand = ix.filterPhrase(cand, p, c.openPhrase(k), true, s)
	}
	for _, p := range c.exclPhr {
		cand = ix.filterPhrase(cand, p, false, false, s)
	}
	s.cand = cand
	return cand, true
}

// prefixBitmap is the set of articles containing a word beginning with r's
// prefix.
func (ix *Index) prefixBitmap(r reqWord, s *scratch) []uint64 {
	if bm, ok := ix.prefixBM[r.prefix]; ok {
		return bm
	}
	s.bm = resizeBits(s.bm, ix.n)
	ix.orRange(s.bm, r.lo, r.hi)
	return s.bm
}

// denseDocs appends to cand (room for every article) the articles with an
// impact in imp, ascending. It takes 64 articles a step: their bit mask,
// then the ids of its bits (all 64 in a row when every one is set, as for
// a word in nearly every article).
func denseDocs(cand []int32, imp []uint8) []int32 {
	k := len(cand)
	out := cand[:cap(cand)]
	d := 0
	for ; d+64 <= len(imp); d += 64 {
		m := nonzeroMask64((*[64]byte)(imp[d : d+64]))
		if m == ^uint64(0) {
			for j := range out[k : k+64] {
				out[k+j] = int32(d + j)
			}
			k += 64
			continue
		}
		for m != 0 {
			out[k] = int32(d + bits.TrailingZeros64(m))
			k++
			m &= m - 1
		}
	}
	for ; d < len(imp); d++ {
		out[k] = int32(d)
		k += b2i(imp[d] != 0)
	}
	return out[:k]
}

// filterBitmap keeps the candidates in (keep) or not in (!keep) bm.
func filterBitmap(cand []int32, bm []uint64, keep bool) []int32 {
	out := cand[:0]
	for _, d := range cand {
		if (bm[d>>6]&(1<<(uint(d)&63)) != 0) == keep {
			out = append(out, d)
		}
	}
	return out
}

// filterDense keeps the candidates with (keep) or without (!keep) an
// impact in a dense array.
func filterDense(cand []int32, imp []uint8, keep bool) []int32 {
	// In place and without a branch per candidate: presence is as good as
	// random here.
	k := 0
	for _, d := range cand {
		cand[k] = d
		k += b2i((imp[d] != 0) == keep)
	}
	return cand[:k]
}

// intersect keeps the candidates present (keep) or absent (!keep) in the
// sorted docs.
func intersect(cand []int32, docs []uint32, keep bool) []int32 {
	out := cand[:0]
	j := 0
	gallop := len(cand)*16 < len(docs)
	for _, d := range cand {
		u := uint32(d)
		if gallop {
			j += sort.Search(len(docs)-j, func(i int) bool { return docs[j+i] >= u })
		} else {
			for j < len(docs) && docs[j] < u {
				j++
			}
		}
		found := j < len(docs) && docs[j] == u
		if found == keep {
			out = append(out, d)
		}
	}
	return out
}

// filterPhrase keeps the candidates that contain (keep) or lack (!keep) the
// words of p adjacent and in order, reading the forward index.
// filterPhrase keeps (or, with keep false, drops) the candidates holding
// the phrase p; with open, its last word need only begin a word.
func (ix *Index) filterPhrase(cand []int32, p []string, open, keep bool, s *scratch) []int32 {
	whole := p
	lo, hi := 0, 0
	if open {
		whole = p[:len(p)-1]
		if lo, hi = ix.prefixRange(p[len(p)-1]); lo == hi {
			if keep {
				return cand[:0]
			}
			return cand
		}
	}
	gs := make([]int, len(whole))
	for j, w := range whole {
		g := ix.lookup(w)
		if g < 0 {
			if keep {
				return cand[:0]
			}
			return cand
		}
		gs[j] = g
	}
	// Each part's local ids of the words, and with open its set of the
	// words the last one begins, made when an article of it first comes.
	locals := make([][]int32, len(ix.fwd))
	lasts := make([][]uint64, len(ix.fwd))
	out := cand[:0]
	for _, d := range cand {
		l := ix.loc[d]
		if locals[l.part] == nil {
			part := &ix.fwd[l.part]
			local := make([]int32, len(whole))
			for j, g := range gs {
				local[j] = part.toLocal[g]
			}
			locals[l.part] = local
			if open {
				var last []uint64
				for g := lo; g < hi; g++ {
					if l := part.toLocal[g]; l >= 0 {
						for int(l)/64 >= len(last) {
							last = append(last, 0)
						}
						last[l/64] |= 1 << (l % 64)
					}
				}
				lasts[l.part] = last
			}
		}
		if ix.fwd[l.part].hasPhrase(l, locals[l.part], lasts[l.part], open, s) == keep {
			out = append(out, d)
		}
	}
	return out
}

// hasPhrase reports whether the article whose words are at loc holds the
// local word ids in order; with open, followed by one of the words in the
// set last.
func (f *fwdPart) hasPhrase(loc docLoc, local []int32, last []uint64, open bool, s *scratch) bool {
	for _, l := range local {
		if l < 0 {
			return false
		}
	}
	inLast := func(v int32) bool {
		return int(v)/64 < len(last) && last[v/64]&(1<<(v%64)) != 0
	}
	n := len(local)
	span := n
	if open {
		span++
	}
	if loc.start == loc.end {
		return false // no text (its chunk may not exist)
	}
	ids := f.chunks[loc.chunk][loc.start:loc.end]
	if !f.wide {
		first := uint16(local[0])
	next:
		for k := 0; k+span <= len(ids); k++ {
			if ids[k] != first {
				continue
			}
			for j := 1; j < n; j++ {
				if ids[k+j] != uint16(local[j]) {
					continue next
				}
			}
			if open && !inLast(int32(ids[k+n])) {
				continue
			}
			return true
		}
		return false
	}
	words := s.words[:0]
	for k := 0; k < len(ids); {
		if v := ids[k]; v == wideID && k+2 < len(ids) {
			words = append(words, int32(ids[k+1])<<16|int32(ids[k+2]))
			k += 3
		} else {
			words = append(words, int32(v))
			k++
		}
	}
	s.words = words
next2:
	for k := 0; k+span <= len(words); k++ {
		for j := range local {
			if words[k+j] != local[j] {
				continue next2
			}
		}
		if open && !inLast(words[k+n]) {
			continue
		}
		return true
	}
	return false
}

// rank scores the candidates and keeps the best limit of them in res.
func (ix *Index) rank(c *compiled, s *scratch, cand []int32, limit int, res *Result) {
	n := len(cand)
	s.score = resize(s.score, n)
	s.exact = resizeU(s.exact, n)
	for i, d := range cand {
		s.slot[d] = int32(i + 1)
	}
	defer func() {
		for _, d := range cand {
			s.slot[d] = 0
		}
	}()
	// Whole words and phrase words add their BM25 weight.
	var words []int
	add := func(w string) {
		if g := ix.lookup(w); g >= 0 && !slices.Contains(words, g) {
			words = append(words, g)
		}
	}
	for _, w := range c.terms {
		add(w)
	}
	for k, p := range c.phrases {
		if c.openPhrase(k) {
			p = p[:len(p)-1] // the word being typed only filters
		}
		for _, w := range p {
			add(w)
		}
	}
	for _, g := range words {
		ix.addScores(g, s, cand, false)
	}
	// The word being typed adds the weight of the best word it begins.
	if c.prefix != "" {
		lo, hi := ix.prefixRange(c.prefix)
		if ix.rangeDF(lo, hi) <= prefixScoreBudget*ix.n {
			s.best = resize(s.best, n)
			for g := lo; g < hi; g++ {
				ix.addScores(g, s, cand, true)
			}
			for i, b := range s.best {
				s.score[i] += b
			}
		} else if g := ix.lookup(c.prefix); g >= 0 {
			ix.addScores(g, s, cand, false)
		}
	}
	// Words typed with diacritics: count, per article, those present in
	// exactly that form.
	for k, e := range c.exact {
		if k >= 32 {
			break
		}
		bit := uint32(1) << k
		ix.forExact(e, func(d uint32) {
			if sl := s.slot[d]; sl != 0 {
				s.exact[sl-1] |= bit
			}
		})
	}
	// Top: a bounded heap of candidate indexes, worst on top. The first
	// proximityDepth of the ranking are then reordered with a bonus for
	// query words typed side by side that stand side by side in the
	// article; taking at least that many keeps every limit's ranking the
	// head of the full one.
	pairs := ix.adjacentPairs(c)
	keep := limit
	if len(pairs) > 0 {
		keep = max(limit, proximityDepth)
	}
	h := &topK{s: s, cand: cand}
	for i := range cand {
		if h.Len() < keep {
			heap.Push(h, i)
		} else if h.better(i, h.idx[0]) {
			h.idx[0] = i
			heap.Fix(h, 0)
		}
	}
	order := make([]int, h.Len())
	for k := h.Len() - 1; k >= 0; k-- {
		order[k] = heap.Pop(h).(int)
	}
	if len(pairs) > 0 {
		head := order[:min(len(order), proximityDepth)]
		for _, i := range head {
			s.score[i] += ix.proximityBonus(cand[i], pairs, s)
		}
		sort.SliceStable(head, func(a, b int) bool { return h.better(head[a], head[b]) })
	}
	order = order[:min(len(order), limit)]
	res.IDs = make([]int32, len(order))
	res.Scores = make([]float32, len(order))
	for k, i := range order {
		res.IDs[k] = cand[i]
		res.Scores[k] = s.score[i]
	}
}

// proximityDepth is how many of the best results get the proximity bonus.
const proximityDepth = 200

// proximityWeight scales the bonus of one pair of adjacent query words.
const proximityWeight = 0.5

// wordPair is two query words typed side by side, as dictionary ids.
type wordPair struct {
	a, b   int
	weight float32
}

// adjacentPairs lists the consecutive whole words of the query (not in
// quotes: a phrase already requires adjacency).
func (ix *Index) adjacentPairs(c *compiled) []wordPair {
	var out []wordPair
	for i := 0; i+1 < len(c.seq); i++ {
		a, b := ix.lookup(c.seq[i]), ix.lookup(c.seq[i+1])
		if a < 0 || b < 0 || a == b {
			continue
		}
		w := proximityWeight * (ix.idf[a] + ix.idf[b]) / 2 * (bm25K1 + 1)
		out = append(out, wordPair{a, b, w})
	}
	return out
}

// proximityBonus is the bonus of article d: the weight of each pair of
// query words found side by side in it.
func (ix *Index) proximityBonus(d int32, pairs []wordPair, s *scratch) float32 {
	loc := ix.loc[d]
	part := &ix.fwd[loc.part]
	var bonus float32
	local := make([]int32, 2)
	for _, p := range pairs {
		local[0], local[1] = part.toLocal[p.a], part.toLocal[p.b]
		if part.hasPhrase(loc, local, nil, false, s) {
			bonus += p.weight
		}
	}
	return bonus
}

// addScores adds word g's BM25 weight to the candidates containing it (into
// best, keeping the maximum, when max is set).
func (ix *Index) addScores(g int, s *scratch, cand []int32, max bool) {
	off := ix.postOff[g]
	docs := ix.postings(g)
	idf := ix.idf[g] * (bm25K1 + 1) / 255
	if imp := ix.dense[g]; imp != nil { // a dense word has no postings
		// No branch on presence: where the word is absent the impact is
		// 0, and adding 0 to a score (or taking the maximum with 0, the
		// scores being ≥ 0) changes nothing.
		if max {
			best := s.best[:len(cand)]
			for i, d := range cand {
				best[i] = maxf(best[i], idf*float32(imp[d]))
			}
		} else {
			score := s.score[:len(cand)]
			for i, d := range cand {
				score[i] += idf * float32(imp[d])
			}
		}
		return
	}
	if len(cand)*16 < len(docs) {
		j := 0
		for i, d := range cand {
			u := uint32(d)
			j += sort.Search(len(docs)-j, func(k int) bool { return docs[j+k] >= u })
			if j < len(docs) && docs[j] == u {
				v := idf * float32(ix.impact[int(off)+j])
				if max {
					s.best[i] = maxf(s.best[i], v)
				} else {
					s.score[i] += v
				}
			}
		}
		return
	}
	for k, d := range docs {
		if sl := s.slot[d]; sl != 0 {
			v := idf * float32(ix.impact[int(off)+k])
			if max {
				s.best[sl-1] = maxf(s.best[sl-1], v)
			} else {
				s.score[sl-1] += v
			}
		}
	}
}

func maxf(a, b float32) float32 {
	if a > b {
		return a
	}
	return b
}

// forExact calls fn for each article containing a word matching e in its
// exact form.
func (ix *Index) forExact(e exactWord, fn func(d uint32)) {
	var lo, hi int
	if e.prefix {
		b, _ := e.base()
		lo = sort.SearchStrings(ix.exactKeys, b)
		hi = lo + sort.Search(len(ix.exactKeys)-lo, func(i int) bool {
			return !strings.HasPrefix(ix.exactKeys[lo+i], b)
		})
	} else {
		lo = sort.SearchStrings(ix.exactKeys, e.form)
		hi = lo
		if lo < len(ix.exactKeys) && ix.exactKeys[lo] == e.form {
			hi = lo + 1
		}
	}
	for k := lo; k < hi; k++ {
		if !e.matches(ix.exactKeys[k]) {
			continue
		}
		blob := ix.exactDocs[ix.exactOff[k]:ix.exactOff[k+1]]
		d := uint32(0)
		for len(blob) > 0 {
			v, n := binary.Uvarint(blob)
			blob = blob[n:]
			d += uint32(v)
			fn(d)
		}
	}
}

// resizeBits returns a cleared bitmap for n articles, reusing b.
func resizeBits(b []uint64, n int) []uint64 {
	w := (n + 63) / 64
	if cap(b) < w {
		return make([]uint64, w)
	}
	b = b[:w]
	clear(b)
	return b
}

func resize(b []float32, n int) []float32 {
	if cap(b) < n {
		return make([]float32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

func resizeU(b []uint32, n int) []uint32 {
	if cap(b) < n {
		return make([]uint32, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// topK is a min-heap of candidate indexes by rank (the worst kept on top).
type topK struct {
	s    *scratch
	cand []int32
	idx  []int
}

// better reports whether candidate i ranks before candidate j: more words
// with the typed diacritics, then higher score, then newer (smaller ID).
func (h *topK) better(i, j int) bool {
	ei, ej := bits.OnesCount32(h.s.exact[i]), bits.OnesCount32(h.s.exact[j])
	if ei != ej {
		return ei > ej
	}
	if h.s.score[i] != h.s.score[j] {
		return h.s.score[i] > h.s.score[j]
	}
	return h.cand[i] < h.cand[j]
}

func (h *topK) Len() int           { return len(h.idx) }
func (h *topK) Less(a, b int) bool { return h.better(h.idx[b], h.idx[a]) }
func (h *topK) Swap(a, b int)      { h.idx[a], h.idx[b] = h.idx[b], h.idx[a] }
func (h *topK) Push(x any)         { h.idx = append(h.idx, x.(int)) }
func (h *topK) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}
