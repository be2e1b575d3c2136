package data_test

import (
	"context"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/cputime"
)

// Benchmarks of loading generated corpora. They report MB/s (raw bytes
// read), articles/s and ns per article. Run with
//
//	go test -run '^$' -bench 'Load|ParseAll' -count 5 ./data/
//
// BenchmarkLoad100k writes ~600 MB to a temporary folder first.

func corpusDir(b *testing.B, n int) (string, int64) {
	b.Helper()
	dir, size, err := gen.CachedDir(n, 1)
	if err != nil {
		b.Fatal(err)
	}
	return dir, size
}

func benchLoad(b *testing.B, n int) {
	dir, size := corpusDir(b, n)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		arts, _, err := data.Load(context.Background(), []string{dir}, data.Options{})
		if err != nil || len(arts) != n {
			b.Fatalf("loaded %d articles, err %v", len(arts), err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric((cputime.Process()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

func BenchmarkLoad10k(b *testing.B)  { benchLoad(b, 10000) }
func BenchmarkLoad100k(b *testing.B) { benchLoad(b, 100000) }

// BenchmarkParseAll10k parses 10k generated articles held in memory (no
// file system), to separate parsing from reading.
func BenchmarkParseAll10k(b *testing.B) {
	names, raws := gen.Corpus(10000, 1)
	var size int64
	for _, r := range raws {
		size += int64(len(r))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		arts := data.ParseAll(names, raws, data.Options{})
		if len(arts) != len(names) {
			b.Fatal("lost articles")
		}
	}
	b.ReportMetric(float64(len(names))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
