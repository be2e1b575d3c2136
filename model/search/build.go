package search

import (
	"encoding/binary"
	"github.com/bantin/bantin/internal/hugemem"
	"hash/maphash"
	"math"
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// BM25 parameters; a word in the title counts titleWeight times.
const (
	bm25K1      = 1.2
	bm25B       = 0.75
	titleWeight = 3
	// idfFloor keeps a word found in (nearly) every article from weighing
	// nothing: BM25's idf falls to ~0 there (`cong doan` in a union
	// corpus), which left every score 0.00 and the order looking
	// arbitrary. With the floor such words still rank by how often and
	// where (title) they appear. It changes only words in more than about
	// 90% of the articles.
	idfFloor = 0.1
)

// Build indexes articles; an article's ID is its position in the slice. It
// uses every core (GOMAXPROCS workers, each on a contiguous run of articles)
// and keeps no reference to the articles.
func Build(articles []model.Article) *Index {
	return build(articles, fwdChunk)
}

// build is Build with the forward index's chunk size (tests make it tiny).
func build(articles []model.Article, chunk int) *Index {
	n := len(articles)
	workers := runtime.GOMAXPROCS(0)
	if workers > n/64 {
		workers = max(1, n/64)
	}
	parts := make([]*builder, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		b := newBuilder(lo)
		b.chunk = chunk
		parts[w] = b
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.presize(articles[lo:hi])
			for i := lo; i < hi; i++ {
				b.add(&articles[i])
			}
		}()
	}
	ix := &Index{n: n, pool: new(sync.Pool)}
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.buildFields(articles)
	}()
	wg.Wait()
	ix.merge(parts)
	return ix
}

// presize reserves the per-article slices.
func (b *builder) presize(arts []model.Article) {
	b.fwdLoc = make([]fwdLoc, 0, len(arts))
	b.dl = make([]uint32, 0, len(arts))
	b.npost = make([]uint32, 0, len(arts))
}

// termBuild is one word in one builder.
type termBuild struct {
	key string
	n   int // postings
}

// postChunk is a run of whole documents' postings in one builder, in
// document order: the local word id of each posting and its weighted term
// frequency (the title counts titleWeight times), at most 255. merge scatters
// them straight into the index's arrays, so no word needs a list of its own
// while building. The ids are uint16 while the builder has at most 65536
// words (3 bytes a posting instead of 5), int32 in the chunks after that.
type postChunk struct {
	ids  []uint16
	wide []int32 // instead of ids
	tfw  []uint8
}

// A postChunk holds postChunkMin postings at first, twice as many in each
// next chunk up to postChunkMax.
const (
	postChunkMin = 1 << 16
	postChunkMax = 1 << 22
)

// termState is a word's state within the document being indexed, kept
// apart from termBuild so that the per-token work touches little memory.
type termState struct {
	lastDoc uint32 // doc+1 of the last document seen
	cnt     uint32 // occurrences in the current doc
	tt      uint32 // occurrences in the current doc's title
}

type exactBuild struct {
	key  string
	docs []byte // delta-varint article IDs (the first relative to 0)
}

// tokenIDs is what one written form of a token resolves to.
type tokenIDs struct {
	term  int32 // local term id (≥ 1), 0 when the token is too long to index
	exact int32 // local exact-form id, -1 when it carries no diacritic
}

// gapID marks, in the forward index, a place no phrase may span: the end of
// the title or of a paragraph, or a token too long to index.
const gapID = 0

// wideID escapes a local word id too large for one uint16: it is followed
// by the id's high and low halves.
const wideID = 0xFFFF

