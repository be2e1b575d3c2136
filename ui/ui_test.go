package ui

import (
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
)

func TestListShowsAllSamples(t *testing.T) {
	c := sampleCorpus(t)
	tt := newTester(t, c, 100, 30, Options{})
	tt.wantScreen("5 of 5 articles")
	for i := range c.Articles {
		tt.wantScreen(titlePrefix(&c.Articles[i], 30))
	}
	tt.checkSize(100, 30)
}

func TestFilterLangSon(t *testing.T) {
	c := sampleCorpus(t)
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("/")
	tt.typeText("lang son")
	tt.wantScreen("1 of 5 articles", "/ lang son")
	var langSon *model.Article
	for i := range c.Articles {
		a := &c.Articles[i]
		if strings.Contains(a.BodyText()+a.Title, "Lạng Sơn") {
			langSon = a
		} else {
			// every other article is gone from the screen
			tt.dontWantScreen(titlePrefix(a, 30))
		}
	}
	must(t, langSon != nil, "no sample mentions Lạng Sơn")
	tt.wantScreen(titlePrefix(langSon, 30))

	// enter keeps the filter, and the status line shows it
	tt.press("enter")
	tt.wantScreen("1 of 5 articles", "“lang son”")

	// opening the article shows its body
	tt.press("enter")
	tt.wantScreen("article 1 of 1", "Date", "Lạng Sơn")
	body := strings.Join(strings.Fields(langSon.Body[0]), " ")
	words := strings.Fields(body)
	tt.wantScreen(strings.Join(words[:min(6, len(words))], " "))
	// the keyword's matches are counted in the status line, n goes to them
	tt.wantScreen("“lang son”:", "matches")
	tt.press("n")
	tt.wantScreen("“lang son” 1/")

	// esc goes back to the list, esc again drops the keyword
	tt.press("esc")
	tt.wantScreen("1 of 5 articles")
	tt.press("esc")
	tt.wantScreen("5 of 5 articles")
}

func TestFilterIgnoresCaseAndDiacritics(t *testing.T) {
	c := synthCorpus()
	for _, q := range []string{"cong doan", "công đoàn", "CÔNG ĐOÀN", "Cong Doan"} {
		tt := newTester(t, c, 100, 30, Options{})
		tt.press("/")
		tt.typeText(q)
		tt.wantScreen("2 of 4 articles")
	}
	// several words must all match; esc clears
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("/")
	tt.typeText("cong doan ha noi")
	tt.wantScreen("1 of 4 articles", "Công đoàn Hà Nội họp")
	tt.press("esc")
	tt.wantScreen("4 of 4 articles")
	tt.dontWantScreen("“")
}

func TestOrganisationViewRestrictsList(t *testing.T) {
	c := sampleCorpus(t)
	tt := newTester(t, c, 120, 40, Options{})
	tt.press("o")
	tt.wantScreen("Organisations")
	tt.wantScreen("Liên đoàn Lao động huyện Sóc Sơn")
	tt.press("/")
	tt.typeText("soc son")
	tt.wantScreen("▌", "Liên đoàn Lao động huyện Sóc Sơn")
	tt.press("enter") // one Enter chooses the selected body
	tt.wantScreen("1 of 5 articles", "Liên đoàn Lao động huyện Sóc Sơn O")
	var want *model.Article
	for i := range c.Articles {
		for _, o := range c.Articles[i].Organisations {
			if o.Name == "Liên đoàn Lao động huyện Sóc Sơn" {
				want = &c.Articles[i]
			}
		}
	}
	must(t, want != nil, "no sample names Liên đoàn Lao động huyện Sóc Sơn")
	tt.wantScreen(titlePrefix(want, 30))
	// O drops the organisation again
	tt.press("O")
	tt.wantScreen("5 of 5 articles")
}

