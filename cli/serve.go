package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/log/v2"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/serve"
	"github.com/bantin/bantin/ui"
	"github.com/bantin/bantin/ui/termsafe"
)

const serveUsage = `Usage: bantin serve [flags] [PATH...]

Serve the reader over SSH: readers run "ssh -p 23234 HOST" and are in the
reader; "ssh -p 23234 HOST help" lists the plain-text commands.

Flags:
  --listen ADDR            address to listen on (default localhost:23234;
                           binding all interfaces, e.g. :23234, is your choice)
  --host-key PATH          the server's private key; an ed25519 key is created
                           there on first start (default %s)
  --authorized-keys PATH   admit only these public keys (OpenSSH format);
                           without it the reader is public
  --max-sessions N         concurrent sessions (default 100)
  --idle-timeout DURATION  close sessions idle that long (default 30m)
`

// runServe is `bantin serve`: it stops on SIGINT or SIGTERM.
func runServe(args []string, env Env) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		stop() // a second signal kills the process the usual way
	}()
	return serveMain(ctx, args, env, nil)
}

// serveOptions are what `bantin serve` parsed from its arguments.
type serveOptions struct {
	cfg   serve.Config
	paths []string
}

// parseServeArgs reads the flags; flags and paths may be interleaved.
func parseServeArgs(args []string, env Env) (serveOptions, int) {
	var o serveOptions
	defaultKey, keyErr := serve.DefaultHostKeyPath(env.Getenv)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&o.cfg.Listen, "listen", serve.DefaultListen, "")
	fs.StringVar(&o.cfg.HostKeyPath, "host-key", defaultKey, "")
	fs.StringVar(&o.cfg.AuthorizedKeysPath, "authorized-keys", "", "")
	fs.IntVar(&o.cfg.MaxSessions, "max-sessions", serve.DefaultMaxSessions, "")
	fs.DurationVar(&o.cfg.IdleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "")
	usage := func() { fmt.Fprintf(env.Stderr, serveUsage, defaultKey) }
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fmt.Fprintf(env.Stdout, serveUsage, defaultKey)
				return o, 0
			}
			fmt.Fprintf(env.Stderr, "bantin serve: %v\n\n", err)
			usage()
			return o, 2
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		if args[0] == "--" {
			o.paths = append(o.paths, args[1:]...)
			break
		}
		o.paths = append(o.paths, args[0])
		args = args[1:]
	}
	switch {
	case o.cfg.MaxSessions < 1:
		fmt.Fprintf(env.Stderr, "bantin serve: --max-sessions must be at least 1, got %d\n", o.cfg.MaxSessions)
		return o, 2
	case o.cfg.IdleTimeout <= 0:
		fmt.Fprintf(env.Stderr, "bantin serve: --idle-timeout must be positive, got %s\n", o.cfg.IdleTimeout)
		return o, 2
	case o.cfg.HostKeyPath == "":
		fmt.Fprintf(env.Stderr, "bantin serve: no place for the host key, give --host-key PATH (%v)\n", keyErr)
		return o, 2
	}
	return o, -1
}

// serveMain runs the server until ctx ends. ready, if not nil, receives
// the server once it listens (tests use it to learn the address).
func serveMain(ctx context.Context, args []string, env Env, ready func(*serve.Server)) int {
	o, status := parseServeArgs(args, env)
	if status >= 0 {
		return status
	}
	logger := log.NewWithOptions(env.Stderr, log.Options{
		ReportTimestamp: true,
		TimeFormat:      time.RFC3339,
		Prefix:          "bantin serve",
	})

	// The host key, the authorized keys and the address are checked before
	// the corpus loads (which may take seconds), so a mistake fails at once.
	// Clients that connect while it loads wait for it.
	var c *corpus.Corpus // set once loaded, before Serve; read-only after
	o.cfg.Logger = logger
	o.cfg.NewModel = func(info serve.SessionInfo) tea.Model { return newSessionModel(c, info) }
	o.cfg.Commands = serveCommands(func() *corpus.Corpus { return c })
	srv, err := serve.New(o.cfg)
	if err != nil {
		fmt.Fprintf(env.Stderr, "bantin serve: %v\n", err)
		return 1
	}
	if _, err := srv.Listen(); err != nil {
		fmt.Fprintf(env.Stderr, "bantin serve: %v\n", err)
		return 1
	}
	defer srv.Close()

	start := time.Now()
	source := "the embedded sample"
	if len(o.paths) > 0 {
		source = strings.Join(o.paths, " ")
	}
	logger.Info("loading", "from", termsafe.Clean(source))
	c, err = loadCorpus(ctx, o.paths, env, data.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "bantin serve: %v\n", err)
		return 1
	}
	if ctx.Err() != nil {
		return 0
	}
	logger.Info("corpus loaded", "articles", c.Len(), "took", time.Since(start).Round(time.Millisecond))
	if ready != nil {
		ready(srv)
	}
	if err := srv.Serve(ctx); err != nil {
		fmt.Fprintf(env.Stderr, "bantin serve: %v\n", err)
		return 1
	}
	return 0
}

