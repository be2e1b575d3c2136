package search

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// TestPostingsAgreeWithDirectCount checks every posting of the index (its
// documents, frequencies and impacts) against a direct count of each
// article's folded tokens: the title's count titleWeight times, a weighted
// frequency is capped at 255, too-long tokens count in the length only.
// Each build worker meets more than 65,536 distinct words, so the wide ids
// of the forward index are counted too, and some words are repeated past
// the cap. Frequent words' dense impacts (they have no postings) are
// checked the same way.
func TestPostingsAgreeWithDirectCount(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	word := func() string {
		switch r.IntN(6) {
		case 0:
			return []string{"công", "đoàn", "Hà", "nội", "lao", "động"}[r.IntN(6)]
		case 1:
			return strings.Repeat("x", maxTokenLen+1+r.IntN(3)) // too long
		}
		b := make([]byte, 6)
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	text := func(n int) string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = word()
		}
		return strings.Join(ws, " ")
	}
	arts := make([]model.Article, 600)
	for i := range arts {
		a := &arts[i]
		a.ID = i
		a.Title = text(r.IntN(8))
		for range r.IntN(4) {
			a.Body = append(a.Body, text(r.IntN(1200)))
		}
		if i%50 == 7 {
			a.Body = append(a.Body, strings.Repeat("lao ", 300))
			a.Title += " lao lao"
		}
	}
	workerCounts := []int{1, 2, 3}
	if testing.Short() {
		workerCounts = []int{3}
	}
	for _, workers := range workerCounts {
		// With three workers the forward index's chunks are tiny, so that
		// articles (and titles) move to a new chunk while being indexed.
		chunk := fwdChunk
		if workers == 3 {
			chunk = 50
		}
		ix := buildWorkers(arts, chunk, workers, 0)
		for _, f := range ix.fwd {
			if !f.wide {
				t.Fatalf("%d workers: a worker met too few words to need wide ids", workers)
			}
		}
		type posting struct {
			doc uint32
			tfw uint32
		}
		want := map[string][]posting{}
		var total float64
		dls := make([]uint32, len(arts))
		for i := range arts {
			tfw := map[string]uint32{}
			var order []string
			for k, f := range append([]string{arts[i].Title}, arts[i].Body...) {
				w := uint32(1)
				if k == 0 {
					w = titleWeight
				}
				for _, tok := range foldTokens(f) {
					dls[i] += w
					if len(tok) > maxTokenLen {
						continue
					}
					if _, ok := tfw[tok]; !ok {
						order = append(order, tok)
					}
					tfw[tok] += w
				}
			}
			total += float64(dls[i])
			for _, tok := range order {
				want[tok] = append(want[tok], posting{uint32(i), min(tfw[tok], 255)})
			}
		}
		avgdl := total / float64(len(arts))
		if len(ix.terms) != len(want) {
			t.Fatalf("%d workers: %d words, want %d", workers, len(ix.terms), len(want))
		}
		nDense := 0
		for g, w := range ix.terms {
			ps := want[w]
			if ix.df(g) != len(ps) {
				t.Fatalf("%d workers: %q in %d articles, want %d", workers, w, ix.df(g), len(ps))
			}
			// A dense word has its impacts by article and no postings;
			// the others have postings and no dense array.
			var dense []uint8
			nPost := len(ps)
			if len(ps) >= denseMin(len(arts)) {
				dense = make([]uint8, len(arts))
				nDense++
				nPost = 0
			}
			docs := ix.postings(g)
			if len(docs) != nPost {
				t.Fatalf("%d workers: %q has %d postings, want %d", workers, w, len(docs), nPost)
			}
			for k, p := range ps {
				imp := quantImpact(float64(p.tfw), float64(dls[p.doc]), avgdl)
				if dense != nil {
					dense[p.doc] = imp
					continue
				}
				o := int(ix.postOff[g]) + k
				if docs[k] != p.doc || ix.impact[o] != imp {
					t.Fatalf("%d workers: %q posting %d is (%d, %d), want (%d, %d)", workers, w, k, docs[k], ix.impact[o], p.doc, imp)
				}
			}
			if !slices.Equal(ix.dense[g], dense) {
				t.Fatalf("%d workers: %q has dense impacts %v, want %v", workers, w, ix.dense[g], dense)
			}
		}
		if nDense == 0 {
			t.Fatalf("%d workers: no word frequent enough for dense impacts", workers)
		}
	}
}

// TestRunsOfReadsTextInPlace checks scan's runs, read from the text itself
// but for its last blocks (copied, padded), against the runs of a padded
// copy of the whole text, on random texts of every length up to 700 bytes
// (words of every length, some longer than a block, ASCII separators and
// others, Vietnamese letters).
func TestRunsOfReadsTextInPlace(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "công", "đoàn", "x", "1", " ", " ", ", ", ".", "-", "\u00a0", "—", "\n", "ở",
		strings.Repeat("y", 9), strings.Repeat("z", 70), strings.Repeat("ă", 40)}
	b := newBuilder()
	for k := range 20000 {
		var sb strings.Builder
		for sb.Len() < k%700 {
			sb.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := sb.String()
		// The reference: every block read from a padded copy of s.
		buf := append([]byte(s), make([]byte, padLen)...)
		masks := make([]uint64, (len(s)+63)/64)
		for i := range masks {
			masks[i] = blockMask(buf[64*i : 64*i+64])
		}
		want := make([]run, len(s)/2+1)
		nw, _ := findRuns(buf, 0, masks, want, 0)
		if cap(b.runs) < len(s)/2+1 {
			b.runs = make([]run, len(s)/2+1)
		}
		if got := b.runsOf(s); !slices.Equal(got, want[:nw]) {
			t.Fatalf("%q:\nruns %v\nwant %v", s, got, want[:nw])
		}
	}
}
