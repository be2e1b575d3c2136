package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestWholeProgram runs the reader as a real Bubble Tea program (loading
// screen, loaded message, keys, the Glamour command) and checks the screen.
func TestWholeProgram(t *testing.T) {
	if testing.Short() {
		t.Skip("whole-program flow")
	}
	c := sampleCorpus(t)
	dark := true
	m := NewLoading(Options{Source: "the embedded sample", DarkBackground: &dark})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(100, 30))
	wait := func(what string) {
		t.Helper()
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
			return bytes.Contains(b, []byte(what))
		}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	wait("Loading the embedded sample")
	tm.Send(ProgressMsg{FilesDone: 2, FilesTotal: 5, Articles: 2})
	tm.Send(LoadedMsg{Corpus: c})
	wait("articles")
	tm.Send(tea.KeyPressMsg{Code: '/', Text: "/"})
	tm.Type("lang")
	tm.Send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	tm.Type("son")
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	tm.Send(tea.KeyPressMsg{Code: tea.KeyEnter})
	wait("lines 1–")
	tm.Send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	screen := ansi.Strip(final.View().Content)
	for _, want := range []string{"article 1 of 1", "Lạng Sơn"} {
		if !strings.Contains(screen, want) {
			t.Fatalf("final screen lacks %q:\n%s", want, screen)
		}
	}
	if final.top() != viewDetail || len(final.ids) != 1 {
		t.Fatalf("not in the article of a one-article list: view %d, %d articles", final.top(), len(final.ids))
	}
}
