package search_test

// Benchmarks on the generated corpus (package data/gen). They only run with
// -bench; the 100k corpus is generated once per process (about 600 MB).
//
//	go test ./model/search/ -run '^$' -bench . -benchtime 20x -count 5 -timeout 30m
// Process memory is measured on the real command instead (see
// docs/search.md): /usr/bin/time -v bantin search QUERY DIR.
//
// Each keystroke benchmark reports the median and worst time per keystroke
// (ms/key-median, ms/key-worst) over every prefix of the typed query, for
// the index and for a plain linear scan over pre-folded text, in the same run.

import (
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/internal/cputime"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/model/search"
)

const typed = "cong doan nganh cong thuong ha noi"

type genCorpus struct {
	names   []string
	raws    [][]byte
	rawSize int64
	c       *corpus.Corpus
	folded  []string // title + body per article, folded (the linear-scan baseline)
}

var (
	corporaMu sync.Mutex
	corpora   = map[int]*genCorpus{}
)

// parseAll is the loader's parse step (both cores).
func parseAll(names []string, raws [][]byte) []model.Article {
	return data.ParseAll(names, raws, data.Options{})
}

func loadGen(b *testing.B, n int) *genCorpus {
	b.Helper()
	corporaMu.Lock()
	defer corporaMu.Unlock()
	if g, ok := corpora[n]; ok {
		return g
	}
	for k := range corpora { // keep one corpus in memory at a time
		delete(corpora, k)
	}
	runtime.GC()
	g := &genCorpus{}
	g.names, g.raws = gen.Corpus(n, 1)
	for _, r := range g.raws {
		g.rawSize += int64(len(r))
	}
	g.c = corpus.New(parseAll(g.names, g.raws))
	corpora[n] = g
	return g
}

// foldedText is the baseline's pre-folded text of each article (title and
// body), made on first use.
func (g *genCorpus) foldedText() []string {
	if g.folded == nil {
		g.folded = make([]string, len(g.c.Articles))
		for i := range g.c.Articles {
			a := &g.c.Articles[i]
			g.folded[i] = model.Fold(a.Title + "\n" + a.BodyText())
		}
	}
	return g.folded
}

func textBytes(arts []model.Article) int64 {
	var n int64
	for i := range arts {
		n += int64(len(arts[i].Title))
		for _, p := range arts[i].Body {
			n += int64(len(p))
		}
	}
	return n
}

var sizes = []int{10_000, 100_000}

// BenchmarkBuild: indexing alone, from parsed articles.
func BenchmarkBuild(b *testing.B) {
	for _, n := range sizes {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			g := loadGen(b, n)
			text := textBytes(g.c.Articles)
			var ix *search.Index
			b.SetBytes(text)
			b.ResetTimer()
			cpu0 := cputime.Process()
			for b.Loop() {
				ix = search.Build(g.c.Articles)
			}
			reportCPU(b, cpu0)
			b.ReportMetric(float64(ix.MemoryBytes())/1e6, "index-MB")
			b.ReportMetric(float64(text)/1e6, "text-MB")
			b.ReportMetric(float64(g.rawSize)/1e6, "raw-MB")
			b.ReportMetric(float64(ix.MemoryBytes())/float64(text), "index/text")
		})
	}
}

// BenchmarkLoadAndIndex: parsing the raw articles on both cores, then
// corpus.New (sorting and indexing): the load budget, wall time per op.
func BenchmarkLoadAndIndex(b *testing.B) {
	for _, n := range sizes {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			g := loadGen(b, n)
			b.SetBytes(g.rawSize)
			b.ResetTimer()
			cpu0 := cputime.Process()
			for b.Loop() {
				c := corpus.New(parseAll(g.names, g.raws))
				if c.Len() != n {
					b.Fatal("lost articles")
				}
			}
			reportCPU(b, cpu0)
		})
	}
}

// reportCPU reports the CPU seconds per op since cpu0.
func reportCPU(b *testing.B, cpu0 time.Duration) {
	b.ReportMetric((cputime.Process()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

// keystrokes are the successive contents of the filter input.
func keystrokes() []string {
	var out []string
	for i := 1; i <= len(typed); i++ {
		out = append(out, typed[:i])
	}
	return out
}

// runKeystrokes times each keystroke's answer and reports the median and
// the worst over all keystrokes of all iterations.
func runKeystrokes(b *testing.B, answer func(s string) int) {
	keys := keystrokes()
	var times []time.Duration
	total := 0
	for b.Loop() {
		for _, k := range keys {
			t0 := time.Now()
			total += answer(k)
			times = append(times, time.Since(t0))
		}
	}
	slices.Sort(times)
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "ms/key-median")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "ms/key-worst")
	b.ReportMetric(0, "ns/op")
	if total == 0 {
		b.Fatal("no keystroke found anything")
	}
}

// BenchmarkKeystroke: every prefix of the typed query answered by the index:
// Total counted and the first screenful (50) ranked by relevance.
func BenchmarkKeystroke(b *testing.B) {
	for _, n := range sizes {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			ix := loadGen(b, n).c.Index
			runKeystrokes(b, func(s string) int {
				q, _ := search.Parse(s)
				r := ix.Search(q, search.ByRelevance, 50)
				return r.Total
			})
		})
	}
}

// BenchmarkKeystrokeLinear: the same keystrokes answered by a plain linear
// scan over pre-folded text (substring match of every folded word, first 50
// by date): the baseline the index is measured against.
func BenchmarkKeystrokeLinear(b *testing.B) {
	for _, n := range sizes {
		b.Run(strconv.Itoa(n/1000)+"k", func(b *testing.B) {
			folded := loadGen(b, n).foldedText()
			runKeystrokes(b, func(s string) int {
				words := strings.Fields(model.Fold(s))
				total := 0
				var first []int
				for i, t := range folded {
					ok := true
					for _, w := range words {
						if !strings.Contains(t, w) {
							ok = false
							break
						}
					}
					if ok {
						total++
						if len(first) < 50 {
							first = append(first, i)
						}
					}
				}
				return total
			})
		})
	}
}

// BenchmarkQueries: a few query shapes at 100k, for the docs table.
func BenchmarkQueries(b *testing.B) {
	ix := loadGen(b, 100_000).c.Index
	for _, qs := range []string{
		"cong doan",
		`"cong doan nganh"`,
		"công đoàn",
		"lao dong -ha noi",
		"org:ldld from:2021 to:2022-06",
		"cong doan org:\"lang son\"",
	} {
		q, err := search.Parse(qs + " ")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("%q", qs), func(b *testing.B) {
			var r search.Result
			for b.Loop() {
				r = ix.Search(q, search.ByRelevance, 50)
			}
			b.ReportMetric(float64(r.Total), "hits")
		})
	}
}
