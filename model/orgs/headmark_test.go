package orgs

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/bantin/bantin/data/gen"
)

// nextHeadMark (a vector search on amd64) finds what the generic search
// finds, from every position of random strings made of the marks' bytes
// and others, of every length around the blocks of 16 and 32 bytes, and
// of the lines of generated articles.
func TestNextHeadMarkGeneric(t *testing.T) {
	rng := rand.New(rand.NewSource(3))
	alphabet := []byte{0xC4, 0xC4, 0x90, 0x91, 0x91, 'o', 'O', 'a', ' ', 0xC3, 0x80}
	check := func(p string) {
		for i := 0; i <= len(p); i++ {
			if got, want := nextHeadMark(p, i), nextHeadMarkGeneric(p, i); got != want {
				t.Fatalf("nextHeadMark(%q, %d) = %d, want %d", p, i, got, want)
			}
		}
	}
	for n := 0; n < 200000; n++ {
		b := make([]byte, rng.Intn(80))
		for k := range b {
			b[k] = alphabet[rng.Intn(len(alphabet))]
		}
		check(string(b))
	}
	// One mark (or a near miss) at each position of a long string, whole
	// and cut right after it.
	base := strings.Repeat("ăĩ đi xa ", 8)
	for _, mark := range []string{"Đ", "đo", "đ", "\xc4"} {
		for k := 0; k <= len(base); k++ {
			p := base[:k] + mark + base[k:]
			check(p)
			check(p[:k+len(mark)])
			check(p[:k+1])
		}
	}
	_, raws := gen.Corpus(50, 2)
	for _, r := range raws {
		for _, l := range strings.Split(string(r), "\n") {
			check(l)
		}
	}
}