// newSessionModel is the reader of one SSH session: the shared corpus,
// and the client's environment (NO_COLOR, TERM), never the server's.
func newSessionModel(c *corpus.Corpus, info serve.SessionInfo) tea.Model {
	env := info.Environ
	return ui.New(c, ui.Options{
		Getenv: func(key string) string {
			v := ""
			for _, kv := range env {
				if k, val, ok := strings.Cut(kv, "="); ok && k == key {
					v = val // the last one wins, as in a shell
				}
			}
			return v
		},
		Source: "bantin over SSH",
	})
}

// serveCommands are the plain-text answers of `ssh HOST COMMAND`: the same
// output as the local commands (search as `bantin search`, inspect as
// `bantin inspect`), numbered as the reader and `bantin search` number
// articles (#1 is the newest).
func serveCommands(corpusOf func() *corpus.Corpus) []serve.Command {
	return []serve.Command{
		{
			Name: "list", Args: "[--limit N]", Summary: "the articles, newest first",
			Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
				c := corpusOf()
				limit, rest, err := leadingFlags(args, 0, nil)
				if err != nil || len(rest) > 0 {
					fmt.Fprintln(stderr, "bantin: usage: list [--limit N]")
					return 2
				}
				return writeList(ctx, stdout, stderr, c, limit)
			},
		},
		{
			Name: "search", Args: "[--json] [--limit N] QUERY", Summary: "the articles matching QUERY, as bantin search",
			Raw: true,
			Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
				c := corpusOf()
				asJSON := false
				limit, query, err := leadingFlags(strings.Fields(args[0]), defaultSearchLimit, &asJSON)
				if err != nil || len(query) == 0 {
					fmt.Fprintln(stderr, `bantin: usage: search [--json] [--limit N] QUERY (e.g. search "ha noi" -tet)`)
					return 2
				}
				// The query as typed, quotes kept: what follows the flags.
				q := dropFields(args[0], len(strings.Fields(args[0]))-len(query))
				return WriteSearch(stdout, stderr, c, q, limit, asJSON)
			},
		},
		{
			Name: "show", Args: "N", Summary: "article N in full (N as list and search number them)",
			Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
				c := corpusOf()
				if len(args) != 1 {
					fmt.Fprintln(stderr, "bantin: usage: show N")
					return 2
				}
				a, ok := articleNumber(c, args[0], stderr)
				if !ok {
					return 1
				}
				writeArticle(stdout, stderr, a)
				return 0
			},
		},
		{
			Name: "inspect", Args: "[--json] N", Summary: "what was extracted from article N, as bantin inspect",
			Run: func(ctx context.Context, stdout, stderr io.Writer, args []string) int {
				c := corpusOf()
				asJSON := false
				_, rest, err := leadingFlags(args, 0, &asJSON)
				if err != nil || len(rest) != 1 {
					fmt.Fprintln(stderr, "bantin: usage: inspect [--json] N")
					return 2
				}
				a, ok := articleNumber(c, rest[0], stderr)
				if !ok {
					return 1
				}
				if err := WriteInspect(stdout, stderr, []model.Article{*a}, asJSON); err != nil {
					fmt.Fprintf(stderr, "bantin: %v\n", err)
					return 1
				}
				return 0
			},
		},
	}
}

