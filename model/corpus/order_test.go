package corpus

import (
	"cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// TestNewestFirstMatchesSortedCopy checks the in-place ordering against a
// stable sort of a copy, on random articles with many tied dates, some
// unknown dates and repeated file names.
func TestNewestFirstMatchesSortedCopy(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 2, 3, 10, 100, 1000} {
		arts := make([]model.Article, n)
		for i := range arts {
			arts[i] = model.Article{
				File:  fmt.Sprintf("%d.txt", r.IntN(n+1)),
				Title: fmt.Sprint(i),
				Date:  model.Date{Year: 2020 + r.IntN(3), Month: 1 + r.IntN(2), Day: 1, Precision: model.PrecisionDay},
			}
			if r.IntN(10) == 0 {
				arts[i].Date = model.Date{Precision: model.PrecisionUnknown}
			}
		}
		want := slices.Clone(arts)
		slices.SortStableFunc(want, func(a, b model.Article) int {
			if c := cmp.Compare(b.Date.SortKey(), a.Date.SortKey()); c != 0 {
				return c
			}
			return strings.Compare(a.File, b.File)
		})
		got := newestFirst(arts)
		for i := range want {
			if got[i].Title != want[i].Title {
				t.Fatalf("n=%d: position %d holds article %s, want %s", n, i, got[i].Title, want[i].Title)
			}
		}
	}
}