// builder indexes a contiguous run of articles.
type builder struct {
	first     int
	short     shortTable       // written form (≤ 8 bytes) → ids: most tokens
	forms     formTable        // longer written forms → ids
	termIDs   map[string]int32 // folded → local term id
	exactID   map[string]int32
	terms     []termBuild // by local id; terms[0] is the gap
	state     []termState // by local id
	exacts    []exactBuild
	exactLast []uint32 // doc+1 of the last document holding the exact form
	dl        []uint32 // weighted length of each doc
	npost     []uint32 // postings of each doc
	posts     []postChunk
	docTerms  []int32 // distinct words of the current doc
	docExacts []int32 // exact forms of the current doc (each form as written once)
	fold      []byte
	// Forward index: each doc's local word ids in order.
	chunks [][]uint16 // finished chunks
	cur    []uint16   // the chunk being filled
	docOff int        // where the current document starts in cur
	chunk  int        // largest chunk size
	// Sizes of the next chunks: they start small and double, so a small
	// corpus takes little memory and a large one gets large chunks
	// (advised for huge pages, see hugemem).
	fwdNext, postNext int
	fwdLoc            []fwdLoc
	// Current document.
	doc uint32
}

func newBuilder(first int) *builder {
	return &builder{
		first:   first,
		short:   newShortTable(10),
		forms:   newFormTable(1 << 12),
		termIDs: make(map[string]int32, 1<<13),
		exactID: make(map[string]int32, 1<<13),
		terms:   make([]termBuild, 1, 1<<13),
		state:   make([]termState, 1, 1<<13),
	}
}

// formTable is an open-addressing hash table from a token as written to its
// ids, for the tokens too long for shortTable.
type formTable struct {
	seed  maphash.Seed
	slots []formSlot
	keys  []string
	ids   []tokenIDs
	mask  uint64
}

type formSlot struct {
	hash  uint64
	entry int32 // index+1 into keys/ids; 0 = empty
}

func newFormTable(n int) formTable {
	return formTable{seed: maphash.MakeSeed(), slots: make([]formSlot, n), mask: uint64(n - 1)}
}

func (t *formTable) get(s string) (tokenIDs, uint64, bool) {
	h := maphash.String(t.seed, s)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		sl := t.slots[i]
		if sl.entry == 0 {
			return tokenIDs{}, h, false
		}
		if sl.hash == h && t.keys[sl.entry-1] == s {
			return t.ids[sl.entry-1], h, true
		}
	}
}

func (t *formTable) put(s string, h uint64, ids tokenIDs) {
	if 2*(len(t.keys)+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]formSlot, 2*len(old))
		t.mask = uint64(len(t.slots) - 1)
		for _, sl := range old {
			if sl.entry != 0 {
				t.insert(sl)
			}
		}
	}
	t.keys = append(t.keys, s)
	t.ids = append(t.ids, ids)
	t.insert(formSlot{hash: h, entry: int32(len(t.keys))})
}

func (t *formTable) insert(sl formSlot) {
	for i := sl.hash & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].entry == 0 {
			t.slots[i] = sl
			return
		}
	}
}

// shortTable maps tokens of at most 8 bytes (nearly every Vietnamese
// syllable as written) to their ids, keyed by the token's bytes packed in a
// uint64: one multiply to hash, one compare, no string.
type shortTable struct {
	slots []shortSlot
	shift uint
	n     int
}

type shortSlot struct {
	key         uint64 // 0 = empty (tokens hold no NUL byte)
	term, exact int32
	lastDoc     uint32 // doc+1 of the last document this form was seen in
}

func newShortTable(bits uint) shortTable {
	return shortTable{slots: make([]shortSlot, 1<<bits), shift: 64 - bits}
}

func (t *shortTable) find(key uint64) *shortSlot {
	mask := uint64(len(t.slots) - 1)
	for i := (key * 0x9E3779B97F4A7C15) >> t.shift; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.key == key || sl.key == 0 {
			return sl
		}
	}
}

func (t *shortTable) put(key uint64, ids tokenIDs) {
	if 2*(t.n+1) > len(t.slots) {
		old := t.slots
		t.slots = make([]shortSlot, 2*len(old))
		t.shift--
		for _, sl := range old {
			if sl.key != 0 {
				*t.find(sl.key) = sl
			}
		}
	}
	t.n++
	*t.find(key) = shortSlot{key: key, term: ids.term, exact: ids.exact}
}

