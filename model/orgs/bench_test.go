package orgs_test

import (
	"context"
	"testing"
	"time"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/cputime"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// Benchmarks of recognition over generated articles. Run with
//
//	go test -run '^$' -bench . -count 5 ./model/orgs/
//
// BenchmarkExtract reports ns per article for Extract alone (one core);
// compare with BenchmarkParse, the whole of data.Parse (which calls
// Extract), for recognition's share of parsing. Both also report
// cpu-ns/op, the process's CPU time per article, steadier than wall time
// on a shared machine.

const benchN = 2000

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cputime.Process()-start)/float64(b.N), "cpu-ns/op")
}

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
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		a := &arts[i%len(arts)]
		if ms := rec.Extract(a); len(ms) == 0 && len(a.Organisations) > 0 {
			b.Fatal("lost bodies")
		}
	}
	reportCPU(b, c0)
}

// BenchmarkExtractDistinct runs Extract over 20,000 distinct generated
// articles in order, as a load reads them, with a recogniser of its own so
// that the memo of heads kept across articles starts empty at each run
// (BenchmarkExtract cycles over 2,000 articles, whose heads that memo may
// come to hold all of). Run one pass with -benchtime 20000x.
func BenchmarkExtractDistinct(b *testing.B) {
	const n = 20000
	names, raws := gen.Corpus(n, 1)
	arts := data.ParseAll(names, raws, data.Options{})
	rec, err := orgs.NewRecognizer(nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		a := &arts[i%n]
		if ms := rec.Extract(a); len(ms) != len(a.Organisations) {
			b.Fatal("bodies differ")
		}
	}
	reportCPU(b, c0)
}

func BenchmarkParse(b *testing.B) {
	_, raws, names, size := genArticles(b)
	b.SetBytes(size / int64(len(raws)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		k := i % len(raws)
		data.Parse(names[k], raws[k], nil)
	}
	reportCPU(b, c0)
}

func BenchmarkDirectory10k(b *testing.B) {
	names, raws := gen.Corpus(10000, 1)
	arts := data.ParseAll(names, raws, data.Options{})
	for i := range arts {
		arts[i].ID = i
	}
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		if d := orgs.NewDirectory(arts); d.Len() == 0 {
			b.Fatal("empty directory")
		}
	}
	reportCPU(b, c0)
}

// BenchmarkExtractFullText reads every word, as Extract did before it
// learnt to read only the windows around union heads (for comparison).
func BenchmarkExtractFullText(b *testing.B) {
	arts, _, _, size := genArticles(b)
	rec := orgs.Default()
	b.SetBytes(size / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		orgs.ExtractFullText(rec, &arts[i%len(arts)])
	}
	reportCPU(b, c0)
}

// BenchmarkRecognitionShare alternates blocks of Extract and of the whole
// data.Parse (which includes Extract) over the same generated articles and
// reports the CPU time of each per article and recognition's share of
// parsing (share-%), which noise on a shared machine affects least.
func BenchmarkRecognitionShare(b *testing.B) {
	arts, raws, names, _ := genArticles(b)
	rec := orgs.Default()
	const block = 100
	var ext, par time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := (i * block) % len(arts)
		c0 := cputime.Process()
		for j := k; j < k+block; j++ {
			rec.Extract(&arts[j])
		}
		c1 := cputime.Process()
		for j := k; j < k+block; j++ {
			data.Parse(names[j], raws[j], nil)
		}
		c2 := cputime.Process()
		ext += c1 - c0
		par += c2 - c1
	}
	n := float64(b.N * block)
	b.ReportMetric(float64(ext)/n, "extract-cpu-ns/article")
	b.ReportMetric(float64(par)/n, "parse-cpu-ns/article")
	b.ReportMetric(100*float64(ext)/float64(par), "share-%")
}

// BenchmarkLoadShare10k loads 10,000 generated articles from disk with
// data.Load (both cores, recognition included) and then runs Extract again
// over them, reporting the CPU time of each and recognition's share of the
// load (share-%).
func BenchmarkLoadShare10k(b *testing.B) {
	dir := b.TempDir()
	if err := gen.WriteDir(dir, 10000, 1); err != nil {
		b.Fatal(err)
	}
	rec := orgs.Default()
	var load, ext time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c0 := cputime.Process()
		arts, _, err := data.Load(context.Background(), []string{dir}, data.Options{})
		if err != nil || len(arts) != 10000 {
			b.Fatalf("loaded %d articles: %v", len(arts), err)
		}
		c1 := cputime.Process()
		for j := range arts {
			rec.Extract(&arts[j])
		}
		c2 := cputime.Process()
		load += c1 - c0
		ext += c2 - c1
	}
	b.ReportMetric(float64(load)/float64(b.N)/1e6, "load-cpu-ms")
	b.ReportMetric(float64(ext)/float64(b.N)/1e6, "extract-cpu-ms")
	b.ReportMetric(100*float64(ext)/float64(load), "share-%")
}

// BenchmarkExtractSample runs Extract over the five sample articles.
func BenchmarkExtractSample(b *testing.B) {
	arts, _ := data.LoadSample(data.Options{})
	var size int64
	for _, a := range arts {
		size += int64(len(a.Title))
		for _, p := range a.Body {
			size += int64(len(p))
		}
	}
	rec := orgs.Default()
	b.SetBytes(size / int64(len(arts)))
	b.ReportAllocs()
	b.ResetTimer()
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		rec.Extract(&arts[i%len(arts)])
	}
	reportCPU(b, c0)
}
