package search

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// TestDenseSparseBoundary pins the words at the dense/sparse boundary: a
// dense word (in at least denseMin articles) has no postings, only its
// array of impacts by article, so every way of reading a word is checked
// on both sides of the threshold against the brute-force oracle, and the
// ranking (IDs and scores) against an index in which every word is sparse.
// The corpus: 643 articles, so denseMin is 80; "alpha" is in exactly 80
// articles (dense), "alphb" in 79 (sparse), "alphc" in 200 (dense), "alphd"
// in 5 (sparse), "cong" and "doan" in every article (dense).
func TestDenseSparseBoundary(t *testing.T) {
	const n = 643 // not a multiple of 8 or 64: the dense arrays' scans have tails
	if denseMin(n) != 80 {
		t.Fatalf("denseMin(%d) = %d, the test expects 80", n, denseMin(n))
	}
	r := rand.New(rand.NewPCG(5, 6))
	filler := []string{"lao", "dong", "ha", "noi", "nganh", "thuong", "tinh", "alto", "al"}
	rep := func(w string) string { return strings.TrimSpace(strings.Repeat(w+" ", 1+r.IntN(3))) }
	arts := make([]model.Article, n)
	for i := range arts {
		var ws []string
		for range 3 + r.IntN(30) {
			ws = append(ws, filler[r.IntN(len(filler))])
		}
		add := func(w string) { ws = slices.Insert(ws, r.IntN(len(ws)+1), rep(w)) }
		add("cong doan")
		if i%8 == 3 && i/8 < 80 {
			add("alpha")
		}
		if i%8 == 3 && i/8 < 40 || i%8 == 1 && i/8 < 39 {
			add("alphb")
		}
		if i%16 < 5 && i/16 < 40 {
			add("alphc")
		}
		if i%128 == 3 {
			add("alphd")
		}
		text := strings.Join(ws, " ")
		cut := r.IntN(min(len(text), 20))
		for cut > 0 && text[cut-1] != ' ' {
			cut--
		}
		arts[i] = model.Article{ID: i, Title: strings.TrimSpace(text[:cut]), Body: []string{text[cut:]},
			Date: model.Date{Year: 2020, Month: 1 + i%12, Day: 1, Precision: model.PrecisionDay}}
	}
	ix := Build(arts)
	sparse := buildWorkers(arts, fwdChunk, 2, n+1)
	for w, want := range map[string]int{"alpha": 80, "alphb": 79, "alphc": 200, "alphd": 5, "cong": n, "doan": n} {
		g := ix.lookup(w)
		if g < 0 || ix.df(g) != want {
			t.Fatalf("%q: in %d articles, the test expects %d", w, ix.df(g), want)
		}
		if dense := want >= 80; (ix.dense[g] != nil) != dense || dense != (len(ix.postings(g)) == 0) {
			t.Fatalf("%q (in %d articles): dense %v with %d postings", w, want, ix.dense[g] != nil, len(ix.postings(g)))
		}
		if sparse.dense[g] != nil || len(sparse.postings(g)) != want {
			t.Fatalf("%q: the all-sparse index has a dense array or %d postings", w, len(sparse.postings(g)))
		}
	}
	if _, ok := ix.prefixBM["al"]; !ok {
		t.Fatal(`prefix "al" has no precomputed bitmap: the test expects one`)
	}
	fields := make([][][]string, n)
	for i := range arts {
		for _, f := range append([]string{arts[i].Title}, arts[i].Body...) {
			fields[i] = append(fields[i], foldTokens(f))
		}
	}
	queries := []string{
		"alpha", "alphb", "alphc", "alphd", "alpha alphb", "alphb alpha", "alpha alphc", "alphc alphd",
		"cong", "cong doan", "doan cong", "cong doan alpha", "alpha cong", // every word dense
		"alp", "alph", "al", "a", "cong alph", "alphb alph", "alphd al", "cong doan al", // prefix ranges mixing both
		"cong -alpha", "alphb -alpha", "alphc -alpha", "-alpha", "-alphb", "-alphc alph", "cong -doan", "alphd -cong",
		`"cong doan"`, `"doan alpha"`, `"alpha alpha"`, `"doan al`, `"doan alph`, `cong -"doan alpha"`,
		"from:2020-03 to:2020-05 alpha", "date:2020-02 -alphc",
	}
	for _, qs := range queries {
		q, err := Parse(qs)
		if err != nil && !strings.HasPrefix(qs, `"`) {
			t.Fatalf("%q: %v", qs, err)
		}
		c := q.compile()
		var want []int32
		for i := range arts {
			if bruteMatch(c, &arts[i], fields[i]) {
				want = append(want, int32(i))
			}
		}
		if len(want) == 0 && qs != "alphd -cong" && qs != "cong -doan" {
			t.Fatalf("%q finds nothing: not a useful test", qs)
		}
		checkAgainst(t, ix, qs, q, want)
		checkAgainst(t, sparse, qs, q, want)
		for _, limit := range []int{0, 10} {
			a, b := ix.Search(q, ByRelevance, limit), sparse.Search(q, ByRelevance, limit)
			if !reflect.DeepEqual(a, b) {
				t.Fatalf("%q (limit %d): dense words as arrays %v %v\nas postings %v %v", qs, limit, head(a.IDs), a.Scores[:min(12, len(a.Scores))], head(b.IDs), b.Scores[:min(12, len(b.Scores))])
			}
		}
	}
	if ix.MemoryBytes() >= sparse.MemoryBytes() {
		t.Errorf("MemoryBytes: %d with dense words as arrays, %d without", ix.MemoryBytes(), sparse.MemoryBytes())
	}
}

// TestNonzeroBits checks the dense arrays' 8-byte test on every byte value
// at every place (an impact may be any byte but 0).
func TestNonzeroBits(t *testing.T) {
	for v := range 256 {
		for k := range 8 {
			w := make([]byte, 8)
			w[k] = byte(v)
			want := uint64(0)
			if v != 0 {
				want = 1 << k
			}
			if got := nonzeroBits(w); got != want {
				t.Fatalf("byte %d at %d: bits %b, want %b", v, k, got, want)
			}
		}
	}
}
