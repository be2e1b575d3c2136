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
	"unsafe"

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

// Builder indexes the text (title and body) of articles given one at a
// time, in any order: a corpus loaded from files gives each loading worker
// one, so that an article is indexed while its text is at hand (and the
// text need not be kept for the index). Assemble then makes the index, in
// the corpus's order. A Builder is not safe for concurrent use.
type Builder struct{ b *builder }

// NewBuilder returns an empty Builder.
func NewBuilder() *Builder {
	b := newBuilder()
	b.chunk = fwdChunk
	return &Builder{b}
}

// Add indexes the title and body of a and returns its number in this
// Builder (0, 1, 2, … in the order of the calls). It keeps no reference
// to a or its strings.
func (b *Builder) Add(a *model.Article) uint32 {
	d := uint32(len(b.b.dl))
	b.b.add(a)
	return d
}

// Assemble makes the index of articles, article i being the one at
// position i: its text is the one given to parts[a.Text.Part-1] as number
// a.Text.Doc, or, when Part is 0 (or names no part, or a number already
// taken by an earlier article), its Title and Body, indexed here (an
// article whose body was left in its file, Body nil, is then indexed by
// its title alone). Texts given to a part that no article refers to are
// left out, their words too. Like Build, it uses every core and keeps no
// reference to the articles; the parts must not be used afterwards.
func Assemble(parts []*Builder, articles []model.Article) *Index {
	return assemble(parts, articles, fwdChunk, runtime.GOMAXPROCS(0), 0)
}

// build is Build with the forward index's chunk size (tests make it tiny).
func build(articles []model.Article, chunk int) *Index {
	return buildWorkers(articles, chunk, runtime.GOMAXPROCS(0), 0)
}

// buildWorkers is build with at most this many workers; a word in at least
// denseAt articles is dense (0: denseMin; tests make every word sparse, or
// many words dense on a small corpus).
func buildWorkers(articles []model.Article, chunk, workers, denseAt int) *Index {
	return assemble(nil, articles, chunk, workers, denseAt)
}

// docRef locates an article's text among the builders: builder part, its
// document doc.
type docRef struct{ part, doc uint32 }

// assemble is Assemble with the forward index's chunk size for the texts it
// indexes itself, at most this many workers, and denseAt (see buildWorkers).
func assemble(given []*Builder, articles []model.Article, chunk, workers, denseAt int) *Index {
	n := len(articles)
	ix := &Index{n: n, spare: make(chan *scratch, spareScratch), date: make([]int32, n)}
	parts := make([]*builder, len(given))
	taken := make([][]bool, len(given))
	for p, g := range given {
		parts[p] = g.b
		taken[p] = make([]bool, len(g.b.dl))
	}
	refs := make([]docRef, n)
	var rest []int32 // articles whose text is indexed here
	for i := range articles {
		t := articles[i].Text
		if p := int(t.Part) - 1; p >= 0 && p < len(given) && int(t.Doc) < len(taken[p]) && !taken[p][t.Doc] {
			taken[p][t.Doc] = true
			refs[i] = docRef{uint32(p), t.Doc}
			continue
		}
		rest = append(rest, int32(i))
	}
	if workers > n/64 {
		workers = max(1, n/64)
	}
	// The texts indexed here, each worker a contiguous run of them, and
	// the fields (date, outlet, organisations), each worker a contiguous
	// run of the articles.
	restWorkers := min(workers, max(1, len(rest)/64))
	if len(rest) == 0 {
		restWorkers = 0
	}
	for range restWorkers {
		b := newBuilder()
		b.chunk = chunk
		parts = append(parts, b)
	}
	fields := make([]*fieldsPart, workers)
	var wg sync.WaitGroup
	for w := range max(workers, restWorkers) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if w < restWorkers {
				lo, hi := len(rest)*w/restWorkers, len(rest)*(w+1)/restWorkers
				p := len(given) + w
				b := parts[p]
				b.presize(hi - lo)
				for _, i := range rest[lo:hi] {
					refs[i] = docRef{uint32(p), uint32(len(b.dl))}
					b.add(&articles[i])
				}
			}
			if w < workers {
				lo, hi := n*w/workers, n*(w+1)/workers
				f := newFieldsPart(lo, hi-lo)
				fields[w] = f
				for i := lo; i < hi; i++ {
					f.add(ix, i, &articles[i])
				}
			}
		}()
	}
	wg.Wait()
	// Texts no article refers to are taken out of the word counts.
	for p, tk := range taken {
		for d, ok := range tk {
			if !ok {
				parts[p].forget(uint32(d))
			}
		}
	}
	// The fields and a search's working memory (pre-faulted) need nothing
	// of merge's: they are made beside it rather than on one core before
	// or after it.
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.joinFields(fields)
		sc := ix.newScratch()
		sc.prefault()
		ix.putScratch(sc)
	}()
	ix.merge(parts, refs, denseAt, workers)
	wg.Wait()
	return ix
}

// presize reserves the per-article slices for n articles.
func (b *builder) presize(n int) {
	b.fwdLoc = make([]fwdLoc, 0, n)
	b.exLoc = make([]exLoc, 0, n)
	b.dl = make([]uint32, 0, n)
	b.tlen = make([]uint32, 0, n)
}

// termBuild is one word in one builder.
type termBuild struct {
	key string
	n   int // postings
}

// A word's state within the document being indexed is one uint64, kept
// apart from termBuild so that the per-token work touches little memory:
// doc+1 of the last document seen in the high half, the word's occurrences
// in it in the low half. stateDoc is the high half.
const stateDoc = 32

type exactBuild struct {
	// Its article IDs, delta-varint (the first relative to 0), in a chain
	// of exBlocks from head to tail (-1: none yet); room is the unwritten
	// rest of the tail block.
	head, tail int32
	room       []byte
}

