package cli

import (
	"bytes"
	"strings"
	"testing"
)

// Without a terminal the reader says what to use instead, and does not hang.
func TestReaderNeedsATerminal(t *testing.T) {
	var out, errb bytes.Buffer
	status := Main(nil, Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb})
	if status != 2 {
		t.Fatalf("status %d, want 2", status)
	}
	if !strings.Contains(errb.String(), "needs a terminal") || !strings.Contains(errb.String(), "bantin search") {
		t.Fatalf("stderr: %q", errb.String())
	}
	if out.Len() != 0 {
		t.Fatalf("wrote to stdout: %q", out.String())
	}
}
