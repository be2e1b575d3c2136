package serve

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/bantin/bantin/serve/servetest"
	gossh "golang.org/x/crypto/ssh"
)

// articles stand in for a corpus: the serve package knows no articles, the
// model factory does.
var testTitles = []string{
	"Liên đoàn Lao động tỉnh Lạng Sơn ký kết chương trình phối hợp",
	"Công đoàn Vietsovpetro tổ chức hội thao",
	"Huyện Sóc Sơn chăm lo Tết cho người lao động",
}

// listModel is a tiny reader: a list of titles, "/" filters, "q" quits,
// "p" panics (to prove a panic ends only its session). It shows the size,
// TERM, colour profile and NO_COLOR it was given, so tests can check that
// each session renders for its own terminal.
type listModel struct {
	info    SessionInfo
	noColor string
	w, h    int
	profile string
	filter  string
	typing  bool
	bg      string
}

func newListModel(info SessionInfo) tea.Model {
	m := &listModel{info: info, w: info.Width, h: info.Height, bg: "unknown"}
	for _, kv := range info.Environ {
		if v, ok := strings.CutPrefix(kv, "NO_COLOR="); ok {
			m.noColor = v
		}
	}
	return m
}

func (m *listModel) Init() tea.Cmd { return tea.RequestBackgroundColor }

func (m *listModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
	case tea.ColorProfileMsg:
		m.profile = msg.Profile.String()
	case tea.BackgroundColorMsg:
		m.bg = "light"
		if msg.IsDark() {
			m.bg = "dark"
		}
	case tea.KeyPressMsg:
		k := msg.String()
		switch {
		case m.typing && k == "enter":
			m.typing = false
		case m.typing && k == "backspace":
			if m.filter != "" {
				r := []rune(m.filter)
				m.filter = string(r[:len(r)-1])
			}
		case m.typing:
			m.filter += msg.Text
		case k == "/":
			m.typing = true
		case k == "q":
			return m, tea.Quit
		case k == "p":
			panic("boom")
		case k == "c":
			return m, func() tea.Msg { panic("boom in a command") }
		case k == "b":
			return m, tea.Batch(func() tea.Msg { return nil }, func() tea.Msg { panic("boom in a batch") })
		case k == "s":
			return m, tea.Sequence(func() tea.Msg { return nil }, func() tea.Msg { panic("boom in a sequence") })
		}
	}
	return m, nil
}

func (m *listModel) View() tea.View {
	var b strings.Builder
	n := 0
	for _, t := range testTitles {
		if m.filter == "" || strings.Contains(strings.ToLower(t), strings.ToLower(m.filter)) {
			fmt.Fprintf(&b, "* %s\n", t)
			n++
		}
	}
	fmt.Fprintf(&b, "%d of %d shown | filter=%q | size=%dx%d | term=%s | profile=%s | nocolor=%q\nbackground=%s\n",
		n, len(testTitles), m.filter, m.w, m.h, m.info.Term, m.profile, m.noColor, m.bg)
	v := tea.NewView(b.String())
	v.AltScreen = true
	return v
}

func testCommands() []Command {
	return []Command{{
		Name: "search", Args: "QUERY", Summary: "titles containing QUERY",
		Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
			q := strings.ToLower(strings.Join(args, " "))
			n := 0
			for _, t := range testTitles {
				if strings.Contains(strings.ToLower(t), q) {
					fmt.Fprintln(stdout, t)
					n++
				}
			}
			if n == 0 {
				fmt.Fprintln(stderr, "no match")
				return 1
			}
			return 0
		},
	}, {
		Name: "crash", Summary: "panics",
		Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
			fmt.Fprintln(stdout, "about to fail")
			panic("boom in a command")
		},
	}, {
		Name: "evil", Summary: "prints what an article with escapes would",
		Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
			fmt.Fprint(stdout, "Tiêu đề\x1b]0;pwned\x07 \x1b[2Jxong\u202e!\n")
			return 0
		},
	}}
}

