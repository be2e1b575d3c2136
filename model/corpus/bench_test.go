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
// it before the first screen: corpus.Open of a folder of generated
// articles, that is data.Load (list, read, clean, parse, recognise the
// organisations, index each article's text) then the corpus's assembly
// (order, keyword index, organisation directory). It reports the two stages
// (load-s, corpus-s per op: the second starts when data.Load returns) and
// the CPU seconds per op besides wall time.
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
				var t1 time.Time
				opts := data.Options{Progress: func(p data.Progress) {
					if p.Done {
						t1 = time.Now()
					}
				}}
				c, _, err := corpus.Open(context.Background(), []string{dir}, opts)
				if err != nil || c.Len() != n {
					b.Fatalf("loaded %d articles, err %v", c.Len(), err)
				}
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
