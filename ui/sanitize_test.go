package ui

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bantin/bantin/ui/termsafe"
)

func TestClean(t *testing.T) {
	for in, want := range map[string]string{
		"Công đoàn":                      "Công đoàn",
		"a\x1b]0;title\x07b":             "a]0;titleb",
		"a\x1b[2Jb":                      "a[2Jb",
		"a\u009b31mb":                    "a31mb",
		"x\u202eevil\u202c\u2066y\u2069": "xevily",
		"zero\u200bwidth\u200d\ufeff":    "zerowidth",
		"tab\there\nline\r":              "tab here line ",
		"bad \xff utf8":                  "bad  utf8",
		"Lạng Sơn (LĐLĐ) – 100% * # [x](y) &amp": "Lạng Sơn (LĐLĐ) – 100% * # [x](y) &amp",
	} {
		if got := termsafe.Clean(in); got != want {
			t.Errorf("termsafe.Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeepSGR(t *testing.T) {
	for in, want := range map[string]string{
		"\x1b[1;38;5;12mđậm\x1b[0m":                   "\x1b[1;38;5;12mđậm\x1b[0m",
		"a\x1b]8;;http://x\x07link\x1b]8;;\x07b":      "alinkb",
		"a\x1b]52;c;ZXZpbA==\x1b\\b":                  "ab",
		"a\x1b[2J\x1b[H\x1b[?1049lb":                  "ab",
		"a\x1bPq#0\x1b\\b\x1b_apc\x1b\\c\x1b^pm\x07d": "abcd",
		"a\x1bcb\x07\x08":                             "ab",
		"line one\nline two":                          "line one\nline two",
		"\u202eevil":                                  "evil",
		"unterminated \x1b]0;title":                   "unterminated ",
		"a\x1b":                                       "a",
		"a\x1b[12":                                    "a",
		"\x1b[31mok\x1b[m\x1b[5;5H":                   "\x1b[31mok\x1b[m",
	} {
		if got := keepSGR(in); got != want {
			t.Errorf("keepSGR(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestProtectMarkdownRoundTrip(t *testing.T) {
	in := "Một *ngôi sao* # [x](y) `mã` <b> &amp; ~gạch~ http://x.vn www.y.vn 1. 2) > | _ \\ !"
	p := protectMarkdown(in)
	if strings.ContainsAny(p, "*#[]()`<>&~:./|_\\!") {
		t.Fatalf("punctuation left for Markdown: %q", p)
	}
	if got := unprotectMarkdown(p); got != in {
		t.Fatalf("round trip: %q, want %q", got, in)
	}
	// private-use characters already in an article do not turn into markup
	if got := unprotectMarkdown(protectMarkdown("a\ue02ab")); got != "a\ufffdb" {
		t.Fatalf("private-use rune: %q", got)
	}
}

// keepSGR copies only when it drops something; it keeps exactly what the
// simple copying version (below) keeps, on random mixes of text, SGR and
// other sequences.
func TestKeepSGRMatchesReference(t *testing.T) {
	pieces := []string{"a", "Lạng Sơn", " ", "\n", "\x1b[1;38;2;1;2;3m", "\x1b[m", "\x1b[2J", "\x1b]0;t\x07",
		"\x1b]52;c;eA==\x1b\\", "\x1b", "\x1b[", "\x07", "\x7f", "\u202e", "\u200b", "\xff", "\u009b", "\x1bP", "é"}
	rng := rand.New(rand.NewSource(2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
		in := b.String()
		if got, want := keepSGR(in), keepSGRReference(in); got != want {
			t.Fatalf("keepSGR(%q) = %q, want %q", in, got, want)
		}
	}
	clean := "\x1b[1mđậm\x1b[m\nthường"
	if got := keepSGR(clean); got != clean {
		t.Fatalf("keepSGR changed a clean frame: %q", got)
	}
}

// keepSGRReference is keepSGR as first written: it copies every kept byte.
func keepSGRReference(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			if i+1 < len(s) && s[i+1] == '[' {
				j := i + 2
				for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
					j++
				}
				if j < len(s) && s[j] == 'm' && sgrParams(s[i+2:j]) {
					b.WriteString(s[i : j+1])
				}
				i = j + 1
				continue
			}
			if i+1 < len(s) && (s[i+1] == ']' || s[i+1] == 'P' || s[i+1] == '_' || s[i+1] == '^' || s[i+1] == 'X') {
				// string sequence: skip to BEL or ST
				j := i + 2
				for j < len(s) {
					if s[j] == 0x07 {
						j++
						break
					}
					if s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\' {
						j += 2
						break
					}
					j++
				}
				i = j
				continue
			}
			i += 2
			continue
		}
		if c < 0x20 && c != '\n' || c == 0x7f {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || termsafe.Unsafe(r) {
				i += size
				continue
			}
			b.WriteString(s[i : i+size])
			i += size
			continue
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}
