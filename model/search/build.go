package search

import (
	"encoding/binary"
	"math"
	"runtime"
	"slices"
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
		parts[w] = b
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				b.add(&articles[i])
			}
		}()
	}
	ix := &Index{n: n}
	wg.Add(1)
	go func() {
		defer wg.Done()
		ix.buildFields(articles)
	}()
	wg.Wait()
	ix.merge(parts)
	return ix
}

// termBuild is one word's postings in one builder.
type termBuild struct {
	key     string
	docs    []uint32
	tfw     []uint16 // weighted term frequency (title counts titleWeight times)
	pos     []byte   // per posting: varint count, then varint position deltas
	lastDoc uint32   // doc+1 of the last posting
	cnt     uint32   // occurrences in the current doc
	tt      uint32   // occurrences in the current doc's title
	lastPos uint32
}

type exactBuild struct {
	key     string
	docs    []uint32
	lastDoc uint32
}

// tokenIDs is what one written form of a token resolves to.
type tokenIDs struct {
	term  int32 // local term id, -1 when the token is too long to index
	exact int32 // local exact-form id, -1 when it carries no diacritic
}

// builder indexes a contiguous run of articles.
type builder struct {
	first   int
	forms   map[string]tokenIDs // written form → ids (most tokens hit this)
	termIDs map[string]int32    // folded → local term id
	exactID map[string]int32
	terms   []termBuild
	exacts  []exactBuild
	dl      []uint32 // weighted length of each doc
	scratch []int32  // term id per position of the current doc (-1 = gap)
	titleN  int
	fold    []byte
}

func newBuilder(first int) *builder {
	return &builder{
		first:   first,
		forms:   make(map[string]tokenIDs, 1<<14),
		termIDs: make(map[string]int32, 1<<13),
		exactID: make(map[string]int32, 1<<13),
	}
}

func (b *builder) resolve(form string) tokenIDs {
	if ids, ok := b.forms[form]; ok {
		return ids
	}
	ids := tokenIDs{term: -1, exact: -1}
	b.fold = model.AppendFold(b.fold[:0], form)
	if len(b.fold) <= maxTokenLen {
		id, ok := b.termIDs[string(b.fold)]
		if !ok {
			id = int32(len(b.terms))
			key := string(b.fold)
			b.termIDs[key] = id
			b.terms = append(b.terms, termBuild{key: key})
		}
		ids.term = id
		if e, ok := appendExact(nil, form); ok {
			id, ok := b.exactID[string(e)]
			if !ok {
				id = int32(len(b.exacts))
				key := string(e)
				b.exactID[key] = id
				b.exacts = append(b.exacts, exactBuild{key: key})
			}
			ids.exact = id
		}
	}
	// Keep the map's key independent of the article text.
	b.forms[string([]byte(form))] = ids
	return ids
}

// scan appends the term ids of text's tokens to the scratch list, and
// records exact forms for the doc.
func (b *builder) scan(text string, doc uint32) {
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
			r, size := utf8.DecodeRuneInString(s[i:])
			if runeClass(r) == classWord {
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
			r, size := utf8.DecodeRuneInString(s[i:])
			if runeClass(r) == classSep {
				break
			}
			i += size
		}
		ids := b.resolve(s[start:i])
		b.scratch = append(b.scratch, ids.term)
		if ids.exact >= 0 {
			e := &b.exacts[ids.exact]
			if e.lastDoc != doc+1 {
				e.lastDoc = doc + 1
				e.docs = append(e.docs, doc)
			}
		}
	}
}

var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isASCIIWord(byte(c))
	}
	return t
}()