// packShort packs s[start:end] (at most 8 bytes) into a uint64.
func packShort(s string, start, end int) uint64 {
	n := end - start
	if start+8 <= len(s) {
		w := s[start : start+8]
		k := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		return k & (^uint64(0) >> (64 - 8*uint(n)))
	}
	var k uint64
	for j := end - 1; j >= start; j-- {
		k = k<<8 | uint64(s[j])
	}
	return k
}

func (b *builder) resolve(form string) tokenIDs {
	var h uint64
	if len(form) > 8 {
		found, hash, ok := b.forms.get(form)
		if ok {
			return found
		}
		h = hash
	}
	ids := tokenIDs{term: gapID, exact: -1}
	b.fold = model.AppendFold(b.fold[:0], form)
	if len(b.fold) <= maxTokenLen {
		id, ok := b.termIDs[string(b.fold)]
		if !ok {
			id = int32(len(b.terms))
			key := string(b.fold)
			b.termIDs[key] = id
			b.terms = append(b.terms, termBuild{key: key})
			b.state = append(b.state, termState{})
		}
		ids.term = id
		if e, ok := appendExact(nil, form); ok {
			id, ok := b.exactID[string(e)]
			if !ok {
				id = int32(len(b.exacts))
				key := string(e)
				b.exactID[key] = id
				b.exacts = append(b.exacts, exactBuild{key: key})
				b.exactLast = append(b.exactLast, 0)
			}
			ids.exact = id
		}
	}
	if len(form) > 8 {
		// Keep the table's key independent of the article text.
		b.forms.put(strings.Clone(form), h, ids)
	}
	return ids
}

// scan records the tokens of text in the current document and returns how
// many there were (too-long tokens included).
//
// It works on 64-byte blocks: a bit mask marks the bytes that may be part of
// a word (mayBeWord), so each maximal run of such bytes is found with a few
// bit operations, without a branch per byte. A run is preceded and followed by ASCII separators (or
// the ends of the text), so the tokenizer is between tokens at both ends of
// it. When the run's bytes are a form already in the short table, the run is
// that one token: the table holds only whole tokens as scanRun cut them, all
// letters, digits and marks, so scanRun would cut the same token and find the
// same entry. Any other run (a new form, a long token, a non-ASCII separator
// inside) goes through scanRun, rune by rune.
//
// The loop keeps the forward index's current chunk, the short table and the
// word states in locals, writing them back to b only around the rare calls
// that change them.
func (b *builder) scan(s string) uint32 {
	cur := b.cur
	state := b.state
	slots, shift := b.short.slots, b.short.shift
	// The document's word and exact-form lists are written in place with
	// branch-free counts (whether a word is new to the document is
	// unpredictable), so they need room for every token of s first: at most
	// one per two bytes.
	room := (len(s)+1)/2 + 1
	if cap(b.docTerms)-len(b.docTerms) < room {
		b.docTerms = slices.Grow(b.docTerms, room)
	}
	if cap(b.docExacts)-len(b.docExacts) < room {
		b.docExacts = slices.Grow(b.docExacts, room)
	}
	docTerms, nd := b.docTerms[:cap(b.docTerms)], len(b.docTerms)
	docExacts, ne := b.docExacts[:cap(b.docExacts)], len(b.docExacts)
	doc1 := b.doc + 1
	ntok := uint32(0)
	var carry uint64 // the last byte of the previous block may be part of a word
	for base := 0; base < len(s); base += 64 {
		m := wordMask(s, base)
		starts := m &^ (m<<1 | carry)
		carry = m >> 63
		for starts != 0 {
			a := bits.TrailingZeros64(starts)
			starts &= starts - 1
			start := base + a
			end := start + bits.TrailingZeros64(^(m >> a))
			if end == base+64 { // the run goes on in the next block
				for end < len(s) && mayBeWord[s[end]] {
					end++
				}
			}
			var ids tokenIDs
			if n := end - start; n <= 8 {
				var key uint64
				if start+8 <= len(s) {
					key = load8(s, start) & (1<<(8*n) - 1)
				} else {
					key = packShort(s, start, end)
				}
				// shortTable.find, inline.
				mask := uint64(len(slots) - 1)
				for h := (key * 0x9E3779B97F4A7C15) >> shift; ; h = (h + 1) & mask {
					sl := &slots[h]
					if sl.key == key {
						ids = tokenIDs{sl.term, sl.exact}
						if sl.lastDoc == doc1 {
							ids.exact = -1 // already recorded for this document
						}
						sl.lastDoc = doc1
						goto record
					}
					if sl.key == 0 {
						break
					}
				}
			}
			// Slow path.
			b.cur, b.docTerms, b.docExacts = cur, docTerms[:nd], docExacts[:ne]
			ntok += b.scanRun(s[:end], start) // appends within the room made above
			cur = b.cur
			docTerms, nd = b.docTerms[:cap(b.docTerms)], len(b.docTerms)
			docExacts, ne = b.docExacts[:cap(b.docExacts)], len(b.docExacts)
			slots, shift = b.short.slots, b.short.shift
			state = b.state
			continue
		record:
			ntok++
			if id := ids.term; id < wideID {
				if len(cur) == cap(cur) {
					b.cur = cur
					b.newChunk()
					cur = b.cur
				}
				cur = append(cur, uint16(id))
				if id == gapID {
					continue
				}
			} else {
				b.cur = cur
				b.put(wideID)
				b.put(uint16(id >> 16))
				b.put(uint16(id))
				cur = b.cur
			}
			// The word's state, and the exact form when there is one
			// (ids.exact ≥ 0), without branches: both are written to the
			// next free place, which is kept only when it counts.
			t := &state[ids.term]
			cnt, tt := t.cnt, t.tt
			isNew := t.lastDoc != doc1
			if isNew {
				cnt, tt = 0, 0
			}
			t.lastDoc, t.cnt, t.tt = doc1, cnt+1, tt
			docTerms[nd] = ids.term
			nd += b2i(isNew)
			docExacts[ne] = ids.exact
			ne += int(uint32(^ids.exact) >> 31) // 1 when ids.exact ≥ 0
		}
	}
	b.cur, b.docTerms, b.docExacts = cur, docTerms[:nd], docExacts[:ne]
	return ntok
}

