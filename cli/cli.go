// Package cli is bantin's command line: the reader, and the inspect, orgs,
// search and serve commands. main.go only hands it the process's arguments
// and streams, so every command can be tested in-process.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
)

// Env is what a command may touch of the outside world.
type Env struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Getenv reads an environment variable (os.Getenv by default).
	Getenv func(string) string
}

const usage = `bantin: a terminal reader for Vietnamese trade-union news

Usage:
  bantin [PATH...]                      read articles (the embedded sample when no path)
  bantin inspect [--json] [PATH...]     print what was extracted from each article
  bantin orgs [--json] [PATH...]        list the union bodies with article counts
  bantin search [--json] [--limit N] QUERY [PATH...]
                                        print the articles matching QUERY
  bantin serve [flags] [PATH...]        serve the reader over SSH
  bantin help                           this text

PATH may be a folder (walked recursively), a raw .txt article or a .jsonl file.
`

// Main runs bantin with args (without the program name) and returns the exit
// status. No panic escapes it.
func Main(args []string, env Env) (status int) {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(env.Stderr, "bantin: internal error: %v (please report it)\n", r)
			if env.Getenv("BANTIN_DEBUG") != "" {
				env.Stderr.Write(debug.Stack())
			}
			status = 3
		}
	}()
	cmd := ""
	if len(args) > 0 {
		cmd = args[0]
	}
	switch cmd {
	case "inspect":
		return runInspect(args[1:], env)
	case "orgs":
		return runOrgs(args[1:], env)
	case "search":
		return runSearch(args[1:], env)
	case "serve":
		return runServe(args[1:], env)
	case "help", "-h", "-help", "--help":
		fmt.Fprint(env.Stdout, usage)
		return 0
	case "read":
		return runReader(args[1:], env)
	}
	if strings.HasPrefix(cmd, "-") && cmd != "--" {
		fmt.Fprintf(env.Stderr, "bantin: unknown flag %s\n\n%s", cmd, usage)
		return 2
	}
	if cmd == "--" {
		args = args[1:]
	} else if looksLikeCommand(cmd) {
		fmt.Fprintf(env.Stderr, "bantin: %q is neither a command nor a file or folder\n\n%s", cmd, usage)
		return 2
	}
	return runReader(args, env)
}

// loadCorpus loads paths (or the embedded sample when there are none),
// printing each warning to stderr. The error is a one-line message fit for
// the user when nothing could be loaded.
func loadCorpus(ctx context.Context, paths []string, env Env, opts data.Options) (*corpus.Corpus, error) {
	var (
		arts  []model.Article
		warns []data.Warning
		err   error
	)
	if opts.Recognizer == nil {
		// The operator's organisation aliases (BANTIN_ALIASES, see orgs.go).
		if opts.Recognizer, err = aliasRecognizer(env); err != nil {
			return nil, err
		}
	}
	var c *corpus.Corpus
	if len(paths) == 0 {
		arts, warns = data.LoadSample(opts)
		c = corpus.New(arts)
	} else {
		c, warns, err = corpus.Open(ctx, paths, opts)
	}
	for _, w := range warns {
		fmt.Fprintf(env.Stderr, "bantin: warning: %s\n", w)
	}
	if err != nil {
		return nil, err
	}
	return c, nil
}

// looksLikeCommand reports whether arg, given where a path may stand, is more
// likely a mistyped command than a path: a bare word that names nothing on
// disk. A missing path that looks like one ("news/", "a.txt") is left to the
// loader, which says it is missing.
func looksLikeCommand(arg string) bool {
	if arg == "" || strings.ContainsAny(arg, `/\.~`) {
		return false
	}
	_, err := os.Stat(arg)
	return err != nil
}
