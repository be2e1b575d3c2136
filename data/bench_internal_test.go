package data

import (
	"context"
	"testing"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/cputime"
)

// BenchmarkLoad10kNoOrgs and BenchmarkLoad100kNoOrgs are
// BenchmarkLoad10k/100k without organisation recognition: reading,
// cleaning and parsing alone.
func BenchmarkLoad10kNoOrgs(b *testing.B)  { benchLoadNoOrgs(b, 10000) }
func BenchmarkLoad100kNoOrgs(b *testing.B) { benchLoadNoOrgs(b, 100000) }

func benchLoadNoOrgs(b *testing.B, n int) {
	dir, size, err := gen.CachedDir(n, 1)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process().Seconds()
	for i := 0; i < b.N; i++ {
		arts, _, err := Load(context.Background(), []string{dir}, Options{noOrgs: true})
		if err != nil || len(arts) != n {
			b.Fatalf("loaded %d, err %v", len(arts), err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric((cputime.Process().Seconds()-cpu0)/float64(b.N), "cpu-s/op")
}

// BenchmarkCleanText measures the load-time cleaning of clean Vietnamese
// text (the fast path every article takes).
func BenchmarkCleanText(b *testing.B) {
	_, raws := gen.Corpus(200, 1)
	var all []byte
	for _, r := range raws {
		all = append(all, r...)
	}
	s := string(all)
	b.SetBytes(int64(len(s)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if out, _ := cleanText(s); len(out) != len(s) {
			b.Fatal("clean text changed")
		}
	}
}

// BenchmarkParse10kNoOrgs parses 10k generated articles held in memory on
// one goroutine, without organisation recognition: cleaning and parsing
// alone (ns/op is CPU time).
func BenchmarkParse10kNoOrgs(b *testing.B) {
	names, raws := gen.Corpus(10000, 1)
	texts := make([]string, len(raws))
	var size int64
	for i, r := range raws {
		texts[i] = string(r)
		size += int64(len(r))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process().Seconds()
	for i := 0; i < b.N; i++ {
		for k, t := range texts {
			parseText(names[k], t, hints{}, skipOrgs)
		}
	}
	b.ReportMetric((cputime.Process().Seconds()-cpu0)/float64(b.N), "cpu-s/op")
}