func TestOrganisationViewSynthetic(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("o")
	tt.wantScreen("3 bodies", "Công đoàn ngành Công Thương Hà Nội", "Liên đoàn Lao động tỉnh Lạng Sơn")
	// sorted by count: the body with two articles first
	s := tt.screen()
	must(t, strings.Index(s, "Liên đoàn Lao động tỉnh Lạng Sơn") < strings.Index(s, "Công đoàn ngành Công Thương Hà Nội"),
		"not sorted by count:\n%s", s)
	tt.press("s") // by name
	tt.wantScreen("by name")
	s = tt.screen()
	must(t, strings.Index(s, "Công đoàn ngành Công Thương Hà Nội") < strings.Index(s, "Liên đoàn Lao động tỉnh Lạng Sơn"),
		"not sorted by name:\n%s", s)
	// narrowing by an alias, diacritics optional
	tt.press("/")
	tt.typeText("ldld lang")
	tt.wantScreen("1 body")
	tt.press("enter")
	tt.wantScreen("2 of 4 articles", "Liên đoàn Lao động tỉnh Lạng Sơn O")
	// keyword + organisation combine; each is removable on its own
	tt.press("/")
	tt.typeText("hop")
	tt.press("enter")
	tt.wantScreen("1 of 4 articles", "“hop” K", "Lạng Sơn O")
	tt.press("O")
	tt.wantScreen("2 of 4 articles", "“hop” K")
	tt.dontWantScreen("Lạng Sơn O")
}

func TestOrganisationNarrowingWithoutMatch(t *testing.T) {
	tt := newTester(t, synthCorpus(), 100, 30, Options{})
	tt.press("o", "/")
	tt.typeText("zzz")
	tt.wantScreen("0 bodies")
	tt.press("enter") // nothing to choose: typing ends, the view stays
	tt.wantScreen("Organisations", "0 bodies")
	tt.press("esc") // clears the narrowing
	tt.wantScreen("3 bodies")
	tt.press("down", "enter") // and the list still chooses
	tt.wantScreen("of 4 articles", " O")
}

func TestDatesViewRestrictsToYear(t *testing.T) {
	c := sampleCorpus(t)
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("d")
	tt.wantScreen("Dates", "2021")
	for i := 0; i < 40 && !strings.Contains(tt.screen(), "▌ 2021"); i++ {
		tt.press("j")
	}
	tt.wantScreen("▌ 2021")
	tt.press("enter")
	tt.wantScreen("1 of 5 articles", "2021 D", "2021-04-15 21:04")
	tt.press("D")
	tt.wantScreen("5 of 5 articles")
}

func TestDatesViewCountsInferredAndUnknown(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("d")
	tt.wantScreen("2024", "2021", "Date unknown", "1 inferred", "1 with the year inferred", "1 with no date")
	// choose a month
	for i := 0; i < 10 && !strings.Contains(tt.screen(), "▌   tháng 11/2024"); i++ {
		tt.press("j")
	}
	tt.press("enter")
	tt.wantScreen("1 of 4 articles", "2024-11 D", "2024-11-07~")
	// choose the unknown dates
	tt.press("d", "G", "enter")
	tt.wantScreen("1 of 4 articles", "date unknown D", "no date")
}

func TestHelpOpensAndCloses(t *testing.T) {
	tt := newTester(t, sampleCorpus(t), 100, 40, Options{})
	tt.press("?")
	tt.wantScreen("Help", "Everywhere", "organisations", "copy URL", "next article", "quit")
	tt.press("esc")
	tt.wantScreen("5 of 5 articles")
}

func TestResizeTooSmallAndBack(t *testing.T) {
	tt := newTester(t, sampleCorpus(t), 100, 30, Options{})
	tt.send(tea.WindowSizeMsg{Width: 30, Height: 8})
	tt.wantScreen("too small", "30×8")
	tt.checkSize(30, 8)
	tt.press("j") // keys do not crash while too small
	tt.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	tt.wantScreen("5 of 5 articles")
	tt.checkSize(100, 30)
	// every view survives every size
	for _, v := range [][]string{nil, {"o"}, {"d"}, {"?"}, {"enter"}, {"/"}, {"o", "i"}, {"enter", "/"}} {
		for _, sz := range [][2]int{{40, 10}, {80, 24}, {160, 48}, {1, 1}, {0, 0}, {300, 5}, {120, 10}, {250, 12}, {41, 60}} {
			tt := newTester(t, sampleCorpus(t), 100, 30, Options{})
			tt.press(v...)
			tt.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			if sz[0] >= minWidth && sz[1] >= minHeight {
				tt.checkSize(sz[0], sz[1])
			}
			tt.send(tea.WindowSizeMsg{Width: 90, Height: 25})
			tt.checkSize(90, 25)
		}
	}
}