type testServer struct {
	srv    *Server
	addr   string
	logs   *servetest.SyncBuffer
	cancel context.CancelFunc
	done   chan error
}

func startServer(t testing.TB, modify func(*Config)) *testServer {
	t.Helper()
	logs := &servetest.SyncBuffer{}
	cfg := Config{
		Listen:      "127.0.0.1:0",
		HostKeyPath: filepath.Join(t.TempDir(), "host_key"),
		NewModel:    newListModel,
		Commands:    testCommands(),
		Logger:      log.NewWithOptions(logs, log.Options{Level: log.DebugLevel}),
	}
	if modify != nil {
		modify(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	addr, err := srv.Listen()
	if err != nil {
		t.Fatalf("Listen: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ts := &testServer{srv: srv, addr: addr.String(), logs: logs, cancel: cancel, done: make(chan error, 1)}
	go func() { ts.done <- srv.Serve(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-ts.done:
		case <-time.After(15 * time.Second):
			t.Errorf("server did not stop")
		}
	})
	return ts
}

func newKey(t *testing.T) gossh.Signer {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dial logs in with key (nil: no key at all, as a reader without one).
func (ts *testServer) dial(key gossh.Signer) (*gossh.Client, error) {
	cfg := &gossh.ClientConfig{
		User: "reader",
		HostKeyCallback: func(_ string, _ net.Addr, k gossh.PublicKey) error {
			if gossh.FingerprintSHA256(k) != ts.srv.HostKeyFingerprint() {
				return errors.New("wrong host key")
			}
			return nil
		},
		Timeout: 10 * time.Second,
	}
	if key != nil {
		cfg.Auth = []gossh.AuthMethod{gossh.PublicKeys(key)}
	}
	return gossh.Dial("tcp", ts.addr, cfg)
}

func (ts *testServer) mustDial(t *testing.T, key gossh.Signer) *gossh.Client {
	t.Helper()
	c, err := ts.dial(key)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// terminal wraps servetest.Terminal with test failures.
type terminal struct {
	t *testing.T
	*servetest.Terminal
}

func openTerminal(t *testing.T, c *gossh.Client, w, h int, env map[string]string) *terminal {
	t.Helper()
	term, err := servetest.OpenTerminal(c, w, h, env)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { term.Close() })
	return &terminal{t: t, Terminal: term}
}

// waitFor waits until the screen shows all of want.
func (term *terminal) waitFor(want ...string) {
	term.t.Helper()
	if err := term.WaitFor(10*time.Second, want...); err != nil {
		term.t.Fatal(err)
	}
}

func (term *terminal) send(s string) {
	term.t.Helper()
	if err := term.Send(s); err != nil {
		term.t.Fatalf("send %q: %v", s, err)
	}
}

// wait waits for the session to end and returns its exit status.
func (term *terminal) wait() int {
	term.t.Helper()
	st, err := term.Wait(10 * time.Second)
	if err != nil {
		term.t.Fatal(err)
	}
	return st
}

func TestReaderSessionShowsListAndReactsToKeys(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)
	term := openTerminal(t, c, 100, 30, nil)
	term.waitFor(testTitles[0], testTitles[2], "3 of 3 shown", "size=100x30", "term=xterm-256color")

	term.send("/lạng")
	term.waitFor(`filter="lạng"`, "1 of 3 shown")
	term.send("\r")

	// A resize reaches this session's program.
	if err := term.Resize(120, 40); err != nil {
		t.Fatal(err)
	}
	term.waitFor("size=120x40")

	term.send("q")
	if st := term.wait(); st != 0 {
		t.Errorf("exit status %d after q, want 0", st)
	}
	logs := ts.logs.String()
	for _, want := range []string{"connect", "disconnect", "remote=127.0.0.1:", "key=none", "duration=", "mode=reader"} {
		if !strings.Contains(logs, want) {
			t.Errorf("log lacks %q:\n%s", want, logs)
		}
	}
	if strings.Contains(logs, "Lạng Sơn") {
		t.Errorf("log contains article text:\n%s", logs)
	}
}

func TestSessionsHaveTheirOwnTerminal(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)
	plain := openTerminal(t, c, 150, 24, map[string]string{"NO_COLOR": "1"})
	colour := openTerminal(t, c, 132, 43, map[string]string{"COLORTERM": "truecolor"})
	plain.waitFor("size=150x24", `nocolor="1"`, "profile=Ascii")
	colour.waitFor("size=132x43", `nocolor=""`, "profile=TrueColor")
	plain.send("q")
	colour.send("q")
	plain.wait()
	colour.wait()
}

func TestSessionsLearnTheirOwnBackground(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)
	open := func(bg string) *terminal {
		term, err := servetest.Open(c, servetest.Options{Width: 100, Height: 30, Background: bg})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { term.Close() })
		return &terminal{t: t, Terminal: term}
	}
	light := open("rgb:ffff/ffff/ffff")
	dark := open("rgb:0000/0000/0000")
	silent := open("")
	light.waitFor("background=light")
	dark.waitFor("background=dark")
	silent.waitFor("3 of 3 shown", "background=unknown")
}

