package corpus_test

import (
	"context"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/cputime"
	"github.com/bantin/bantin/model/corpus"
)

// BenchmarkOpenFolder is the load budget end to end, as `bantin DIR` pays
// it before the first screen: data.Load of a folder of generated articles
// (list, read, clean, parse, recognise the organisations) then corpus.New
// (order, keyword index, organisation directory). It reports the two stages
// (load-s, corpus-s per op) and the CPU seconds per op besides wall time.
// The folder (≈ 620 MB for 100k) is written once under the temporary
// folder and then read from the page cache:
//
//	go test ./model/corpus/ -run '^$' -bench OpenFolder/100k -benchtime 1x -count 5 -timeout 30m
func BenchmarkOpenFolder(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			dir, size, err := gen.CachedDir(n, 1)
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			var load, build time.Duration
			cpu0 := cputime.Process()
			for b.Loop() {
				t0 := time.Now()
				arts, _, err := data.Load(context.Background(), []string{dir}, data.Options{})
				if err != nil || len(arts) != n {
					b.Fatalf("loaded %d articles, err %v", len(arts), err)
				}
				t1 := time.Now()
				c := corpus.New(arts)
				build += time.Since(t1)
				load += t1.Sub(t0)
				runtime.KeepAlive(c)
			}
			ops := float64(b.N)
			b.ReportMetric(load.Seconds()/ops, "load-s/op")
			b.ReportMetric(build.Seconds()/ops, "corpus-s/op")
			b.ReportMetric((cputime.Process()-cpu0).Seconds()/ops, "cpu-s/op")
		})
	}
}
