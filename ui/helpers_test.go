package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/ui/termsafe"
)

// sampleCorpus loads the five embedded sample articles.
func sampleCorpus(t testing.TB) *corpus.Corpus {
	t.Helper()
	arts, _ := data.LoadSample(data.Options{})
	if len(arts) != 5 {
		t.Fatalf("sample has %d articles, want 5", len(arts))
	}
	return corpus.New(arts)
}

// tester drives a real root model with direct Update/View calls, running
// the commands it returns synchronously (as the program would).
type tester struct {
	t    testing.TB
	m    *Model
	quit bool
	msgs []tea.Msg // messages produced by commands, other than internal ones
}

func newTester(t testing.TB, c *corpus.Corpus, w, h int, opts Options) *tester {
	t.Helper()
	if opts.DarkBackground == nil {
		dark := true
		opts.DarkBackground = &dark
	}
	tt := &tester{t: t, m: New(c, opts)}
	tt.run(tt.m.Init())
	tt.send(tea.WindowSizeMsg{Width: w, Height: h})
	return tt
}

func (tt *tester) send(msg tea.Msg) {
	tt.t.Helper()
	_, cmd := tt.m.Update(msg)
	tt.run(cmd)
}

// run executes a command and feeds its message back to the model.
func (tt *tester) run(cmd tea.Cmd) {
	tt.t.Helper()
	if cmd == nil {
		return
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(2 * time.Second):
		return // a blink or tick: not needed by the tests
	}
	switch msg := msg.(type) {
	case nil:
	case tea.QuitMsg:
		tt.quit = true
	case tea.BatchMsg:
		for _, c := range msg {
			tt.run(c)
		}
	case renderedMsg:
		tt.send(msg)
	default:
		tt.msgs = append(tt.msgs, msg)
	}
}

// press sends keys by name: "enter", "esc", "ctrl+c", "down", "up",
// "space", "pgdown", or a single printable character.
func (tt *tester) press(keys ...string) {
	tt.t.Helper()
	for _, k := range keys {
		tt.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	if strings.HasPrefix(k, "ctrl+") && len(k) == 6 {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)
	if len(r) != 1 {
		panic("unknown key " + k)
	}
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// typeText types s one character at a time.
func (tt *tester) typeText(s string) {
	tt.t.Helper()
	for _, r := range s {
		if r == ' ' {
			tt.send(keyMsg("space"))
			continue
		}
		tt.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is what the terminal shows, without styling.
func (tt *tester) screen() string {
	return ansi.Strip(tt.m.View().Content)
}

// flat is the screen with runs of white space (line breaks included)
// collapsed, so phrases wrapped over lines can be found.
func (tt *tester) flat() string {
	return strings.Join(strings.Fields(tt.screen()), " ")
}

func (tt *tester) wantScreen(subs ...string) {
	tt.t.Helper()
	s, f := tt.screen(), tt.flat()
	for _, sub := range subs {
		if !strings.Contains(s, sub) && !strings.Contains(f, strings.Join(strings.Fields(sub), " ")) {
			tt.t.Fatalf("screen lacks %q:\n%s", sub, s)
		}
	}
}

func (tt *tester) dontWantScreen(subs ...string) {
	tt.t.Helper()
	s := tt.screen()
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			tt.t.Fatalf("screen shows %q but should not:\n%s", sub, s)
		}
	}
}

// checkSize asserts the frame is exactly w×h cells.
func (tt *tester) checkSize(w, h int) {
	tt.t.Helper()
	lines := strings.Split(tt.m.View().Content, "\n")
	if len(lines) != h {
		tt.t.Fatalf("frame has %d lines, want %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n != w {
			tt.t.Fatalf("line %d is %d cells wide, want %d: %q", i, n, w, ansi.Strip(l))
		}
	}
}

var escRe = regexp.MustCompile("\x1b\\[[0-9;:]*m")

// onlySGR fails unless every escape sequence in s is a colour/attribute
// (SGR) sequence and s holds no other control character.
func onlySGR(t testing.TB, where, s string) {
	t.Helper()
	rest := escRe.ReplaceAllString(s, "")
	for i, r := range rest {
		if r == '\n' {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || termsafe.Unsafe(r) {
			t.Fatalf("%s: control character %U at %d: %q", where, r, i, rest[max(0, i-20):min(len(rest), i+20)])
		}
	}
}

// titlePrefix is the beginning of an article's title as the list shows it.
func titlePrefix(a *model.Article, n int) string {
	r := []rune(termsafe.Clean(a.Title))
	if len(r) > n {
		r = r[:n]
	}
	return string(r)
}

func must(t testing.TB, ok bool, format string, args ...any) {
	t.Helper()
	if !ok {
		t.Fatalf(format, args...)
	}
}

var _ = fmt.Sprint

func ansiStrip(s string) string { return ansi.Strip(s) }
