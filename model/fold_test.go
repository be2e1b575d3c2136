package model

import (
	"strings"
	"testing"
	"unicode"

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