// The exact forms' article lists are written into blocks of exBlock bytes,
// carved from slabs of exSlab bytes and chained, so that no list is ever
// copied as it grows (a list may reach megabytes). A varint never straddles
// two blocks.
const (
	exBlock = 256
	exSlab  = 1 << 20
)

// exLists holds a builder's chained blocks.
type exLists struct {
	slabs [][]byte
	next  []int32  // by block: the next block of its list, -1 for none
	used  []uint16 // by block: bytes written (tail blocks: once finished)
}

// block is block k's bytes.
func (x *exLists) block(k int32) []byte {
	const perSlab = exSlab / exBlock
	o := int(k%perSlab) * exBlock
	return x.slabs[k/perSlab][o : o+exBlock]
}

// putUvarint writes v to r, which has room for it, and returns the rest of r.
func putUvarint(r []byte, v uint32) []byte {
	for v >= 0x80 {
		r[0] = byte(v) | 0x80
		r = r[1:]
		v >>= 7
	}
	r[0] = byte(v)
	return r[1:]
}

// newBlock chains a new block to the list of e.
func (x *exLists) newBlock(e *exactBuild) {
	nb := int32(len(x.next))
	if int(nb)%(exSlab/exBlock) == 0 {
		x.slabs = append(x.slabs, make([]byte, exSlab))
	}
	x.next = append(x.next, -1)
	x.used = append(x.used, 0)
	if e.tail < 0 {
		e.head = nb
	} else {
		x.used[e.tail] = uint16(exBlock - len(e.room))
		x.next[e.tail] = nb
	}
	e.tail = nb
	e.room = x.block(nb)
}

// finish records how much of each list's tail block is written.
func (x *exLists) finish(exacts []exactBuild) {
	for i := range exacts {
		if e := &exacts[i]; e.tail >= 0 {
			x.used[e.tail] = uint16(exBlock - len(e.room))
			e.room = nil
		}
	}
}

// tokenIDs is what one written form of a token resolves to.
type tokenIDs struct {
	term int32 // local term id (≥ 1), 0 when the token is too long to index
	ex   int32 // local exact-form id + 1, 0 when it carries no diacritic
}

// gapID marks, in the forward index, a place no phrase may span: the end of
// the title or of a paragraph, or a token too long to index.
const gapID = 0

// wideID escapes a local word id too large for one uint16: it is followed
// by the id's high and low halves.
const wideID = 0xFFFF

// builder indexes articles one after the other: document d is the text of
// the d-th add that finished (see begin).
type builder struct {
	short     shortTable       // written form (≤ 8 bytes) → ids: most tokens
	forms     formTable        // longer written forms → ids
	termIDs   map[string]int32 // folded → local term id
	exactID   map[string]int32
	terms     []termBuild // by local id; terms[0] is the gap
	state     []uint64    // by local id (stateDoc)
	exactKeys []string    // by local exact-form id
	exactN    []int32     // by local exact-form id: documents holding it
	// exactSeen[ex] is doc+1 of the last document in which scan met exact
	// form ex-1; exactSeen[0] stands for "no exact form" and always holds
	// the current document, so such tokens are never recorded.
	exactSeen []uint32
	dl        []uint32 // weighted length of each doc
	// tlen is the number of forward index entries of each doc's title:
	// merge counts each doc's words again from the forward index (see
	// scatter), so that no log of postings is written while building.
	tlen      []uint32
	docTerms  []int32 // distinct words of the current doc
	docExacts []int32 // exact forms of the current doc (each form as written once)
	fold      []byte
	pad       []byte     // scan's padded copy of the text
	masks     []uint64   // scan's blockMask of each block of the text
	runs      []run      // scan's runs of the text
	ids       []tokenIDs // scan's tokens of the text
	// Forward index: each doc's local word ids in order.
	chunks [][]uint16 // finished chunks
	cur    []uint16   // the chunk being filled
	docOff int        // where the current document starts in cur
	chunk  int        // largest chunk size
	// Size of the next chunk: they start small and double, so a small
	// corpus takes little memory and a large one gets large chunks
	// (advised for huge pages, see hugemem).
	fwdNext int
	fwdLoc  []fwdLoc
	// Each document's exact forms (local ids, each once, wideID escapes as
	// in the forward index), for mergeExact, which lists them by article in
	// the corpus's order: exChunks like chunks, exCur like cur.
	exChunks [][]uint16
	exCur    []uint16
	exLoc    []exLoc
	// forgotten: stamps for forget.
	forgotten []uint32
	// stamp is the next document's stamp (see doc): one more at every
	// add, finished or not.
	stamp uint32
	// Current document's stamp: the high half of a word's state and
	// exactSeen hold stamp+1 of the last document counted.
	doc uint32
}

// exLoc locates one document's exact forms: exChunks[chunk][start:end].
type exLoc struct {
	chunk, start, end uint32
}