// b2i is 1 for true, 0 for false (compiled without a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scanRun records the tokens of s[i:], rune by rune, and returns how many
// there were.
func (b *builder) scanRun(s string, i int) uint32 {
	ntok := uint32(0)
	for {
		// Skip separators.
		for i < len(s) {
			c := s[i]
			if asciiWord[c] {
				break
			}
			if c < utf8.RuneSelf {
				i++
				continue
			}
			class, size := classAt(s, i)
			if class == classWord {
				break
			}
			i += size
		}
		if i >= len(s) {
			return ntok
		}
		start := i
		for i < len(s) {
			c := s[i]
			if asciiWord[c] {
				i++
				continue
			}
			if c < utf8.RuneSelf {
				break
			}
			// Fast paths for Vietnamese letters: U+1E80–U+1EFF (all
			// letters) and U+00C0–U+01BF.
			if c == 0xE1 && i+2 < len(s) && (s[i+1] == 0xBA || s[i+1] == 0xBB) && s[i+2]&0xC0 == 0x80 {
				i += 3
				continue
			}
			if c >= 0xC3 && c <= 0xC6 && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
				if classTable[rune(c&0x1F)<<6|rune(s[i+1]&0x3F)] == classSep {
					break
				}
				i += 2
				continue
			}
			class, size := classAt(s, i)
			if class == classSep {
				break
			}
			i += size
		}
		ntok++
		var ids tokenIDs
		if i-start <= 8 {
			key := packShort(s, start, i)
			if sl := b.short.find(key); sl.key != 0 {
				ids = tokenIDs{sl.term, sl.exact}
				if sl.lastDoc == b.doc+1 {
					ids.exact = -1 // already recorded for this document
				}
				sl.lastDoc = b.doc + 1
			} else {
				ids = b.resolve(s[start:i])
				b.short.put(key, ids)
			}
		} else {
			ids = b.resolve(s[start:i])
		}
		b.token(ids)
	}
}

