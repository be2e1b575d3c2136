// Package termsafe decides which characters of untrusted text (articles,
// file names, organisation names, what an SSH client sends) may be written
// to a terminal, and removes the others. It is the one definition shared by
// the reader, the commands and the SSH server; the loader (package data)
// cleans article text with its own, compatible rules at load time, and a
// test there checks that everything it keeps passes here too.
package termsafe

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Unsafe reports whether r must never be printed from data: C0 and C1
// controls (ESC among them; tab and newline too, callers that keep lines
// handle those first), DEL, every format character (Unicode category Cf:
// bidirectional embeddings, overrides, isolates and marks, zero-width
// characters, the byte order mark, tag characters, the soft hyphen…), the
// line and paragraph separators, and the unassigned code points inside the
// invisible ranges.
func Unsafe(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r < 0xad:
		return false
	case r >= 0xc0 && r < 0x600, r >= 0x1e00 && r < 0x2000:
		// Latin (all of Vietnamese), IPA, combining marks, Greek,
		// Cyrillic: no format character there. The common case, kept
		// off the table lookup.
		return false
	case r == 0x2028, r == 0x2029,
		r >= 0x2060 && r <= 0x206f,
		r >= 0xfff9 && r <= 0xfffb,
		r >= 0xe0000 && r <= 0xe007f:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// IsClean reports whether s is valid UTF-8 holding no unsafe character and
// no tab or line break: Clean would return it unchanged.
func IsClean(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || Unsafe(r) {
			return false
		}
		i += size
	}
	return true
}

// Clean returns s fit for one line of a terminal: tabs and line breaks
// become spaces; unsafe characters and invalid UTF-8 are removed.
func Clean(s string) string {
	if IsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == utf8.RuneError && size == 1:
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case Unsafe(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
