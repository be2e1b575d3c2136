// Package serve runs bantin's reader over SSH with Charm's wish: one process
// holding the corpus, one Bubble Tea program per interactive session, plain
// text answers for non-interactive commands (`ssh host search QUERY`).
//
// The package knows nothing about articles: the caller supplies the model
// factory for interactive sessions and the commands for the others, so the
// corpus stays owned (read-only) by the caller and shared by every session.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"
	"github.com/charmbracelet/ssh"
)

// Defaults for Config's zero values.
const (
	DefaultListen        = "localhost:23234"
	DefaultMaxSessions   = 100
	DefaultIdleTimeout   = 30 * time.Minute
	DefaultShutdownGrace = 10 * time.Second
)

// SessionInfo describes the terminal of an interactive session, for the
// model factory.
type SessionInfo struct {
	User          string
	Term          string // the client's TERM
	Width, Height int    // the PTY size at the start
	Environ       []string
}

// Command is a non-interactive command (`ssh host NAME ARGS...`).
type Command struct {
	Name    string // e.g. "search"
	Args    string // usage of the arguments, e.g. "QUERY"
	Summary string // one line for `help`
	// Raw, when set, passes the rest of the command line after the name as
	// typed (one argument, quotes kept, e.g. a search query with a
	// "quoted phrase") instead of shell-split words.
	Raw bool
	// Run writes its answer to stdout (errors to stderr) and returns the exit
	// status. Both writers strip control characters. ctx ends when the
	// client goes away or the server shuts down.
	Run func(ctx context.Context, stdout, stderr io.Writer, args []string) int
}

// Config configures a Server. Zero values take the defaults above.
type Config struct {
	// Listen is the TCP address (DefaultListen when empty).
	Listen string
	// HostKeyPath is the server's private key; an ed25519 key is created
	// there (mode 0600) when the file does not exist. Required.
	HostKeyPath string
	// AuthorizedKeysPath, if set, admits only the public keys listed there
	// (OpenSSH authorized_keys format). Empty means a public reader.
	AuthorizedKeysPath string
	// MaxSessions bounds concurrent sessions; the next one is refused with a
	// message.
	MaxSessions int
	// IdleTimeout closes interactive sessions that had no input for that
	// long, with a message.
	IdleTimeout time.Duration
	// ShutdownGrace bounds how long Serve waits for sessions to end after its
	// context is cancelled before closing every connection.
	ShutdownGrace time.Duration
	// NewModel builds the root model of one interactive session. Required.
	NewModel func(SessionInfo) tea.Model
	// Commands answer non-interactive sessions; `help` is added.
	Commands []Command
	// Logger receives connection logs (never article text). Required.
	Logger *log.Logger
}

// Server is a configured SSH server for the reader. It is safe for
// concurrent use; all its state lives in the value (no package globals).
type Server struct {
	cfg    Config
	log    *log.Logger
	ssh    *ssh.Server
	hostFP string
	keys   *authorizedKeys // nil: public

	mu       sync.Mutex
	ln       net.Listener
	sessions map[*session]struct{}
	closing  bool
	conns    int // open TCP connections
	idle     chan struct{}
}

