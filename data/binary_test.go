package data

import (
	"math/rand/v2"
	"testing"
)

// TestControlBytes checks the word-at-a-time count against the plain
// definition on random text mixing letters, UTF-8, newlines and controls.
func TestControlBytes(t *testing.T) {
	plain := func(b []byte) int {
		n := 0
		for _, c := range b {
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1B && c != '\f' {
				n++
			}
		}
		return n
	}
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []byte("ab \n\r\t\x1b\f\x01\x02\x1f\x7f\x80\xc3\xa1\xff\x20\x21\x9f")
	for range 20000 {
		b := make([]byte, r.IntN(70))
		for i := range b {
			if r.IntN(4) == 0 {
				b[i] = byte(r.IntN(256))
			} else {
				b[i] = alphabet[r.IntN(len(alphabet))]
			}
		}
		if got, want := controlBytes(b), plain(b); got != want {
			t.Fatalf("controlBytes(%q) = %d, want %d", b, got, want)
		}
	}
}

func TestIsBinary(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"Công đoàn\nViên chức\r\n\tĐà Nẵng \x1b[1m\f", false},
		{"text with a NUL\x00 byte", true},
		{"\x01\x02\x03\x04 mostly controls", true},
		{"one \x01 control in a long enough line of ordinary words", false},
	} {
		if got := isBinary([]byte(c.in)); got != c.want {
			t.Errorf("isBinary(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// BenchmarkIsBinary runs the check over a sample article (it runs once per
// file loaded that the cleaner had to repair).
func BenchmarkIsBinary(b *testing.B) {
	raw, err := SampleFS().Open("001_b8e17492268fe743.txt")
	if err != nil {
		b.Skip(err)
	}
	defer raw.Close()
	buf := make([]byte, 8192)
	n, _ := raw.Read(buf)
	buf = buf[:n]
	b.SetBytes(int64(n))
	for b.Loop() {
		if isBinary(buf) {
			b.Fatal("sample taken as binary")
		}
	}
}

// TestCleanScanSeesBinary checks what safeParseFile relies on: a text the
// cleaner's scan went through without meeting anything to remove is never
// binary, with the vector scan or without, on random texts of Vietnamese
// words, lines and control bytes (NUL included) at any place, up to a few
// KB long so that the vector scan runs.
func TestCleanScanSeesBinary(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"Công đoàn ", "Liên đoàn Lao động tỉnh ", "“LĐLĐ” – ", "a", "\n", "\n\n", " ", "\t", "\r\n", "\f", "\x1b[1m",
		"\x00", "\x01", "\x1f", "\x7f", "\xc3", "\xe1\xbb", "ầ", "\u00a0", "\u200b"}
	for range 20000 {
		n := r.IntN(40)
		if r.IntN(8) == 0 {
			n = 400 + r.IntN(2000)
		}
		s := mix(r, pieces[:4+r.IntN(len(pieces)-4)], n+1).String()
		for _, vector := range []bool{false, useScan32} {
			if _, _, _, slow := cleanTextScan(s, vector); !slow && isBinary([]byte(s)) {
				t.Fatalf("cleanTextScan(%q, vector %v) met nothing to remove in a binary text", s, vector)
			}
		}
	}
}
