package ui

import (
	"strings"
	"unicode/utf8"

	"github.com/bantin/bantin/ui/termsafe"
)

// keepSGR removes every escape sequence from s except SGR (colour and
// attribute) sequences, and every other control character except newlines.
// It is applied to Glamour's output so that nothing but styling, produced by
// bantin itself, reaches the terminal (no hyperlinks, titles, clipboard
// writes or cursor movement).
func keepSGR(s string) string {
	// Kept bytes stay where they are; the text is copied only once
	// something has to go (drawn frames usually keep every byte).
	var b strings.Builder
	kept := 0 // s[:kept] is in b, or needs no copy while b is empty
	dirty := false
	drop := func(from, to int) {
		if !dirty {
			dirty = true
			b.Grow(len(s))
		}
		b.WriteString(s[kept:from])
		kept = to
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			if i+1 < len(s) && s[i+1] == '[' {
				j := i + 2
				for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
					j++
				}
				if !(j < len(s) && s[j] == 'm' && sgrParams(s[i+2:j])) {
					drop(i, min(j+1, len(s)))
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
				drop(i, j)
				i = j
				continue
			}
			drop(i, min(i+2, len(s)))
			i += 2
			continue
		}
		if c < 0x20 && c != '\n' || c == 0x7f {
			drop(i, i+1)
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || termsafe.Unsafe(r) {
				drop(i, i+size)
			}
			i += size
			continue
		}
		i++
	}
	if !dirty {
		return s
	}
	if kept < len(s) {
		b.WriteString(s[kept:])
	}
	return b.String()
}

func sgrParams(p string) bool {
	for i := 0; i < len(p); i++ {
		c := p[i]
		if (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

// Article text goes through Glamour as data, never as markup: every ASCII
// punctuation character is swapped for a private-use placeholder before
// rendering and swapped back afterwards. Markdown then sees no markup at all
// (no emphasis, headings, links, lists, quotes, entities, autolinks), and a
// `*`, `#` or `[x](y)` shows as typed. (Backslash escapes are not enough:
// Glamour prints the backslash of some of them, and cannot escape `&`,
// `~` or autolinked URLs.)
const puaBase = 0xE000

// protectMarkdown cleans s and hides its punctuation from Markdown.
func protectMarkdown(s string) string {
	s = strings.TrimSpace(termsafe.Clean(s))
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && isASCIIPunct(byte(r)):
			b.WriteRune(puaBase + r)
		case r >= puaBase && r < puaBase+0x80:
			b.WriteRune(utf8.RuneError) // a placeholder already: keep it apart
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unprotectMarkdown turns the placeholders of protectMarkdown back into
// punctuation.
func unprotectMarkdown(s string) string {
	if !strings.ContainsRune(s, puaBase+'.') && strings.IndexFunc(s, func(r rune) bool { return r >= puaBase && r < puaBase+0x80 }) < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r >= puaBase && r < puaBase+0x80 {
			r -= puaBase
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}