// dropFields removes the first n space-separated words of s.
func dropFields(s string, n int) string {
	for range n {
		s = strings.TrimLeft(s, " \t")
		if i := strings.IndexAny(s, " \t"); i >= 0 {
			s = s[i:]
		} else {
			s = ""
		}
	}
	return strings.TrimSpace(s)
}

// articleNumber finds article "N" (or "#N"), counted from 1, newest first.
func articleNumber(c *corpus.Corpus, s string, stderr io.Writer) (*model.Article, bool) {
	n, err := strconv.Atoi(strings.TrimPrefix(s, "#"))
	if err != nil || n < 1 || n > c.Len() {
		fmt.Fprintf(stderr, "bantin: no article %q: give a number from 1 to %d (see list)\n", termsafe.Clean(s), c.Len())
		return nil, false
	}
	return &c.Articles[n-1], true
}

// leadingFlags takes --limit N and, when asJSON is not nil, --json off the
// front of args.
func leadingFlags(args []string, def int, asJSON *bool) (limit int, rest []string, err error) {
	limit = def
	for len(args) > 0 {
		a := args[0]
		switch {
		case asJSON != nil && (a == "--json" || a == "-json"):
			*asJSON = true
			args = args[1:]
			continue
		case a == "--limit" || a == "-limit" || a == "-n":
			if len(args) < 2 {
				return 0, nil, errors.New("--limit needs a number")
			}
			limit, err = strconv.Atoi(args[1])
			args = args[2:]
		case strings.HasPrefix(a, "--limit="):
			limit, err = strconv.Atoi(strings.TrimPrefix(a, "--limit="))
			args = args[1:]
		default:
			return limit, args, nil
		}
		if err != nil || limit < 0 {
			return 0, nil, errors.New("bad --limit")
		}
	}
	return limit, args, nil
}

// writeList prints the articles newest first, at most limit (all when 0),
// in bantin search's columns (number, date, outlet, title; no score).
func writeList(ctx context.Context, w, errw io.Writer, c *corpus.Corpus, limit int) int {
	n := c.Len()
	if limit > 0 {
		n = min(n, limit)
	}
	ew := &errWriter{w: w}
	for i := range n {
		if ctx.Err() != nil {
			return 1
		}
		a := &c.Articles[i]
		date := a.Date.DayString()
		if date == "" {
			date = "unknown"
		}
		ew.printf("%7s  %-10s  %s  %s\n", "#"+strconv.Itoa(i+1), date, padRight(clip(termsafe.Clean(a.Source), 24), 24), termsafe.Clean(a.Title))
	}
	ew.printf("%d of %d %s, newest first\n", n, c.Len(), pluralWord(c.Len(), "article", "articles"))
	if ew.err != nil {
		fmt.Fprintf(errw, "bantin: %v\n", ew.err)
		return 1
	}
	return 0
}

// writeArticle prints one article in full as plain text; a body that
// cannot be read is left out, with a warning on errw.
func writeArticle(w, errw io.Writer, a *model.Article) {
	ew := &errWriter{w: w}
	ew.printf("%s\n\n", termsafe.Clean(a.Title))
	date := "unknown"
	if a.Date.Known() {
		date = a.Date.DayString()
		if t := a.Date.TimeString(); t != "" {
			date += " " + t
		}
		if a.Date.Precision == model.PrecisionInferred {
			date += " (year inferred from the text)"
		}
	}
	ew.printf("Date:    %s\n", date)
	for _, f := range [][2]string{{"Outlet:  ", a.Source}, {"Author:  ", a.Author}, {"URL:     ", a.URL}} {
		if f[1] != "" {
			ew.printf("%s%s\n", f[0], termsafe.Clean(f[1]))
		}
	}
	if len(a.Organisations) > 0 {
		names := make([]string, len(a.Organisations))
		for i, o := range a.Organisations {
			names[i] = termsafe.Clean(o.Name)
		}
		ew.printf("Bodies:  %s\n", strings.Join(names, "; "))
	}
	paras, _ := bodyOrWarn(errw, a)
	for _, p := range paras {
		ew.printf("\n%s\n", termsafe.Clean(p))
	}
}
