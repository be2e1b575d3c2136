package ui

import (
	"fmt"
	"image/color"
	"math/rand"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/ui/termsafe"
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
		for _, x := range []string{s, termsafe.Clean(s), styled} {
			if got, want := cellWidth(x), ansi.StringWidth(x); got != want {
				t.Fatalf("cellWidth(%q) = %d, ansi says %d", x, got, want)
			}
		}
		c := termsafe.Clean(s)
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

// The dates view names months as Vietnamese text does and says what its
// bars measure; large counts have thousands separators.
func TestDatesViewLabelsAndScale(t *testing.T) {
	var arts []model.Article
	add := func(n, year, month int) {
		for i := 0; i < n; i++ {
			arts = append(arts, model.Article{
				File: fmt.Sprintf("%d-%d-%d.txt", year, month, i), Title: fmt.Sprintf("Tin %d", i),
				Date: model.Date{Year: year, Month: month, Day: 1 + i%28, Precision: model.PrecisionDay},
				Body: []string{"Công đoàn."},
			})
		}
	}
	add(1100, 2024, 12)
	add(100, 2024, 5)
	add(40, 2023, 1)
	tt := newTester(t, corpus.New(arts), 120, 30, Options{})
	tt.press("d")
	tt.wantScreen("1,240 articles", "2024", "1,200", "tháng 12/2024", "1,100", "tháng 5/2024", "tháng 1/2023",
		"Bars: years against the busiest year (1,200 articles), months against the busiest month (1,100)")
	tt.dontWantScreen("Dec", "May", "Jan")
	tt.checkSize(120, 30)
	// narrow: a shorter note, still fitting
	tt.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	tt.wantScreen("Bar scales: years to 1,200, months to 1,100")
	tt.checkSize(60, 20)
	// a month chosen from the view restricts the list to it
	for i := 0; i < 5 && !strings.Contains(tt.screen(), "▌   tháng 5/2024"); i++ {
		tt.press("j")
	}
	tt.press("enter")
	tt.wantScreen("100 of 1,240 articles", "2024-05 D")
}

// "About a body" says plainly which body is above and which are below,
// and writes large numbers with thousands separators.
func TestOrganisationInfoLabelsAndNumbers(t *testing.T) {
	const (
		fed   = "Liên đoàn Lao động tỉnh Lạng Sơn"
		grass = "Công đoàn cơ sở Công ty Than Na Dương"
	)
	var arts []model.Article
	for i := 0; i < 1200; i++ {
		arts = append(arts, model.Article{
			File: fmt.Sprintf("%d.txt", i), Title: fmt.Sprintf("Tin số %d", i),
			Date: model.Date{Year: 2024, Month: 1 + i%12, Day: 1 + i%28, Precision: model.PrecisionDay},
			Body: []string{"Công đoàn."},
			Organisations: []model.OrgMention{
				{Name: fed, Kind: model.KindFederation, Aliases: []string{"LĐLĐ tỉnh Lạng Sơn"}, Mentions: 3, Primary: true},
				{Name: grass, Kind: model.KindGrassroots, Mentions: 1, Parent: fed},
			},
		})
	}
	tt := newTester(t, corpus.New(arts), 120, 40, Options{})
	tt.press("o", "s") // by name: the grassroots union first
	tt.wantScreen("▌   1,200  " + grass)
	tt.press("i")
	tt.wantScreen("Show its 1,200 articles", "Part of (the body above it)", fed)
	tt.dontWantScreen("Above", "Includes")
	tt.press("esc", "j", "i")
	tt.wantScreen("bantin  "+fed, "Includes (the bodies below it)", grass,
		"Named     3,600 times in 1,200 articles (main subject of 1,200)", "LĐLĐ tỉnh Lạng Sơn (1,200 times)")
	tt.dontWantScreen("Part of")
}

// Help lists every key once: n and N each on a line of their own.
func TestHelpListsEachMatchKeyOnce(t *testing.T) {
	tt := newTester(t, sampleCorpus(t), 100, 60, Options{})
	tt.press("?")
	s := tt.screen()
	must(t, strings.Count(s, "next match") == 1 && strings.Count(s, "previous match") == 1,
		"next/previous match not listed once each:\n%s", s)
	must(t, !strings.Contains(s, "n/N"), "help still lists n/N:\n%s", s)
	for _, l := range strings.Split(s, "\n") {
		f := strings.Fields(l)
		for i := 0; i+1 < len(f); i++ {
			if f[i] == "N" {
				must(t, f[i+1] == "previous", "N described as %q", f[i+1])
			}
		}
	}
	// the article's short help shows both
	tt.press("esc", "enter")
	tt.wantScreen("n next match", "N previous match")
}

// While the article is rendered again for a new size, the last rendering
// stays on screen; a newly opened article shows its title and metadata at
// once and its body when Glamour is done.
func TestDetailKeepsRenderingWhileResizing(t *testing.T) {
	c := sampleCorpus(t)
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("enter")
	a := &c.Articles[0]
	firstWords := strings.Join(strings.Fields(a.Body[0])[:4], " ")
	tt.wantScreen(firstWords)

	_, cmd := tt.m.Update(tea.WindowSizeMsg{Width: 70, Height: 24})
	must(t, cmd != nil, "no rendering asked for the new width")
	tt.dontWantScreen("Rendering…")
	tt.wantScreen(firstWords, "lines 1–")
	tt.checkSize(70, 24)
	tt.run(cmd)
	tt.wantScreen(firstWords)
	tt.checkSize(70, 24)
	for _, l := range strings.Split(tt.screen(), "\n") {
		must(t, !strings.HasSuffix(strings.TrimRight(l, " "), "─") || cellWidth(strings.TrimRight(l, " ")) <= 68,
			"rule not re-drawn for 70 columns: %q", l)
	}

	// the next article: title and metadata at once, then the body
	_, cmd = tt.m.Update(keyMsg("]"))
	must(t, cmd != nil, "no rendering asked for the next article")
	b := &c.Articles[1]
	tt.wantScreen("article 2 of 5", "Date", "Rendering…", titlePrefix(b, 20))
	tt.checkSize(70, 24)
	tt.run(cmd)
	tt.dontWantScreen("Rendering…")
	tt.wantScreen(strings.Join(strings.Fields(b.Body[0])[:4], " "))
}
