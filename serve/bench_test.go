package serve

import (
	"io"
	"testing"
	"time"

	"github.com/bantin/bantin/serve/servetest"
)

// BenchmarkKeystrokeToFrame is the transport's share of a keystroke: one
// interactive session with a light model, a key sent, the next frame's
// first bytes received (the frame rate dominates: 120 per second).
//
//	go test -run '^$' -bench KeystrokeToFrame -count 5 ./serve/
func BenchmarkKeystrokeToFrame(b *testing.B) {
	ts := startServer(b, nil)
	c, err := ts.dial(nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	term, err := servetest.OpenTerminal(c, 100, 30, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer term.Close()
	if err := term.WaitFor(10*time.Second, "3 of 3 shown"); err != nil {
		b.Fatal(err)
	}
	term.Send("/")
	b.ResetTimer()
	for i := range b.N {
		n := term.Received()
		k := "a"
		if i%2 == 1 {
			k = "\x7f" // backspace: the screen changes every time
		}
		if err := term.Send(k); err != nil {
			b.Fatal(err)
		}
		if err := term.WaitOutput(n, 10*time.Second); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCommand is one non-interactive command on an open connection:
// a new session, the command, its output and exit status.
//
//	go test -run '^$' -bench Command -count 5 ./serve/
func BenchmarkCommand(b *testing.B) {
	ts := startServer(b, nil)
	c, err := ts.dial(nil)
	if err != nil {
		b.Fatal(err)
	}
	defer c.Close()
	b.ResetTimer()
	for range b.N {
		sess, err := c.NewSession()
		if err != nil {
			b.Fatal(err)
		}
		sess.Stdout = io.Discard
		if err := sess.Run("search công đoàn"); err != nil {
			b.Fatal(err)
		}
		sess.Close()
	}
}
