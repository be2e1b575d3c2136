package search

import (
	"runtime"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// A search's working memory is sized for the whole index (≈ 21 bytes per
// article). It must be kept across garbage collections: with a sync.Pool a
// keystroke after a collection allocated it again, and paid for its fresh
// memory (≈ 10 ms at 100,000 articles, against under 1 ms otherwise).
func TestSearchKeepsItsWorkingMemoryAcrossCollections(t *testing.T) {
	const n = 20000
	arts := make([]model.Article, n)
	for i := range arts {
		arts[i] = model.Article{ID: i, Title: "Công đoàn số " + strings.Repeat("x", i%7),
			Body: []string{"người lao động được hỗ trợ", "công nhân"}}
	}
	ix := Build(arts)
	q, err := Parse("cong doan")
	if err != nil {
		t.Fatal(err)
	}
	if r := ix.Search(q, ByRelevance, 50); r.Total != n {
		t.Fatalf("found %d, want %d", r.Total, n)
	}
	var before, after runtime.MemStats
	for round := 0; round < 3; round++ {
		runtime.GC()
		runtime.GC() // a sync.Pool is emptied by the second collection
		runtime.ReadMemStats(&before)
		ix.Search(q, ByRelevance, 50)
		runtime.ReadMemStats(&after)
		if got := after.TotalAlloc - before.TotalAlloc; got > 4*n {
			t.Fatalf("round %d: a search after two collections allocated %d bytes, more than a %d-article array: its working memory was made again", round, got, n)
		}
	}
}
