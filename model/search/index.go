// Package search is bantin's keyword index and query language: one index
// built when the corpus loads, shared read-only by every reader session, and
// the matcher behind the filter view, highlighting and `bantin search`.
//
// Words are compared folded (model.Fold: lower case, no diacritics, đ→d), so
// "cong doan", "Công Đoàn" and "CÔNG ĐOÀN" are the same; a query typed with
// diacritics ranks articles with exactly those diacritics first. See
// docs/search.md for the query language and the figures.
package search

import (
	"sort"
	"strings"
)

// Order is how results are ranked.
type Order int

const (
	// ByRelevance: articles with the typed diacritics first, then BM25 with
	// a title boost, then newest first.
	ByRelevance Order = iota
	// ByDate: newest first.
	ByDate
)

func (o Order) String() string {
	if o == ByDate {
		return "date"
	}
	return "relevance"
}

// Result is the answer to a search.
type Result struct {
	// Total is the number of matching articles.
	Total int
	// IDs are the ranked matches, at most the limit asked for.
	IDs []int32
	// Scores are the relevance scores of IDs (BM25, title boosted), for
	// display; zero when ordered by date.
	Scores []float32
}

// Index is the keyword index of a corpus. It is immutable once built and
// safe for any number of concurrent searches.
type Index struct {
	n int

	// Dictionary: folded words, sorted, so a prefix is a contiguous range.
	terms []string
	// Postings of word g: docs[postOff[g]:postOff[g+1]] ascending, with
	// their BM25 impact (quantised tf part) in impact. A dense word (see
	// dense) has none there: its array says the same in less memory.
	postOff []uint32
	docs    []uint32
	impact  []uint8
	// cum[g] is the number of articles holding words 0..g-1, dense words
	// included, so cum[g+1]-cum[g] is word g's document frequency and
	// cum[hi]-cum[lo] the postings of a prefix range.
	cum []uint32
	// fwd is the forward index: each article's words in order, for
	// phrases, in the parts of the builders that indexed them; loc says
	// where each article's are.
	fwd []fwdPart
	loc []docLoc
	idf []float32
	// dense holds, for frequent words (in at least denseMin articles), the
	// impact by article, 0 where absent (an impact is never 0); nil for the
	// others. A dense word has no postings: at 100,000 articles 307 of the
	// 1,313 words held 20.4 M of the 21.7 M postings, 97 MB repeating
	// these arrays.
	dense [][]uint8
	dl    []uint32
	// prefixBM: bitmaps of short prefixes covering many words.
	prefixBM map[string][]uint64

	// Exact forms (words with diacritics, tone moved last), sorted, with
	// delta-varint doc lists.
	exactKeys []string
	exactOff  []uint64
	exactDocs []byte

	// Fields.
	date     []int32 // YYYYMMDD per doc, 0 unknown
	srcOf    []int32 // source id per doc, -1 none
	srcNames [][][]string
	orgs     []orgEntry

	spare chan *scratch // see getScratch
}

// fwdPart is the forward index of the articles one builder indexed: local
// word ids (uint16, or wideID then two halves), gapID between title and
// paragraphs.
type fwdPart struct {
	chunks  [][]uint16 // its articles' words
	toLocal []int32    // dictionary id → local id, -1 when absent
	wide    bool       // some local id needs the wideID escape
}

// fwdLoc locates one document's words in its builder: chunks[chunk][start:end].
type fwdLoc struct {
	chunk, start, end uint32
}

// docLoc locates one article's words: fwd[part].chunks[chunk][start:end].
type docLoc struct {
	part, chunk, start, end uint32
}

type orgEntry struct {
	names [][]string // expanded folded tokens of the name and every alias
	docs  []uint32
}

// Len is the number of indexed articles.
func (ix *Index) Len() int { return ix.n }

// lookup returns the dictionary id of a folded word, or -1.
func (ix *Index) lookup(w string) int {
	i := sort.SearchStrings(ix.terms, w)
	if i < len(ix.terms) && ix.terms[i] == w {
		return i
	}
	return -1
}

// prefixRange is the range of dictionary ids of words starting with p.
func (ix *Index) prefixRange(p string) (int, int) {
	lo := sort.SearchStrings(ix.terms, p)
	hi := lo + sort.Search(len(ix.terms)-lo, func(i int) bool {
		return !strings.HasPrefix(ix.terms[lo+i], p)
	})
	return lo, hi
}

// df is the number of articles holding word g.
func (ix *Index) df(g int) int { return int(ix.cum[g+1] - ix.cum[g]) }

// rangeDF is the number of postings of the words lo..hi-1.
func (ix *Index) rangeDF(lo, hi int) int { return int(ix.cum[hi] - ix.cum[lo]) }

// postings is the sorted article list of a word that is not dense (empty
// for a dense word: read ix.dense[g]).
func (ix *Index) postings(g int) []uint32 { return ix.docs[ix.postOff[g]:ix.postOff[g+1]] }

// MemoryBytes is the size of the index's data (postings, positions,
// dictionaries, bitmaps, fields), for the memory figures.
func (ix *Index) MemoryBytes() int64 {
	var b int64
	for _, t := range ix.terms {
		b += int64(len(t)) + 16
	}
	b += int64(len(ix.postOff))*4 + int64(len(ix.docs))*4 + int64(len(ix.impact)) + int64(len(ix.cum))*4
	b += int64(len(ix.idf)) * 4
	for _, f := range ix.fwd {
		for _, c := range f.chunks {
			b += int64(cap(c)) * 2
		}
		b += int64(len(f.toLocal)) * 4
	}
	b += int64(len(ix.loc)) * 16
	for _, d := range ix.dense {
		b += int64(len(d)) + 24
	}
	b += int64(len(ix.dl)) * 4
	for k, v := range ix.prefixBM {
		b += int64(len(k)) + int64(len(v))*8 + 40
	}
	for _, t := range ix.exactKeys {
		b += int64(len(t)) + 16
	}
	b += int64(len(ix.exactOff))*8 + int64(len(ix.exactDocs))
	b += int64(len(ix.date))*4 + int64(len(ix.srcOf))*4
	for _, s := range ix.srcNames {
		for _, n := range s {
			for _, t := range n {
				b += int64(len(t)) + 16
			}
		}
	}
	for _, o := range ix.orgs {
		b += int64(len(o.docs)) * 4
		for _, n := range o.names {
			for _, t := range n {
				b += int64(len(t)) + 16
			}
		}
	}
	return b
}
