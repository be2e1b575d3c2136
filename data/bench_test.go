package data_test

import (
	"context"
	"runtime"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/cputime"
	"github.com/bantin/bantin/model"
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

func benchLoad(b *testing.B, n int, opts data.Options) {
	dir, size := corpusDir(b, n)
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	var arts []model.Article
	for i := 0; i < b.N; i++ {
		arts = nil
		var err error
		arts, _, err = data.Load(context.Background(), []string{dir}, opts)
		if err != nil || len(arts) != n {
			b.Fatalf("loaded %d articles, err %v", len(arts), err)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric((cputime.Process()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
	// live-MB: the heap the loaded articles keep (after a collection).
	b.StopTimer()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.HeapAlloc)/1e6, "live-MB")
	runtime.KeepAlive(arts)
}

func BenchmarkLoad10k(b *testing.B)  { benchLoad(b, 10000, data.Options{}) }
func BenchmarkLoad100k(b *testing.B) { benchLoad(b, 100000, data.Options{}) }

// BenchmarkLoad10kSink and BenchmarkLoad100kSink load with a sink that
// does nothing: the articles keep no body (see Options.Sink), which the
// loader then neither copies nor keeps.
func BenchmarkLoad10kSink(b *testing.B)  { benchLoad(b, 10000, data.Options{Sink: nopSink}) }
func BenchmarkLoad100kSink(b *testing.B) { benchLoad(b, 100000, data.Options{Sink: nopSink}) }

func nopSink(int, *model.Article) {}

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

// BenchmarkReadBody reads back the bodies of 10k generated articles loaded
// with a sink, one after the other (ns/op is per article: one open, read
// and close, and the parse without organisations).
func BenchmarkReadBody(b *testing.B) {
	dir, _ := corpusDir(b, 10000)
	arts, _, err := data.Load(context.Background(), []string{dir}, data.Options{Sink: nopSink})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	var size int64
	for i := 0; i < b.N; i++ {
		a := &arts[i%len(arts)]
		if _, err := data.ReadBody(a); err != nil {
			b.Fatal(err)
		}
		size += a.Text.Size
	}
	b.SetBytes(size / int64(b.N))
}
