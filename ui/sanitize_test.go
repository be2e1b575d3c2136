package ui

import (
	"strings"
	"testing"
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
		if got := clean(in); got != want {
			t.Errorf("clean(%q) = %q, want %q", in, got, want)
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
