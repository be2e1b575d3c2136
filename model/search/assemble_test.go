package search

import (
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
)

// assembleShuffled indexes arts the way a load does: each article's text
// goes to one of nparts Builders, in a random order, some texts no article
// refers to (a file read and then dropped) go in between, and some
// articles are left for Assemble to index from their Body. chunk is the
// forward index's chunk size of the builders.
func assembleShuffled(arts []model.Article, nparts, chunk int, r *rand.Rand) *Index {
	arts = slices.Clone(arts)
	parts := make([]*Builder, nparts)
	for p := range parts {
		parts[p] = NewBuilder()
		parts[p].b.chunk = chunk
	}
	for _, i := range r.Perm(len(arts)) {
		a := &arts[i]
		if r.IntN(10) == 0 {
			continue // indexed by Assemble
		}
		p := r.IntN(nparts)
		switch r.IntN(16) {
		case 0:
			parts[p].Add(&arts[r.IntN(len(arts))]) // an orphan
		case 1:
			// An orphan with words and forms of its own, which must
			// not reach the dictionaries.
			parts[p].Add(&model.Article{Title: fmt.Sprintf("zzorphan%d", r.IntN(1000)), Body: []string{"ngoàilềthôi", "quáxa " + arts[r.IntN(len(arts))].Title}})
		}
		a.Text.Part, a.Text.Doc = uint32(p+1), parts[p].Add(a)
	}
	return assemble(parts, arts, chunk, 2, 0)
}

// TestAssembleAgreesWithBuild: an index assembled from texts indexed in
// any order by several Builders, with texts no article refers to, is the
// index Build makes of the articles in their order: the same words,
// postings, impacts, dense arrays, exact forms, lengths and fields, and so
// the same answers (TestIndexAgreesWithBruteForce runs its queries on one
// too).
func TestAssembleAgreesWithBuild(t *testing.T) {
	names, raws := gen.Corpus(700, 11)
	arts := data.ParseAll(names, raws, data.Options{})
	for i := range arts {
		arts[i].ID = i
	}
	want := Build(arts)
	r := rand.New(rand.NewPCG(5, 6))
	for k, c := range []struct{ parts, chunk int }{{1, fwdChunk}, {2, fwdChunk}, {3, 50}, {5, 1 << 10}} {
		got := assembleShuffled(arts, c.parts, c.chunk, r)
		if d := indexDiff(got, want); d != "" {
			t.Fatalf("case %d (%d parts): the %s differ", k, c.parts, d)
		}
		// The forward index: every article's words, in order.
		for i := range arts {
			if g, w := fwdWords(got, i), fwdWords(want, i); !slices.Equal(g, w) {
				t.Fatalf("case %d: article %d's words %v, want %v", k, i, head32(g), head32(w))
			}
		}
		for _, qs := range []string{"cong doan", `"lao dong"`, "hà nội", `"cong doan nganh" -giao`, "ng", `"lien doan lao`} {
			q, _ := Parse(qs)
			if g, w := got.Search(q, ByRelevance, 30), want.Search(q, ByRelevance, 30); !reflect.DeepEqual(g, w) {
				t.Fatalf("case %d: %q gives %v, want %v", k, qs, head(g.IDs), head(w.IDs))
			}
		}
	}
}

// indexDiff names the first of the index's parts (forward index aside) in
// which got and want differ, or is "".
func indexDiff(got, want *Index) string {
	for _, f := range []struct {
		name      string
		got, want any
	}{
		{"words", got.terms, want.terms},
		{"document counts", got.cum, want.cum},
		{"posting offsets", got.postOff, want.postOff},
		{"postings", got.docs, want.docs},
		{"impacts", got.impact, want.impact},
		{"dense impacts", got.dense, want.dense},
		{"idf", got.idf, want.idf},
		{"lengths", got.dl, want.dl},
		{"exact forms", got.exactKeys, want.exactKeys},
		{"exact offsets", got.exactOff, want.exactOff},
		{"exact lists", got.exactDocs, want.exactDocs},
		{"dates", got.date, want.date},
		{"outlets", got.srcOf, want.srcOf},
		{"prefix bitmaps", got.prefixBM, want.prefixBM},
	} {
		if !reflect.DeepEqual(f.got, f.want) {
			return f.name
		}
	}
	return ""
}