func TestQuit(t *testing.T) {
	tt := newTester(t, sampleCorpus(t), 100, 30, Options{})
	tt.press("q")
	must(t, tt.quit, "q in the list did not quit")

	// q in the article goes back; ctrl+c quits from anywhere
	tt = newTester(t, sampleCorpus(t), 100, 30, Options{})
	tt.press("enter", "q")
	must(t, !tt.quit, "q in the article quit")
	tt.wantScreen("5 of 5 articles")
	for _, v := range []string{"enter", "/", "o", "d", "?"} {
		tt := newTester(t, sampleCorpus(t), 100, 30, Options{})
		tt.press(v, "ctrl+c")
		must(t, tt.quit, "ctrl+c after %q did not quit", v)
	}
}

func TestDetailNavigationFindAndCopy(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("enter")
	tt.wantScreen("article 1 of 4", c.Articles[0].Title)
	tt.press("]")
	tt.wantScreen("article 2 of 4", c.Articles[1].Title)
	tt.press("]", "]", "]")
	tt.wantScreen("article 4 of 4", "last article")
	tt.press("[")
	tt.wantScreen("article 3 of 4")

	// find in the article, diacritics optional, n/N cycle
	tt.press("g", "[", "[")
	tt.wantScreen("article 1 of 4")
	tt.press("/")
	tt.typeText("lao dong")
	tt.wantScreen("find: lao dong", "1/5") // counted while typing
	tt.press("enter")
	// three in the body, two in the metadata (outlet Lao Động Thủ Đô, and
	// Tổng Liên đoàn Lao động)
	tt.wantScreen("“lao dong” 1/5")
	tt.press("n")
	tt.wantScreen("“lao dong” 2/5")
	tt.press("n", "n", "n", "n")
	tt.wantScreen("“lao dong” 1/5")
	tt.press("N")
	tt.wantScreen("“lao dong” 5/5")
	tt.press("esc") // clears the find
	tt.dontWantScreen("“lao dong”")

	// y copies the URL with OSC 52
	tt.msgs = nil
	tt.press("y")
	tt.wantScreen("URL copied", c.Articles[0].URL)
	must(t, len(tt.msgs) == 1 && fmt.Sprintf("%T", tt.msgs[0]) == "tea.setClipboardMsg" && fmt.Sprint(tt.msgs[0]) == c.Articles[0].URL,
		"y did not set the clipboard: %#v", tt.msgs)

	// back to the list, where the selection followed ]/[
	tt.press("esc")
	tt.wantScreen("4 of 4 articles")
}

func TestDetailScrolls(t *testing.T) {
	a := model.Article{Title: "Bài dài", URL: "https://x.vn/a", Date: model.Date{Year: 2024, Month: 1, Day: 2, Precision: model.PrecisionDay}}
	for i := 0; i < 80; i++ {
		a.Body = append(a.Body, fmt.Sprintf("Đoạn số %d của bài viết về công đoàn.", i))
	}
	tt := newTester(t, corpus.New([]model.Article{a}), 80, 24, Options{})
	tt.press("enter")
	tt.wantScreen("Đoạn số 0 ", "lines 1–21 of")
	tt.dontWantScreen("Đoạn số 79 ")
	tt.press("G")
	tt.wantScreen("Đoạn số 79 ", "(100%)")
	tt.press("g")
	tt.wantScreen("(0%)")
	tt.press("space")
	tt.dontWantScreen("(0%)")
	tt.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	tt.press("g")
	tt.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
	tt.wantScreen("lines 4–")
	// resizing keeps it readable (re-rendered for the new width)
	tt.send(tea.WindowSizeMsg{Width: 50, Height: 20})
	tt.checkSize(50, 20)
	tt.wantScreen("Đoạn số")
}

func TestMarkdownShowsAsTyped(t *testing.T) {
	a := model.Article{Title: "Ký tự *đặc biệt* # [x](y)", Body: []string{
		"Một *ngôi sao* và **hai**, # không phải tiêu đề, [liên kết](http://x.vn) và `mã` <b>thẻ</b> &amp; _gạch_",
		"# Dòng bắt đầu bằng dấu thăng",
		"    bốn dấu cách",
		"1. không phải danh sách",
		"> không phải trích dẫn",
	}}
	tt := newTester(t, corpus.New([]model.Article{a}), 120, 40, Options{})
	tt.press("enter")
	tt.wantScreen("Một *ngôi sao* và **hai**, # không phải tiêu đề, [liên kết](http://x.vn) và `mã` <b>thẻ</b> &amp; _gạch_",
		"# Dòng bắt đầu bằng dấu thăng", "1. không phải danh sách", "> không phải trích dẫn",
		"Ký tự *đặc biệt* # [x](y)")
}

