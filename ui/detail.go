package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/ui/termsafe"
)

// maxTextWidth caps the width articles are wrapped to, for readability.
const maxTextWidth = 100

// renderKey identifies one rendering of an article: Glamour's output
// depends on the width and the style.
type renderKey struct {
	id              int32
	width           int
	dark, colorless bool
}

// renderedMsg carries an article rendered by a command. failed says its
// body could not be read (the lines say why): such a rendering is shown
// but not kept, so that the next look reads the file again.
type renderedMsg struct {
	key    renderKey
	lines  []string
	failed bool
}

// lineMatch is a match in the rendered article: a line and a cell range.
// lineMatch is one match in the rendered article: columns a..b of a line,
// and, for a match that the wrapping split over several lines, the pieces
// on the lines after it.
type lineMatch struct {
	line, a, b int
	more       []lineMatch
}

// detailModel shows one article, rendered once per width by Glamour in a
// command and cached, in a scrollable viewport.
type detailModel struct {
	pos   int // index of the article in the root model's list
	id    int32
	key   renderKey
	ready bool

	vp    viewport.Model
	head  []string // title and metadata, drawn at once while the body renders
	base  []string // rendered lines
	plain []string // the same without styling, for matching

	input   textinput.Model
	finding bool   // typing a find
	find    string // the active find
	matches []lineMatch
	cur     int
	jumped  bool // n/N used: the current match is marked
	st      styles
}

func newDetail() detailModel {
	in := textinput.New()
	in.Prompt = "find: "
	in.Placeholder = "words in this article"
	in.SetVirtualCursor(false)
	in.CharLimit = 256
	vp := viewport.New()
	vp.SoftWrap = false
	vp.MouseWheelEnabled = true
	return detailModel{input: in, vp: vp}
}

func (d *detailModel) restyle(st styles) {
	d.st = st
	s := textinput.DefaultStyles(st.dark)
	s.Focused.Prompt = st.selMark
	s.Focused.Placeholder = st.faint
	d.input.SetStyles(s)
}

// openDetail shows the selected article.
func (m *Model) openDetail() tea.Cmd {
	m.push(viewDetail)
	m.detail.find, m.detail.finding, m.detail.matches = "", false, nil
	return m.detail.show(m, m.list.cursor)
}

func (d *detailModel) textWidth(m *Model) int {
	return max(20, min(m.width, maxTextWidth))
}

// show switches to the article at list position pos.
func (d *detailModel) show(m *Model, pos int) tea.Cmd {
	m.ensure(pos + 2)
	if pos < 0 || pos >= len(m.ids) {
		return nil
	}
	changed := d.id != m.ids[pos] || !d.ready
	d.pos, d.id = pos, m.ids[pos]
	m.list.cursor = pos
	m.moveList(0)
	d.vp.SetWidth(m.width)
	d.vp.SetHeight(d.vpHeight(m))
	if changed {
		d.ready = false
		d.matches, d.cur, d.jumped = nil, 0, false
		d.vp.SetYOffset(0)
	}
	return d.request(m)
}

// request renders the current article for the current width, from the
// cache when possible.
func (d *detailModel) request(m *Model) tea.Cmd {
	k := renderKey{id: d.id, width: d.textWidth(m), dark: m.dark, colorless: m.colorless}
	d.key = k
	if lines, ok := m.renders[k]; ok {
		d.setLines(m, lines)
		return nil
	}
	a := m.article(d.id)
	st := m.st
	if !d.ready {
		// a new article: its title and metadata show at once, the body
		// when Glamour is done (a resize keeps the last rendering shown)
		d.head = renderHead(a, k, st)
	}
	// The body is read in the command, beside Glamour's work, not in
	// Update: it may come from the article's file.
	id, read := d.id, m.bodyReader()
	return func() tea.Msg {
		body, err := read(id)
		return renderedMsg{key: k, lines: renderArticle(a, k, st, body, err), failed: err != nil}
	}
}

func (d *detailModel) rendered(m *Model, msg renderedMsg) {
	if msg.key == d.key {
		d.setLines(m, msg.lines)
	}
}

func (d *detailModel) setLines(m *Model, lines []string) {
	frac := 0.0
	if d.ready && len(d.base) > 0 {
		frac = float64(d.vp.YOffset()) / float64(len(d.base))
	}
	d.base = lines
	d.plain = make([]string, len(lines))
	for i, l := range lines {
		d.plain[i] = ansi.Strip(l)
	}
	wasReady := d.ready
	d.ready = true
	d.applyHighlights(m)
	if wasReady {
		d.vp.SetYOffset(int(frac * float64(len(lines))))
	}
}

func (d *detailModel) vpHeight(m *Model) int { return max(1, m.height-3) }