// token records one token of the current document (scan's record, on b).
func (b *builder) token(ids tokenIDs) {
	id := ids.term
	if id < wideID {
		b.put(uint16(id))
	} else {
		b.put(wideID)
		b.put(uint16(id >> 16))
		b.put(uint16(id))
	}
	if id == gapID {
		return
	}
	t := &b.state[id]
	if t.lastDoc != b.doc+1 {
		t.lastDoc = b.doc + 1
		t.cnt, t.tt = 0, 0
		b.docTerms = append(b.docTerms, id)
	}
	t.cnt++
	if ids.exact >= 0 {
		b.docExacts = append(b.docExacts, ids.exact)
	}
}

// wordMask has bit k set when s[base+k] may be part of a word (mayBeWord;
// bytes past the end: unset).
func wordMask(s string, base int) uint64 {
	var m uint64
	if base+64 <= len(s) {
		for k := 0; k < 64; k += 8 {
			m |= movemask(wordBytes(load8(s, base+k))) << k
		}
		return m
	}
	for k := 0; base+k < len(s); k++ {
		if mayBeWord[s[base+k]] {
			m |= 1 << k
		}
	}
	return m
}

// movemask gathers the high bits of x's bytes (its only bits set) into the
// low 8 bits: byte k's bit lands at bit 56+k of the product, and no two
// partial products overlap.
func movemask(x uint64) uint64 {
	return (x >> 7) * 0x0102040810204080 >> 56
}

// mayBeWord marks the bytes that may be part of a word, loosely: every byte
// from '0' up (the ASCII letters and digits, some punctuation, and every
// non-ASCII byte). The bytes below '0' (space, controls, and most
// punctuation: ,.-"'()/!) are ASCII separators for sure, which is all scan
// needs: a run containing other punctuation is never a known form and goes
// the slow way.
var mayBeWord = func() (t [256]bool) {
	for c := range 256 {
		t[c] = c >= '0'
	}
	return t
}()

// load8 is s[i:i+8] as a little-endian word (one load).
func load8(s string, i int) uint64 {
	w := s[i : i+8]
	return uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
		uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
}

// wordBytes sets the high bit of each byte of w that may be part of a word
// (mayBeWord), and clears the other bits. The sum stays within each byte:
// the high bits are cleared first.
func wordBytes(w uint64) uint64 {
	const (
		low7 = 0x7F7F7F7F7F7F7F7F
		high = 0x8080808080808080
	)
	return ((w&low7 + 0x5050505050505050) | w) & high // ≥ '0' (0x30 + 0x50 = 0x80)
}

// asciiWord marks the ASCII letters and digits (false for every byte ≥ 0x80).
var asciiWord = func() (t [256]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isASCIIWord(byte(c))
	}
	return t
}()

func (b *builder) add(a *model.Article) {
	b.doc = uint32(b.first + len(b.dl))
	b.docTerms = b.docTerms[:0]
	b.docExacts = b.docExacts[:0]
	b.docOff = len(b.cur)
	nt := b.scan(a.Title)
	// Every word seen so far is in the title, and seen there only.
	for _, id := range b.docTerms {
		b.state[id].tt = b.state[id].cnt
	}
	n := uint32(0)
	for _, p := range a.Body {
		b.put(gapID) // no phrase spans two paragraphs
		n += b.scan(p)
	}
	b.fwdLoc = append(b.fwdLoc, fwdLoc{chunk: uint32(len(b.chunks)), start: uint32(b.docOff), end: uint32(len(b.cur))})
	b.dl = append(b.dl, titleWeight*nt+n)
	doc := b.doc
	for _, e := range b.docExacts {
		// Several written forms may share an exact form.
		if last := b.exactLast[e]; last != doc+1 {
			prev := uint32(0)
			if last > 0 {
				prev = last - 1
			}
			b.exactLast[e] = doc + 1
			b.exacts[e].docs = appendUvarint(b.exacts[e].docs, doc-prev)
		}
	}
	b.npost = append(b.npost, uint32(len(b.docTerms)))
	if len(b.docTerms) == 0 {
		return
	}
	wide := len(b.terms) > 1<<16 // some id may not fit a uint16
	if last := len(b.posts) - 1; last < 0 || cap(b.posts[last].tfw)-len(b.posts[last].tfw) < len(b.docTerms) ||
		wide && b.posts[last].wide == nil {
		b.postNext = min(max(2*b.postNext, postChunkMin), postChunkMax)
		n := max(b.postNext, len(b.docTerms))
		pc := postChunk{tfw: hugemem.Make[uint8](0, n)}
		if wide {
			pc.wide = hugemem.Make[int32](0, n)
		} else {
			pc.ids = hugemem.Make[uint16](0, n)
		}
		b.posts = append(b.posts, pc)
	}
	pc := &b.posts[len(b.posts)-1]
	if pc.wide != nil {
		pc.wide = append(pc.wide, b.docTerms...)
	} else {
		for _, id := range b.docTerms {
			pc.ids = append(pc.ids, uint16(id))
		}
	}
	o := len(pc.tfw)
	pc.tfw = pc.tfw[:o+len(b.docTerms)]
	tfws := pc.tfw[o:]
	for k, id := range b.docTerms {
		st := &b.state[id]
		tfw := titleWeight*st.tt + (st.cnt - st.tt)
		tfws[k] = uint8(min(tfw, math.MaxUint8))
		b.terms[id].n++
	}
}

