package ui

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model/corpus"
)

var (
	benchOnce   sync.Once
	benchCorpus *corpus.Corpus
)

// bigCorpus is 100,000 generated articles, parsed and indexed as bantin
// does when loading a folder.
func bigCorpus(b *testing.B) *corpus.Corpus {
	benchOnce.Do(func() {
		names, raws := gen.Corpus(100_000, 1)
		benchCorpus = corpus.New(data.ParseAll(names, raws, data.Options{}))
	})
	return benchCorpus
}

// BenchmarkFilterKeystroke measures one keystroke in the filter view with
// 100,000 articles: Update (the list narrows: index search, constraints,
// selection) plus View (the frame drawn). The query is typed one character
// at a time, as a reader would.
func BenchmarkFilterKeystroke(b *testing.B) {
	c := bigCorpus(b)
	dark := true
	m := New(c, Options{DarkBackground: &dark})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	const query = "cong doan nganh cong thuong ha noi"
	keys := make([]tea.KeyPressMsg, 0, len(query))
	for _, r := range query {
		if r == ' ' {
			keys = append(keys, tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
		} else {
			keys = append(keys, tea.KeyPressMsg{Code: r, Text: string(r)})
		}
	}
	reset := func() {
		m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
		m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
	}
	reset()
	times := make([]time.Duration, 0, b.N)
	views := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		k := i % len(keys)
		if k == 0 && i > 0 {
			b.StopTimer()
			reset()
			b.StartTimer()
		}
		start := time.Now()
		m.Update(keys[k])
		mid := time.Now()
		_ = m.View()
		end := time.Now()
		times = append(times, end.Sub(start))
		views = append(views, end.Sub(mid))
	}
	b.StopTimer()
	slices.Sort(times)
	slices.Sort(views)
	b.ReportMetric(float64(views[len(views)/2].Microseconds())/1000, "view-p50-ms")
	b.ReportMetric(float64(times[len(times)/2].Microseconds())/1000, "p50-ms")
	b.ReportMetric(float64(times[len(times)*99/100].Microseconds())/1000, "p99-ms")
	b.ReportMetric(float64(times[len(times)-1].Microseconds())/1000, "max-ms")
}

// BenchmarkListScroll measures moving the selection in the unfiltered
// list of 100,000 articles (with the preview pane).
func BenchmarkListScroll(b *testing.B) {
	c := bigCorpus(b)
	dark := true
	m := New(c, Options{DarkBackground: &dark})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	down := tea.KeyPressMsg{Code: 'j', Text: "j"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		m.Update(down)
		_ = m.View()
	}
}

// BenchmarkSessionMemory reports the heap a reading session keeps over the
// shared 100,000-article corpus after a typical visit: the list, a filter,
// an article, the organisations and dates views.
func BenchmarkSessionMemory(b *testing.B) {
	c := bigCorpus(b)
	dark := true
	keep := make([]*Model, 0, b.N)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < b.N; i++ {
		m := New(c, Options{DarkBackground: &dark})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		for _, k := range []tea.KeyPressMsg{{Code: '/', Text: "/"}, {Code: 'c', Text: "c"}, {Code: 'o', Text: "o"}, {Code: 'n', Text: "n"}, {Code: 'g', Text: "g"}, {Code: tea.KeyEnter}} {
			m.Update(k)
		}
		_, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
		if cmd != nil {
			m.Update(cmd())
		}
		m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
		m.Update(tea.KeyPressMsg{Code: 'o', Text: "o"})
		m.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
		m.Update(tea.KeyPressMsg{Code: 'd', Text: "d"})
		_ = m.View()
		keep = append(keep, m)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(b.N)/(1<<20), "MB/session")
	runtime.KeepAlive(keep)
}

// BenchmarkOpenViews measures opening the organisations and the dates view
// (and drawing them) over 100,000 articles, then going back.
func BenchmarkOpenViews(b *testing.B) {
	c := bigCorpus(b)
	dark := true
	m := New(c, Options{DarkBackground: &dark})
	m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
	esc := tea.KeyPressMsg{Code: tea.KeyEscape}
	for _, v := range []struct {
		name string
		key  tea.KeyPressMsg
	}{{"orgs", tea.KeyPressMsg{Code: 'o', Text: "o"}}, {"dates", tea.KeyPressMsg{Code: 'd', Text: "d"}}} {
		b.Run(v.name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				m.Update(v.key)
				_ = m.View()
				m.Update(esc)
			}
		})
	}
}

// BenchmarkListScrollBodies measures moving the selection with the preview
// pane (one body read per move) over 5,000 generated articles, their bodies
// in memory (corpus.New) or left in their files and read back (corpus.Open,
// as the reader opens a folder).
func BenchmarkListScrollBodies(b *testing.B) {
	names, raws := gen.Corpus(5_000, 1)
	dir := b.TempDir()
	for i, n := range names {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, raws[i], 0o644); err != nil {
			b.Fatal(err)
		}
	}
	files, _, err := corpus.Open(context.Background(), []string{dir}, data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		c    *corpus.Corpus
	}{
		{"memory", corpus.New(data.ParseAll(names, raws, data.Options{}))},
		{"files", files},
	} {
		b.Run(bc.name, func(b *testing.B) {
			dark := true
			m := New(bc.c, Options{DarkBackground: &dark})
			m.Update(tea.WindowSizeMsg{Width: 160, Height: 48})
			down := tea.KeyPressMsg{Code: 'j', Text: "j"}
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				if i%4000 == 3999 {
					m.Update(tea.KeyPressMsg{Code: 'g', Text: "g"}) // back to the top
				}
				m.Update(down)
				_ = m.View()
			}
		})
	}
}
