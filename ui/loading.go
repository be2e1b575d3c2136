package ui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/progress"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/bantin/bantin/ui/termsafe"
)

// loadingView shows files read out of the total while the corpus loads.
func (m *Model) loadingView() string {
	p := m.progress
	src := m.opts.Source
	if src == "" {
		src = "articles"
	}
	lines := []string{m.st.app.Render("bantin"), "", m.st.header.Render(truncate("Loading "+termsafe.Clean(src)+"…", m.width-4)), ""}
	bw := max(10, min(60, m.width-8))
	if p.FilesTotal > 0 {
		pct := float64(p.FilesDone) / float64(p.FilesTotal)
		bar := progress.New(progress.WithWidth(bw), progress.WithoutPercentage(), progress.WithColors(m.st.accent))
		if m.colorless {
			bar = progress.New(progress.WithWidth(bw), progress.WithoutPercentage(), progress.WithFillCharacters('#', '.'))
		}
		lines = append(lines, bar.ViewAs(pct), "",
			m.st.dim.Render(fmt.Sprintf("%s of %s files read · %s articles · %d%%",
				commas(p.FilesDone), commas(p.FilesTotal), commas(p.Articles), int(pct*100))))
		if p.FilesDone >= p.FilesTotal {
			lines = append(lines, m.st.dim.Render("indexing and gathering the organisations…"))
		}
	} else if p.FilesDone > 0 {
		// Files are read while the folders are still being listed.
		lines = append(lines, m.st.dim.Render(fmt.Sprintf("looking for files… %s read · %s articles",
			commas(p.FilesDone), commas(p.Articles))))
	} else {
		lines = append(lines, m.st.dim.Render("looking for files…"))
	}
	if !m.loadStart.IsZero() {
		lines = append(lines, m.st.faint.Render(fmt.Sprintf("%.1f s", time.Since(m.loadStart).Seconds())))
	}
	lines = append(lines, "", m.st.faint.Render("ctrl+c cancels"))
	return m.centered(lines)
}

// errorView says why the corpus could not be loaded.
func (m *Model) errorView() string {
	lines := []string{m.st.app.Render("bantin"), "", m.st.err.Render("Nothing could be loaded.")}
	lines = append(lines, wrap(termsafe.Clean(m.loadErr.Error()), max(10, m.width-8))...)
	lines = append(lines, "", m.st.dim.Render("Press q to quit."))
	return m.centered(lines)
}

func (m *Model) centered(lines []string) string {
	top := max(0, (m.height-len(lines))/2)
	out := make([]string, top)
	for _, l := range lines {
		out = append(out, lipgloss.PlaceHorizontal(m.width, lipgloss.Center, l))
	}
	return strings.Join(fitLines(out, m.width, m.height), "\n")
}

// ProgressFunc returns a callback for a loader's progress reports that
// sends them to the program as ProgressMsg, at most every 50 ms (and always
// the last one), so a load of many files does not flood the program.
func ProgressFunc(send func(tea.Msg)) func(done, total, articles int) {
	var last time.Time
	return func(done, total, articles int) {
		now := time.Now()
		if done < total && now.Sub(last) < 50*time.Millisecond {
			return
		}
		last = now
		send(ProgressMsg{FilesDone: done, FilesTotal: total, Articles: articles})
	}
}
