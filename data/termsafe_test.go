package data

import (
	"testing"
	"unicode"

	"github.com/bantin/bantin/ui/termsafe"
)

// TestLoaderRemovesWhatTerminalRefuses: the characters the loader removes
// as invisible or reordering are refused by the terminal layer too, so the
// two definitions cannot drift apart into a hole.
func TestLoaderRemovesWhatTerminalRefuses(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if (removable(r) || isBidi(r)) && !termsafe.Unsafe(r) {
			t.Errorf("the loader removes %U but termsafe lets it through", r)
		}
	}
}