// hostile is an article whose every field tries to reach the terminal.
func hostile() model.Article {
	evil := "\x1b]0;pwned\x07\x1b]52;c;ZXZpbA==\x07\x1b[2J\x1b[H\x9b31m\u202eevil\u2066\x1bPq\x1b\\\x07\x08\x00"
	return model.Article{
		Title:         "Tiêu đề " + evil,
		Source:        "Báo " + evil,
		Author:        "Tác giả " + evil,
		URL:           "https://x.vn/" + evil,
		Date:          model.Date{Year: 2024, Month: 5, Day: 1, Precision: model.PrecisionDay},
		Body:          []string{"Đoạn một " + evil + " công đoàn", "\x1b]8;;http://evil\x07link\x1b]8;;\x07 https://evil.example/x"},
		Organisations: []model.OrgMention{{Name: "Công đoàn " + evil, Kind: model.KindOther, Aliases: []string{"CĐ " + evil}, Mentions: 1, Primary: true}},
	}
}

func TestUntrustedTextEmitsNoEscapes(t *testing.T) {
	c := corpus.New([]model.Article{hostile(), synthCorpus().Articles[0]})
	for _, nocolor := range []bool{false, true} {
		env := func(string) string { return "" }
		if nocolor {
			env = func(k string) string {
				if k == "NO_COLOR" {
					return "1"
				}
				return ""
			}
		}
		tt := newTester(t, c, 160, 48, Options{Getenv: env})
		onlySGR(t, "list with preview", tt.m.View().Content)
		tt.wantScreen("Tiêu đề", "evil")
		tt.press("/")
		tt.typeText("doan mot")
		onlySGR(t, "filter", tt.m.View().Content)
		tt.press("enter", "enter")
		tt.wantScreen("Đoạn một", "link")
		onlySGR(t, "detail", tt.m.View().Content)
		tt.press("/")
		tt.typeText("evil")
		onlySGR(t, "find", tt.m.View().Content)
		tt.press("enter", "y")
		onlySGR(t, "copied", tt.m.View().Content)
		tt.press("esc", "esc", "o")
		onlySGR(t, "organisations", tt.m.View().Content)
		tt.press("esc", "d")
		onlySGR(t, "dates", tt.m.View().Content)
		if v := tt.m.View(); v.WindowTitle != "" {
			t.Fatalf("window title set to %q", v.WindowTitle)
		}
	}
	// the copied URL is cleaned as well
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("enter", "y")
	must(t, len(tt.msgs) == 1, "no clipboard message")
	onlySGR(t, "clipboard", fmt.Sprint(tt.msgs[0]))
}

func TestNoColor(t *testing.T) {
	env := func(k string) string {
		if k == "NO_COLOR" {
			return "1"
		}
		return ""
	}
	tt := newTester(t, synthCorpus(), 160, 40, Options{Getenv: env})
	check := func(where string) {
		t.Helper()
		v := tt.m.View().Content
		for _, seq := range escRe.FindAllString(v, -1) {
			if strings.Contains(seq, "38;") || strings.Contains(seq, "48;") || strings.Contains(seq, "[3") && len(seq) == 5 {
				t.Fatalf("%s: colour sequence %q with NO_COLOR", where, seq)
			}
		}
	}
	check("list")
	tt.press("enter")
	check("detail")
	tt.press("esc", "o")
	check("orgs")
	tt.press("esc", "d")
	check("dates")
}

func TestLightBackground(t *testing.T) {
	c := synthCorpus()
	m := New(c, Options{}) // background unknown: asks the terminal
	must(t, m.Init() != nil, "Init does not ask for the background colour")
	tt := &tester{t: t, m: m}
	tt.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	dark := tt.m.View().Content
	tt.send(tea.BackgroundColorMsg{Color: color.White})
	must(t, !tt.m.dark, "white background taken as dark")
	light := tt.m.View().Content
	must(t, dark != light, "styles did not change for a light background")
	tt.wantScreen("4 of 4 articles")
}

