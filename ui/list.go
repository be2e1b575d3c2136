package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/bantin/bantin/ui/termsafe"
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
		bar := m.st.p.border.render("│")
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
		return m.helpLine("filterHelp", m.keys.filterHelp())
	}
	return m.helpLine("listHelp", m.keys.listHelp())
}

func (m *Model) countLabel() string {
	return commas(m.total) + " of " + plural(len(m.c.Articles), "article", "articles")
}

// listBody renders the visible window of the list. Rows come from the
// session's row cache when they were drawn before for the same article,
// width, selection and highlighted query.
func (m *Model) listBody(w, rows int) []string {
	if m.total == 0 {
		lines := []string{"  " + m.st.p.header.render("No article matches.")}
		if len(m.added) > 0 {
			lines = append(lines, "", m.st.p.dim.render("  esc drops the last constraint; K, O, D drop keyword, organisation, period."))
		}
		return lines
	}
	m.cache.sync(m.hlQuery())
	end := min(len(m.ids), m.total, m.list.offset+rows)
	lines := make([]string, 0, 2*(end-m.list.offset))
	for i := m.list.offset; i < end; i++ {
		k := rowKey{id: m.ids[i], w: w, sel: i == m.list.cursor}
		title, ok := m.cache.titles[k]
		if !ok {
			title = m.drawTitle(k)
			putBounded(m.cache.titles, k, title)
		}
		meta, ok := m.cache.metas[k]
		if !ok {
			meta = m.drawMeta(k)
			putBounded(m.cache.metas, k, meta)
		}
		lines = append(lines, title, meta)
	}
	return lines
}

// rowMark begins every line of a row, marking the selected one.
func (m *Model) rowMark(sel bool) string {
	if sel {
		return m.st.p.selMark.render("▌ ")
	}
	return "  "
}

// drawTitle draws an article's title for the list, the keyword's matches
// marked.
func (m *Model) drawTitle(k rowKey) string {
	ts := m.st.p.title
	if k.sel {
		ts = m.st.p.selTitle
	}
	title := truncate(termsafe.Clean(m.article(k.id).Title), k.w-2)
	if title == "" {
		title = "(untitled)"
	}
	return m.rowMark(k.sel) + m.highlightText(title, ts)
}

// drawMeta draws the line under an article's title: date, outlet, the
// main bodies.
func (m *Model) drawMeta(k rowKey) string {
	a := m.article(k.id)
	ms := m.st.p.meta
	if k.sel {
		ms = m.st.p.selMeta
	}
	var b strings.Builder
	b.WriteString(dateLabel(a.Date))
	if a.Source != "" {
		b.WriteString(" · ")
		b.WriteString(termsafe.Clean(a.Source))
	}
	if orgs := primaryOrgs(a, 2); len(orgs) > 0 {
		b.WriteString(" · ")
		b.WriteString(strings.Join(orgs, ", "))
	}
	return m.rowMark(k.sel) + ms.render(truncate(b.String(), k.w-2))
}

// hlQuery is the keyword whose matches are marked, or "" when none is.
func (m *Model) hlQuery() string {
	if strings.TrimSpace(m.keyword) == "" || m.keywordErr != "" {
		return ""
	}
	return m.keyword
}

// highlightText styles plain text with base and marks the active keyword's
// matches.
func (m *Model) highlightText(text string, base paint) string {
	q := m.hlQuery()
	if q == "" {
		return base.render(text)
	}
	spans := m.eng.highlight(q, text)
	if len(spans) == 0 {
		return base.render(text)
	}
	var b strings.Builder
	b.Grow(len(text) + 64)
	last := 0
	for _, sp := range spans {
		if sp[0] < last || sp[1] > len(text) || sp[0] >= sp[1] {
			continue
		}
		base.write(&b, text[last:sp[0]])
		m.st.p.highlight.write(&b, text[sp[0]:sp[1]])
		last = sp[1]
	}
	base.write(&b, text[last:])
	return b.String()
}

// statusLine shows the count and every active constraint with the key that
// drops it. Long constraints are shortened so that all of them fit.
func (m *Model) statusLine() string {
	if m.flash != "" {
		return m.st.warn.Render(truncate(m.flash, m.width))
	}
	kw := termsafe.Clean(strings.TrimSpace(m.keyword))
	org := termsafe.Clean(m.org)
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
			s = m.st.err.Render(termsafe.Clean(m.keywordErr)) + m.st.faint.Render(" · ") + s
		}
		return s
	}
	s := build(1000, 1000, true)
	if cellWidth(s) > m.width {
		s = build(1000, 1000, false)
	}
	for w := 40; cellWidth(s) > m.width && w >= 8; w -= 2 {
		s = build(w, w+w/2, false)
	}
	return truncate(s, m.width)
}