func (d *detailModel) resize(m *Model) tea.Cmd {
	d.vp.SetWidth(m.width)
	d.vp.SetHeight(d.vpHeight(m))
	d.input.SetWidth(max(1, m.width-24))
	if m.top() != viewDetail || m.c == nil {
		return nil
	}
	return d.request(m)
}

// rerender renders the article again after the styles changed.
func (d *detailModel) rerender(m *Model) tea.Cmd {
	if m.top() != viewDetail || m.c == nil {
		return nil
	}
	return d.request(m)
}

// applyHighlights recomputes the find (or keyword) matches and sets the
// viewport's lines with them marked.
func (d *detailModel) applyHighlights(m *Model) {
	d.matches = d.matches[:0]
	if d.find != "" {
		d.matches = findAcrossLines(d.plain, model.Fold(strings.TrimSpace(d.find)))
	} else if strings.TrimSpace(m.keyword) != "" && m.keywordErr == "" {
		for i, p := range d.plain {
			if cols := spanCols(p, m.eng.highlight(m.keyword, p)); len(cols) > 0 {
				for _, c := range cols {
					d.matches = append(d.matches, lineMatch{line: i, a: c[0], b: c[1]})
				}
			}
		}
	}
	if d.cur >= len(d.matches) {
		d.cur = 0
	}
	lines := make([]string, len(d.base))
	copy(lines, d.base)
	// group the matches per line
	byLine := map[int][]lipgloss.Range{}
	for j, mt := range d.matches {
		st := m.st.highlight
		if j == d.cur && (d.find != "" || d.jumped) {
			st = m.st.current
		}
		byLine[mt.line] = append(byLine[mt.line], lipgloss.NewRange(mt.a, mt.b, st))
		for _, piece := range mt.more {
			byLine[piece.line] = append(byLine[piece.line], lipgloss.NewRange(piece.a, piece.b, st))
		}
	}
	for i, rs := range byLine {
		lines[i] = lipgloss.StyleRanges(d.base[i], rs...)
	}
	y := d.vp.YOffset()
	d.vp.SetContentLines(lines)
	d.vp.SetYOffset(y)
}

// jump moves to match j and scrolls it into view.
func (d *detailModel) jump(m *Model, j int) {
	if len(d.matches) == 0 {
		return
	}
	d.cur = (j%len(d.matches) + len(d.matches)) % len(d.matches)
	d.jumped = true
	d.applyHighlights(m)
	line := d.matches[d.cur].line
	h := d.vp.Height()
	if line < d.vp.YOffset() || line >= d.vp.YOffset()+h {
		d.vp.SetYOffset(max(0, line-h/3))
	}
}

// firstFrom is the first match at or below the top of the view.
func (d *detailModel) firstFrom(y int) int {
	for j, mt := range d.matches {
		if mt.line >= y {
			return j
		}
	}
	return 0
}

func (d *detailModel) update(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if d.finding {
		switch {
		case key.Matches(msg, k.Accept):
			d.finding = false
			d.input.Blur()
			if len(d.matches) == 0 && d.find != "" {
				m.flash = "not found: " + termsafe.Clean(d.find)
			}
			return nil
		case key.Matches(msg, k.Cancel):
			d.finding = false
			d.input.Blur()
			d.find = ""
			d.applyHighlights(m)
			return nil
		}
		var cmd tea.Cmd
		d.input, cmd = d.input.Update(msg)
		if v := d.input.Value(); v != d.find {
			d.find = v
			d.cur = 0
			d.applyHighlights(m)
			d.jump(m, d.firstFrom(d.vp.YOffset()))
		}
		return cmd
	}
	switch {
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		if d.find != "" && key.Matches(msg, k.Back) && msg.String() == "esc" {
			d.find = ""
			d.input.SetValue("")
			d.applyHighlights(m)
			return nil
		}
		m.pop()
		return nil
	case key.Matches(msg, k.Help):
		m.helpV.open()
		m.push(viewHelp)
	case key.Matches(msg, k.Find):
		d.finding = true
		d.input.SetValue(d.find)
		d.input.CursorEnd()
		return d.input.Focus()
	case key.Matches(msg, k.NextMatch):
		if len(d.matches) == 0 {
			m.flash = "no match to go to (/ finds words in the article)"
			return nil
		}
		if !d.jumped && d.find == "" {
			d.jump(m, d.firstFrom(d.vp.YOffset())) // the first keyword match in view
			return nil
		}
		d.jump(m, d.cur+1)
	case key.Matches(msg, k.PrevMatch):
		if len(d.matches) == 0 {
			m.flash = "no match to go to (/ finds words in the article)"
			return nil
		}
		if !d.jumped && d.find == "" {
			d.jump(m, d.firstFrom(d.vp.YOffset())-1)
			return nil
		}
		d.jump(m, d.cur-1)
	case key.Matches(msg, k.NextArticle):
		if d.pos+1 < m.total {
			return d.show(m, d.pos+1)
		}
		m.flash = "this is the last article of the list"
	case key.Matches(msg, k.PrevArticle):
		if d.pos > 0 {
			return d.show(m, d.pos-1)
		}
		m.flash = "this is the first article of the list"
	case key.Matches(msg, k.Copy):
		url := termsafe.Clean(m.article(d.id).URL)
		if url == "" {
			m.flash = "this article has no URL"
			return nil
		}
		m.flash = "URL copied to the clipboard: " + url
		return tea.SetClipboard(url)
	case key.Matches(msg, k.Up):
		d.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		d.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		d.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		d.vp.PageDown()
	case key.Matches(msg, k.HalfUp):
		d.vp.HalfPageUp()
	case key.Matches(msg, k.HalfDown):
		d.vp.HalfPageDown()
	case key.Matches(msg, k.Top):
		d.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		d.vp.GotoBottom()
	}
	return nil
}