func TestLoadingProgressAndFailure(t *testing.T) {
	m := NewLoading(Options{Source: "/tmp/corpus"})
	tt := &tester{t: t, m: m}
	tt.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	tt.wantScreen("Loading /tmp/corpus", "looking for files…")
	// Files are read while the folders are still being listed.
	tt.send(ProgressMsg{FilesDone: 120, Articles: 118})
	tt.wantScreen("looking for files… 120 read · 118 articles")
	tt.dontWantScreen("indexing")
	tt.send(ProgressMsg{FilesDone: 250, FilesTotal: 1000, Articles: 240})
	tt.wantScreen("250 of 1,000 files read", "25%")
	tt.dontWantScreen("indexing")
	tt.send(ProgressMsg{FilesDone: 1000, FilesTotal: 1000, Articles: 990})
	tt.wantScreen("1,000 of 1,000 files read", "990 articles", "indexing")
	tt.press("j") // keys while loading do nothing harmful
	tt.send(LoadedMsg{Corpus: synthCorpus()})
	tt.wantScreen("4 of 4 articles")

	m = NewLoading(Options{})
	tt = &tester{t: t, m: m}
	tt.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	tt.send(LoadedMsg{Err: fmt.Errorf("no article could be loaded from /nope")})
	tt.wantScreen("Nothing could be loaded", "/nope", "q to quit")
	must(t, m.Err() != nil, "Err is nil after a failed load")
	tt.press("q")
	must(t, tt.quit, "q did not quit after a failed load")
}

func TestSortToggle(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 100, 30, Options{})
	before := func(a, b string) {
		t.Helper()
		s := tt.screen()
		i, j := strings.Index(s, a), strings.Index(s, b)
		must(t, i >= 0 && j >= 0 && i < j, "%q is not listed before %q:\n%s", a, b, s)
	}
	tt.press("/")
	tt.typeText("phoi hop")
	tt.press("enter")
	// relevance: the article with the words in its title comes first
	tt.wantScreen("2 of 4 articles", "by relevance")
	before("Lạng Sơn tổng kết phối hợp", "Công đoàn Hà Nội họp bàn")
	tt.press("s")
	tt.wantScreen("sorted by date")
	before("Công đoàn Hà Nội họp bàn", "Lạng Sơn tổng kết phối hợp")
	tt.press("j")
	tt.wantScreen("by date")
	tt.press("s")
	tt.wantScreen("sorted by relevance")
	before("Lạng Sơn tổng kết phối hợp", "Công đoàn Hà Nội họp bàn")
}

func TestPreviewOnWideTerminals(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 160, 40, Options{})
	tt.wantScreen("│", "Outlet", c.Articles[0].Body[0][:20])
	tt = newTester(t, c, 100, 40, Options{})
	tt.dontWantScreen("Outlet")
}

func TestProgressFuncThrottles(t *testing.T) {
	var got []ProgressMsg
	f := ProgressFunc(func(m tea.Msg) { got = append(got, m.(ProgressMsg)) })
	for i := 1; i <= 1000; i++ {
		f(i, 1000, i)
	}
	must(t, len(got) >= 2 && len(got) < 100, "sent %d messages for 1000 files", len(got))
	must(t, got[len(got)-1].FilesDone == 1000, "last progress not sent: %+v", got[len(got)-1])
}

// synthCorpus is four articles with hand-set metadata: two about Công
// đoàn, one with an inferred year, one with no date.
func synthCorpus() *corpus.Corpus {
	ls := model.OrgMention{Name: "Liên đoàn Lao động tỉnh Lạng Sơn", Kind: model.KindFederation, Aliases: []string{"LĐLĐ tỉnh Lạng Sơn"}, Mentions: 2, Primary: true}
	hn := model.OrgMention{Name: "Công đoàn ngành Công Thương Hà Nội", Kind: model.KindSectorUnion, Aliases: []string{"Công đoàn Công Thương Hà Nội"}, Mentions: 1, Primary: true}
	tl := model.OrgMention{Name: "Tổng Liên đoàn Lao động Việt Nam", Kind: model.KindConfederation, Aliases: []string{"TLĐ"}, Mentions: 1}
	arts := []model.Article{
		{
			File: "a.txt", Title: "Công đoàn Hà Nội họp bàn", Source: "Lao Động Thủ Đô", URL: "https://ldtd.vn/a",
			Date:          model.Date{Year: 2024, Month: 12, Day: 1, Hour: 9, Minute: 30, HasTime: true, Precision: model.PrecisionExact},
			Body:          []string{"Người lao động được bảo vệ. Lao động là vinh quang.", "Hội nghị của lao động thành phố về phối hợp."},
			Organisations: []model.OrgMention{hn, tl},
		},
		{
			File: "b.txt", Title: "Lạng Sơn tổng kết phối hợp", Source: "Báo Lạng Sơn", URL: "https://baolangson.vn/b",
			Date:          model.Date{Year: 2024, Month: 11, Day: 7, Precision: model.PrecisionInferred},
			Body:          []string{"Cuộc họp về phối hợp giữa các bên."},
			Organisations: []model.OrgMention{ls},
		},
		{
			File: "c.txt", Title: "Giao lưu thể thao", Source: "CAND", URL: "https://cand.vn/c",
			Date:          model.Date{Year: 2021, Month: 4, Day: 15, Precision: model.PrecisionDay},
			Body:          []string{"Công đoàn tổ chức giải bóng đá."},
			Organisations: []model.OrgMention{ls},
		},
		{
			File: "d.txt", Title: "Bản tin không ngày", Source: "", URL: "",
			Date: model.Date{Precision: model.PrecisionUnknown},
			Body: []string{"Nội dung ngắn."},
		},
	}
	return corpus.New(arts)
}

