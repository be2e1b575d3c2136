package ui

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/ui/termsafe"
	"github.com/charmbracelet/x/ansi"
)

// foldMap folds s for matching and returns, for every byte of the folded
// text, the offset in s of the rune it came from (plus a final len(s)).
func foldMap(s string) (string, []int) {
	buf := make([]byte, 0, len(s))
	idx := make([]int, 0, len(s)+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if f := model.FoldRune(r); f >= 0 {
			n := len(buf)
			buf = utf8.AppendRune(buf, f)
			for k := n; k < len(buf); k++ {
				idx = append(idx, i)
			}
		}
		i += size
	}
	idx = append(idx, len(s))
	return string(buf), idx
}

// foldedFind returns the byte spans of text whose folded form contains the
// (already folded) needle: case and diacritics are ignored.
func foldedFind(text, needle string) [][2]int {
	if needle == "" {
		return nil
	}
	f, idx := foldMap(text)
	var spans [][2]int
	for from := 0; ; {
		i := strings.Index(f[from:], needle)
		if i < 0 {
			break
		}
		start := from + i
		end := start + len(needle)
		spans = append(spans, [2]int{idx[start], idx[end]})
		from = end
	}
	return spans
}

// spanCols converts byte spans of plain text to cell columns.
func spanCols(text string, spans [][2]int) [][2]int {
	out := make([][2]int, 0, len(spans))
	for _, s := range spans {
		if s[0] < 0 || s[1] > len(text) || s[0] >= s[1] {
			continue
		}
		a := ansi.StringWidth(text[:s[0]])
		b := a + ansi.StringWidth(text[s[0]:s[1]])
		if b > a {
			out = append(out, [2]int{a, b})
		}
	}
	return out
}

// padRight pads s with spaces to w cells (s must already fit).
func padRight(s string, w int) string {
	if n := cellWidth(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// wrap word-wraps plain text to w cells and returns its lines.
func wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	return strings.Split(ansi.Wrap(s, w, " -"), "\n")
}

// fitLines makes exactly h lines, each exactly w cells wide, from lines.
func fitLines(lines []string, w, h int) []string {
	out := make([]string, h)
	for i := 0; i < h; i++ {
		l := ""
		if i < len(lines) {
			l = lines[i]
		}
		n := cellWidth(l)
		if n > w {
			l = ansi.Truncate(l, w, "")
			n = cellWidth(l)
		}
		if n < w {
			l += strings.Repeat(" ", w-n)
		}
		out[i] = l
	}
	return out
}

// dateLabel is an article's date for lists: exact time when stated, a mark
// when the year was inferred, and "no date" when unknown.
func dateLabel(d model.Date) string {
	if !d.Known() {
		return "no date"
	}
	s := d.DayString()
	if d.Precision == model.PrecisionInferred {
		return s + "~"
	}
	if t := d.TimeString(); t != "" {
		if len(t) > 5 {
			t = t[:5]
		}
		s += " " + t
	}
	return s
}

// dateLong is an article's date for the detail view.
func dateLong(d model.Date) string {
	if !d.Known() {
		return "unknown (no date found in the article)"
	}
	s := d.DayString()
	if t := d.TimeString(); t != "" {
		s += " " + t
	}
	if d.Precision == model.PrecisionInferred {
		s += " (year inferred from the article's text)"
	}
	return s
}

// primaryOrgs names the bodies the article is mainly about (or, failing
// that, the first ones it names).
func primaryOrgs(a *model.Article, max int) []string {
	var out []string
	for _, o := range a.Organisations {
		if o.Primary {
			out = append(out, termsafe.Clean(o.Name))
		}
	}
	if len(out) == 0 {
		for _, o := range a.Organisations {
			out = append(out, termsafe.Clean(o.Name))
		}
	}
	if len(out) > max {
		out = out[:max]
	}
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return commas(n) + " " + many
}

// commas formats n with thousands separators.
func commas(n int) string {
	s := strconv.Itoa(n)
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	pre := len(s) % 3
	if pre > 0 {
		b.WriteString(s[:pre])
	}
	for i := pre; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteByte(',')
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// padLeft right-aligns s in w cells.
func padLeft(s string, w int) string {
	if n := cellWidth(s); n < w {
		return strings.Repeat(" ", w-n) + s
	}
	return s
}
