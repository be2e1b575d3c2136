package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// listModel is the article list: a cursor and a scroll offset over the
// root model's IDs. Only the visible window is ever rendered, so it costs
// the same with five articles or a hundred thousand.
type listModel struct {
	cursor, offset int
}

// rowHeight is the number of lines per article in the list.
const rowHeight = 2

func (l *listModel) clamp(n, rows int) {
	rows = max(1, rows)
	if l.cursor >= n {
		l.cursor = n - 1
	}
	if l.cursor < 0 {
		l.cursor = 0
	}
	if l.offset > l.cursor {
		l.offset = l.cursor
	}
	if l.cursor >= l.offset+rows {
		l.offset = l.cursor - rows + 1
	}
	if l.offset > max(0, n-rows) {
		l.offset = max(0, n-rows)
	}
	if l.offset < 0 {
		l.offset = 0
	}
}

func (l *listModel) move(d, n, rows int) {
	l.cursor += d
	l.clamp(n, rows)
}

// listRows is how many articles fit on the list screen.
func (m *Model) listRows() int {
	h := m.height - 4 // header, blank, status, help
	if m.top() == viewFilter {
		h--
	}
	return max(1, h/rowHeight)
}

// listNav applies the movement keys shared by list-like views; it reports
// whether the key was one of them.
func listNav(k keyMap, msg tea.KeyPressMsg, cursor *int, n, rows int) bool {
	switch {
	case key.Matches(msg, k.Up):
		*cursor--
	case key.Matches(msg, k.Down):
		*cursor++
	case key.Matches(msg, k.PageUp):
		*cursor -= rows
	case key.Matches(msg, k.PageDown):
		*cursor += rows
	case key.Matches(msg, k.HalfUp):
		*cursor -= max(1, rows/2)
	case key.Matches(msg, k.HalfDown):
		*cursor += max(1, rows/2)
	case key.Matches(msg, k.Top):
		*cursor = 0
	case key.Matches(msg, k.Bottom):
		*cursor = n - 1
	default:
		return false
	}
	return true
}

func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	rows := m.listRows()
	if listNav(k, msg, &m.list.cursor, m.total, rows) {
		m.moveList(0)
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Open):
		if id := m.selected(); id >= 0 {
			return m.openDetail()
		}
	case key.Matches(msg, k.Filter):
		return m.filter.open(m)
	case key.Matches(msg, k.Orgs):
		m.orgs.open(m)
		m.push(viewOrgs)
	case key.Matches(msg, k.Dates):
		m.dates.open(m)
		m.push(viewDates)
	case key.Matches(msg, k.Help):
		m.helpV.open()
		m.push(viewHelp)
	case key.Matches(msg, k.Sort):
		m.order = 1 - m.order
		if strings.TrimSpace(m.keyword) != "" {
			m.refresh(m.selected())
			m.flash = "sorted by " + m.order.String()
		} else {
			m.flash = "sorted by " + m.order.String() + " (relevance applies to a keyword filter)"
		}
	case key.Matches(msg, k.ClearKeyword):
		m.filter.input.SetValue("")
		m.setKeyword("")
	case key.Matches(msg, k.ClearOrg):
		m.setOrg("", nil)
	case key.Matches(msg, k.ClearPeriod):
		m.setPeriod(period{})
	case key.Matches(msg, k.DropLast):
		m.dropLast()
	}
	return nil
}

// listScreen draws the list view (and the filter view, which is the list
// with an input line).
func (m *Model) listScreen() []string {
	pos := ""
	if m.total > 0 {
		pos = "article " + commas(m.list.cursor+1) + " of " + commas(m.total)
	}
	out := []string{m.header("Articles", pos)}
	if m.top() == viewFilter {
		out = append(out, m.filter.line(m))
	}
	out = append(out, "")
	rows := m.listRows()
	h := rows * rowHeight
	avail := m.height - len(out) - 2
	lw := m.width
	showPreview := m.width >= previewWidth
	if showPreview {
		lw = m.width * 11 / 20
	}
	body := m.listBody(lw, rows)
	if showPreview {
		pw := m.width - lw - 3
		prev := m.previewLines(pw, max(h, avail))
		body = fitLines(body, lw, max(h, avail))
		bar := m.st.border.Render("│")
		for i := range body {
			p := ""
			if i < len(prev) {
				p = prev[i]
			}
			body[i] = body[i] + " " + bar + " " + p
		}
	}
	out = append(out, fitLines(body, m.width, avail)...)
	out = append(out, m.statusLine(), m.listHelp())
	return out
}

func (m *Model) listHelp() string {
	if m.top() == viewFilter {
		return m.helpLine(m.keys.filterHelp())
	}
	return m.helpLine(m.keys.listHelp())
}

func (m *Model) countLabel() string {
	return commas(m.total) + " of " + plural(len(m.c.Articles), "article", "articles")
}