func TestLongResultListFetchesAsItScrolls(t *testing.T) {
	var arts []model.Article
	for i := 0; i < 700; i++ {
		arts = append(arts, model.Article{
			File:  fmt.Sprintf("%04d.txt", i),
			Title: fmt.Sprintf("Tin công đoàn số %d", i),
			Date:  model.Date{Year: 2000 + i/365, Month: 1 + i/31%12, Day: 1 + i%28, Precision: model.PrecisionDay},
			Body:  []string{strings.Repeat("công đoàn ", 1+i%5) + "người lao động"},
		})
	}
	c := corpus.New(arts)
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("/")
	tt.typeText("cong doan")
	tt.press("enter")
	tt.wantScreen("700 of 700 articles")
	must(t, len(tt.m.ids) < 700, "all %d results fetched at once", len(tt.m.ids))
	// the bottom of the list is reachable, and every article is there once
	tt.press("G")
	tt.checkSize(100, 30)
	must(t, tt.m.list.cursor == 699 && len(tt.m.ids) == 700, "cursor %d, %d fetched", tt.m.list.cursor, len(tt.m.ids))
	seen := map[int32]bool{}
	for _, id := range tt.m.ids {
		must(t, !seen[id], "article %d listed twice", id)
		seen[id] = true
	}
	// ] walks past the first fetch in the article view
	tt = newTester(t, c, 100, 30, Options{})
	tt.press("/")
	tt.typeText("cong doan")
	tt.press("enter", "enter")
	for i := 0; i < firstFetch+5; i++ {
		tt.press("]")
	}
	tt.wantScreen(fmt.Sprintf("article %d of 700", firstFetch+6))
}

func TestOrganisationInfo(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 100, 30, Options{})
	tt.press("o", "s") // by name: Công đoàn ngành Công Thương Hà Nội first
	tt.wantScreen("▌       1  Công đoàn ngành Công Thương Hà Nội")
	tt.press("i")
	tt.wantScreen("Show its 1 article", "Written as", "Công đoàn Công Thương Hà Nội",
		"Named in the same articles as", "Tổng Liên đoàn Lao động Việt Nam (1 article)")
	// open the co-occurring body, and come back
	for i := 0; i < 10 && !strings.Contains(tt.screen(), "▌   Tổng Liên đoàn"); i++ {
		tt.press("j")
	}
	tt.press("enter")
	tt.wantScreen("bantin  Tổng Liên đoàn Lao động Việt Nam", "2 deep")
	tt.press("esc")
	tt.wantScreen("bantin  Công đoàn ngành Công Thương Hà Nội")
	// the first line lists the body's articles
	tt.press("g", "enter")
	tt.wantScreen("1 of 4 articles", "Công đoàn ngành Công Thương Hà Nội O", "Công đoàn Hà Nội họp bàn")

	// on wide terminals the organisations view shows the same beside the list
	tt = newTester(t, c, 160, 40, Options{})
	tt.press("o")
	tt.wantScreen("│", "Written as", "LĐLĐ tỉnh Lạng Sơn")
}

