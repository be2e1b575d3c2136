package model

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	cases := map[string]string{
		"Công đoàn":                  "cong doan",
		"CÔNG ĐOÀN":                  "cong doan",
		"cong doan":                  "cong doan",
		"Đ đ":                        "d d",
		"Thừa Thiên Huế":             "thua thien hue",
		"hoà":                        "hoa",
		"hòa":                        "hoa",
		"uỷ":                         "uy",
		"ủy":                         "uy",
		norm.NFD.String("Liên đoàn"): "lien doan",
		"Bà Rịa - Vũng Tàu":          "ba ria - vung tau",
		"LĐLĐ":                       "ldld",
	}
	for in, want := range cases {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// The table must give exactly what the slow NFD + mark-stripping chain gives
// over the Latin blocks, where Vietnamese lives.
func TestFoldMatchesTransformChain(t *testing.T) {
	chain := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)))
	var sb strings.Builder
	for r := rune(0x20); r < 0x250; r++ {
		sb.WriteRune(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ {
		sb.WriteRune(r)
	}
	s := sb.String()
	want, _, err := transform.String(chain, s)
	if err != nil {
		t.Fatal(err)
	}
	want = strings.ToLower(strings.NewReplacer("đ", "d", "Đ", "d").Replace(want))
	if got := Fold(s); got != want {
		gr, wr := []rune(got), []rune(want)
		for i := range min(len(gr), len(wr)) {
			if gr[i] != wr[i] {
				t.Fatalf("first difference at rune %d: got %U want %U", i, gr[i], wr[i])
			}
		}
		t.Fatalf("length differs: got %d runes, want %d", len(gr), len(wr))
	}
}

func BenchmarkFold(b *testing.B) {
	text := strings.Repeat("Công đoàn ngành Công Thương Hà Nội và Liên đoàn Lao động tỉnh Lạng Sơn. ", 1000)
	b.SetBytes(int64(len(text)))
	buf := make([]byte, 0, len(text))
	for b.Loop() {
		buf = AppendFold(buf[:0], text)
	}
}

// appendFoldRef is AppendFold as it was: every rune beyond ASCII decoded by
// utf8.DecodeRuneInString.
func appendFoldRef(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		f := FoldRune(r)
		if f < 0 {
			continue
		}
		dst = utf8.AppendRune(dst, f)
	}
	return dst
}

// TestAppendFoldRef compares AppendFold with its reference on random
// strings of letters, marks, other scripts and stray or truncated bytes,
// and on every one- to three-byte sequence that starts with C0–E2.
func TestAppendFoldRef(t *testing.T) {
	pieces := []string{"a", "Công", " ", "ĐOÀN", "ở", "ầ", "ự", "\u0301", "\u1f00", "\u1fff", "\u2000", "中", "😀", "\x80", "\xbf", "\xc2",
		"\xc3", "\xdf", "\xe1", "\xe1\xbb", "\xe1\x80\x80", "\xe0\x80\x80", "\xed\xa0\x80", "\xc0\xaf", "\xc1\xbf", "\xe2\x80", "Z", "\x00"}
	rng := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.IntN(20); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := AppendFold(nil, s), appendFoldRef(nil, s); string(got) != string(want) {
			t.Fatalf("AppendFold(%q) = %q, want %q", s, got, want)
		}
	}
	for c0 := 0xC0; c0 <= 0xE2; c0++ {
		for c1 := 0; c1 < 256; c1++ {
			for _, tail := range []string{"", "\x80", "\xbf", "a", "\xc0"} {
				s := string([]byte{byte(c0), byte(c1)}) + tail
				if got, want := AppendFold(nil, s), appendFoldRef(nil, s); string(got) != string(want) {
					t.Fatalf("AppendFold(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}