// New checks the configuration, loads (or creates) the host key and the
// authorized keys, and prepares the server. It does not listen yet.
func New(cfg Config) (*Server, error) {
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	if cfg.MaxSessions == 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.MaxSessions < 0 {
		return nil, fmt.Errorf("max sessions must be positive, got %d", cfg.MaxSessions)
	}
	if cfg.IdleTimeout == 0 {
		cfg.IdleTimeout = DefaultIdleTimeout
	}
	if cfg.IdleTimeout < 0 {
		return nil, fmt.Errorf("idle timeout must be positive, got %s", cfg.IdleTimeout)
	}
	if cfg.ShutdownGrace <= 0 {
		cfg.ShutdownGrace = DefaultShutdownGrace
	}
	if cfg.NewModel == nil {
		return nil, errors.New("serve: no model factory")
	}
	if cfg.Logger == nil {
		return nil, errors.New("serve: no logger")
	}
	if cfg.HostKeyPath == "" {
		return nil, errors.New("no host key path")
	}
	s := &Server{cfg: cfg, log: cfg.Logger, sessions: map[*session]struct{}{}}
	signer, created, err := loadOrCreateHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s.hostFP = fingerprint(signer.PublicKey())
	if created {
		s.log.Info("created host key", "path", cfg.HostKeyPath, "fingerprint", s.hostFP)
	}
	if cfg.AuthorizedKeysPath != "" {
		s.keys, err = readAuthorizedKeys(cfg.AuthorizedKeysPath)
		if err != nil {
			return nil, err
		}
	}
	s.ssh = &ssh.Server{
		Version:     "bantin",
		HostSigners: []ssh.Signer{signer},
		Handler:     s.handler(),
		// A backstop for connections that never open a session; sessions
		// have their own input-based timer that says goodbye first.
		IdleTimeout:              cfg.IdleTimeout + time.Minute,
		ConnCallback:             s.trackConn,
		ConnectionFailedCallback: s.connFailed,
		// No port forwarding, no subsystems (sftp): both nil means denied.
	}
	if s.keys != nil {
		// Only public keys; with no password or keyboard-interactive
		// handler those methods are never offered.
		s.ssh.PublicKeyHandler = s.checkKey
	}
	// Without any auth handler the library sets NoClientAuth: anyone may
	// read, like a public news site, even without an SSH key.
	return s, nil
}

// Listen binds the configured address. Serve calls it when needed; call it
// first to learn the address (e.g. a port chosen by the system).
func (s *Server) Listen() (net.Addr, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ln != nil {
		return s.ln.Addr(), nil
	}
	ln, err := net.Listen("tcp", s.cfg.Listen)
	if err != nil {
		return nil, fmt.Errorf("listen on %s: %w", s.cfg.Listen, err)
	}
	s.ln = ln
	return ln.Addr(), nil
}

// Close releases the listener and every connection at once. It is for a
// server whose Serve never ran or must stop without the graceful shutdown.
func (s *Server) Close() error {
	s.mu.Lock()
	ln := s.ln
	s.mu.Unlock()
	err := s.ssh.Close()
	if ln != nil {
		if cerr := ln.Close(); cerr != nil && err == nil && !errors.Is(cerr, net.ErrClosed) {
			err = cerr
		}
	}
	return err
}

// HostKeyFingerprint is the SHA256 fingerprint of the host key, as ssh
// shows it.
func (s *Server) HostKeyFingerprint() string { return s.hostFP }