func (d *detailModel) wheel(msg tea.MouseWheelMsg) tea.Cmd {
	var cmd tea.Cmd
	d.vp, cmd = d.vp.Update(msg)
	return cmd
}

func (d *detailModel) view(m *Model) []string {
	a := m.article(d.id)
	pos := fmt.Sprintf("article %s of %s", commas(d.pos+1), commas(m.total))
	out := []string{m.header(termsafe.Clean(a.Title), pos)}
	if !d.ready {
		out = append(out, d.head...)
		out = append(out, "", "  "+m.st.dim.Render("Rendering…"))
		for len(out) < m.height-2 {
			out = append(out, "")
		}
	} else {
		out = append(out, strings.Split(d.vp.View(), "\n")...)
	}
	out = fitLines(out, m.width, m.height-2)
	if d.finding {
		line := d.input.View()
		if d.find != "" {
			if len(d.matches) == 0 {
				line += m.st.err.Render("  not found")
			} else {
				line += m.st.dim.Render("  " + commas(d.cur+1) + "/" + commas(len(d.matches)))
			}
		}
		out = append(out, line)
		out = append(out, m.helpLine("findHelp", m.keys.findHelp()))
		return out
	}
	out = append(out, d.statusLine(m), m.helpLine("detailHelp", m.keys.detailHelp()))
	return out
}

func (d *detailModel) statusLine(m *Model) string {
	if m.flash != "" {
		return m.st.warn.Render(truncate(m.flash, m.width))
	}
	var parts []string
	if d.ready {
		total := d.vp.TotalLineCount()
		first := min(total, d.vp.YOffset()+1)
		last := min(total, d.vp.YOffset()+d.vp.Height())
		pct := 100
		if total > d.vp.Height() {
			pct = int(d.vp.ScrollPercent()*100 + 0.5)
		}
		parts = append(parts, fmt.Sprintf("lines %s–%s of %s (%d%%)", commas(first), commas(last), commas(total), pct))
	}
	if d.find != "" {
		if len(d.matches) == 0 {
			parts = append(parts, m.st.err.Render("“"+termsafe.Clean(d.find)+"” not found"))
		} else {
			parts = append(parts, m.st.chip.Render(fmt.Sprintf("“%s” %s/%s", termsafe.Clean(d.find), commas(d.cur+1), commas(len(d.matches)))))
		}
	} else if len(d.matches) > 0 {
		kw := termsafe.Clean(strings.TrimSpace(m.keyword))
		if d.jumped {
			parts = append(parts, m.st.chip.Render(fmt.Sprintf("“%s” %s/%s", kw, commas(d.cur+1), commas(len(d.matches)))))
		} else {
			parts = append(parts, m.st.chip.Render(fmt.Sprintf("“%s”: %s, n/N go to them", kw, plural(len(d.matches), "match", "matches"))))
		}
	}
	return truncate(strings.Join(parts, m.st.faint.Render(" · ")), m.width)
}

// cursor places the terminal's cursor in the find input.
func (d *detailModel) cursor(m *Model) *tea.Cursor {
	c := d.input.Cursor()
	if c != nil {
		c.Y = m.height - 2
		c.X = min(c.X, m.width-1)
	}
	return c
}

// renderArticle draws an article for width w: title and metadata with Lip
// Gloss, the body with Glamour. Article text is cleaned of control
// characters and escaped so that Markdown punctuation shows as typed, and
// Glamour's output keeps only styling sequences. When the body could not
// be read (err), a message says why where it would be.
func renderArticle(a *model.Article, k renderKey, st styles, body []string, err error) []string {
	head := renderHead(a, k, st)
	if err != nil {
		head = append(head, "")
		for _, l := range wrap(bodyFailure(a.File, err), max(10, k.width-4)) {
			head = append(head, "  "+st.warn.Render(l))
		}
		return head
	}
	return append(head, renderBody(body, k)...)
}