func TestEmptyAndOddArticles(t *testing.T) {
	// no article at all: every view opens and says so
	tt := newTester(t, corpus.New(nil), 80, 24, Options{})
	tt.wantScreen("0 of 0 articles", "No article matches")
	for _, k := range []string{"enter", "o", "d", "?", "/"} {
		tt.press(k)
		tt.checkSize(80, 24)
		tt.press("esc")
	}
	tt.press("o")
	tt.wantScreen("No union body")
	tt.press("esc", "d")
	tt.wantScreen("No article to place")

	// untitled, bodiless, dateless articles, a huge unbroken word, wide
	// characters and emoji
	odd := []model.Article{
		{},
		{Title: strings.Repeat("Đ", 500), Body: []string{strings.Repeat("x", 3000)}},
		{Title: "标题 🎉 Công đoàn", Body: []string{"表 🎉 bảng", ""}, Source: "🎉"},
	}
	tt = newTester(t, corpus.New(odd), 80, 24, Options{})
	tt.wantScreen("3 of 3 articles", "(untitled)", "标题 🎉 Công đoàn")
	tt.checkSize(80, 24)
	for i := 0; i < 3; i++ {
		tt.press("enter")
		tt.checkSize(80, 24)
		tt.press("G", "g", "/")
		tt.typeText("x")
		tt.press("enter", "n", "esc", "esc")
		tt.checkSize(80, 24)
		tt.press("j")
	}
	tt.send(tea.WindowSizeMsg{Width: 160, Height: 48})
	tt.checkSize(160, 48)
}

func TestFilterTakesEveryCharacter(t *testing.T) {
	tt := newTester(t, synthCorpus(), 100, 30, Options{})
	tt.press("/")
	tt.typeText("qod?sKOD[]y")
	must(t, !tt.quit, "typing q in the filter quit")
	tt.wantScreen("/ qod?sKOD[]y", "0 of 4 articles", "No article matches")
	for range "qod?sKOD[]y" {
		tt.press("backspace")
	}
	tt.wantScreen("4 of 4 articles")
	// a quote being typed narrows as it goes, with no complaint
	tt.typeText("lao \"dong")
	tt.checkSize(100, 30)
	tt.wantScreen("1 of 4 articles", "Công đoàn Hà Nội họp bàn")
	tt.dontWantScreen("quote")
	for range "lao \"dong" {
		tt.press("backspace")
	}
	// a query that cannot be parsed says so and keeps the last list
	tt.typeText("lao org")
	tt.wantScreen("0 of 4 articles", "No article matches")
	tt.typeText(":")
	tt.checkSize(100, 30)
	tt.wantScreen("org: needs a value", "0 of 4 articles", "No article matches")
}

func TestWheelInEveryView(t *testing.T) {
	tt := newTester(t, synthCorpus(), 100, 12, Options{})
	wheel := func() {
		tt.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
		tt.send(tea.MouseWheelMsg{Button: tea.MouseWheelUp})
		tt.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown})
		tt.checkSize(100, 12)
	}
	wheel()
	must(t, tt.m.list.cursor == 3, "wheel did not move the list: cursor %d", tt.m.list.cursor)
	for _, k := range []string{"o", "d", "?"} {
		tt.press(k)
		wheel()
		tt.press("esc")
	}
	tt.press("o", "i")
	wheel()
}

// TestSessionsSideBySide runs several sessions over one corpus at once, as
// the SSH server does (run with -race).
func TestSessionsSideBySide(t *testing.T) {
	c := sampleCorpus(t)
	done := make(chan string)
	for i := 0; i < 6; i++ {
		go func(i int) {
			defer func() {
				if r := recover(); r != nil {
					done <- fmt.Sprint(r)
				}
			}()
			dark := i%2 == 0
			m := New(c, Options{DarkBackground: &dark})
			m.Update(tea.WindowSizeMsg{Width: 80 + 20*i, Height: 24 + i})
			for _, k := range []string{"/", "l", "a", "n", "g", "enter", "enter", "]", "esc", "o", "j", "enter", "d", "enter", "?", "esc", "K", "O", "D"} {
				_, cmd := m.Update(keyMsg(k))
				if cmd != nil {
					if msg, ok := cmd().(renderedMsg); ok {
						m.Update(msg)
					}
				}
				_ = m.View()
			}
			if !strings.Contains(ansiStrip(m.View().Content), "5 of 5 articles") {
				done <- "session did not come back to the whole list"
				return
			}
			done <- ""
		}(i)
	}
	for i := 0; i < 6; i++ {
		if msg := <-done; msg != "" {
			t.Fatal(msg)
		}
	}
}

func TestPasteIntoInputs(t *testing.T) {
	tt := newTester(t, synthCorpus(), 100, 30, Options{})
	tt.press("/")
	tt.send(tea.PasteMsg{Content: "cong doan\x07 ha noi\x1b\x9b"})
	tt.wantScreen("1 of 4 articles")
	onlySGR(t, "pasted filter", tt.m.View().Content)
	tt.press("enter", "enter", "/")
	tt.send(tea.PasteMsg{Content: "lao dong"})
	tt.press("enter")
	tt.wantScreen("“lao dong” 1/5")
	tt.press("esc", "esc", "esc", "o", "/")
	tt.send(tea.PasteMsg{Content: "ldld"})
	tt.wantScreen("1 body")
	tt.press("esc", "esc")
	tt.send(tea.PasteMsg{Content: "q"}) // outside an input: ignored
	must(t, !tt.quit, "paste quit")
	tt.wantScreen("4 of 4 articles")
}

