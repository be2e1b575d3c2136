package data

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/bantin/bantin/data/gen"
)

// BenchmarkLoad10kNoOrgs and BenchmarkLoad100kNoOrgs are
// BenchmarkLoad10k/100k without organisation recognition: reading,
// cleaning and parsing alone.
func BenchmarkLoad10kNoOrgs(b *testing.B)  { benchLoadNoOrgs(b, 10000, "gen-10k") }
func BenchmarkLoad100kNoOrgs(b *testing.B) { benchLoadNoOrgs(b, 100000, "gen-100k") }

func benchLoadNoOrgs(b *testing.B, n int, name string) {
	dir := filepath.Join(os.TempDir(), "bantin-bench", name)
	if _, err := os.Stat(filepath.Join(dir, "done")); err != nil {
		os.RemoveAll(dir)
		if err := gen.WriteDir(dir, n, 1); err != nil {
			b.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "done"), nil, 0o644)
	}
	var size int64
	filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			if fi, err := d.Info(); err == nil {
				size += fi.Size()
			}
		}
		return nil
	})
	b.SetBytes(size)
	b.ReportAllocs()
	b.ResetTimer()
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for i := 0; i < b.N; i++ {
		arts, _, err := Load(context.Background(), []string{dir}, Options{noOrgs: true})
		if err != nil || len(arts) != n {
			b.Fatalf("loaded %d, err %v", len(arts), err)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
	b.ReportMetric(float64(cpu)/1e9/float64(b.N), "cpu-s/op")
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
	var ru0, ru1 syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru0)
	for i := 0; i < b.N; i++ {
		for k, t := range texts {
			parseText(names[k], t, hints{}, skipOrgs)
		}
	}
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru1)
	cpu := ru1.Utime.Nano() + ru1.Stime.Nano() - ru0.Utime.Nano() - ru0.Stime.Nano()
	b.ReportMetric(float64(cpu)/1e9/float64(b.N), "cpu-s/op")
}