// renderHead draws an article's title and metadata block for width
// k.width, with Lip Gloss only (cheap enough to draw in Update).
func renderHead(a *model.Article, k renderKey, st styles) []string {
	w := k.width
	inner := max(10, w-4)
	var lines []string
	lines = append(lines, "")
	title := termsafe.Clean(a.Title)
	if title == "" {
		title = "(untitled)"
	}
	for _, l := range wrap(title, inner) {
		lines = append(lines, "  "+st.header.Render(l))
	}
	lines = append(lines, "")
	meta := [][2]string{
		{"Date", dateLong(a.Date)},
		{"Outlet", termsafe.Clean(a.Source)},
		{"Author", termsafe.Clean(a.Author)},
		{"URL", termsafe.Clean(a.URL)},
	}
	for i, o := range a.Organisations {
		label := ""
		if i == 0 {
			label = "Bodies"
		}
		desc := termsafe.Clean(o.Name)
		var extra []string
		if o.Primary {
			extra = append(extra, "main")
		}
		if o.Kind != "" {
			extra = append(extra, termsafe.Clean(string(o.Kind)))
		}
		if o.Mentions > 0 {
			extra = append(extra, plural(o.Mentions, "mention", "mentions"))
		}
		if len(extra) > 0 {
			desc += " (" + strings.Join(extra, ", ") + ")"
		}
		meta = append(meta, [2]string{label, desc})
	}
	for _, kv := range meta {
		if kv[1] == "" {
			continue
		}
		for i, l := range wrap(kv[1], max(10, inner-8)) {
			label := "        "
			if i == 0 {
				label = padRight(kv[0], 8)
			}
			lines = append(lines, "  "+st.dim.Render(label)+st.meta.Render(l))
		}
	}
	return append(lines, "  "+st.faint.Render(strings.Repeat("─", inner)))
}

// renderBody renders the paragraphs with Glamour, or plainly wrapped if
// Glamour fails.
func renderBody(body []string, k renderKey) []string {
	var md strings.Builder
	for _, p := range body {
		p = protectMarkdown(p)
		if p == "" {
			continue
		}
		md.WriteString(p)
		md.WriteString("\n\n")
	}
	style := "light"
	switch {
	case k.colorless:
		style = "notty"
	case k.dark:
		style = "dark"
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(k.width))
	var out string
	if err == nil {
		out, err = r.Render(md.String())
	}
	if err != nil {
		var lines []string
		for _, p := range body {
			lines = append(lines, "")
			for _, l := range wrap(termsafe.Clean(p), max(10, k.width-4)) {
				lines = append(lines, "  "+l)
			}
		}
		return lines
	}
	lines := strings.Split(strings.TrimRight(unprotectMarkdown(keepSGR(out)), "\n "), "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	// Glamour does not break words longer than a line (long URLs): break
	// them here, keeping their styling, so nothing is cut off at the edge.
	wrapped := lines[:0:0]
	for _, l := range lines {
		if ansi.StringWidth(l) > k.width {
			wrapped = append(wrapped, strings.Split(ansi.Hardwrap(l, k.width, true), "\n")...)
			continue
		}
		wrapped = append(wrapped, l)
	}
	return wrapped
}

// findAcrossLines finds the folded needle in the rendered lines: within each
// line, and across the break between two lines of a paragraph, where the
// wrapping may have split the words of a match whatever the width. A match
// never spans a blank line (a paragraph break).
func findAcrossLines(lines []string, needle string) []lineMatch {
	if needle == "" {
		return nil
	}
	var out []lineMatch
	for i, l := range lines {
		for _, c := range spanCols(l, foldedFind(l, needle)) {
			out = append(out, lineMatch{line: i, a: c[0], b: c[1]})
		}
		if i+1 >= len(lines) {
			continue
		}
		left := strings.TrimRight(l, " ")
		next := lines[i+1]
		right := strings.TrimLeft(next, " ")
		if left == "" || right == "" {
			continue
		}
		off := len(next) - len(right) // where right starts in the next line
		for _, sp := range foldedFind(left+" "+right, needle) {
			if sp[0] >= len(left) || sp[1] <= len(left)+1 {
				continue // wholly on one line: found above
			}
			first := spanCols(l, [][2]int{{sp[0], len(left)}})
			second := spanCols(next, [][2]int{{off, off + sp[1] - len(left) - 1}})
			if len(first) == 1 && len(second) == 1 {
				out = append(out, lineMatch{line: i, a: first[0][0], b: first[0][1],
					more: []lineMatch{{line: i + 1, a: second[0][0], b: second[0][1]}}})
			}
		}
	}
	return out
}