// listBody renders the visible window of the list.
func (m *Model) listBody(w, rows int) []string {
	if m.total == 0 {
		lines := []string{"  " + m.st.header.Render("No article matches.")}
		if len(m.added) > 0 {
			lines = append(lines, "", m.st.dim.Render("  esc drops the last constraint; K, O, D drop keyword, organisation, period."))
		}
		return lines
	}
	var lines []string
	end := min(len(m.ids), m.total, m.list.offset+rows)
	for i := m.list.offset; i < end; i++ {
		a := m.article(m.ids[i])
		sel := i == m.list.cursor
		mark := "  "
		ts, ms := m.st.title, m.st.meta
		if sel {
			mark = m.st.selMark.Render("▌ ")
			ts, ms = m.st.selTitle, m.st.selMeta
		}
		title := truncate(clean(a.Title), w-2)
		if title == "" {
			title = "(untitled)"
		}
		lines = append(lines, mark+m.highlightText(title, ts))
		meta := []string{dateLabel(a.Date)}
		if a.Source != "" {
			meta = append(meta, clean(a.Source))
		}
		if orgs := primaryOrgs(a, 2); len(orgs) > 0 {
			meta = append(meta, strings.Join(orgs, ", "))
		}
		lines = append(lines, mark+ms.Render(truncate(strings.Join(meta, " · "), w-2)))
	}
	return lines
}

// highlightText styles plain text with base and marks the active keyword's
// matches.
func (m *Model) highlightText(text string, base lipgloss.Style) string {
	if strings.TrimSpace(m.keyword) == "" || m.keywordErr != "" {
		return base.Render(text)
	}
	spans := m.eng.highlight(m.keyword, text)
	if len(spans) == 0 {
		return base.Render(text)
	}
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if sp[0] < last || sp[1] > len(text) || sp[0] >= sp[1] {
			continue
		}
		if sp[0] > last {
			b.WriteString(base.Render(text[last:sp[0]]))
		}
		b.WriteString(m.st.highlight.Render(text[sp[0]:sp[1]]))
		last = sp[1]
	}
	if last < len(text) {
		b.WriteString(base.Render(text[last:]))
	}
	return b.String()
}

// statusLine shows the count and every active constraint with the key that
// drops it. Long constraints are shortened so that all of them fit.
func (m *Model) statusLine() string {
	if m.flash != "" {
		return m.st.warn.Render(truncate(m.flash, m.width))
	}
	kw := clean(strings.TrimSpace(m.keyword))
	org := clean(m.org)
	build := func(kwW, orgW int, order bool) string {
		parts := []string{m.st.header.Render(m.countLabel())}
		if kw != "" {
			parts = append(parts, m.st.chip.Render("“"+truncate(kw, kwW)+"”")+" "+m.st.chipKey.Render("K"))
		}
		if org != "" {
			parts = append(parts, m.st.chip.Render(truncate(org, orgW))+" "+m.st.chipKey.Render("O"))
		}
		if m.per.active() {
			parts = append(parts, m.st.chip.Render(m.per.String())+" "+m.st.chipKey.Render("D"))
		}
		if kw != "" && order {
			parts = append(parts, m.st.dim.Render("by "+m.order.String()))
		}
		s := strings.Join(parts, m.st.faint.Render(" · "))
		if m.keywordErr != "" {
			s = m.st.err.Render(clean(m.keywordErr)) + m.st.faint.Render(" · ") + s
		}
		return s
	}
	s := build(1000, 1000, true)
	if lipgloss.Width(s) > m.width {
		s = build(1000, 1000, false)
	}
	for w := 40; lipgloss.Width(s) > m.width && w >= 8; w -= 2 {
		s = build(w, w+w/2, false)
	}
	return truncate(s, m.width)
}

// previewLines shows the selected article beside the list.
func (m *Model) previewLines(w, h int) []string {
	id := m.selected()
	if id < 0 || w < 10 {
		return nil
	}
	a := m.article(id)
	var lines []string
	for _, l := range wrap(clean(a.Title), w) {
		lines = append(lines, m.st.header.Render(l))
	}
	lines = append(lines, "")
	meta := [][2]string{{"Date", dateLong(a.Date)}, {"Outlet", clean(a.Source)}, {"Author", clean(a.Author)}}
	if orgs := primaryOrgs(a, 3); len(orgs) > 0 {
		meta = append(meta, [2]string{"Bodies", strings.Join(orgs, "; ")})
	}
	for _, kv := range meta {
		if kv[1] == "" {
			continue
		}
		for i, l := range wrap(kv[1], max(1, w-8)) {
			label := "        "
			if i == 0 {
				label = padRight(kv[0], 8)
			}
			lines = append(lines, m.st.dim.Render(label)+m.st.meta.Render(l))
		}
	}
	for _, p := range a.Body {
		if len(lines) >= h {
			break
		}
		lines = append(lines, "")
		for _, l := range wrap(clean(p), w) {
			lines = append(lines, m.highlightText(l, m.st.preview))
		}
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return lines
}
