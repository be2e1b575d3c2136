package search

import (
	"encoding/binary"
	"hash/maphash"
	"math"
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
}

// termBuild is one word's postings in one builder, compact until merged.
type termBuild struct {
	key  string
	n    int    // postings
	last uint32 // last article with a posting
	docs []byte // delta-varint article IDs (the first relative to 0)
	tfw  []byte // weighted term frequency per posting (title counts titleWeight times), at most 255
}

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
	docTerms  []int32  // distinct words of the current doc
	fold      []byte
	// Forward index: each doc's local word ids in order.
	chunks [][]uint16 // finished chunks
	cur    []uint16   // the chunk being filled
	docOff int        // where the current document starts in cur
	chunk  int        // chunk size
	fwdLoc []fwdLoc
	// Current document.
	doc   uint32
	title bool
	n     uint32 // tokens outside the title
	nt    uint32 // tokens in the title
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

// scan records the tokens of text in the current document.
func (b *builder) scan(text string) {
	s := text
	i := 0
	for {
		// Skip separators.
		for i < len(s) {
			c := s[i]
			if c < utf8.RuneSelf {
				if asciiWord[c] {
					break
				}
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
			if c < utf8.RuneSelf {
				if !asciiWord[c] {
					break
				}
				i++
				continue
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

// token records one token of the current document.
func (b *builder) token(ids tokenIDs) {
	if b.title {
		b.nt++
	} else {
		b.n++
	}
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
	doc := b.doc
	t := &b.state[id]
	if t.lastDoc != doc+1 {
		t.lastDoc = doc + 1
		t.cnt, t.tt = 0, 0
		b.docTerms = append(b.docTerms, id)
	}
	t.cnt++
	if b.title {
		t.tt++
	}
	if e := ids.exact; e >= 0 && b.exactLast[e] != doc+1 {
		prev := uint32(0)
		if b.exactLast[e] > 0 {
			prev = b.exactLast[e] - 1
		}
		b.exactLast[e] = doc + 1
		b.exacts[e].docs = appendUvarint(b.exacts[e].docs, doc-prev)
	}
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isASCIIWord(byte(c))
	}
	return t
}()

func (b *builder) add(a *model.Article) {
	b.doc = uint32(b.first + len(b.dl))
	b.n, b.nt = 0, 0
	b.docTerms = b.docTerms[:0]
	b.docOff = len(b.cur)
	b.title = true
	b.scan(a.Title)
	b.title = false
	for _, p := range a.Body {
		b.put(gapID) // no phrase spans two paragraphs
		b.scan(p)
	}
	b.fwdLoc = append(b.fwdLoc, fwdLoc{chunk: uint32(len(b.chunks)), start: uint32(b.docOff), end: uint32(len(b.cur))})
	b.dl = append(b.dl, titleWeight*b.nt+b.n)
	for _, id := range b.docTerms {
		st := &b.state[id]
		t := &b.terms[id]
		tfw := titleWeight*st.tt + (st.cnt - st.tt)
		t.docs = appendUvarint(t.docs, b.doc-t.last)
		t.last = b.doc
		if len(t.tfw) == cap(t.tfw) {
			// Double (append grows large slices by 1.25×, copying long
			// lists about four times over).
			t.tfw = append(make([]byte, 0, max(2*cap(t.tfw), 8)), t.tfw...)
		}
		t.tfw = append(t.tfw, uint8(min(tfw, math.MaxUint8)))
		t.n++
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
	for p, b := range parts {
		toLocal := make([]int32, nt)
		for i := range toLocal {
			toLocal[i] = -1
		}
		for i := 1; i < len(b.terms); i++ {
			toLocal[gid[b.terms[i].key]] = int32(i)
		}
		ix.fwd[p] = fwdPart{
			first:   b.first,
			chunks:  b.finishChunks(),
			loc:     b.fwdLoc,
			toLocal: toLocal,
			wide:    len(b.terms) >= wideID,
		}
	}
	// Offsets of each word's postings.
	ix.postOff = make([]uint32, nt+1)
	var np uint32
	for g := 0; g < nt; g++ {
		ix.postOff[g] = np
		for p, b := range parts {
			if l := ix.fwd[p].toLocal[g]; l >= 0 {
				np += uint32(b.terms[l].n)
			}
		}
	}
	ix.postOff[nt] = np
	ix.docs = make([]uint32, np)
	ix.impact = make([]uint8, np)
	ix.idf = make([]float32, nt)
	ix.dense = make([][]uint8, nt)
	// Copy postings, compute impacts, in parallel over words.
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := w; g < nt; g += workers {
				o := ix.postOff[g]
				for p, b := range parts {
					l := ix.fwd[p].toLocal[g]
					if l < 0 {
						continue
					}
					t := &b.terms[l]
					d := uint32(0)
					buf := t.docs
					for k := 0; k < t.n; k++ {
						v, n := binary.Uvarint(buf)
						buf = buf[n:]
						d += uint32(v)
						ix.docs[int(o)+k] = d
						ix.impact[int(o)+k] = quantImpact(float64(t.tfw[k]), float64(ix.dl[d]), avgdl)
					}
					o += uint32(t.n)
					t.docs, t.tfw = nil, nil // let the GC have it back early
				}
				df := int(ix.postOff[g+1] - ix.postOff[g])
				ix.idf[g] = float32(math.Log(1 + (float64(ix.n)-float64(df)+0.5)/(float64(df)+0.5)))
				if df >= denseMin(ix.n) {
					ix.dense[g] = ix.denseOf(g)
				}
			}
		}()
	}
	// Exact forms.
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.mergeExact(parts)
	}()
	wg.Wait()
	ix.buildPrefixBitmaps()
}

// fwdChunk is the size of the forward index's chunks (uint16 entries).
// Chunks hold whole documents, so none is copied as the index grows.
const fwdChunk = 1 << 20

// put appends one entry to the forward index.
func (b *builder) put(v uint16) {
	if len(b.cur) == cap(b.cur) {
		// Start a new chunk, moving the current document's entries.
		partial := b.cur[b.docOff:]
		nc := make([]uint16, 0, max(b.chunk, 2*len(partial)+16))
		nc = append(nc, partial...)
		if b.docOff > 0 {
			b.chunks = append(b.chunks, b.cur[:b.docOff:b.docOff])
		}
		b.cur, b.docOff = nc, 0
	}
	b.cur = append(b.cur, v)
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
	blob := make([]byte, 0, total)
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