func TestForgedTerminalSizeIsBounded(t *testing.T) {
	ts := startServer(t, nil)
	term := openTerminal(t, ts.mustDial(t, nil), 100000, 100000, nil)
	term.waitFor("size=400x200")
	if err := term.Session.WindowChange(1<<30, 1<<30); err != nil {
		t.Fatal(err)
	}
	term.send("/x") // something to redraw, so the size line is redrawn
	term.waitFor(`filter="x"`)
	term.waitFor("size=400x200")
	if err := term.Resize(120, 40); err != nil {
		t.Fatal(err)
	}
	term.waitFor("size=120x40")
}

func TestClientClosingInputEndsSession(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	stdin, _ := sess.StdinPipe()
	sess.Stdout = io.Discard
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(200 * time.Millisecond)
	stdin.Close() // EOF on the session's input
	done := make(chan error, 1)
	go func() { done <- sess.Wait() }()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the session outlived its input")
	}
	deadline := time.Now().Add(5 * time.Second)
	for ts.srv.Sessions() > 0 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := ts.srv.Sessions(); n != 0 {
		t.Errorf("%d sessions still registered", n)
	}
	if logs := ts.logs.String(); !strings.Contains(logs, "reason=client-closed") {
		t.Errorf("log lacks the reason:\n%s", logs)
	}
}

func TestReaderKeepsVietnameseIntact(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)
	term := openTerminal(t, c, 100, 30, nil)
	term.waitFor("3 of 3")
	raw := term.Raw()
	for _, title := range testTitles {
		for _, word := range strings.Fields(title) {
			if !strings.Contains(raw, word) {
				t.Errorf("word %q of %q not sent as UTF-8", word, title)
			}
		}
	}
	term.send("q")
	term.wait()
}

