package orgs_test

import (
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// Benchmarks of recognition over generated articles. Run with
//
//	go test -run '^$' -bench . -count 5 ./model/orgs/
//
// BenchmarkExtract reports ns per article for Extract alone (one core);
// compare with BenchmarkParse, the whole of data.Parse (which calls
// Extract), for recognition's share of parsing.

const benchN = 2000

func genArticles(b *testing.B) ([]model.Article, [][]byte, []string, int64) {
	b.Helper()
	names, raws := gen.Corpus(benchN, 1)
	arts := make([]model.Article, len(raws))
	var size int64
	for i := range raws {
		arts[i] = data.Parse(names[i], raws[i], nil)
		size += int64(len(raws[i]))
	}
	return arts, raws, names, size
}

func BenchmarkExtract(b *testing.B) {
	arts, _, _, size := genArticles(b)
	rec := orgs.Default()
	b.SetBytes(size / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		a := &arts[i%len(arts)]
		if ms := rec.Extract(a); len(ms) == 0 && len(a.Organisations) > 0 {
			b.Fatal("lost bodies")
		}
	}
}

func BenchmarkParse(b *testing.B) {
	_, raws, names, size := genArticles(b)
	b.SetBytes(size / int64(len(raws)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(raws)
		data.Parse(names[k], raws[k], nil)
	}
}

func BenchmarkDirectory10k(b *testing.B) {
	names, raws := gen.Corpus(10000, 1)
	arts := data.ParseAll(names, raws, data.Options{})
	for i := range arts {
		arts[i].ID = i
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if d := orgs.NewDirectory(arts); d.Len() == 0 {
			b.Fatal("empty directory")
		}
	}
}

// BenchmarkExtractFullText reads every word, as Extract did before it
// learnt to read only the windows around union heads (for comparison).
func BenchmarkExtractFullText(b *testing.B) {
	arts, _, _, size := genArticles(b)
	rec := orgs.Default()
	b.SetBytes(size / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		orgs.ExtractFullText(rec, &arts[i%len(arts)])
	}
}