// merge joins the builders' dictionaries and postings into the index.
func (ix *Index) merge(parts []*builder) {
	// Document lengths.
	ix.dl = make([]uint32, 0, ix.n)
	for _, b := range parts {
		ix.dl = append(ix.dl, b.dl...)
	}
	var total float64
	for _, l := range ix.dl {
		total += float64(l)
	}
	avgdl := 1.0
	if ix.n > 0 && total > 0 {
		avgdl = total / float64(ix.n)
	}
	// Dictionary: sorted union of the folded words.
	var keys []string
	seen := map[string]bool{}
	for _, b := range parts {
		for i := 1; i < len(b.terms); i++ {
			if k := b.terms[i].key; !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	ix.terms = keys
	gid := make(map[string]int32, len(keys))
	for i, k := range keys {
		gid[k] = int32(i)
	}
	nt := len(keys)
	// Forward index parts, and global id → local id per builder.
	ix.fwd = make([]fwdPart, len(parts))
	toGlobal := make([][]int32, len(parts))
	for p, b := range parts {
		toLocal := make([]int32, nt)
		for i := range toLocal {
			toLocal[i] = -1
		}
		tg := make([]int32, len(b.terms))
		for i := 1; i < len(b.terms); i++ {
			g := gid[b.terms[i].key]
			toLocal[g] = int32(i)
			tg[i] = g
		}
		toGlobal[p] = tg
		ix.fwd[p] = fwdPart{
			first:   b.first,
			chunks:  b.finishChunks(),
			loc:     b.fwdLoc,
			toLocal: toLocal,
			wide:    len(b.terms) >= wideID,
		}
	}
	// Offsets of each word's postings; within a word, each builder's
	// postings follow the previous builder's (builders hold ascending runs
	// of articles, so the list stays sorted).
	df := make([]uint32, nt)
	next := make([][]uint32, len(parts)) // by builder: local id → where its next posting goes
	for p, b := range parts {
		next[p] = make([]uint32, len(b.terms))
		for i := 1; i < len(b.terms); i++ {
			df[toGlobal[p][i]] += uint32(b.terms[i].n)
		}
	}
	ix.postOff = make([]uint32, nt+1)
	var np uint32
	for g := range nt {
		ix.postOff[g] = np
		np += df[g]
	}
	ix.postOff[nt] = np
	at := slices.Clone(ix.postOff[:nt])
	for p, b := range parts {
		for i := 1; i < len(b.terms); i++ {
			g := toGlobal[p][i]
			next[p][i] = at[g]
			at[g] += uint32(b.terms[i].n)
		}
	}
	ix.docs = hugemem.Make[uint32](int(np), int(np))
	ix.impact = hugemem.Make[uint8](int(np), int(np))
	ix.idf = make([]float32, nt)
	ix.dense = make([][]uint8, nt)
	// Scatter each builder's postings, in article order, with their
	// impacts: one goroutine per builder (they write disjoint places).
	var wg sync.WaitGroup
	for p, b := range parts {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ix.scatter(b, next[p], avgdl)
		}()
	}
	// Exact forms.
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.mergeExact(parts)
	}()
	wg.Wait()
	// idf and dense impacts, in parallel over words.
	workers := runtime.GOMAXPROCS(0)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := w; g < nt; g += workers {
				df := int(ix.postOff[g+1] - ix.postOff[g])
				ix.idf[g] = float32(max(idfFloor, math.Log(1+(float64(ix.n)-float64(df)+0.5)/(float64(df)+0.5))))
				if df >= denseMin(ix.n) {
					ix.dense[g] = ix.denseOf(g)
				}
			}
		}()
	}
	wg.Wait()
	ix.buildPrefixBitmaps()
}

