package ui

import (
	"image/color"
	"math/rand"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
)

// Every rune the fast width path counts as one cell is one cell for the
// ansi package too, alone and between letters.
func TestNarrowRunesAgreeWithAnsi(t *testing.T) {
	n := 0
	for r := rune(0); r < 0x30000; r++ {
		if !narrowRune(r) {
			continue
		}
		n++
		s := string(r)
		if w := ansi.StringWidth(s); w != 1 {
			t.Fatalf("%U: ansi width %d, narrowRune says 1", r, w)
		}
		if w := ansi.StringWidth("a" + s + "b" + s + s); w != 5 {
			t.Fatalf("%U between letters: ansi width %d, want 5", r, w)
		}
	}
	must(t, n > 1000, "only %d narrow runes", n)
}

// cellWidth and truncate give what the ansi package gives, on real
// Vietnamese article text and on text the fast path must hand over.
func TestCellWidthAndTruncateAgreeWithAnsi(t *testing.T) {
	var texts []string
	arts, _ := data.LoadSample(data.Options{})
	names, raws := gen.Corpus(60, 3)
	arts = append(arts, data.ParseAll(names, raws, data.Options{})...)
	for _, a := range arts {
		texts = append(texts, a.Title, a.Source, a.Author)
		texts = append(texts, a.Body...)
	}
	texts = append(texts,
		"", "a", "…", "Công đoàn", "Cong\u0302 đoàn NFD: Lạng Sơn",
		"漢字 wide", "👷‍♀️ emoji", "tab\there", "soft\u00adhyphen", "◽◾ squares",
		"\x1b[1mbold\x1b[m Việt", "\x1b]0;title\x07osc", "e\u0301", "ZWJ\u200dx",
	)
	st := newStyles(true, false)
	rng := rand.New(rand.NewSource(1))
	for _, s := range texts {
		styled := st.p.selTitle.render(s) + st.p.highlight.render("Lạng Sơn")
		for _, x := range []string{s, clean(s), styled} {
			if got, want := cellWidth(x), ansi.StringWidth(x); got != want {
				t.Fatalf("cellWidth(%q) = %d, ansi says %d", x, got, want)
			}
		}
		c := clean(s)
		for _, w := range []int{1, 2, 3, 10, 40, 86, 1 + rng.Intn(120)} {
			if got, want := truncate(c, w), ansi.Truncate(c, w, "…"); got != want {
				t.Fatalf("truncate(%q, %d) = %q, ansi says %q", c, w, got, want)
			}
		}
	}
}

// A paint draws what the Lip Gloss style draws.
func TestPaintMatchesStyle(t *testing.T) {
	for _, dark := range []bool{true, false} {
		for _, colorless := range []bool{true, false} {
			st := newStyles(dark, colorless)
			for _, s := range []lipgloss.Style{st.title, st.selTitle, st.meta, st.highlight, st.preview} {
				p := newPaint(s)
				for _, text := range []string{"Lạng Sơn", "công đoàn 2024"} {
					if got, want := ansi.Strip(p.render(text)), ansi.Strip(s.Render(text)); got != want {
						t.Fatalf("paint shows %q, style %q", got, want)
					}
					if colorless == false && p.on == "" {
						t.Fatalf("no sequence learnt from %v", s)
					}
				}
			}
		}
	}
}

// highlightedIn reports whether the frame shows text with the keyword
// highlight.
func highlightedIn(tt *tester, text string) bool {
	return strings.Contains(tt.m.View().Content, tt.m.st.p.highlight.on+text)
}

// The list's rows are cached per session; what it shows must still follow
// every change: the keyword's highlights, the selection, the width, the
// background.
func TestListRowsFollowChanges(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 160, 40, Options{})
	tt.press("/")
	tt.typeText("hop")
	tt.wantScreen("Lạng Sơn tổng kết phối hợp", "Công đoàn Hà Nội họp bàn")
	must(t, highlightedIn(tt, "hợp"), "“hợp” not highlighted for “hop”:\n%q", tt.m.View().Content)
	must(t, highlightedIn(tt, "họp"), "“họp” not highlighted for “hop”")

	// the keyword changes: the same title is highlighted anew
	tt.press("backspace", "backspace", "backspace")
	tt.typeText("lang")
	tt.wantScreen("1 of 4 articles", "Lạng Sơn tổng kết phối hợp")
	must(t, highlightedIn(tt, "Lạng"), "“Lạng” not highlighted for “lang”")
	must(t, !highlightedIn(tt, "hợp"), "“hợp” still highlighted after the keyword became “lang”")

	// no keyword: no highlight left, in the list or the preview
	tt.press("esc")
	tt.wantScreen("4 of 4 articles")
	must(t, !strings.Contains(tt.m.View().Content, tt.m.st.p.highlight.on), "a highlight is left without a keyword")

	// the selection moves: the mark follows it
	selected := func() string {
		for _, l := range strings.Split(tt.screen(), "\n") {
			if strings.HasPrefix(l, "▌ ") {
				return l
			}
		}
		return ""
	}
	first := selected()
	tt.press("j")
	second := selected()
	must(t, first != "" && second != "" && first != second, "selection mark did not move: %q then %q", first, second)
	tt.press("k")
	must(t, selected() == first, "selection mark did not come back: %q", selected())

	// narrower: rows are cut to the new width
	tt.send(tea.WindowSizeMsg{Width: 50, Height: 20})
	tt.checkSize(50, 20)
	tt.wantScreen("Công đoàn Hà Nội họp bàn")
	tt.send(tea.WindowSizeMsg{Width: 160, Height: 40})
	tt.checkSize(160, 40)

	// another background: rows are drawn with the new styles
	dark := tt.m.View().Content
	lightModel := New(c, Options{})
	lt := &tester{t: t, m: lightModel}
	lt.send(tea.WindowSizeMsg{Width: 160, Height: 40})
	lt.send(tea.BackgroundColorMsg{Color: color.White})
	lt.send(tea.BackgroundColorMsg{Color: color.Black})
	lt.send(tea.BackgroundColorMsg{Color: color.White})
	must(t, !lt.m.dark, "white background taken as dark")
	light := lt.m.View().Content
	want := lt.m.st.p.title.on + "Lạng Sơn tổng kết phối hợp"
	must(t, strings.Contains(light, want), "light frame lacks the light title style %q:\n%q", want, light)
	must(t, !strings.Contains(dark, want), "dark frame has the light title style")
}

// Matching and highlighting ignore diacritics in the list: the
// highlighted text is the article's own, accents kept.
func TestListHighlightsVietnameseText(t *testing.T) {
	c := sampleCorpus(t)
	tt := newTester(t, c, 160, 48, Options{})
	tt.press("/")
	tt.typeText("lang son")
	tt.wantScreen("1 of 5 articles")
	must(t, highlightedIn(tt, "Lạng"), "“Lạng” not highlighted for “lang son”")
	must(t, highlightedIn(tt, "Sơn"), "“Sơn” not highlighted for “lang son”")
	tt.checkSize(160, 48)
	onlySGR(t, "filtered list", tt.m.View().Content)
}
