package orgs

import (
	"strings"
	"testing"

	"github.com/bantin/bantin/data/gen"
)

// BenchmarkFindWindows measures the pre-scan for union heads alone over
// the lines of generated articles.
func BenchmarkFindWindows(b *testing.B) {
	benchFindWindows(b, findWindows)
}

// benchFindWindows runs find over the lines of 200 generated articles.
func benchFindWindows(b *testing.B, find func(p string, dst [][2]int) [][2]int) {
	_, raws := gen.Corpus(200, 1)
	var lines []string
	size := 0
	for _, r := range raws {
		for _, l := range strings.Split(string(r), "\n") {
			lines = append(lines, l)
			size += len(l)
		}
	}
	b.SetBytes(int64(size))
	var wins [][2]int
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, l := range lines {
			wins = find(l, wins[:0])
		}
	}
}