// smallTF: scatter computes the impacts of the weighted frequencies up to
// this once per document.
const smallTF = 7

// scatter writes builder b's postings and their impacts into ix.docs and
// ix.impact; next[l] is where local word l's next posting goes.
func (ix *Index) scatter(b *builder, next []uint32, avgdl float64) {
	c, pos := 0, 0
	for i, cnt := range b.npost {
		if cnt == 0 {
			continue
		}
		if pos == len(b.posts[c].tfw) {
			c, pos = c+1, 0 // chunks hold whole documents
		}
		pc := &b.posts[c]
		tfw := pc.tfw[pos : pos+int(cnt)]
		doc := uint32(b.first + i)
		dl := float64(ix.dl[doc])
		// Most postings have a small weighted frequency: their impacts,
		// computed once per document by the same function.
		var small [smallTF + 1]uint8
		for f := 1; f <= smallTF; f++ {
			small[f] = quantImpact(float64(f), dl, avgdl)
		}
		if pc.wide != nil {
			scatterDoc(ix, pc.wide[pos:pos+int(cnt)], tfw, next, doc, &small, dl, avgdl)
		} else {
			scatterDoc(ix, pc.ids[pos:pos+int(cnt)], tfw, next, doc, &small, dl, avgdl)
		}
		pos += int(cnt)
	}
	b.posts = nil // let the GC have it back early
}

// scatterDoc writes one document's postings (local word ids and weighted
// frequencies) and their impacts; small holds the impacts of the
// frequencies up to smallTF.
func scatterDoc[T uint16 | int32](ix *Index, ids []T, tfw []uint8, next []uint32, doc uint32, small *[smallTF + 1]uint8, dl, avgdl float64) {
	tfw = tfw[:len(ids)]
	for k, l := range ids {
		o := next[l]
		next[l] = o + 1
		ix.docs[o] = doc
		if f := tfw[k]; f <= smallTF {
			ix.impact[o] = small[f]
		} else {
			ix.impact[o] = quantImpact(float64(f), dl, avgdl)
		}
	}
}

// fwdChunk is the size of the forward index's chunks (uint16 entries).
// Chunks hold whole documents, so none is copied as the index grows.
const fwdChunk = 1 << 22

// put appends one entry to the forward index.
func (b *builder) put(v uint16) {
	if len(b.cur) == cap(b.cur) {
		b.newChunk()
	}
	b.cur = append(b.cur, v)
}

// newChunk starts a new chunk of the forward index, moving the current
// document's entries into it.
func (b *builder) newChunk() {
	partial := b.cur[b.docOff:]
	b.fwdNext = min(max(2*b.fwdNext, min(b.chunk, 1<<16)), b.chunk)
	nc := hugemem.Make[uint16](0, max(b.fwdNext, 2*len(partial)+16))
	nc = append(nc, partial...)
	if b.docOff > 0 {
		b.chunks = append(b.chunks, b.cur[:b.docOff:b.docOff])
	}
	b.cur, b.docOff = nc, 0
}

