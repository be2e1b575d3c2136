package servetest

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// NewKey makes a fresh ed25519 client key.
func NewKey() (gossh.Signer, error) {
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("generate key: %w", err)
	}
	return gossh.NewSignerFromKey(priv)
}

// Dial logs in to addr as user "reader". key nil logs in without a key;
// hostFP, when not empty, must match the server's host key fingerprint.
func Dial(addr, hostFP string, key gossh.Signer) (*gossh.Client, error) {
	cfg := &gossh.ClientConfig{
		User: "reader",
		HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error {
			if hostFP != "" && gossh.FingerprintSHA256(k) != hostFP {
				return errors.New("host key mismatch")
			}
			return nil
		},
		Timeout: 10 * time.Second,
	}
	if key != nil {
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	return gossh.Dial("tcp", addr, cfg)
}

// Terminal is the client side of an interactive session: what the server
// sends is replayed on a Screen (lazily, when the text is asked for, so
// that many terminals cost their test little).
type Terminal struct {
	Session *gossh.Session
	stdin   io.WriteCloser

	mu     sync.Mutex
	raw    bytes.Buffer // everything received
	notify chan struct{}

	// The screen is replayed under its own lock, so that a slow replay
	// never holds up receiving (which would stall the server's output).
	smu      sync.Mutex
	screen   *Screen
	replayed int // bytes of raw already on the screen

	ended chan error
	err   error // guarded by mu, as done
	done  bool

	background string // answer to OSC 11 queries, if any
	tail       []byte // the end of the last write (mu), for queries cut in two
}

const bgQuery = "\x1b]11;?"

// OpenTerminal opens a session with a PTY of w×h (TERM=xterm-256color)
// and the given environment, and starts the shell (the reader).
func OpenTerminal(c *gossh.Client, w, h int, env map[string]string) (*Terminal, error) {
	return Open(c, Options{Width: w, Height: h, Env: env})
}

// Options describe the client's terminal.
type Options struct {
	Width, Height int
	Term          string            // TERM (default xterm-256color)
	Env           map[string]string // sent with "env" requests
	// Background, if set (e.g. "rgb:ffff/ffff/ffff"), is how the terminal
	// answers background colour queries (OSC 11), as real terminals do.
	Background string
}

// Open opens an interactive session on a terminal described by o.
func Open(c *gossh.Client, o Options) (*Terminal, error) {
	w, h, env := o.Width, o.Height, o.Env
	if o.Term == "" {
		o.Term = "xterm-256color"
	}
	sess, err := c.NewSession()
	if err != nil {
		return nil, fmt.Errorf("new session: %w", err)
	}
	for k, v := range env {
		if err := sess.Setenv(k, v); err != nil {
			sess.Close()
			return nil, fmt.Errorf("setenv %s: %w", k, err)
		}
	}
	if err := sess.RequestPty(o.Term, h, w, gossh.TerminalModes{}); err != nil {
		sess.Close()
		return nil, fmt.Errorf("pty: %w", err)
	}
	// The emulated screen stays modest whatever size is claimed.
	t := &Terminal{Session: sess, screen: NewScreen(min(w, 1000), min(h, 1000)), notify: make(chan struct{}, 1), ended: make(chan error, 1),
		background: o.Background}
	if t.stdin, err = sess.StdinPipe(); err != nil {
		sess.Close()
		return nil, fmt.Errorf("stdin: %w", err)
	}
	sess.Stdout = writerFunc(t.write)
	sess.Stderr = writerFunc(t.write)
	if err := sess.Shell(); err != nil {
		sess.Close()
		return nil, fmt.Errorf("shell: %w", err)
	}
	go func() {
		err := sess.Wait()
		t.mu.Lock()
		t.err, t.done = err, true
		t.mu.Unlock()
		t.ended <- err
		t.poke()
	}()
	return t, nil
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

func (t *Terminal) write(p []byte) (int, error) {
	t.mu.Lock()
	t.raw.Write(p)
	answer := false
	if t.background != "" {
		buf := append(t.tail, p...)
		answer = bytes.Count(buf, []byte(bgQuery)) > bytes.Count(t.tail, []byte(bgQuery))
		t.tail = append(t.tail[:0], buf[max(0, len(buf)-len(bgQuery)+1):]...)
	}
	t.mu.Unlock()
	if answer {
		go io.WriteString(t.stdin, "\x1b]11;"+t.background+"\x1b\\")
	}
	t.poke()
	return len(p), nil
}

// Text is the screen as the reader sees it now.
func (t *Terminal) Text() string {
	t.smu.Lock()
	defer t.smu.Unlock()
	t.replay()
	return t.screen.String()
}

// replay draws what arrived since the last replay; t.smu is held.
func (t *Terminal) replay() {
	t.mu.Lock()
	b := bytes.Clone(t.raw.Bytes()[t.replayed:])
	t.mu.Unlock()
	t.screen.Write(b)
	t.replayed += len(b)
}

// Received is the number of bytes received so far.
func (t *Terminal) Received() int {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.raw.Len()
}

func (t *Terminal) poke() {
	select {
	case t.notify <- struct{}{}:
	default:
	}
}

// Raw is every byte received so far.
func (t *Terminal) Raw() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.raw.String()
}

// Send types s (bytes as a terminal would send them).
func (t *Terminal) Send(s string) error {
	_, err := io.WriteString(t.stdin, s)
	return err
}

// Resize tells the server the terminal is now w×h.
func (t *Terminal) Resize(w, h int) error {
	t.smu.Lock()
	t.replay() // what came before the resize was drawn at the old size
	t.screen.Resize(min(w, 1000), min(h, 1000))
	t.smu.Unlock()
	return t.Session.WindowChange(h, w)
}

// WaitFor waits until the screen shows every string in want, or the
// timeout passes; the error shows the screen.
func (t *Terminal) WaitFor(timeout time.Duration, want ...string) error {
	return t.WaitUntil(timeout, func(screen string) bool {
		for _, w := range want {
			if !strings.Contains(screen, w) {
				return false
			}
		}
		return true
	}, fmt.Sprintf("%q", want))
}

// WaitUntil waits until ok(screen) holds, or the timeout passes.
func (t *Terminal) WaitUntil(timeout time.Duration, ok func(screen string) bool, what string) error {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		screen := t.Text()
		if ok(screen) {
			return nil
		}
		select {
		case <-t.notify:
		case <-deadline.C:
			return fmt.Errorf("screen never showed %s; screen:\n%s", what, screen)
		}
	}
}

// WaitOutput waits until more than after bytes have been received in
// all (see Received): the server's answer to a keystroke.
func (t *Terminal) WaitOutput(after int, timeout time.Duration) error {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for t.Received() <= after {
		select {
		case <-t.notify:
		case <-deadline.C:
			return fmt.Errorf("no output within %s", timeout)
		}
	}
	return nil
}

// Wait waits for the session to end and returns its exit status.
func (t *Terminal) Wait(timeout time.Duration) (int, error) {
	select {
	case err := <-t.ended:
		t.ended <- err
		var ee *gossh.ExitError
		if errors.As(err, &ee) {
			return ee.ExitStatus(), nil
		}
		if err != nil {
			return -1, fmt.Errorf("session ended without status: %w", err)
		}
		return 0, nil
	case <-time.After(timeout):
		return -1, fmt.Errorf("session did not end; screen:\n%s", t.Text())
	}
}

// Ended reports whether the session has ended.
func (t *Terminal) Ended() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.done
}

// Close ends the session from the client side.
func (t *Terminal) Close() error { return t.Session.Close() }