func TestColorProfile(t *testing.T) {
	tt := newTester(t, synthCorpus(), 100, 30, Options{})
	tt.send(tea.ColorProfileMsg{Profile: colorprofile.ASCII})
	must(t, tt.m.colorless, "ASCII profile kept colour styles")
	for _, seq := range escRe.FindAllString(tt.m.View().Content, -1) {
		must(t, !strings.Contains(seq, "38;") && !strings.Contains(seq, "48;"), "colour %q with an ASCII profile", seq)
	}
	tt.send(tea.ColorProfileMsg{Profile: colorprofile.TrueColor})
	must(t, !tt.m.colorless, "TrueColor profile left colourless styles")
	tt.wantScreen("4 of 4 articles")
}

func TestMouseClickSelectsAndOpens(t *testing.T) {
	c := synthCorpus()
	tt := newTester(t, c, 100, 30, Options{})
	tt.wantScreen("article 1 of 4")
	// the third article's rows are lines 6 and 7
	tt.send(tea.MouseClickMsg{X: 10, Y: 7, Button: tea.MouseLeft})
	tt.wantScreen("article 3 of 4", "▌ "+c.Articles[2].Title)
	tt.send(tea.MouseClickMsg{X: 10, Y: 6, Button: tea.MouseLeft})
	tt.wantScreen("Date", c.Articles[2].Body[0])
	tt.press("esc")
	tt.send(tea.MouseClickMsg{X: 10, Y: 25, Button: tea.MouseLeft}) // below the list
	tt.wantScreen("article 3 of 4")
}

func TestDatesWithOddValues(t *testing.T) {
	arts := []model.Article{
		{Title: "tháng 13", Date: model.Date{Year: 2024, Month: 13, Day: 40, Precision: model.PrecisionDay}},
		{Title: "năm 9999", Date: model.Date{Year: 9999, Month: 1, Day: 1, Precision: model.PrecisionExact, HasTime: true}},
		{Title: "không rõ", Date: model.Date{Year: 2020, Month: 1, Day: 1}}, // no precision: unknown
	}
	tt := newTester(t, corpus.New(arts), 80, 24, Options{})
	tt.press("d")
	tt.wantScreen("9999", "2024", "Date unknown")
	tt.checkSize(80, 24)
	tt.press("G", "enter")
	tt.wantScreen("1 of 3 articles", "không rõ")
}

func TestLongWordsWrapInArticle(t *testing.T) {
	url := "https://baolangson.vn/xa-hoi/538624-danh-gia-ket-qua-trien-khai-thuc-hien-chuong-trinh-phoi-hop-giua-cong-doan-vien-chuc-viet-nam.html"
	a := model.Article{Title: "Bài có liên kết dài", Body: []string{"Xem thêm tại " + url + " để biết chi tiết."}}
	tt := newTester(t, corpus.New([]model.Article{a}), 60, 24, Options{})
	tt.press("enter")
	tt.checkSize(60, 24)
	// every character of the long word is on screen, over several lines
	flat := strings.ReplaceAll(strings.Join(strings.Fields(tt.screen()), ""), " ", "")
	must(t, strings.Contains(flat, url), "the long URL is cut:\n%s", tt.screen())
}

func TestEscDropsTheLastConstraint(t *testing.T) {
	tt := newTester(t, synthCorpus(), 100, 30, Options{})
	tt.press("/")
	tt.typeText("cong doan")
	tt.press("enter", "d", "G", "k", "enter") // keyword, then a period (2021)
	tt.wantScreen("1 of 4 articles", "“cong doan” K", "2021 D")
	tt.press("h", "left") // not esc: nothing is dropped
	tt.wantScreen("1 of 4 articles")
	tt.press("esc") // the period went last, it goes first
	tt.wantScreen("2 of 4 articles", "“cong doan” K")
	tt.dontWantScreen("2021 D")
	tt.press("esc")
	tt.wantScreen("4 of 4 articles")
	tt.press("esc") // nothing left: nothing happens
	tt.wantScreen("4 of 4 articles")
}
