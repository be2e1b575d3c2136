package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/term"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/ui"
)

// runReader opens the full-screen reader. The window opens at once and shows
// the loading progress; warnings about skipped files are printed once the
// reader closes (printing them over the full-screen view would garble it).
func runReader(args []string, env Env) int {
	paths := args
	for _, p := range paths {
		if p == "-h" || p == "--help" {
			fmt.Fprint(env.Stdout, usage)
			return 0
		}
	}
	if !isTerminal(env.Stdin) || !isTerminal(env.Stdout) {
		fmt.Fprintln(env.Stderr, "bantin: the reader needs a terminal; to print articles use `bantin inspect` or `bantin search QUERY`")
		return 2
	}
	source := "the embedded sample"
	if len(paths) > 0 {
		source = strings.Join(paths, ", ")
	}
	m := ui.NewLoading(ui.Options{Getenv: env.Getenv, Source: source})

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	opts := []tea.ProgramOption{tea.WithContext(ctx)}
	if env.Stdin != nil {
		opts = append(opts, tea.WithInput(env.Stdin))
	}
	if env.Stdout != nil {
		opts = append(opts, tea.WithOutput(env.Stdout))
	}
	p := tea.NewProgram(m, opts...)

	warnings := &lockedBuffer{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		progress := ui.ProgressFunc(p.Send)
		lenv := env
		lenv.Stderr = warnings
		c, err := loadCorpus(ctx, paths, lenv, data.Options{Progress: func(pr data.Progress) {
			progress(pr.FilesDone, pr.FilesTotal, pr.Articles)
		}})
		p.Send(ui.LoadedMsg{Corpus: c, Err: err})
	}()

	_, err := p.Run()
	cancel()
	<-done
	env.Stderr.Write(warnings.Bytes())
	if err != nil && !errors.Is(err, tea.ErrProgramKilled) && !errors.Is(err, context.Canceled) {
		fmt.Fprintf(env.Stderr, "bantin: %v\n", err)
		return 1
	}
	if lerr := m.Err(); lerr != nil {
		fmt.Fprintf(env.Stderr, "bantin: %v\n", lerr)
		return 1
	}
	return 0
}

// isTerminal reports whether f is a terminal.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	return ok && term.IsTerminal(file.Fd())
}

// lockedBuffer collects the loader's warnings from its goroutine.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Bytes()
}