func TestExecCommands(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)

	run := func(cmd string) (stdout, stderr string, status int) {
		t.Helper()
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		defer sess.Close()
		var o, e bytes.Buffer
		sess.Stdout, sess.Stderr = &o, &e
		err = sess.Run(cmd)
		var ee *gossh.ExitError
		switch {
		case errors.As(err, &ee):
			status = ee.ExitStatus()
		case err != nil:
			t.Fatalf("%s: %v", cmd, err)
		}
		return o.String(), e.String(), status
	}

	out, _, st := run("search 'công đoàn'")
	if st != 0 || !strings.Contains(out, "Công đoàn Vietsovpetro tổ chức hội thao") || strings.Contains(out, "Sóc Sơn") {
		t.Errorf("search: status %d, output:\n%s", st, out)
	}
	_, errOut, st := run("search nothing-matches-this")
	if st != 1 || !strings.Contains(errOut, "no match") {
		t.Errorf("search without result: status %d, stderr %q", st, errOut)
	}
	out, _, st = run("help")
	if st != 0 || !strings.Contains(out, "search QUERY") || !strings.Contains(out, "help") {
		t.Errorf("help: status %d:\n%s", st, out)
	}
	_, errOut, st = run("rm -rf /")
	if st != 1 || !strings.Contains(errOut, `unknown command "rm"`) || !strings.Contains(errOut, "search, crash, evil, help") {
		t.Errorf("unknown command: status %d, stderr %q", st, errOut)
	}
	out, errOut, st = run("crash")
	if st != 1 || !strings.Contains(out, "about to fail") || !strings.Contains(errOut, "an internal error ended this session") {
		t.Errorf("crash: status %d, %q, %q", st, out, errOut)
	}
	out, _, st = run("help") // and the server is still there
	if st != 0 || !strings.Contains(out, "crash") {
		t.Errorf("help after a crash: status %d", st)
	}
	out, _, st = run("evil")
	if st != 0 || strings.ContainsAny(out, "\x1b\x07\u202e") || !strings.Contains(out, "Tiêu đề") {
		t.Errorf("evil output not sanitised: %q", out)
	}
	// No PTY and no command: the help, since the reader needs a terminal.
	out, _, st = run("")
	if st != 0 || !strings.Contains(out, "needs a terminal") || !strings.Contains(out, "search QUERY") {
		t.Errorf("no command: status %d:\n%s", st, out)
	}
	if logs := ts.logs.String(); !strings.Contains(logs, "command=search") || strings.Contains(logs, "công đoàn") {
		t.Errorf("log should name the command but not the query:\n%s", logs)
	}
}

func writeAuthorizedKeys(t *testing.T, keys ...gossh.Signer) string {
	t.Helper()
	var b bytes.Buffer
	b.WriteString("# readers allowed in\n\n")
	for _, k := range keys {
		b.Write(gossh.MarshalAuthorizedKey(k.PublicKey()))
	}
	p := filepath.Join(t.TempDir(), "authorized_keys")
	if err := os.WriteFile(p, b.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestAuthorizedKeysOnly(t *testing.T) {
	alice, mallory := newKey(t), newKey(t)
	path := writeAuthorizedKeys(t, alice)
	ts := startServer(t, func(c *Config) { c.AuthorizedKeysPath = path })

	if _, err := ts.dial(mallory); err == nil {
		t.Error("an unknown key got in")
	}
	if _, err := ts.dial(nil); err == nil {
		t.Error("a client without a key got in")
	}
	// Password and keyboard-interactive are not even offered.
	_, err := gossh.Dial("tcp", ts.addr, &gossh.ClientConfig{
		User:            "reader",
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Auth: []gossh.AuthMethod{gossh.Password("x"), gossh.KeyboardInteractive(
			func(string, string, []string, []bool) ([]string, error) { return nil, nil })},
	})
	if err == nil || !strings.Contains(err.Error(), "[none publickey]") && !strings.Contains(err.Error(), "no supported methods remain") {
		t.Errorf("password login: %v", err)
	}

	c := ts.mustDial(t, alice)
	term := openTerminal(t, c, 80, 24, nil)
	term.waitFor("3 of 3 shown")
	term.send("q")
	term.wait()

	logs := ts.logs.String()
	if !strings.Contains(logs, "key="+gossh.FingerprintSHA256(alice.PublicKey())) {
		t.Errorf("log lacks alice's fingerprint:\n%s", logs)
	}
	if !strings.Contains(logs, "key refused") || !strings.Contains(logs, gossh.FingerprintSHA256(mallory.PublicKey())) {
		t.Errorf("log lacks the refused key:\n%s", logs)
	}
}

func TestBadAuthorizedKeys(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad, []byte("# ok\nssh-ed25519 not-base64!!\n"), 0o600)
	empty := filepath.Join(dir, "empty")
	os.WriteFile(empty, []byte("# nobody\n"), 0o600)
	for _, tc := range []struct{ path, want string }{
		{bad, "bad:2: not a public key"},
		{empty, "no public key"},
		{filepath.Join(dir, "missing"), "no such file"},
	} {
		_, err := New(Config{HostKeyPath: filepath.Join(dir, "hk"), AuthorizedKeysPath: tc.path,
			NewModel: newListModel, Logger: log.New(io.Discard)})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want %q", tc.path, err, tc.want)
		}
	}
}