func (b *builder) add(a *model.Article) {
	doc := uint32(b.first + len(b.dl))
	b.scratch = b.scratch[:0]
	b.scan(a.Title, doc)
	b.titleN = len(b.scratch)
	for _, p := range a.Body {
		b.scratch = append(b.scratch, -1) // gap: no phrase spans two paragraphs
		b.scan(p, doc)
	}
	// Pass 1: count occurrences per term.
	bodyN := 0
	for p, id := range b.scratch {
		if id < 0 {
			continue
		}
		t := &b.terms[id]
		if t.lastDoc != doc+1 {
			t.lastDoc = doc + 1
			t.cnt, t.tt = 0, 0
		}
		t.cnt++
		if p < b.titleN {
			t.tt++
		} else {
			bodyN++
		}
	}
	b.dl = append(b.dl, uint32(titleWeight*b.titleN+bodyN))
	// Pass 2: write postings and positions.
	for p, id := range b.scratch {
		if id < 0 {
			continue
		}
		t := &b.terms[id]
		if t.cnt > 0 {
			tfw := titleWeight*t.tt + (t.cnt - t.tt)
			t.docs = append(t.docs, doc)
			t.tfw = append(t.tfw, uint16(min(tfw, math.MaxUint16)))
			t.pos = binary.AppendUvarint(t.pos, uint64(t.cnt))
			t.cnt = 0
			t.lastPos = 0
		}
		t.pos = binary.AppendUvarint(t.pos, uint64(uint32(p)-t.lastPos))
		t.lastPos = uint32(p)
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
		for i := range b.terms {
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
	// Offsets of each term's postings and positions.
	nt := len(keys)
	ix.postOff = make([]uint32, nt+1)
	ix.posOff = make([]uint64, nt+1)
	local := make([][]int32, len(parts)) // global id → local id per builder
	for p, b := range parts {
		local[p] = make([]int32, nt)
		for i := range local[p] {
			local[p][i] = -1
		}
		for i := range b.terms {
			g := gid[b.terms[i].key]
			local[p][g] = int32(i)
		}
	}
	var np uint32
	var npos uint64
	for g := 0; g < nt; g++ {
		ix.postOff[g] = np
		ix.posOff[g] = npos
		for p, b := range parts {
			if l := local[p][g]; l >= 0 {
				np += uint32(len(b.terms[l].docs))
				npos += uint64(len(b.terms[l].pos))
			}
		}
	}
	ix.postOff[nt] = np
	ix.posOff[nt] = npos
	ix.docs = make([]uint32, np)
	ix.impact = make([]uint8, np)
	ix.pos = make([]byte, npos)
	ix.idf = make([]float32, nt)
	ix.dense = make([][]uint64, nt)
	// Copy postings, compute impacts, in parallel over terms.
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for g := w; g < nt; g += workers {
				o, po := ix.postOff[g], ix.posOff[g]
				for p, b := range parts {
					l := local[p][g]
					if l < 0 {
						continue
					}
					t := &b.terms[l]
					copy(ix.docs[o:], t.docs)
					for k, d := range t.docs {
						ix.impact[int(o)+k] = quantImpact(float64(t.tfw[k]), float64(ix.dl[d]), avgdl)
					}
					o += uint32(len(t.docs))
					po += uint64(copy(ix.pos[po:], t.pos))
				}
				df := int(ix.postOff[g+1] - ix.postOff[g])
				ix.idf[g] = float32(math.Log(1 + (float64(ix.n)-float64(df)+0.5)/(float64(df)+0.5)))
				if df >= denseMin(ix.n) {
					ix.dense[g] = ix.bitmapOf(g)
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

// denseMin is the document frequency from which a word also gets a bitmap.
func denseMin(n int) int { return max(n/16, 64) }

func quantImpact(tfw, dl, avgdl float64) uint8 {
	v := tfw * (bm25K1 + 1) / (tfw + bm25K1*(1-bm25B+bm25B*dl/avgdl))
	q := math.Ceil(v / (bm25K1 + 1) * 255)
	return uint8(min(max(q, 1), 255))
}

func (ix *Index) bitmapOf(g int) []uint64 {
	bm := make([]uint64, (ix.n+63)/64)
	for _, d := range ix.docs[ix.postOff[g]:ix.postOff[g+1]] {
		bm[d>>6] |= 1 << (d & 63)
	}
	return bm
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
	locals := make([]map[string]int32, len(parts))
	for p, b := range parts {
		locals[p] = b.exactID
	}
	var blob []byte
	for g, k := range keys {
		ix.exactOff[g] = uint64(len(blob))
		prev := uint32(0)
		first := true
		for p, b := range parts {
			l, ok := locals[p][k]
			if !ok {
				continue
			}
			for _, d := range b.exacts[l].docs {
				delta := d - prev
				if first {
					delta = d
					first = false
				}
				blob = binary.AppendUvarint(blob, uint64(delta))
				prev = d
			}
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
			if hi-lo > 1 && int(ix.postOff[hi]-ix.postOff[lo]) >= denseMin(ix.n) {
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
