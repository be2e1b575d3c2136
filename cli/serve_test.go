package cli

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/bantin/bantin/serve"
	"github.com/bantin/bantin/serve/servetest"
)

// servedSample runs `bantin serve` on the embedded sample, on a port of
// the loopback interface chosen by the system, until the test ends.
func servedSample(t *testing.T, extra ...string) (addr, hostFP string, logs *servetest.SyncBuffer, stop func() int) {
	t.Helper()
	dir := t.TempDir()
	logs = &servetest.SyncBuffer{}
	env := Env{Stdout: &bytes.Buffer{}, Stderr: logs, Getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan *serve.Server, 1)
	status := make(chan int, 1)
	args := append([]string{"--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "key")}, extra...)
	go func() {
		status <- serveMain(ctx, args, env, func(s *serve.Server) { ready <- s })
	}()
	var srv *serve.Server
	select {
	case srv = <-ready:
	case st := <-status:
		t.Fatalf("serve exited with %d before listening:\n%s", st, logs)
	case <-time.After(30 * time.Second):
		t.Fatal("serve did not start")
	}
	a, _ := srv.Listen()
	var once sync.Once
	result := -1
	stop = func() int {
		once.Do(func() {
			cancel()
			select {
			case result = <-status:
			case <-time.After(15 * time.Second):
				t.Error("serve did not stop within 15 s")
			}
		})
		return result
	}
	t.Cleanup(func() { stop() })
	return a.String(), srv.HostKeyFingerprint(), logs, stop
}

func TestServeReaderOverSSH(t *testing.T) {
	addr, fp, logs, stop := servedSample(t)
	c, err := servetest.Dial(addr, fp, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	term, err := servetest.OpenTerminal(c, 100, 30, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer term.Close()
	step := func(keys string, want ...string) {
		t.Helper()
		if keys != "" {
			if err := term.Send(keys); err != nil {
				t.Fatal(err)
			}
		}
		if err := term.WaitFor(15*time.Second, want...); err != nil {
			t.Fatal(err)
		}
	}
	step("", "5 of 5 articles")
	step("/lang son", "1 of 5 articles", "Lạng Sơn")
	step("\r", "“lang son”")
	step("\r", "article 1 of 1")

	// The session follows its own terminal's size.
	if err := term.Resize(60, 20); err != nil {
		t.Fatal(err)
	}
	if err := term.WaitUntil(15*time.Second, func(s string) bool {
		return strings.Contains(s, "article 1 of 1") && strings.Contains(s, "lines 1–") &&
			!strings.Contains(s, "Rendering") && strings.Count(s, "\n") == 19
	}, "the article at 60x20"); err != nil {
		t.Fatal(err)
	}
	// esc, and wait for the list itself: a key sent less than the
	// terminal escape timeout after a lone ESC would read as alt+key.
	if err := term.Send("\x1b"); err != nil {
		t.Fatal(err)
	}
	if err := term.WaitUntil(15*time.Second, func(s string) bool {
		return strings.Contains(s, "1 of 5 articles") && strings.Contains(s, "enter open") &&
			!strings.Contains(s, "lines 1–") && !strings.Contains(s, "Rendering")
	}, "the list after esc"); err != nil {
		t.Fatal(err)
	}
	step("q")
	st, err := term.Wait(10 * time.Second)
	if err != nil || st != 0 {
		raw := term.Raw()
		t.Fatalf("quit: status %d, %v\nlast bytes: %q", st, err, raw[max(0, len(raw)-3000):])
	}
	if st := stop(); st != 0 {
		t.Errorf("serve exit status %d after shutdown, want 0", st)
	}
	l := logs.String()
	for _, want := range []string{"corpus loaded", "articles=5", "public reader", "listening", "connect", "disconnect", "duration="} {
		if !strings.Contains(l, want) {
			t.Errorf("log lacks %q:\n%s", want, l)
		}
	}
	if strings.Contains(l, "Lạng Sơn") {
		t.Errorf("the log shows article text:\n%s", l)
	}
}

func TestServeCommandsOverSSH(t *testing.T) {
	addr, fp, _, _ := servedSample(t)
	c, err := servetest.Dial(addr, fp, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	run := func(cmd string) (string, string, int) {
		t.Helper()
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		var o, e bytes.Buffer
		sess.Stdout, sess.Stderr = &o, &e
		status := 0
		if err := sess.Run(cmd); err != nil {
			var ee *gossh.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("%s: %v", cmd, err)
			}
			status = ee.ExitStatus()
		}
		return o.String(), e.String(), status
	}

	// search answers exactly as the local bantin search, quotes and
	// flags included.
	for _, tc := range []struct{ remote, local []string }{
		{[]string{"search lang son"}, []string{"search", "lang son"}},
		{[]string{`search --limit 2 "cong doan" -vietsovpetro`}, []string{"search", "--limit", "2", `"cong doan" -vietsovpetro`}},
		{[]string{"search --json lạng sơn"}, []string{"search", "--json", "lạng sơn"}},
		{[]string{"search nothing-like-this"}, []string{"search", "nothing-like-this"}},
		{[]string{`search "unclosed`}, []string{"search", `"unclosed`}},
	} {
		out, errOut, st := run(tc.remote[0])
		lout, lerr, lst := serveRunLocal(t, tc.local...)
		if out != lout || st != lst || errOut != lerr {
			t.Errorf("%s over SSH (status %d):\n%s%s\nlocally (status %d):\n%s%s", tc.remote[0], st, out, errOut, lst, lout, lerr)
		}
	}
	out, _, st := run("search lang son")
	if st != 0 || !strings.Contains(out, "Lạng Sơn") {
		t.Errorf("search: status %d\n%s", st, out)
	}

	out, _, st = run("list")
	if st != 0 || !strings.Contains(out, "#5") || !strings.Contains(out, "5 of 5 articles, newest first") {
		t.Errorf("list: status %d\n%s", st, out)
	}
	out, _, st = run("list --limit 2")
	if st != 0 || strings.Contains(out, "#3") || !strings.Contains(out, "2 of 5 articles") {
		t.Errorf("list --limit 2: status %d\n%s", st, out)
	}
	out, _, st = run("show 3")
	if st != 0 || !strings.Contains(out, "Date:") || !strings.Contains(out, "Lạng Sơn") || len(out) < 1000 {
		t.Errorf("show 3: status %d\n%s", st, out)
	}
	out, _, st = run("inspect 3")
	if st != 0 || !strings.Contains(out, "title") || !strings.Contains(out, "1 article:") {
		t.Errorf("inspect 3: status %d\n%s", st, out)
	}
	out, _, st = run("inspect --json 1")
	if st != 0 || !strings.HasPrefix(out, "[") || !strings.Contains(out, `"date_precision"`) {
		t.Errorf("inspect --json 1: status %d\n%s", st, out)
	}
	_, errOut, st := run("show 99")
	if st != 1 || !strings.Contains(errOut, "from 1 to 5") {
		t.Errorf("show 99: status %d, %q", st, errOut)
	}
	out, _, st = run("help")
	for _, want := range []string{"list", "search", "show N", "help"} {
		if st != 0 || !strings.Contains(out, want) {
			t.Errorf("help lacks %q (status %d):\n%s", want, st, out)
		}
	}
	_, errOut, st = run("cat /etc/passwd")
	if st != 1 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: status %d, %q", st, errOut)
	}
	for _, s := range []string{out, errOut} {
		if strings.ContainsRune(s, 0x1b) {
			t.Errorf("escape sequence in plain output: %q", s)
		}
	}
}

func serveRunLocal(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var o, e bytes.Buffer
	status = Main(args, Env{Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }})
	return o.String(), e.String(), status
}

// TestServeUntrustedText serves an article full of terminal escapes,
// bidi overrides and zero-width characters: nothing of them reaches the
// client, from any command or from the reader.
func TestServeUntrustedText(t *testing.T) {
	dir := t.TempDir()
	evil := "Công đoàn \x1b]0;pwned\x07Hà Nội\u202e ký kết\u200b \x1b[2J\x1b]52;c;cm0gLXJm\x07chương trình\n\n" +
		"Ngày 8/9/2023, Liên đoàn Lao động thành phố Hà Nội \x1b[31mđỏ\x1b[0m và \x9b31m Công đoàn ngành Y tế đã ký kết chương trình phối hợp.\n"
	if err := os.WriteFile(filepath.Join(dir, "evil.txt"), []byte(evil), 0o600); err != nil {
		t.Fatal(err)
	}
	addr, fp, _, _ := servedSample(t, dir)
	c, err := servetest.Dial(addr, fp, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	for _, cmd := range []string{"list", "show 1", "inspect 1", "inspect --json 1", "search ha noi", "search --json ha noi"} {
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		out, err := sess.CombinedOutput(cmd)
		sess.Close()
		if err != nil {
			t.Errorf("%s: %v\n%s", cmd, err, out)
		}
		if strings.ContainsAny(string(out), "\x1b\x07\u202e\u200b\u009b") {
			t.Errorf("%s let a control character through: %q", cmd, out)
		}
		if !strings.Contains(string(out), "Hà Nội") {
			t.Errorf("%s lost the text: %q", cmd, out)
		}
	}
	term, err := servetest.OpenTerminal(c, 100, 30, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer term.Close()
	if err := term.WaitFor(15*time.Second, "1 of 1 article"); err != nil {
		t.Fatal(err)
	}
	term.Send("\r")
	if err := term.WaitFor(15*time.Second, "đỏ"); err != nil {
		t.Fatal(err)
	}
	// (The renderer itself clears the screen; the article's clear, title and
	// clipboard sequences must not come through.)
	for _, bad := range []string{"pwned", "\x1b]52", "cm0gLXJm", "\u202e", "\x1b]0;"} {
		if strings.Contains(term.Raw(), bad) {
			t.Errorf("the reader sent %q to the client", bad)
		}
	}
}

func TestServeAuthorizedKeys(t *testing.T) {
	alice, err := servetest.NewKey()
	if err != nil {
		t.Fatal(err)
	}
	mallory, _ := servetest.NewKey()
	keys := filepath.Join(t.TempDir(), "authorized_keys")
	if err := os.WriteFile(keys, gossh.MarshalAuthorizedKey(alice.PublicKey()), 0o600); err != nil {
		t.Fatal(err)
	}
	addr, fp, logs, _ := servedSample(t, "--authorized-keys", keys)
	if _, err := servetest.Dial(addr, fp, mallory); err == nil {
		t.Error("an unknown key got in")
	}
	if _, err := servetest.Dial(addr, fp, nil); err == nil {
		t.Error("a client without a key got in")
	}
	c, err := servetest.Dial(addr, fp, alice)
	if err != nil {
		t.Fatalf("alice refused: %v", err)
	}
	c.Close()
	if !strings.Contains(logs.String(), "restricted to authorized keys") {
		t.Errorf("log does not say access is restricted:\n%s", logs)
	}
}

func TestServeFlags(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--max-sessions", "0"}, "--max-sessions must be at least 1"},
		{[]string{"--idle-timeout", "-1s"}, "--idle-timeout must be positive"},
		{[]string{"--idle-timeout", "soon"}, "invalid value"},
		{[]string{"--bogus"}, "flag provided but not defined"},
	} {
		var o, e bytes.Buffer
		st := serveMain(context.Background(), tc.args, Env{Stdout: &o, Stderr: &e, Getenv: func(string) string { return "" }}, nil)
		if st != 2 || !strings.Contains(e.String(), tc.want) {
			t.Errorf("%v: status %d, stderr %q", tc.args, st, e.String())
		}
	}
	// Paths and flags may be interleaved; a missing path is a clear error.
	var e bytes.Buffer
	st := serveMain(context.Background(), []string{"/no/such/dir", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "k")},
		Env{Stdout: &bytes.Buffer{}, Stderr: &e, Getenv: func(string) string { return "" }}, nil)
	if st != 1 || !strings.Contains(e.String(), "/no/such/dir") || strings.Count(strings.TrimSpace(e.String()), "\n") > 3 {
		t.Errorf("missing path: status %d, stderr %q", st, e.String())
	}
	// A port in use is a clear error too.
	addr, _, _, _ := servedSample(t)
	e.Reset()
	st = serveMain(context.Background(), []string{"--listen", addr, "--host-key", filepath.Join(t.TempDir(), "k")},
		Env{Stdout: &bytes.Buffer{}, Stderr: &e, Getenv: func(string) string { return "" }}, nil)
	if st != 1 || !strings.Contains(e.String(), "address already in use") {
		t.Errorf("port in use: status %d, stderr %q", st, e.String())
	}
}

// TestServeSignalChild is `bantin serve` itself, run by TestServeSignals in
// a child process so that real signals can be sent to it.
func TestServeSignalChild(t *testing.T) {
	dir := os.Getenv("BANTIN_SERVE_SIGNAL_CHILD")
	if dir == "" {
		t.Skip("run by TestServeSignals")
	}
	os.Exit(Main([]string{"serve", "--listen", "127.0.0.1:0", "--host-key", filepath.Join(dir, "key")},
		Env{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}

func TestServeSignals(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			child := exec.Command(os.Args[0], "-test.run=^TestServeSignalChild$")
			child.Env = append(os.Environ(), "BANTIN_SERVE_SIGNAL_CHILD="+t.TempDir())
			stderr, err := child.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := child.Start(); err != nil {
				t.Fatal(err)
			}
			defer child.Process.Kill()
			// Read the log (always, so the child never blocks on it) and
			// pick the address and host key out of the "listening" line.
			found := make(chan [2]string, 1)
			go func() {
				sc := bufio.NewScanner(stderr)
				var addr, fp string
				for sc.Scan() {
					if addr != "" {
						continue
					}
					for _, f := range strings.Fields(sc.Text()) {
						if v, ok := strings.CutPrefix(f, "addr="); ok {
							addr = v
						}
						if v, ok := strings.CutPrefix(f, "host-key="); ok {
							fp = v
						}
					}
					if addr != "" {
						found <- [2]string{addr, fp}
					}
				}
			}()
			var addr, fp string
			select {
			case af := <-found:
				addr, fp = af[0], af[1]
			case <-time.After(30 * time.Second):
				t.Fatal("the server did not say where it listens")
			}
			c, err := servetest.Dial(addr, fp, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			term, err := servetest.OpenTerminal(c, 100, 30, nil)
			if err != nil {
				t.Fatal(err)
			}
			if err := term.WaitFor(15*time.Second, "5 of 5 articles"); err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			if err := child.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			if err := term.WaitFor(10*time.Second, "the server is going down"); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- child.Wait() }()
			select {
			case err := <-done:
				if err != nil {
					t.Errorf("bantin serve after %s: %v, want exit status 0", sig, err)
				}
			case <-time.After(11 * time.Second):
				t.Fatalf("bantin serve still running 11 s after %s", sig)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("stopping took %s", d)
			}
		})
	}
}