func TestSessionLimitRefusesNextClient(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.MaxSessions = 2 })
	var terms []*terminal
	for range 2 {
		term := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
		term.waitFor("3 of 3 shown")
		terms = append(terms, term)
	}
	// The third, interactive or not, gets one clear line and status 1.
	third := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	third.waitFor("the server is full (2 of 2 places taken)")
	if st := third.wait(); st != 1 {
		t.Errorf("refused session exit status %d, want 1", st)
	}
	sess, err := ts.mustDial(t, nil).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("help")
	if !strings.Contains(string(out), "server is full") || err == nil {
		t.Errorf("exec beyond the limit: %v %q", err, out)
	}

	// When one leaves, the next gets in.
	terms[0].send("q")
	terms[0].wait()
	deadline := time.Now().Add(5 * time.Second)
	for ts.srv.Sessions() > 1 && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	next := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	next.waitFor("3 of 3 shown")
}

func TestShutdownTellsReadersAndCloses(t *testing.T) {
	ts := startServer(t, nil)
	c := ts.mustDial(t, nil)
	a := openTerminal(t, c, 80, 24, nil)
	b := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	a.waitFor("3 of 3 shown")
	b.waitFor("3 of 3 shown")

	start := time.Now()
	ts.cancel()
	a.waitFor("the server is going down")
	b.waitFor("the server is going down")
	a.wait()
	b.wait()
	select {
	case err := <-ts.done:
		if err != nil {
			t.Errorf("Serve after shutdown: %v", err)
		}
		ts.done <- nil // for the cleanup
	case <-time.After(11 * time.Second):
		t.Fatal("Serve did not return within the grace period")
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("shutdown took %s", d)
	}
	if _, err := ts.dial(nil); err == nil {
		t.Error("a new client got in after shutdown")
	}
}

func TestShutdownClosesStuckClients(t *testing.T) {
	// A client that never reads keeps its connection; the grace period
	// bounds the wait.
	ts := startServer(t, func(c *Config) { c.ShutdownGrace = 500 * time.Millisecond })
	c := ts.mustDial(t, nil)
	term := openTerminal(t, c, 80, 24, nil)
	term.waitFor("3 of 3 shown")
	ts.cancel()
	select {
	case <-ts.done:
		ts.done <- nil
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return")
	}
}

func TestPanicEndsOnlyItsSession(t *testing.T) {
	ts := startServer(t, nil)
	other := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	other.waitFor("3 of 3 shown")

	for _, key := range []string{"p", "c", "b", "s"} { // in Update, a command, a batch, a sequence
		bad := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
		bad.waitFor("3 of 3 shown")
		bad.send(key)
		if err := bad.WaitFor(10*time.Second, "an internal error ended this session"); err != nil {
			t.Fatalf("%s: %v\nraw tail: %q\nlogs:\n%s", key, err, tail(bad.Raw(), 600), ts.logs.String())
		}
		if st := bad.wait(); st != 1 {
			t.Errorf("%s: status %d after a panic, want 1", key, st)
		}
	}

	// The server and the other reader carry on.
	other.send("/vietsov")
	other.waitFor("1 of 3 shown")
	fresh := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	fresh.waitFor("3 of 3 shown")
	if logs := ts.logs.String(); !strings.Contains(logs, "session panic") || !strings.Contains(logs, "reason=panic") {
		t.Errorf("log lacks the panic:\n%s", logs)
	}
}

func TestPanicInModelFactory(t *testing.T) {
	ts := startServer(t, func(c *Config) {
		c.NewModel = func(SessionInfo) tea.Model { panic("no model") }
	})
	term := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	term.waitFor("an internal error ended this session")
	if st := term.wait(); st != 1 {
		t.Errorf("status %d", st)
	}
}