func newBuilder() *builder {
	return &builder{
		short:     newShortTable(10),
		forms:     newFormTable(1 << 12),
		termIDs:   make(map[string]int32, 1<<13),
		exactID:   make(map[string]int32, 1<<13),
		terms:     make([]termBuild, 1, 1<<13),
		state:     make([]uint64, 1, 1<<13),
		exactSeen: make([]uint32, 1, 1<<13),
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
// uint64: one multiply to hash, one compare, no string. It is kept at most a
// quarter full, so that nearly every look-up ends at its first slot.
type shortTable struct {
	slots []shortSlot
	shift uint
	n     int
}

type shortSlot struct {
	key uint64 // 0 = empty (tokens hold no NUL byte)
	tokenIDs
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
	if 4*(t.n+1) > len(t.slots) {
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
	*t.find(key) = shortSlot{key: key, tokenIDs: ids}
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
	ids := tokenIDs{term: gapID}
	b.fold = model.AppendFold(b.fold[:0], form)
	if len(b.fold) <= maxTokenLen {
		id, ok := b.termIDs[string(b.fold)]
		if !ok {
			id = int32(len(b.terms))
			key := string(b.fold)
			b.termIDs[key] = id
			b.terms = append(b.terms, termBuild{key: key})
			b.state = append(b.state, 0)
		}
		ids.term = id
		if e, ok := appendExact(nil, form); ok {
			id, ok := b.exactID[string(e)]
			if !ok {
				id = int32(len(b.exactKeys))
				key := string(e)
				b.exactID[key] = id
				b.exactKeys = append(b.exactKeys, key)
				b.exactN = append(b.exactN, 0)
				b.exactSeen = append(b.exactSeen, 0)
			}
			ids.ex = id + 1
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
// It works in three tight loops over the text, each with few live values
// (one loop doing all three kept most of its state on the stack):
//
//  1. Runs. 64-byte blocks: a bit mask marks the bytes that may be part of a
//     word (mayBeWord), so each maximal run of such bytes is found with a
//     few bit operations, without a branch per byte. A run is preceded and
//     followed by ASCII separators (or the ends of the text), so the
//     tokenizer is between tokens at both ends of it. Each run's bytes, when
//     at most 8, are packed into its key.
//  2. Ids. When a run's key is a form already in the short table, the run is
//     that one token: the table holds only whole tokens as scanRun cut them,
//     all letters, digits and marks, so scanRun would cut the same token and
//     find the same entry. Any other run (a new form, a long token, a
//     non-ASCII separator inside) goes through scanRun, rune by rune, which
//     appends the ids of the tokens it cuts.
//  3. Record each token's ids in the document (recordIDs).
//
// The last blocks are read from a copy of the end of s followed by padLen
// zero bytes (b.pad, reused), so that neither the last block nor the 8-byte
// load of a run's key needs a case of its own: a zero byte is not part of a
// word. The other blocks, each followed by at least 64 bytes of s, are read
// from s itself: copying every paragraph whole was about 1.4 % of the CPU
// of loading 100,000 articles.
func (b *builder) scan(s string) uint32 {
	// Every buffer gets room for one token per two bytes (a token and a
	// separator), so the loops write in place without growing anything.
	room := (len(s)+1)/2 + 1
	if cap(b.docTerms)-len(b.docTerms) < room {
		b.docTerms = slices.Grow(b.docTerms, room)
	}
	if cap(b.docExacts)-len(b.docExacts) < room {
		b.docExacts = slices.Grow(b.docExacts, room)
	}
	if cap(b.runs) < room {
		b.runs = make([]run, max(2*cap(b.runs), room))
	}
	if cap(b.ids) < room {
		b.ids = make([]tokenIDs, 0, max(2*cap(b.ids), room))
	}
	runs := b.runsOf(s)
	ids := b.ids[:cap(b.ids)]
	ni := 0
	for len(runs) > 0 {
		k, n := b.short.lookupRuns(runs, ids[ni:])
		runs, ni = runs[k:], ni+n
		if len(runs) > 0 {
			// A run that is not a known form: rune by rune.
			b.ids = ids[:ni]
			b.scanRun(s[:runs[0].end], int(runs[0].start)) // appends within the room made above
			runs, ni = runs[1:], len(b.ids)
		}
	}
	b.recordIDs(ids[:ni])
	return uint32(ni)
}

// runsOf returns the runs of s (scan's step 1), in b.runs, which has room
// for them.
func (b *builder) runsOf(s string) []run {
	// The blocks followed by at least one more block of s are read from s
	// itself; the others from a copy of the rest followed by zeros.
	bulk := 0
	if len(s) >= 128 {
		bulk = (len(s) - 64) / 64
	}
	sb := unsafe.Slice(unsafe.StringData(s), len(s)) // read only
	nb := (len(s) + 63) / 64
	if cap(b.masks) < nb {
		b.masks = make([]uint64, max(2*cap(b.masks), nb))
	}
	masks := b.masks[:nb]
	for i := range bulk {
		masks[i] = blockMask(sb[64*i : 64*i+64])
	}
	// The text is read once from its start to its end (the copy last),
	// as the hardware's prefetching expects.
	tail := len(s) - 64*bulk
	if cap(b.pad) < tail+padLen {
		b.pad = make([]byte, max(2*cap(b.pad), tail+padLen))
	}
	buf := b.pad[:tail+padLen]
	copy(buf, s[64*bulk:])
	clear(buf[tail:])
	for i := bulk; i < nb; i++ {
		j := 64 * (i - bulk)
		masks[i] = blockMask(buf[j : j+64])
	}
	runs := b.runs[:cap(b.runs)]
	nr, carry := findRuns(sb, 0, masks[:bulk], runs, 0)
	nr2, _ := findRuns(buf, 64*bulk, masks[bulk:], runs[nr:], carry)
	runs = runs[:nr+nr2]
	return runs
}

// findRuns writes to runs the runs of buf, given the blockMask of each of
// its 64-byte blocks, and returns how many, and the carry for the next
// blocks (scan's step 1). Each block but the last is followed by at least
// 64 bytes of buf, the last by padLen bytes when buf is padded: scan's copy
// of the end of a text, ending with padLen zero bytes; a run that goes on
// past them ends at len(buf) (the text itself, read up to its end). carry
// is 1 when the byte before buf is part of a run (not a start); off is
// buf's place in the text.
func findRuns(buf []byte, off int, masks []uint64, runs []run, carry uint64) (int, uint64) {
	nr := 0
	for i, m := range masks {
		base := 64 * i
		// The block and the next (or the padding): a run of at most 8
		// bytes starting in the block ends within them.
		blk := (*[128]byte)(buf[base : base+128])
		starts := m &^ (m<<1 | carry)
		carry = m >> 63
		for starts != 0 {
			a := bits.TrailingZeros64(starts)
			starts &= starts - 1
			n := bits.TrailingZeros64(^(m >> a)) // bytes of the run within the block
			if a+n == 64 {                       // the run goes on in the next block
				for base+a+n < len(buf) && mayBeWord[buf[base+a+n]] { // the padding ends it
					n++
				}
			}
			key := uint64(longKey)
			if n <= 8 {
				key = load8b(blk[a:a+8]) & keyMask[n]
			}
			runs[nr] = run{key: key, start: int32(off + base + a), end: int32(off + base + a + n)}
			nr++
		}
	}
	return nr, carry
}

// lookupRuns writes to ids the ids of the leading runs whose keys are in the
// table, and returns how many runs that was (scan's step 2; ids has room for
// them all). It stops at the first run that is not.
func (t *shortTable) lookupRuns(runs []run, ids []tokenIDs) (k, n int) {
	slots, shift := t.slots, t.shift
	mask := uint64(len(slots) - 1)
	ids = ids[:len(runs)]
	for k, r := range runs {
		// shift < 64: "& 63" only spares the shift its range check.
		for h := (r.key * 0x9E3779B97F4A7C15) >> (shift & 63); ; h = (h + 1) & mask {
			sl := &slots[h]
			if sl.key == r.key {
				ids[k] = sl.tokenIDs
				break
			}
			if sl.key == 0 {
				return k, k
			}
		}
	}
	return len(runs), len(runs)
}

// run is a run of bytes that may be part of a word (scan), with its bytes
// packed in key when there are at most 8 of them, longKey otherwise.
type run struct {
	key        uint64
	start, end int32
}

// longKey is the key of a run longer than 8 bytes: it is never in the short
// table, whose keys have a non-zero low byte (a token's first byte).
const longKey = 1 << 63

// recordIDs records the tokens of ids, in order, in the current document:
// the forward index, the words' states and the document's lists of words and
// exact forms. The lists have room for every token (scan). recordSome does
// the work while the forward index's chunk has room; at its end, put starts
// the next chunk exactly where it always did (when a chunk is full).
func (b *builder) recordIDs(ids []tokenIDs) {
	for len(ids) > 0 {
		ids = ids[b.recordSome(ids):]
		if len(ids) > 0 {
			t := ids[0]
			if t.term < wideID {
				b.put(uint16(t.term))
			} else {
				b.put(wideID)
				b.put(uint16(t.term >> 16))
				b.put(uint16(t.term))
			}
			b.count(t)
			ids = ids[1:]
		}
	}
}

// count records token t in the word states and the document's lists:
// recordSome's work but the forward index, for a token put one entry at a
// time.
func (b *builder) count(t tokenIDs) {
	doc1 := b.doc + 1
	st := &b.state[t.term]
	if *st>>stateDoc != uint64(doc1) {
		*st = uint64(doc1) << stateDoc
		b.docTerms = append(b.docTerms, t.term)
	}
	*st++
	if b.exactSeen[t.ex] != doc1 {
		b.exactSeen[t.ex] = doc1
		b.docExacts = append(b.docExacts, t.ex)
	}
}

// recordSome records the leading tokens of ids for which the forward
// index's chunk has room, and returns how many. Its three loops are
// functions of their own that make no call and each touch few arrays, so
// that they keep their values in registers.
// The word's state and the exact form are recorded without branches: both
// are written to the next free place, which is kept only when new to the
// document. state[0] (a too-long token, gapID) and exactSeen[0] (no exact
// form) always hold the current document, so they are never kept.
func (b *builder) recordSome(ids []tokenIDs) int {
	k, nf := fwdIDs(ids, b.cur[len(b.cur):cap(b.cur)])
	b.cur = b.cur[:len(b.cur)+nf]
	ids = ids[:k]
	doc1 := b.doc + 1
	nd := len(b.docTerms)
	b.docTerms = b.docTerms[:nd+countWords(ids, b.state, b.docTerms[nd:cap(b.docTerms)], doc1)]
	ne := len(b.docExacts)
	b.docExacts = b.docExacts[:ne+countExacts(ids, b.exactSeen, b.docExacts[ne:cap(b.docExacts)], doc1)]
	return k
}

// fwdIDs writes the word ids of the leading tokens of ids that fit to fw,
// and returns how many tokens and entries that was.
//
//go:noinline // its loop keeps its values in registers only in a function of its own
func fwdIDs(ids []tokenIDs, fw []uint16) (k, nf int) {
	for ; k < len(ids); k++ {
		if id := ids[k].term; id < wideID {
			if nf == len(fw) {
				break
			}
			fw[nf] = uint16(id)
			nf++
		} else {
			if len(fw)-nf < 3 {
				break
			}
			fw[nf], fw[nf+1], fw[nf+2] = wideID, uint16(id>>16), uint16(id)
			nf += 3
		}
	}
	return k, nf
}

// countWords counts each token of ids in its word's state, writes the words
// new to document doc1-1 to out, and returns how many.
//
//go:noinline // its loop keeps its values in registers only in a function of its own
func countWords(ids []tokenIDs, state []uint64, out []int32, doc1 uint32) int {
	n := 0
	// Documents come in increasing order, so a state is of this document
	// exactly when it is at least cur.
	cur := uint64(doc1) << stateDoc
	for _, t := range ids {
		st := &state[t.term]
		v := *st
		isNew := v < cur
		if isNew {
			v = cur
		}
		*st = v + 1
		out[n] = t.term
		n += b2i(isNew)
	}
	return n
}

// countExacts writes to out the exact forms of ids new to document doc1-1
// and returns how many.
//
//go:noinline // its loop keeps its values in registers only in a function of its own
func countExacts(ids []tokenIDs, seen []uint32, out []int32, doc1 uint32) int {
	n := 0
	for _, t := range ids {
		s := &seen[t.ex]
		out[n] = t.ex
		n += b2i(*s != doc1)
		*s = doc1
	}
	return n
}

// padLen is the number of zero bytes scan puts after a text: two blocks, so
// that the last block, and the block after any block, can be read without a
// bounds case (findRuns reads a run's key from the pair).
const padLen = 128

// b2i is 1 for true, 0 for false (compiled without a branch).
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// scanRun appends to b.ids the ids of the tokens of s[i:], cut rune by
// rune.
func (b *builder) scanRun(s string, i int) {
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
			return
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
		var ids tokenIDs
		if i-start <= 8 {
			key := packShort(s, start, i)
			if sl := b.short.find(key); sl.key != 0 {
				ids = sl.tokenIDs
			} else {
				ids = b.resolve(s[start:i])
				b.short.put(key, ids)
			}
		} else {
			ids = b.resolve(s[start:i])
		}
		b.ids = append(b.ids, ids)
	}
}

// keyMask[n] keeps the low n bytes of a word.
var keyMask = [9]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFF_FFFFFFFF, 0xFFFF_FFFFFFFF, 0xFFFFFF_FFFFFFFF, ^uint64(0)}

// blockMask has bit k set when w[k] may be part of a word (mayBeWord).
func blockMask(w []byte) uint64 {
	w = w[:64]
	return wordBits(w[0:8]) | wordBits(w[8:16])<<8 | wordBits(w[16:24])<<16 | wordBits(w[24:32])<<24 |
		wordBits(w[32:40])<<32 | wordBits(w[40:48])<<40 | wordBits(w[48:56])<<48 | wordBits(w[56:64])<<56
}

// wordBits has bit k set when w[k] may be part of a word (k < 8).
func wordBits(w []byte) uint64 {
	return movemask(wordBytes(load8b(w)))
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

// load8b is w[:8] as a little-endian word (one load).
func load8b(w []byte) uint64 {
	return binary.LittleEndian.Uint64(w)
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
	b.begin()
	nt := b.scan(a.Title)
	// newChunk moves the document's entries, never the title's count.
	b.tlen = append(b.tlen, uint32(len(b.cur)-b.docOff))
	n := uint32(0)
	for _, p := range a.Body {
		b.put(gapID) // no phrase spans two paragraphs
		n += b.scan(p)
	}
	b.fwdLoc = append(b.fwdLoc, fwdLoc{chunk: uint32(len(b.chunks)), start: uint32(b.docOff), end: uint32(len(b.cur))})
	b.putExacts()
	// Nothing below can fail, and the last line records the document.
	for _, id := range b.docTerms {
		b.terms[id].n++
	}
	for _, ex := range b.docExacts {
		b.exactN[ex-1]++
	}
	b.dl = append(b.dl, titleWeight*nt+n)
}

// begin starts a document.
func (b *builder) begin() {
	// An add that panicked part-way (the loader recovers a panic in its
	// sink and drops the article) may have left entries for a document
	// it never recorded: cut them, so that document d is the d-th add
	// that finished. Its stamp (b.doc) is never used again, so no word's
	// state still counts for the next document.
	d := len(b.dl)
	b.tlen, b.fwdLoc, b.exLoc = b.tlen[:d], b.fwdLoc[:d], b.exLoc[:d]
	b.doc = b.stamp
	b.stamp++
	b.docTerms = b.docTerms[:0]
	b.docExacts = b.docExacts[:0]
	b.docOff = len(b.cur)
	b.exactSeen[0] = b.doc + 1
	b.state[0] = uint64(b.doc+1) << stateDoc
}

// putExacts records the current document's exact forms (b.docExacts).
func (b *builder) putExacts() {
	room := 3 * len(b.docExacts)
	if cap(b.exCur)-len(b.exCur) < room {
		if len(b.exCur) > 0 {
			b.exChunks = append(b.exChunks, b.exCur)
		}
		b.exCur = hugemem.Make[uint16](0, max(room, min(b.chunk, 1<<16<<min(len(b.exChunks), 6))))
	}
	start := len(b.exCur)
	for _, ex := range b.docExacts {
		e := ex - 1
		if e < wideID {
			b.exCur = append(b.exCur, uint16(e))
		} else {
			b.exCur = append(b.exCur, wideID, uint16(e>>16), uint16(e))
		}
	}
	b.exLoc = append(b.exLoc, exLoc{chunk: uint32(len(b.exChunks)), start: uint32(start), end: uint32(len(b.exCur))})
}

// exactsOf is document d's exact forms (see exChunks).
func (b *builder) exactsOf(d uint32) []uint16 {
	l := b.exLoc[d]
	if l.start == l.end {
		return nil
	}
	if int(l.chunk) == len(b.exChunks) {
		return b.exCur[l.start:l.end]
	}
	return b.exChunks[l.chunk][l.start:l.end]
}

// forget takes document d, which no article refers to, out of the words'
// document counts.
func (b *builder) forget(d uint32) {
	if b.forgotten == nil {
		b.forgotten = make([]uint32, len(b.terms))
	}
	l := b.fwdLoc[d]
	if l.start == l.end {
		return
	}
	var e []uint16
	if int(l.chunk) == len(b.chunks) {
		e = b.cur[l.start:l.end]
	} else {
		e = b.chunks[l.chunk][l.start:l.end]
	}
	for k := 0; k < len(e); k++ {
		id := int32(e[k])
		if id == wideID {
			id = int32(e[k+1])<<16 | int32(e[k+2])
			k += 2
		}
		if id != gapID && b.forgotten[id] != d+1 {
			b.forgotten[id] = d + 1
			b.terms[id].n--
		}
	}
	ex := b.exactsOf(d)
	for k := 0; k < len(ex); k++ {
		l := int32(ex[k])
		if l == wideID {
			l = int32(ex[k+1])<<16 | int32(ex[k+2])
			k += 2
		}
		b.exactN[l]--
	}
}

// merge joins the builders' dictionaries and postings into the index;
// article i's text is document refs[i].doc of parts[refs[i].part].
// The exact forms' lists are made by at most workers goroutines.
func (ix *Index) merge(parts []*builder, refs []docRef, denseAt, workers int) {
	// The exact forms first, beside the dictionary's work: the dense
	// arrays are then cut from their blocks' slabs (see below).
	exDone := make(chan struct{})
	var exSlabs [][]byte
	go func() {
		defer close(exDone)
		exSlabs = ix.mergeExact(parts, refs, workers)
	}()
	// Document lengths.
	ix.dl = make([]uint32, ix.n)
	var total float64
	for i, r := range refs {
		l := parts[r.part].dl[r.doc]
		ix.dl[i] = l
		total += float64(l)
	}
	avgdl := 1.0
	if ix.n > 0 && total > 0 {
		avgdl = total / float64(ix.n)
	}
	// Dictionary: sorted union of the folded words some article holds
	// (not those only of texts no article refers to, see forget).
	var keys []string
	seen := map[string]bool{}
	for _, b := range parts {
		for i := 1; i < len(b.terms); i++ {
			if k := b.terms[i].key; b.terms[i].n > 0 && !seen[k] {
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
	// Forward index parts, and local id → global id per builder.
	ix.fwd = make([]fwdPart, len(parts))
	toGlobal := make([][]int32, len(parts))
	for p, b := range parts {
		toLocal := make([]int32, nt)
		for i := range toLocal {
			toLocal[i] = -1
		}
		tg := make([]int32, len(b.terms))
		for i := 1; i < len(b.terms); i++ {
			if b.terms[i].n == 0 {
				continue // in no article: no article's entries name it
			}
			g := gid[b.terms[i].key]
			toLocal[g] = int32(i)
			tg[i] = g
		}
		toGlobal[p] = tg
		ix.fwd[p] = fwdPart{
			chunks:  b.finishChunks(),
			toLocal: toLocal,
			wide:    len(b.terms) >= wideID,
		}
	}
	ix.loc = make([]docLoc, ix.n)
	for i, r := range refs {
		l := parts[r.part].fwdLoc[r.doc]
		ix.loc[i] = docLoc{part: r.part, chunk: l.chunk, start: l.start, end: l.end}
	}
	// Document frequencies; the dense words (see Index.dense) get their
	// arrays now, the others room for their postings.
	df := make([]uint32, nt)
	for p, b := range parts {
		for i := 1; i < len(b.terms); i++ {
			if n := b.terms[i].n; n > 0 {
				df[toGlobal[p][i]] += uint32(n)
			}
		}
	}
	if denseAt <= 0 {
		denseAt = denseMin(ix.n)
	}
	ix.cum = make([]uint32, nt+1)
	ix.postOff = make([]uint32, nt+1)
	ix.idf = make([]float32, nt)
	ix.dense = make([][]uint8, nt)
	// The dense arrays are cut from the exact forms' slabs where they fit
	// (mergeExact is done with them): that memory is already touched, and
	// fresh memory is slow to touch the first time (≈ 1.5 ns a byte here).
	// A piece of a slab is cleared before use.
	<-exDone
	slabs := exSlabs
	var np, nc uint32
	for g, f := range df {
		ix.cum[g] = nc
		nc += f
		ix.postOff[g] = np
		if int(f) >= denseAt {
			for len(slabs) > 0 && len(slabs[0]) < ix.n {
				slabs = slabs[1:]
			}
			if len(slabs) > 0 {
				ix.dense[g], slabs[0] = slabs[0][:ix.n:ix.n], slabs[0][ix.n:]
				clear(ix.dense[g])
			} else {
				ix.dense[g] = make([]uint8, ix.n)
			}
		} else {
			np += f
		}
		ix.idf[g] = float32(max(idfFloor, math.Log(1+(float64(ix.n)-float64(f)+0.5)/(float64(f)+0.5))))
	}
	ix.cum[nt] = nc
	ix.postOff[nt] = np
	ix.docs = hugemem.Make[uint32](int(np), int(np))
	ix.impact = hugemem.Make[uint8](int(np), int(np))
	// Scatter the postings with their impacts, on two goroutines: one
	// takes the first half of the articles in order and fills each word's
	// postings from the front, the other takes the second half backwards
	// and fills them from the back. They meet exactly where the first
	// half's postings of the word end, with no counting pass before.
	front := slices.Clone(ix.postOff[:nt])
	back := slices.Clone(ix.postOff[1:])
	mid := ix.n / 2
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.scatter(parts, toGlobal, refs, 0, mid, false, front, avgdl)
	}()
	ix.scatter(parts, toGlobal, refs, mid, ix.n, true, back, avgdl)
	wg.Wait()
	ix.buildPrefixBitmaps()
}

// smallTF: scatter computes the impacts of the weighted frequencies up to
// this once per document.
const smallTF = 7

// scatter writes the postings of articles lo..hi-1, in that order or, with
// backward, the other way, and their impacts, into ix.docs and ix.impact:
// pos[g] is where word g's next posting goes (backward: where its last
// one went). It counts each document's words again from its forward index
// entries, which costs less than writing and reading back a log of
// postings: that log was 3 bytes a posting of fresh memory, and fresh
// memory is slow to touch.
func (ix *Index) scatter(parts []*builder, toGlobal [][]int32, refs []docRef, lo, hi int, backward bool, pos []uint32, avgdl float64) {
	// states[p][l]: stateDoc high half, the document (its stamp) it
	// counts; low half, the weighted frequency there. states[p][0], the
	// gap, never joins a document's list: its high half is above every
	// stamp.
	states := make([][]uint64, len(parts))
	maxTerms := 0
	for p, b := range parts {
		states[p] = make([]uint64, len(b.terms))
		states[p][0] = 1 << 62
		maxTerms = max(maxTerms, len(b.terms))
	}
	list := make([]int32, maxTerms)
	for k := range hi - lo {
		i := lo + k
		if backward {
			i = hi - 1 - k
		}
		r := refs[i]
		b := parts[r.part]
		loc := b.fwdLoc[r.doc]
		if loc.start == loc.end {
			continue // no text (its chunk may not exist)
		}
		e := ix.fwd[r.part].chunks[loc.chunk][loc.start:loc.end]
		tl := b.tlen[r.doc]
		state := states[r.part]
		cur := uint64(k+1) << stateDoc
		var n int
		if ix.fwd[r.part].wide {
			n = countWide(e[:tl], state, list, cur, titleWeight, 0)
			n = countWide(e[tl:], state, list, cur, 1, n)
		} else {
			n = countFwd(e[:tl], state, list, cur, titleWeight, 0)
			n = countFwd(e[tl:], state, list, cur, 1, n)
		}
		if n == 0 {
			continue
		}
		dl := float64(ix.dl[i])
		// Most postings have a small weighted frequency: their impacts,
		// computed once per document by the same function.
		var small [smallTF + 1]uint8
		for f := 1; f <= smallTF; f++ {
			small[f] = quantImpact(float64(f), dl, avgdl)
		}
		if backward {
			scatterBack(ix, list[:n], state, toGlobal[r.part], pos, uint32(i), &small, dl, avgdl)
		} else {
			scatterDoc(ix, list[:n], state, toGlobal[r.part], pos, uint32(i), &small, dl, avgdl)
		}
	}
}

// countFwd adds weight w to the state of each word of the forward index
// entries e (no wide ids), appends the words new to the document (cur) to
// list from n on, and returns the new length.
//
//go:noinline // its loop keeps its values in registers only in a function of its own
func countFwd(e []uint16, state []uint64, list []int32, cur, w uint64, n int) int {
	for _, v := range e {
		st := &state[v]
		s := *st
		isNew := s < cur
		if isNew {
			s = cur
		}
		*st = s + w
		list[n] = int32(v)
		n += b2i(isNew)
	}
	return n
}

// countWide is countFwd for entries that may hold wide ids.
func countWide(e []uint16, state []uint64, list []int32, cur, w uint64, n int) int {
	for k := 0; k < len(e); k++ {
		id := int32(e[k])
		if id == wideID {
			id = int32(e[k+1])<<16 | int32(e[k+2])
			k += 2
		}
		st := &state[id]
		s := *st
		isNew := s < cur
		if isNew {
			s = cur
		}
		*st = s + w
		list[n] = id
		n += b2i(isNew)
	}
	return n
}

// scatterDoc writes one document's postings (the local words of list,
// their weighted frequencies in the low half of their state, tg their
// global ids) at pos and their impacts, or, for a dense word, the impact
// into its array; small holds the impacts of the frequencies up to
// smallTF.
func scatterDoc(ix *Index, list []int32, state []uint64, tg []int32, pos []uint32, doc uint32, small *[smallTF + 1]uint8, dl, avgdl float64) {
	for _, l := range list {
		imp := impactOf(state[l], small, dl, avgdl)
		g := tg[l]
		if d := ix.dense[g]; d != nil {
			d[doc] = imp
			continue
		}
		o := pos[g]
		pos[g] = o + 1
		ix.docs[o] = doc
		ix.impact[o] = imp
	}
}

// scatterBack is scatterDoc for documents taken last first: pos[g] is
// where word g's posting after this one went.
func scatterBack(ix *Index, list []int32, state []uint64, tg []int32, pos []uint32, doc uint32, small *[smallTF + 1]uint8, dl, avgdl float64) {
	for _, l := range list {
		imp := impactOf(state[l], small, dl, avgdl)
		g := tg[l]
		if d := ix.dense[g]; d != nil {
			d[doc] = imp
			continue
		}
		o := pos[g] - 1
		pos[g] = o
		ix.docs[o] = doc
		ix.impact[o] = imp
	}
}

// impactOf is the impact of a word's weighted frequency, the low half of
// its state st.
func impactOf(st uint64, small *[smallTF + 1]uint8, dl, avgdl float64) uint8 {
	f := min(uint32(st), math.MaxUint8)
	if f <= smallTF {
		return small[f]
	}
	return quantImpact(float64(f), dl, avgdl)
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

// finishChunks returns the forward index's chunks. The last one stays where
// it is, its capacity cut to its length: a trimmed copy was up to 8 MB a
// builder of fresh memory to write (slow to touch the first time), while
// the end of the chunk that was never written was never touched either.
func (b *builder) finishChunks() [][]uint16 {
	if len(b.cur) > 0 {
		b.chunks = append(b.chunks, b.cur[:len(b.cur):len(b.cur)])
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

// mergeExact lists the articles of each exact form, in article order,
// from each article's forms (exactsOf), and returns the slabs its lists
// were written in, free for other use.
func (ix *Index) mergeExact(parts []*builder, refs []docRef, workers int) [][]byte {
	var keys []string
	seen := map[string]bool{}
	for _, b := range parts {
		for l, k := range b.exactKeys {
			if b.exactN[l] > 0 && !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	ix.exactKeys = keys
	gid := make(map[string]int32, len(keys))
	for g, k := range keys {
		gid[k] = int32(g)
	}
	toGlobal := make([][]int32, len(parts))
	for p, b := range parts {
		tg := make([]int32, len(b.exactKeys))
		for l, k := range b.exactKeys {
			tg[l] = gid[k] // forms of no article: never looked up
		}
		toGlobal[p] = tg
	}
	// Each goroutine lists the forms of a contiguous run of the articles;
	// the runs' lists of a form are then joined in order.
	runs := max(1, min(workers, len(refs)/256))
	halves := make([]exactRun, runs)
	var wg sync.WaitGroup
	for h := range halves {
		wg.Add(1)
		go func() {
			defer wg.Done()
			lo, hi := len(refs)*h/runs, len(refs)*(h+1)/runs
			halves[h].list(parts, toGlobal, refs, lo, hi, len(keys))
		}()
	}
	wg.Wait()
	total := 0
	for h := range halves {
		for _, u := range halves[h].x.used {
			total += int(u)
		}
	}
	// Re-basing a run's first article on the previous run's last makes
	// its varint no longer: total is enough.
	blob := hugemem.Make[byte](0, total)
	ix.exactOff = make([]uint64, len(keys)+1)
	for g := range keys {
		ix.exactOff[g] = uint64(len(blob))
		prev := int64(-1) // the last article listed for this form
		for h := range halves {
			r := &halves[h]
			k := r.lists[g].head
			if k < 0 {
				continue
			}
			x := &r.x
			docs := x.block(k)[:x.used[k]]
			if prev >= 0 {
				first, n := binary.Uvarint(docs)
				blob = binary.AppendUvarint(blob, first-uint64(prev))
				docs = docs[n:]
			}
			blob = append(blob, docs...)
			for k = x.next[k]; k >= 0; k = x.next[k] {
				blob = append(blob, x.block(k)[:x.used[k]]...)
			}
			prev = int64(r.last[g]) - 1
		}
	}
	ix.exactOff[len(keys)] = uint64(len(blob))
	ix.exactDocs = slices.Clip(blob)
	var slabs [][]byte
	for h := range halves {
		slabs = append(slabs, halves[h].x.slabs...)
	}
	return slabs
}

// exactRun is the exact forms' article lists of a run of articles.
type exactRun struct {
	x     exLists
	lists []exactBuild // by global form
	last  []uint32     // by global form: doc+1 of the last article listed
}

// list lists the exact forms of articles lo..hi-1 (n forms in all).
func (r *exactRun) list(parts []*builder, toGlobal [][]int32, refs []docRef, lo, hi, n int) {
	r.lists = make([]exactBuild, n)
	for g := range r.lists {
		r.lists[g] = exactBuild{head: -1, tail: -1}
	}
	r.last = make([]uint32, n)
	for i := lo; i < hi; i++ {
		ref := refs[i]
		ex := parts[ref.part].exactsOf(ref.doc)
		tg := toGlobal[ref.part]
		doc := uint32(i)
		for k := 0; k < len(ex); k++ {
			l := int32(ex[k])
			if l == wideID {
				l = int32(ex[k+1])<<16 | int32(ex[k+2])
				k += 2
			}
			g := tg[l]
			prev := uint32(0)
			if v := r.last[g]; v > 0 {
				prev = v - 1
			}
			r.last[g] = doc + 1
			e := &r.lists[g]
			if len(e.room) < binary.MaxVarintLen32 {
				r.x.newBlock(e)
			}
			e.room = putUvarint(e.room, doc-prev)
		}
	}
	r.x.finish(r.lists)
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
			if hi-lo > 1 && ix.rangeDF(lo, hi) >= prefixMin(ix.n) {
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
				ix.orRange(bm, jobs[j].lo, jobs[j].hi)
				out[j] = bm
			}
		}()
	}
	wg.Wait()
	for j, jb := range jobs {
		ix.prefixBM[jb.prefix] = out[j]
	}
}

// orRange sets in bm the articles holding any of the words lo..hi-1.
func (ix *Index) orRange(bm []uint64, lo, hi int) {
	for g := lo; g < hi; g++ {
		if d := ix.dense[g]; d != nil {
			orDense(bm, d)
			continue
		}
		for _, d := range ix.postings(g) {
			bm[d>>6] |= 1 << (d & 63)
		}
	}
}

// orDense sets in bm the articles with an impact in imp (one byte per
// article, 0 where the word is absent), 64 articles a step.
func orDense(bm []uint64, imp []uint8) {
	n := len(imp)
	w := 0
	for ; 64*w+64 <= n; w++ {
		bm[w] |= nonzeroMask64((*[64]byte)(imp[64*w : 64*w+64]))
	}
	for d := 64 * w; d < n; d++ {
		if imp[d] != 0 {
			bm[d>>6] |= 1 << (d & 63)
		}
	}
}

// nonzeroMask64 has bit k set when blk[k] != 0.
func nonzeroMask64(blk *[64]byte) uint64 {
	return nonzeroBits(blk[0:8]) | nonzeroBits(blk[8:16])<<8 | nonzeroBits(blk[16:24])<<16 | nonzeroBits(blk[24:32])<<24 |
		nonzeroBits(blk[32:40])<<32 | nonzeroBits(blk[40:48])<<40 | nonzeroBits(blk[48:56])<<48 | nonzeroBits(blk[56:64])<<56
}

// nonzeroBits has bit k set when w[k] != 0 (k < 8).
func nonzeroBits(w []byte) uint64 {
	const (
		low7 = 0x7F7F7F7F7F7F7F7F
		high = 0x8080808080808080
	)
	x := load8b(w)
	return movemask(((x&low7 + low7) | x) & high)
}
