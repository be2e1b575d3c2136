package ui

import (
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestRandomKeys presses random keys, pastes, clicks, wheels and resizes in
// every view: nothing panics, and every frame fills the terminal exactly.
func TestRandomKeys(t *testing.T) {
	keys := []string{"j", "k", "g", "G", "enter", "esc", "/", "o", "d", "?", "s", "K", "O", "D",
		"]", "[", "n", "N", "y", "i", "space", "pgdown", "up", "down", "backspace", "a", "c", " ", "l", "h", "ctrl+d", "u", "f", "b"}
	for seed := uint64(1); seed <= 4; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		c := sampleCorpus(t)
		if seed%2 == 0 {
			c = synthCorpus()
		}
		w, h := 100, 30
		tt := newTester(t, c, w, h, Options{})
		for i := 0; i < 600; i++ {
			switch x := r.IntN(100); {
			case x < 85:
				tt.press(keys[r.IntN(len(keys))])
			case x < 88:
				tt.send(tea.PasteMsg{Content: "công đoàn"})
			case x < 92:
				tt.send(tea.MouseClickMsg{X: r.IntN(w), Y: r.IntN(h), Button: tea.MouseLeft})
			case x < 96:
				tt.send(tea.MouseWheelMsg{Button: tea.MouseWheelDown, X: r.IntN(w), Y: r.IntN(h)})
			default:
				w, h = 30+r.IntN(150), 6+r.IntN(50)
				tt.send(tea.WindowSizeMsg{Width: w, Height: h})
			}
			if tt.quit {
				t.Fatalf("seed %d: quit without q or ctrl+c", seed)
			}
			if w >= minWidth && h >= minHeight {
				tt.checkSize(w, h)
			}
			onlySGR(t, "random keys", tt.m.View().Content)
		}
	}
}