// previewLines shows the selected article beside the list (drawn once
// per article, size and highlighted query).
func (m *Model) previewLines(w, h int) []string {
	id := m.selected()
	if id < 0 || w < 10 {
		return nil
	}
	m.cache.sync(m.hlQuery())
	k := previewKey{id: id, w: w, h: h}
	if m.cache.prev == nil || m.cache.prevKey != k {
		m.cache.prevKey, m.cache.prev = k, m.drawPreview(k)
	}
	return m.cache.prev
}

func (m *Model) drawPreview(k previewKey) []string {
	a := m.article(k.id)
	w, h := k.w, k.h
	p := &m.st.p
	var lines []string
	for _, l := range wrap(termsafe.Clean(a.Title), w) {
		lines = append(lines, p.header.render(l))
	}
	lines = append(lines, "")
	meta := [][2]string{{"Date", dateLong(a.Date)}, {"Outlet", termsafe.Clean(a.Source)}, {"Author", termsafe.Clean(a.Author)}}
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
			lines = append(lines, p.dim.render(label)+p.meta.render(l))
		}
	}
	// The body is read here, when the preview is drawn for another
	// article, size or query, not on every frame (see previewLines). A
	// file far larger than an article (up to the load's 8 MB limit) is not
	// read for a preview: ReadBody took 5-44 ms for a 7.1 MB file (5 runs); the
	// article view reads it, in a command.
	if a.Body == nil && a.Text.Size > previewReadMax {
		lines = append(lines, "")
		for _, l := range wrap(fmt.Sprintf("A long text (%s): enter reads it.", sizeString(a.Text.Size)), w) {
			lines = append(lines, p.dim.render(l))
		}
		if len(lines) > h {
			lines = lines[:h]
		}
		return lines
	}
	body, err := m.bodyReader()(k.id)
	if err != nil {
		lines = append(lines, "")
		for _, l := range wrap(bodyFailure(a.File, err), w) {
			lines = append(lines, p.warn.render(l))
		}
	}
	for _, para := range body {
		if len(lines) >= h {
			break
		}
		lines = append(lines, "")
		for _, l := range wrap(termsafe.Clean(para), w) {
			lines = append(lines, m.highlightText(l, p.preview))
		}
	}
	if len(lines) > h {
		lines = lines[:h]
	}
	return lines
}

// previewReadMax is the largest file whose body the preview reads back:
// news articles are a few KB, the longest real ones well under 1 MB.
const previewReadMax = 1 << 20

// sizeString is a size in KB or MB, for the preview's note.
func sizeString(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}

// rowKey identifies one drawn row of the list.
type rowKey struct {
	id  int32
	w   int
	sel bool
}

// previewKey identifies one drawn preview.
type previewKey struct {
	id   int32
	w, h int
}

// maxCachedRows bounds each of a session's row caches.
const maxCachedRows = 256

// frameCache keeps, for one session, what the list drew, for the frames
// that follow: titles and metadata lines by (article, width, selected),
// and the last preview. Titles and the preview carry the keyword's
// highlights, so they are dropped when the highlighted query changes;
// everything is dropped when the styles or the corpus change. Moving the
// selection redraws two rows, not the window; a keystroke in the filter
// redraws the titles only.
type frameCache struct {
	query  string
	titles map[rowKey]string
	metas  map[rowKey]string

	prevKey previewKey
	prev    []string

	help map[helpKey]string
}

// helpKey identifies a drawn short help line.
type helpKey struct {
	name string
	w    int
}

// sync prepares the cache for drawing with query highlighted.
func (c *frameCache) sync(query string) {
	if c.titles == nil {
		c.titles = make(map[rowKey]string)
		c.metas = make(map[rowKey]string)
	}
	if query != c.query {
		c.query = query
		clear(c.titles)
		c.prev = nil
	}
}

func (c *frameCache) reset() {
	clear(c.titles)
	clear(c.metas)
	clear(c.help)
	c.prev = nil
}

func putBounded[K comparable](cache map[K]string, k K, v string) {
	if len(cache) >= maxCachedRows {
		clear(cache)
	}
	cache[k] = v
}
