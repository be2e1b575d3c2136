package serve

import (
	"context"
	"fmt"
	"io"
	"reflect"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	bm "charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/ssh"
)

// Why a session ended, when the server ended it.
const (
	reasonIdle     = "idle"
	reasonShutdown = "shutdown"
	reasonPanic    = "panic"
	reasonClosed   = "client-closed"
)

// session is the server's record of one SSH session.
type session struct {
	srv   *Server
	sess  ssh.Session
	start time.Time
	key   string // fingerprint of the client's key, or "none"

	// ctx ends when the session handler returns; programs and commands
	// use it so nothing outlives its session.
	ctx    context.Context
	cancel context.CancelFunc

	mu     sync.Mutex
	prog   *tea.Program
	reason string // set once, by whoever ends the session first
	idle   *time.Timer
}

// stop ends the session for reason (idle, shutdown): an interactive
// program is asked to quit, which restores the client's terminal; the
// handler then prints the reason.
func (ss *session) stop(reason string) {
	ss.mu.Lock()
	if ss.reason == "" {
		ss.reason = reason
	}
	p := ss.prog
	ss.mu.Unlock()
	if p != nil {
		go p.Quit() // returns when the program ends or ss.ctx does
	} else if reason == reasonShutdown {
		ss.cancel() // a command in flight stops writing
	}
}

// touch records input from the client: the idle timer starts again.
func (ss *session) touch() {
	ss.mu.Lock()
	if ss.idle != nil {
		ss.idle.Reset(ss.srv.cfg.IdleTimeout)
	}
	ss.mu.Unlock()
}

