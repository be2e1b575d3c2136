package serve

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bantin/bantin/ui/termsafe"
)

// cleanLine makes a short client-supplied string (a user name, a command)
// safe for one log field or one line of a message: unsafe runes and invalid
// UTF-8 are dropped, and it is cut at 200 bytes.
func cleanLine(s string) string {
	var b strings.Builder
	for i, r := range s {
		if i >= 200 {
			b.WriteString("…")
			break
		}
		if r == utf8.RuneError || termsafe.Unsafe(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textWriter passes plain text through to w and drops every byte that
// could act on a terminal: unsafe runes (see unsafeRune) and invalid UTF-8.
// Newlines and tabs pass. A multi-byte character split across two Write
// calls is kept whole. It is what non-interactive commands write through,
// so article text can never carry an escape sequence to the client.
type textWriter struct {
	w       io.Writer
	pending []byte // an incomplete UTF-8 sequence from the last Write
	buf     []byte
}

func newTextWriter(w io.Writer) *textWriter { return &textWriter{w: w} }

func (t *textWriter) Write(p []byte) (int, error) {
	in := p
	if len(t.pending) > 0 {
		in = append(t.pending, p...)
		t.pending = nil
	}
	out := t.buf[:0]
	for i := 0; i < len(in); {
		c := in[i]
		if c < utf8.RuneSelf {
			if c == '\n' || c == '\t' || (c >= 0x20 && c != 0x7f) {
				out = append(out, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(in[i:])
		if r == utf8.RuneError && size <= 1 {
			if !utf8.FullRune(in[i:]) {
				// Wait for the rest of the character.
				t.pending = append(t.pending[:0], in[i:]...)
				break
			}
			i++
			continue
		}
		if !termsafe.Unsafe(r) {
			out = append(out, in[i:i+size]...)
		}
		i += size
	}
	t.buf = out
	if len(out) > 0 {
		if _, err := t.w.Write(out); err != nil {
			return 0, err
		}
	}
	return len(p), nil
}
