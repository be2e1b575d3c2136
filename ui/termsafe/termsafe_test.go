package termsafe

import (
	"testing"
	"unicode"
)

func TestUnsafe(t *testing.T) {
	for _, r := range []rune{0x00, 0x07, 0x1b, 0x7f, 0x85, 0x9b, 0xad, 0x061c, 0x180e, 0x200b, 0x200d, 0x200e,
		0x2028, 0x2029, 0x202a, 0x202e, 0x2060, 0x2065, 0x2066, 0x2069, 0xfeff, 0xfff9, 0xe0001, 0xe0041, 0xe007f} {
		if !Unsafe(r) {
			t.Errorf("Unsafe(%U) = false", r)
		}
	}
	for _, r := range []rune{' ', 'a', 'Đ', 'đ', 'ư', 'ơ', 'ạ', 'ỹ', 0x0300, 0x0323, '“', '–', '…', '€', 0xa0, '中', '😀'} {
		if Unsafe(r) {
			t.Errorf("Unsafe(%U) = true", r)
		}
	}
	// The fast ranges hold no format character: they agree with the table.
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if unicode.Is(unicode.Cf, r) && !Unsafe(r) {
			t.Fatalf("format character %U taken as safe", r)
		}
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Công đoàn Việt Nam", "Công đoàn Việt Nam"},
		{"a\tb\nc\r\nd", "a b c  d"},
		{"x\x1b[31mred\x1b]52;c;aGk=\x07", "x[31mred]52;c;aGk="},
		{"rtl\u202eevil\u202c \u2066iso\u2069", "rtlevil iso"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"tag\U000E0041\U000E007F", "tag"},
		{"bad\xffutf8\xc3", "badutf8"},
		{"c1\u009bcsi", "c1csi"},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
		if IsClean(c.in) != (c.in == c.want) {
			t.Errorf("IsClean(%q) = %v", c.in, IsClean(c.in))
		}
	}
}