func TestIdleSessionClosedWithMessage(t *testing.T) {
	ts := startServer(t, func(c *Config) { c.IdleTimeout = 700 * time.Millisecond })
	term := openTerminal(t, ts.mustDial(t, nil), 80, 24, nil)
	term.waitFor("3 of 3 shown")
	// Typing keeps it open...
	for _, k := range []string{"/", "c", "o", "n"} {
		time.Sleep(300 * time.Millisecond)
		term.send(k)
	}
	term.waitFor(`filter="con"`)
	if term.Ended() {
		t.Fatal("session closed while the reader was typing")
	}
	// ...silence closes it.
	term.waitFor("session closed after 700ms without input")
	term.wait()
	if logs := ts.logs.String(); !strings.Contains(logs, "reason=idle") {
		t.Errorf("log lacks the idle reason:\n%s", logs)
	}
}

func TestHostKeyCreatedOnceAndReused(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "ssh_host_ed25519_key")
	cfg := Config{HostKeyPath: path, NewModel: newListModel, Logger: log.New(io.Discard)}
	s1, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o600 {
		t.Errorf("host key mode %04o, want 0600", fi.Mode().Perm())
	}
	s2, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if s1.HostKeyFingerprint() != s2.HostKeyFingerprint() || !strings.HasPrefix(s1.HostKeyFingerprint(), "SHA256:") {
		t.Errorf("host key changed across restarts: %s vs %s", s1.HostKeyFingerprint(), s2.HostKeyFingerprint())
	}
	raw, _ := os.ReadFile(path)
	k, err := gossh.ParseRawPrivateKey(raw)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := k.(*ed25519.PrivateKey); !ok {
		t.Errorf("host key is %T, want ed25519", k)
	}

	os.Chmod(path, 0o644)
	if _, err := New(cfg); err == nil || !strings.Contains(err.Error(), "chmod 600") {
		t.Errorf("a world-readable host key was accepted: %v", err)
	}
	os.WriteFile(filepath.Join(dir, "junk"), []byte("not a key"), 0o600)
	cfg.HostKeyPath = filepath.Join(dir, "junk")
	if _, err := New(cfg); err == nil {
		t.Error("a junk host key was accepted")
	}
}

func TestDefaultHostKeyPath(t *testing.T) {
	env := map[string]string{"XDG_DATA_HOME": "/data", "HOME": "/home/an"}
	get := func(k string) string { return env[k] }
	if p, _ := DefaultHostKeyPath(get); p != "/data/bantin/ssh_host_ed25519_key" {
		t.Errorf("with XDG_DATA_HOME: %s", p)
	}
	delete(env, "XDG_DATA_HOME")
	if p, _ := DefaultHostKeyPath(get); p != "/home/an/.local/share/bantin/ssh_host_ed25519_key" {
		t.Errorf("with HOME: %s", p)
	}
}

func TestTextWriter(t *testing.T) {
	var out bytes.Buffer
	w := newTextWriter(&out)
	in := []byte("Công đoàn\x1b[31m đỏ\x1b]52;c;aGk=\x07\tcột\r\nhết\x9b\u200b\u202e.\xff\n")
	// Byte by byte: characters split across writes stay whole.
	for i := range in {
		if n, err := w.Write(in[i : i+1]); n != 1 || err != nil {
			t.Fatalf("write: %d %v", n, err)
		}
	}
	want := "Công đoàn[31m đỏ]52;c;aGk=\tcột\nhết.\n"
	if out.String() != want {
		t.Errorf("got %q\nwant %q", out.String(), want)
	}
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

func TestShutdownRightAfterStart(t *testing.T) {
	for range 20 {
		srv, err := New(Config{Listen: "127.0.0.1:0", HostKeyPath: filepath.Join(t.TempDir(), "k"),
			NewModel: newListModel, Logger: log.New(io.Discard)})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan error, 1)
		go func() { done <- srv.Serve(ctx) }()
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("Serve: %v", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("Serve did not return")
		}
	}
}
