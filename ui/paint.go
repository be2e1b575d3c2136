package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// paint is a Lip Gloss style reduced to the escape sequences around its
// text, worked out once per session. Drawing with it is two string
// concatenations, where Style.Render measures, wraps and aligns on every
// call (and styles an underlined text rune by rune). Only for styles of
// colour and attributes: no padding, width, border or margin.
type paint struct{ on, off string }

// paintProbe is the text a style is rendered around to learn its
// sequences (no SGR sequence contains a letter other than 'm').
const paintProbe = "x"

func newPaint(s lipgloss.Style) paint {
	r := s.Render(paintProbe)
	i := strings.Index(r, paintProbe)
	if i < 0 {
		return paint{}
	}
	return paint{on: r[:i], off: r[i+len(paintProbe):]}
}

// render styles plain text.
func (p paint) render(s string) string {
	if s == "" {
		return ""
	}
	return p.on + s + p.off
}

// write styles plain text into b.
func (p paint) write(b *strings.Builder, s string) {
	if s == "" {
		return
	}
	b.WriteString(p.on)
	b.WriteString(s)
	b.WriteString(p.off)
}

// narrowRune reports runes that always take one cell and never join the
// rune before them into a grapheme cluster: Latin letters with their
// Vietnamese precomposed forms, common punctuation, arrows, box drawing
// and blocks. (TestNarrowRunesAgreeWithAnsi checks every one of them
// against the ansi package.)
func narrowRune(r rune) bool {
	switch {
	case r >= 0x20 && r < 0x7f:
		return true
	case r >= 0xa0 && r <= 0x2ff && r != 0xad: // Latin-1, Latin Extended-A/B, IPA, modifiers (not the soft hyphen)
		return true
	case r >= 0x1e00 && r <= 0x1eff: // Latin Extended Additional (Vietnamese)
		return true
	case r >= 0x2010 && r <= 0x2027: // dashes, quotes, bullets, ellipsis
		return true
	case r >= 0x2190 && r <= 0x2199: // arrows
		return true
	case r >= 0x2500 && r <= 0x25a1: // box drawing, blocks, squares
		return true
	case r >= 0x25b2 && r <= 0x25c5: // triangles
		return true
	}
	return false
}

// cellWidth is the width of s in terminal cells, like ansi.StringWidth
// but without segmenting graphemes when every rune is a narrowRune (the
// usual case for Vietnamese text): CSI sequences take no cell, every
// other rune one. Anything else is measured by ansi.StringWidth.
func cellWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0x1b {
			if i+1 < len(s) && s[i+1] == '[' {
				j := i + 2
				for j < len(s) && (s[j] < 0x40 || s[j] > 0x7e) {
					j++
				}
				i = j + 1
				continue
			}
			return ansi.StringWidth(s)
		}
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return ansi.StringWidth(s)
			}
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !narrowRune(r) {
			return ansi.StringWidth(s)
		}
		n++
		i += size
	}
	return n
}

// plainNarrow reports whether s has no escape sequence and only narrow
// runes, so that its width is its rune count.
func plainNarrow(s string) bool {
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
		if !narrowRune(r) {
			return false
		}
		i += size
	}
	return true
}

// truncate cuts s to w cells, ending with an ellipsis when cut.
func truncate(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if !plainNarrow(s) {
		return ansi.Truncate(s, w, "…")
	}
	n := 0
	cut := -1 // byte offset after w-1 runes
	for i := range s {
		if n == w-1 {
			cut = i
		}
		n++
		if n > w {
			return s[:cut] + "…"
		}
	}
	return s
}