// fwdWords is article d's words in the forward index, as dictionary ids
// (gaps as -1).
func fwdWords(ix *Index, d int) []int32 {
	loc := ix.loc[d]
	if loc.start == loc.end {
		return nil
	}
	part := &ix.fwd[loc.part]
	global := make(map[int32]int32)
	for g, l := range part.toLocal {
		if l >= 0 {
			global[l] = int32(g)
		}
	}
	e := part.chunks[loc.chunk][loc.start:loc.end]
	var out []int32
	for k := 0; k < len(e); k++ {
		id := int32(e[k])
		if id == wideID {
			id = int32(e[k+1])<<16 | int32(e[k+2])
			k += 2
		}
		if id == gapID {
			out = append(out, -1)
		} else {
			out = append(out, global[id])
		}
	}
	return out
}

func head32(s []int32) []int32 { return s[:min(len(s), 12)] }

// TestExactListsAgreeWithDirectCount checks every exact form's article list
// against the forms of each article's tokens, counted directly, on enough
// articles for the lists to be made in several runs and joined (see
// mergeExact), from texts given out of order to three builders.
func TestExactListsAgreeWithDirectCount(t *testing.T) {
	names, raws := gen.Corpus(2500, 13)
	arts := data.ParseAll(names, raws, data.Options{})
	want := map[string][]uint32{}
	for i := range arts {
		seen := map[string]bool{}
		var tk tokenizer
		for _, f := range append([]string{arts[i].Title}, arts[i].Body...) {
			tk.reset(f)
			for tk.next() {
				if len(tk.folded) > maxTokenLen {
					continue
				}
				e, ok := appendExact(nil, f[tk.start:tk.end])
				if ok && !seen[string(e)] {
					seen[string(e)] = true
					want[string(e)] = append(want[string(e)], uint32(i))
				}
			}
		}
	}
	r := rand.New(rand.NewPCG(7, 8))
	// 2,500 articles in 1, 2 and 5 runs, joined.
	for _, ix := range []*Index{Build(arts), buildWorkers(arts, fwdChunk, 1, 0), buildWorkers(arts, fwdChunk, 5, 0), assembleShuffled(arts, 3, fwdChunk, r)} {
		if len(ix.exactKeys) != len(want) {
			t.Fatalf("%d exact forms, want %d", len(ix.exactKeys), len(want))
		}
		for g, k := range ix.exactKeys {
			var got []uint32
			b := ix.exactDocs[ix.exactOff[g]:ix.exactOff[g+1]]
			prev := uint64(0)
			for len(b) > 0 {
				d, n := binary.Uvarint(b)
				prev += d
				got = append(got, uint32(prev))
				b = b[n:]
			}
			if !slices.Equal(got, want[k]) {
				t.Fatalf("exact form %q: articles %v, want %v", k, head32u(got), head32u(want[k]))
			}
		}
	}
}

func head32u(s []uint32) []uint32 { return s[:min(len(s), 12)] }

// TestAddAfterAPanic: an add that panicked part-way through a document (the
// loader recovers a panic in its sink and drops the article) leaves the
// builder as if it had not been called: the articles added after it are
// indexed exactly as Build indexes them. Without the cut and the fresh
// stamp, the next document's words counted as already seen and the
// scatter wrote postings over each other's.
func TestAddAfterAPanic(t *testing.T) {
	arts := []model.Article{
		{Title: "công đoàn hà nội", Body: []string{"lao động công đoàn"}},
		{Title: "công đoàn ngành y tế", Body: []string{"hà nội"}},
		{Title: "lao động", Body: []string{"công nhân hà nội"}},
	}
	want := Build(arts)
	b := NewBuilder()
	// What add does up to a panic in the middle of a second paragraph.
	bb := b.b
	bb.begin()
	bb.scan("công đoàn hà nội lao động")
	bb.tlen = append(bb.tlen, uint32(len(bb.cur)-bb.docOff))
	bb.put(gapID)
	bb.scan("Công nhân ngành y tế")
	bb.put(gapID)
	bb.scan("Hà Nội và đoàn")
	for i := range arts {
		arts[i].Text.Part, arts[i].Text.Doc = 1, b.Add(&arts[i])
	}
	got := Assemble([]*Builder{b}, arts)
	if d := indexDiff(got, want); d != "" {
		t.Errorf("the %s differ", d)
	}
	for i := range arts {
		if g, w := fwdWords(got, i), fwdWords(want, i); !slices.Equal(g, w) {
			t.Errorf("article %d's words %v, want %v", i, g, w)
		}
	}
}