// finishChunks returns the forward index's chunks, the last one trimmed.
func (b *builder) finishChunks() [][]uint16 {
	if len(b.cur) > 0 {
		b.chunks = append(b.chunks, slices.Clone(b.cur))
		b.cur = nil
	}
	return b.chunks
}

// denseMin is the document frequency from which a word also gets a dense
// impact array (one byte per article): membership and score in one load.
func denseMin(n int) int { return max(n/8, 64) }

// prefixMin is the number of postings from which a short prefix gets a
// precomputed bitmap.
func prefixMin(n int) int { return max(n/16, 64) }

func quantImpact(tfw, dl, avgdl float64) uint8 {
	v := tfw * (bm25K1 + 1) / (tfw + bm25K1*(1-bm25B+bm25B*dl/avgdl))
	q := math.Ceil(v / (bm25K1 + 1) * 255)
	return uint8(min(max(q, 1), 255))
}

// denseOf is word g's impacts by article (0 where absent).
func (ix *Index) denseOf(g int) []uint8 {
	d := make([]uint8, ix.n)
	o := int(ix.postOff[g])
	for k, doc := range ix.postings(g) {
		d[doc] = ix.impact[o+k]
	}
	return d
}

func (ix *Index) mergeExact(parts []*builder) {
	var keys []string
	seen := map[string]bool{}
	for _, b := range parts {
		for i := range b.exacts {
			if k := b.exacts[i].key; !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	ix.exactKeys = keys
	ix.exactOff = make([]uint64, len(keys)+1)
	total := 0
	for _, b := range parts {
		for i := range b.exacts {
			total += len(b.exacts[i].docs) + 4
		}
	}
	blob := hugemem.Make[byte](0, total)
	for g, k := range keys {
		ix.exactOff[g] = uint64(len(blob))
		prev := int64(-1) // last article written for this form
		for _, b := range parts {
			l, ok := b.exactID[k]
			if !ok {
				continue
			}
			docs := b.exacts[l].docs
			first, n := binary.Uvarint(docs)
			if prev >= 0 {
				// Re-base the part's first ID on the previous part's last.
				blob = binary.AppendUvarint(blob, first-uint64(prev))
				blob = append(blob, docs[n:]...)
			} else {
				blob = append(blob, docs...)
			}
			prev = int64(b.exactLast[l]) - 1
		}
	}
	ix.exactOff[len(keys)] = uint64(len(blob))
	ix.exactDocs = slices.Clip(blob)
}

// prefixBitmapLen: prefixes of up to this many bytes whose words cover many
// postings get a precomputed bitmap, so the first letters typed stay fast.
const prefixBitmapLen = 2

func (ix *Index) buildPrefixBitmaps() {
	ix.prefixBM = map[string][]uint64{}
	type job struct {
		prefix string
		lo, hi int
	}
	var jobs []job
	for l := 1; l <= prefixBitmapLen; l++ {
		for i := 0; i < len(ix.terms); {
			t := ix.terms[i]
			if len(t) < l {
				i++
				continue
			}
			p := t[:l]
			lo, hi := ix.prefixRange(p)
			if hi-lo > 1 && int(ix.postOff[hi]-ix.postOff[lo]) >= prefixMin(ix.n) {
				jobs = append(jobs, job{p, lo, hi})
			}
			i = max(hi, i+1)
		}
	}
	out := make([][]uint64, len(jobs))
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := w; j < len(jobs); j += workers {
				bm := make([]uint64, (ix.n+63)/64)
				for _, d := range ix.docs[ix.postOff[jobs[j].lo]:ix.postOff[jobs[j].hi]] {
					bm[d>>6] |= 1 << (d & 63)
				}
				out[j] = bm
			}
		}()
	}
	wg.Wait()
	for j, jb := range jobs {
		ix.prefixBM[jb.prefix] = out[j]
	}
}

// appendUvarint is binary.AppendUvarint growing by doubling, so long lists
// are not copied over and over.
func appendUvarint(b []byte, v uint32) []byte {
	if len(b)+5 > cap(b) {
		nb := make([]byte, len(b), max(2*cap(b), 16))
		copy(nb, b)
		b = nb
	}
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}