// handler is the server's middleware chain, outermost first: the session
// limit, the connect/disconnect log, panic recovery (and the goodbye
// message), then the reader (wish's Bubble Tea middleware) for a PTY
// without a command, or a plain-text command otherwise.
func (s *Server) handler() ssh.Handler {
	reader := bm.MiddlewareWithProgramHandler(s.newProgram)(s.afterReader)
	return func(sess ssh.Session) {
		ss := &session{srv: s, sess: sess, start: time.Now(), key: fingerprint(sess.PublicKey())}
		ss.ctx, ss.cancel = context.WithCancel(context.Background())
		defer ss.cancel()

		_, _, hasPty := sess.Pty()
		cmd := sess.Command()
		mode := "reader"
		if !hasPty || len(cmd) > 0 {
			mode = "command"
		}
		l := s.log.With("remote", sess.RemoteAddr().String(), "key", ss.key)
		fields := []any{"user", cleanLine(sess.User()), "client", cleanLine(sess.Context().ClientVersion()), "mode", mode}
		if hasPty {
			p, _, _ := sess.Pty()
			fields = append(fields, "term", cleanLine(p.Term), "size", fmt.Sprintf("%dx%d", p.Window.Width, p.Window.Height))
		}
		if len(cmd) > 0 {
			fields = append(fields, "command", cleanLine(cmd[0])) // never the query
		}

		if refusal := s.register(ss); refusal != "" {
			l.Warn("session refused", append(fields, "why", refusal)...)
			tell(sess, refusal)
			_ = sess.Exit(1)
			return
		}
		defer s.unregister(ss)
		l.Info("connect", fields...)

		status := 0
		func() {
			defer func() {
				if r := recover(); r != nil {
					ss.mu.Lock()
					ss.reason = reasonPanic
					ss.mu.Unlock()
					l.Error("session panic", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				}
			}()
			if mode == "reader" {
				reader(boundTerminal(ss))
			} else {
				status = s.runCommand(ss, cmd)
			}
		}()

		ss.mu.Lock()
		if ss.idle != nil {
			ss.idle.Stop()
			ss.idle = nil
		}
		reason := ss.reason
		ss.mu.Unlock()
		if reason == "" {
			reason = "done"
		}
		if msg := goodbye(reason, s.cfg.IdleTimeout); msg != "" {
			tell(sess, "\n"+msg)
			if reason == reasonPanic {
				status = 1
			}
		}
		l.Info("disconnect", "duration", time.Since(ss.start).Round(time.Millisecond), "reason", reason, "status", status)
		_ = sess.Exit(status)
	}
}

// tell writes a one-line message to the client: on its terminal when it
// has one (after the reader's output, in order), else on its stderr.
func tell(sess ssh.Session, msg string) {
	var w io.Writer = sess.Stderr()
	if _, _, ok := sess.Pty(); ok {
		w = sess // with a PTY, stdout and stderr are the same screen
	}
	fmt.Fprint(w, msg+"\n") // an emulated PTY turns \n into \r\n
}

// goodbye is what a reader is told when the server ends the session.
func goodbye(reason string, idle time.Duration) string {
	switch reason {
	case reasonIdle:
		return fmt.Sprintf("bantin: session closed after %s without input. Reconnect to read on.", idle)
	case reasonShutdown:
		return "bantin: the server is going down; please reconnect later."
	case reasonPanic:
		return "bantin: an internal error ended this session (the server is still running); please reconnect."
	}
	return ""
}

// afterReader runs when the Bubble Tea program has ended and the terminal
// is restored; the handler prints the reason.
func (s *Server) afterReader(ssh.Session) {}

// newProgram creates the Bubble Tea program of an interactive session:
// wish's options (the session's input and output, its TERM, environment,
// colour profile and PTY size), plus input that resets the idle timer, no
// signal handling of its own (the server handles signals), and a guard that
// turns a panic in the model into the end of this session only, at 120
// frames a second.
func (s *Server) newProgram(sess ssh.Session) *tea.Program {
	b, ok := sess.(*boundedTerminal)
	if !ok {
		return nil // not from our handler
	}
	ss := b.ss
	pty, _, _ := sess.Pty()
	env := append(sess.Environ(), "TERM="+pty.Term)
	info := SessionInfo{
		User:    cleanLine(sess.User()),
		Term:    pty.Term,
		Width:   pty.Window.Width,
		Height:  pty.Window.Height,
		Environ: env,
	}
	g := &guard{ss: ss}
	g.inner = s.safeNewModel(g, info)

	opts := append(bm.MakeOptions(sess),
		tea.WithInput(&activityReader{r: sess, touch: ss.touch, closed: func() { ss.stop(reasonClosed) }}),
		tea.WithoutSignalHandler(),
		tea.WithContext(ss.ctx),
		// 120 frames a second halves the wait for the next frame (median
		// keystroke-to-frame 12.5 ms → 3.5 ms on loopback); idle sessions
		// cost little (100 idle sessions: 0.05 core).
		tea.WithFPS(120),
	)
	p := tea.NewProgram(g, opts...)

	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.reason != "" { // shut down before it started
		return nil
	}
	ss.prog = p
	ss.idle = time.AfterFunc(s.cfg.IdleTimeout, func() { ss.stop(reasonIdle) })
	return p
}

func (s *Server) safeNewModel(g *guard, info SessionInfo) (m tea.Model) {
	defer func() {
		if r := recover(); r != nil {
			g.panicked(r)
			m = emptyModel{}
		}
	}()
	return s.cfg.NewModel(info)
}

// activityReader is the session's input as the program reads it; every
// read with data counts as activity for the idle timeout.
type activityReader struct {
	r      io.Reader
	touch  func()
	closed func()
}

func (a *activityReader) Read(p []byte) (int, error) {
	n, err := a.r.Read(p)
	if n > 0 {
		a.touch()
	}
	if err != nil {
		a.closed() // the client closed its input: nobody is reading
	}
	return n, err
}

// The largest terminal a session is drawn for. The PTY size comes from the
// client: unbounded, a forged 100000×100000 terminal would make the
// renderer allocate for 10¹⁰ cells. A larger terminal shows the reader in
// its top-left 400×200 corner.
const (
	maxWidth  = 400
	maxHeight = 200
)

func boundWindow(w ssh.Window) ssh.Window {
	w.Width = min(max(w.Width, 0), maxWidth)
	w.Height = min(max(w.Height, 0), maxHeight)
	return w
}

// boundedTerminal is a session whose PTY size, at the start and on every
// resize, is kept within maxWidth×maxHeight.
type boundedTerminal struct {
	ssh.Session
	ss    *session
	pty   ssh.Pty
	winch chan ssh.Window
}

func (b *boundedTerminal) Pty() (ssh.Pty, <-chan ssh.Window, bool) { return b.pty, b.winch, true }

// boundTerminal wraps the session of ss, which has a PTY. Resizes are
// passed on while the session lasts, then drained (never left blocking the
// SSH request loop).
func boundTerminal(ss *session) *boundedTerminal {
	ctx := ss.ctx
	pty, in, _ := ss.sess.Pty()
	pty.Window = boundWindow(pty.Window)
	b := &boundedTerminal{Session: ss.sess, ss: ss, pty: pty, winch: make(chan ssh.Window, 1)}
	go func() {
		for w := range in {
			select {
			case b.winch <- boundWindow(w):
			case <-ctx.Done():
			}
		}
		// Not closed: a closed channel would make the reader's resize loop
		// spin until the session ends.
	}()
	return b
}

// runCommand answers a non-interactive session.
func (s *Server) runCommand(ss *session, cmd []string) int {
	stdout := newTextWriter(ss.sess)
	stderr := newTextWriter(ss.sess.Stderr())
	go func() {
		select {
		case <-ss.sess.Context().Done():
			ss.cancel()
		case <-ss.ctx.Done():
		}
	}()
	if len(cmd) == 0 {
		fmt.Fprint(stdout, "bantin: the reader needs a terminal; connect from one with plain ssh (or ssh -t).\n\n")
		s.writeHelp(stdout)
		return 0
	}
	name := cmd[0]
	if name == "help" || name == "--help" || name == "-h" {
		s.writeHelp(stdout)
		return 0
	}
	for _, c := range s.cfg.Commands {
		if c.Name == name {
			args := cmd[1:]
			if c.Raw {
				args = []string{rawArgs(ss.sess.RawCommand())}
			}
			return c.Run(ss.ctx, stdout, stderr, args)
		}
	}
	fmt.Fprintf(stderr, "bantin: unknown command %q; try one of: %s\n", cleanLine(name), strings.Join(s.commandNames(), ", "))
	return 1
}

// rawArgs is the command line after its first word, as typed.
func rawArgs(raw string) string {
	raw = strings.TrimLeft(raw, " \t")
	if i := strings.IndexAny(raw, " \t"); i >= 0 {
		return strings.TrimSpace(raw[i:])
	}
	return ""
}

func (s *Server) commandNames() []string {
	names := make([]string, 0, len(s.cfg.Commands)+1)
	for _, c := range s.cfg.Commands {
		names = append(names, c.Name)
	}
	return append(names, "help")
}

func (s *Server) writeHelp(w io.Writer) {
	fmt.Fprint(w, "bantin over SSH\n\nWith a terminal, ssh opens the reader. Commands (ssh HOST COMMAND):\n")
	width := len("help")
	for _, c := range s.cfg.Commands {
		width = max(width, len(c.Name)+1+len(c.Args))
	}
	for _, c := range s.cfg.Commands {
		fmt.Fprintf(w, "  %-*s  %s\n", width, strings.TrimSpace(c.Name+" "+c.Args), c.Summary)
	}
	fmt.Fprintf(w, "  %-*s  %s\n", width, "help", "this text")
}

// guard wraps a session's model: a panic in Init, Update, View or a
// command ends this session with a message, never the server.
type guard struct {
	ss    *session
	inner tea.Model
	dead  bool
}

type emptyModel struct{}

func (emptyModel) Init() tea.Cmd                       { return tea.Quit }
func (emptyModel) Update(tea.Msg) (tea.Model, tea.Cmd) { return emptyModel{}, tea.Quit }
func (emptyModel) View() tea.View                      { return tea.NewView("") }

func (g *guard) panicked(r any) {
	g.ss.mu.Lock()
	g.ss.reason = reasonPanic
	p := g.ss.prog
	g.ss.mu.Unlock()
	g.ss.srv.log.Error("session panic", "remote", g.ss.sess.RemoteAddr().String(), "key", g.ss.key,
		"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
	if p != nil {
		go p.Quit()
	}
}

func (g *guard) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.panicked(r)
			g.dead = true
			cmd = tea.Quit
		}
	}()
	return g.wrap(g.inner.Init())
}

func (g *guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	if g.dead {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.panicked(r)
			g.dead = true
			m, cmd = g, tea.Quit
		}
	}()
	inner, cmd := g.inner.Update(msg)
	g.inner = inner
	return g, g.wrap(cmd)
}

func (g *guard) View() (v tea.View) {
	if g.dead {
		return tea.NewView("")
	}
	defer func() {
		if r := recover(); r != nil {
			g.panicked(r)
			g.dead = true
			v = tea.NewView("")
		}
	}()
	return g.inner.View()
}

// wrap makes a command's panic end the session. The commands inside a
// batch or a sequence (any message that is a list of commands, whatever its
// type) are wrapped one by one, keeping the list's type.
func (g *guard) wrap(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.panicked(r)
				msg = nil
			}
		}()
		msg = cmd()
		if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == cmdType {
			w := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
			for i := range v.Len() {
				c, _ := v.Index(i).Interface().(tea.Cmd)
				w.Index(i).Set(reflect.ValueOf(g.wrap(c)))
			}
			return w.Interface()
		}
		return msg
	}
}

var cmdType = reflect.TypeFor[tea.Cmd]()