// Serve accepts connections until ctx is cancelled, then stops accepting,
// tells every connected reader that the server is going down, waits for
// sessions to end (at most ShutdownGrace) and closes what is left. It
// returns nil after such a shutdown.
func (s *Server) Serve(ctx context.Context) error {
	addr, err := s.Listen()
	if err != nil {
		return err
	}
	s.mu.Lock()
	ln := s.ln
	s.mu.Unlock()

	if s.keys == nil {
		s.log.Warn("public reader: no --authorized-keys, anyone who can reach the address may read")
	} else {
		s.log.Info("access restricted to authorized keys", "path", s.cfg.AuthorizedKeysPath, "keys", s.keys.len())
	}
	s.log.Info("listening", "addr", addr.String(), "host-key", s.hostFP,
		"max-sessions", s.cfg.MaxSessions, "idle-timeout", s.cfg.IdleTimeout)
	if tcp, ok := addr.(*net.TCPAddr); ok && !tcp.IP.IsLoopback() {
		s.log.Warn("reachable from other machines: the address is not a loopback one", "addr", addr.String())
	}

	served := make(chan error, 1)
	go func() { served <- s.ssh.Serve(ln) }()

	select {
	case err := <-served:
		if errors.Is(err, ssh.ErrServerClosed) || errors.Is(err, net.ErrClosed) {
			return nil // Close was called
		}
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	return s.shutdown(ln, served)
}

func (s *Server) shutdown(ln net.Listener, served chan error) error {
	start := time.Now()
	deadline := start.Add(s.cfg.ShutdownGrace)
	s.mu.Lock()
	s.closing = true // new sessions on open connections are refused
	n := len(s.sessions)
	list := make([]*session, 0, n)
	for ss := range s.sessions {
		list = append(list, ss)
	}
	s.mu.Unlock()
	s.log.Info("shutting down", "sessions", n)

	// Stop accepting. (Closing the listener ourselves, rather than the SSH
	// library's Shutdown, also works when Serve has only just started.)
	_ = ln.Close()
	<-served

	for _, ss := range list {
		ss.stop(reasonShutdown)
	}
	// Give sessions most of the grace period to say goodbye, keep a little
	// for connections to close on their own.
	s.waitSessions(deadline.Add(-s.cfg.ShutdownGrace / 10))
	// Clients normally hang up once their session is over; don't wait long
	// for those that don't.
	linger := time.Now().Add(500 * time.Millisecond)
	if linger.After(deadline) {
		linger = deadline
	}
	s.waitConns(linger)
	_ = s.ssh.Close()
	s.mu.Lock()
	left := len(s.sessions)
	s.mu.Unlock()
	s.log.Info("stopped", "took", time.Since(start).Round(time.Millisecond), "sessions-left", left)
	return nil
}

// waitConns waits until every TCP connection is closed or the deadline
// passes.
func (s *Server) waitConns(deadline time.Time) {
	for time.Now().Before(deadline) {
		s.mu.Lock()
		n := s.conns
		s.mu.Unlock()
		if n == 0 {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitSessions waits until no session is registered or the deadline passes.
func (s *Server) waitSessions(deadline time.Time) {
	for {
		s.mu.Lock()
		n := len(s.sessions)
		var ch chan struct{}
		if n > 0 {
			if s.idle == nil {
				s.idle = make(chan struct{})
			}
			ch = s.idle
		}
		s.mu.Unlock()
		if n == 0 {
			return
		}
		d := time.Until(deadline)
		if d <= 0 {
			return
		}
		t := time.NewTimer(d)
		select {
		case <-ch:
		case <-t.C:
		}
		t.Stop()
	}
}

// Sessions is the number of sessions currently open.
func (s *Server) Sessions() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.sessions)
}

// register adds a session unless the server is full or closing; it returns
// the refusal message otherwise.
func (s *Server) register(ss *session) (refusal string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.closing:
		return "bantin: the server is shutting down; please try again later."
	case len(s.sessions) >= s.cfg.MaxSessions:
		return fmt.Sprintf("bantin: the server is full (%d of %d places taken); please try again in a few minutes.", len(s.sessions), s.cfg.MaxSessions)
	}
	s.sessions[ss] = struct{}{}
	return ""
}

func (s *Server) unregister(ss *session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.sessions, ss)
	if len(s.sessions) == 0 && s.idle != nil {
		close(s.idle)
		s.idle = nil
	}
}

// trackConn counts TCP connections and refuses them outright past a
// generous bound (unauthenticated connections must not exhaust the server
// before the session limit can say anything).
func (s *Server) trackConn(_ ssh.Context, c net.Conn) net.Conn {
	s.mu.Lock()
	limit := 2*s.cfg.MaxSessions + 16
	if s.conns >= limit || s.closing {
		s.mu.Unlock()
		s.log.Warn("connection dropped: too many open connections", "remote", c.RemoteAddr().String(), "open", limit)
		_ = c.Close()
		return nil
	}
	s.conns++
	s.mu.Unlock()
	return &countedConn{Conn: c, done: func() {
		s.mu.Lock()
		s.conns--
		s.mu.Unlock()
	}}
}

func (s *Server) connFailed(c net.Conn, err error) {
	if errors.Is(err, io.EOF) {
		s.log.Debug("connection closed before login", "remote", c.RemoteAddr().String())
		return
	}
	s.log.Info("connection refused", "remote", c.RemoteAddr().String(), "reason", err.Error())
}

type countedConn struct {
	net.Conn
	once sync.Once
	done func()
}

func (c *countedConn) Close() error {
	err := c.Conn.Close()
	c.once.Do(c.done)
	return err
}
