package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/bantin/bantin/ui/termsafe"
)

// orgInfoModel tells about one union body: its kind, the forms it is
// written in, the body above it and those below, and the bodies most often
// named in the same articles. Each related body opens in turn (esc comes
// back); the first line restricts the list to the body's articles.
type orgInfoModel struct {
	history []string // bodies viewed, the current one last
	lines   []infoLine
	cursor  int // index into lines, always on a selectable line
	offset  int
}

// infoLine is one line of the view; target, when set, is a body it opens
// (or, with list set, the body whose articles it shows).
type infoLine struct {
	text   string
	target string
	list   bool
}

func (v *orgInfoModel) open(m *Model, name string) {
	v.history = append(v.history, name)
	v.build(m)
}

func (v *orgInfoModel) current() string {
	if len(v.history) == 0 {
		return ""
	}
	return v.history[len(v.history)-1]
}

// entry finds a body by name among the session's organisations.
func (m *Model) orgEntry(name string) *orgEntry {
	if m.orgs.all == nil {
		m.orgs.all = m.eng.orgs()
	}
	for i := range m.orgs.all {
		if m.orgs.all[i].Name == name {
			return &m.orgs.all[i]
		}
	}
	return nil
}

func (v *orgInfoModel) build(m *Model) {
	v.lines = v.lines[:0]
	v.cursor, v.offset = 0, 0
	e := m.orgEntry(v.current())
	if e == nil {
		v.lines = append(v.lines, infoLine{text: "This body is not named in these articles."})
		return
	}
	add := func(text, target string) { v.lines = append(v.lines, infoLine{text: text, target: target}) }
	v.lines = append(v.lines, infoLine{text: "Show its " + plural(len(e.IDs), "article", "articles"), target: e.Name, list: true})
	for _, l := range v.details(m, e) {
		add(l.text, l.target)
	}
	for i, l := range v.lines {
		if l.target != "" {
			v.cursor = i
			break
		}
	}
}

// details are the lines about e shared by this view and the preview pane
// of the organisations view.
func (v *orgInfoModel) details(m *Model, e *orgEntry) []infoLine {
	var out []infoLine
	add := func(text, target string) { out = append(out, infoLine{text: text, target: target}) }
	known := func(name string) string {
		if m.orgEntry(name) != nil {
			return name
		}
		return ""
	}
	add("", "")
	if e.Kind != "" {
		add("Kind      "+termsafe.Clean(string(e.Kind)), "")
	}
	if e.org != nil {
		add(fmt.Sprintf("Named     %s in %s (main subject of %s)",
			plural(e.org.Mentions, "time", "times"), plural(len(e.IDs), "article", "articles"), commas(e.org.Primary)), "")
	}
	if len(e.Aliases) > 0 {
		add("", "")
		add("Written as", "")
		for i, a := range e.Aliases {
			if i == 8 {
				add("  … and "+commas(len(e.Aliases)-8)+" more", "")
				break
			}
			n := ""
			if e.org != nil && i < len(e.org.Aliases) {
				n = " (" + plural(e.org.Aliases[i].Mentions, "time", "times") + ")"
			}
			add("  "+termsafe.Clean(a)+n, "")
		}
	}
	if e.org == nil {
		return out
	}
	if e.org.Parent != "" {
		add("", "")
		add("Part of (the body above it)", "")
		add("  "+termsafe.Clean(e.org.Parent), known(e.org.Parent))
	}
	if len(e.org.Children) > 0 {
		add("", "")
		add("Includes (the bodies below it)", "")
		for _, c := range e.org.Children {
			add("  "+termsafe.Clean(c), known(c))
		}
	}
	if len(e.org.CoOccurs) > 0 {
		add("", "")
		add("Named in the same articles as", "")
		for _, c := range e.org.CoOccurs {
			add(fmt.Sprintf("  %s (%s)", termsafe.Clean(c.Name), plural(c.Articles, "article", "articles")), known(c.Name))
		}
	}
	return out
}

// summary is the preview pane of the organisations view.
func (v *orgInfoModel) summary(m *Model, e *orgEntry, w, h int) []string {
	out := []string{}
	for _, l := range wrap(termsafe.Clean(e.Name), w) {
		out = append(out, m.st.header.Render(l))
	}
	for _, l := range v.details(m, e) {
		st := m.st.meta
		if l.target == "" && !strings.HasPrefix(l.text, " ") {
			st = m.st.dim
		}
		out = append(out, st.Render(truncate(l.text, w)))
		if len(out) >= h {
			break
		}
	}
	return out
}

func (v *orgInfoModel) rows(m *Model) int { return max(1, m.height-5) }

// move goes to the next (d > 0) or previous selectable line, |d| times.
func (v *orgInfoModel) move(d int, m *Model) {
	step := 1
	if d < 0 {
		step, d = -1, -d
	}
	for ; d > 0; d-- {
		for i := v.cursor + step; i >= 0 && i < len(v.lines); i += step {
			if v.lines[i].target != "" {
				v.cursor = i
				break
			}
		}
	}
	rows := v.rows(m)
	if v.cursor < v.offset {
		v.offset = v.cursor
	}
	if v.cursor >= v.offset+rows {
		v.offset = v.cursor - rows + 1
	}
	if v.cursor == v.firstSelectable() {
		v.offset = 0
	}
}

func (v *orgInfoModel) firstSelectable() int {
	for i, l := range v.lines {
		if l.target != "" {
			return i
		}
	}
	return 0
}

func (v *orgInfoModel) update(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Up):
		v.move(-1, m)
	case key.Matches(msg, k.Down):
		v.move(1, m)
	case key.Matches(msg, k.Top):
		v.cursor = 0
		v.move(1, m)
		v.cursor = v.firstSelectable()
		v.offset = 0
	case key.Matches(msg, k.Bottom), key.Matches(msg, k.PageDown):
		v.move(len(v.lines), m)
	case key.Matches(msg, k.PageUp):
		v.move(-len(v.lines), m)
	case key.Matches(msg, k.OpenRelated):
		if v.cursor >= len(v.lines) {
			return nil
		}
		l := v.lines[v.cursor]
		switch {
		case l.list:
			if e := m.orgEntry(l.target); e != nil {
				m.setOrg(e.Name, e.IDs)
				v.history = nil
				m.stack = []viewID{viewList}
			}
		case l.target != "":
			v.open(m, l.target)
		}
	case key.Matches(msg, k.Back), key.Matches(msg, k.Quit):
		v.history = v.history[:max(0, len(v.history)-1)]
		if len(v.history) == 0 {
			m.pop()
			return nil
		}
		v.build(m)
	case key.Matches(msg, k.Help):
		m.helpV.open()
		m.push(viewHelp)
	}
	return nil
}

func (v *orgInfoModel) view(m *Model) []string {
	crumbs := ""
	if len(v.history) > 1 {
		crumbs = fmt.Sprintf("%d deep, esc goes back", len(v.history))
	}
	out := []string{m.header(termsafe.Clean(v.current()), crumbs), ""}
	rows := v.rows(m)
	end := min(len(v.lines), v.offset+rows)
	for i := v.offset; i < end; i++ {
		l := v.lines[i]
		mark := "  "
		var st lipgloss.Style
		switch {
		case i == v.cursor && l.target != "":
			mark = m.st.selMark.Render("▌ ")
			st = m.st.selTitle
		case l.target != "":
			st = m.st.title
		case !strings.HasPrefix(l.text, " "):
			st = m.st.dim
		default:
			st = m.st.meta
		}
		text := l.text
		if l.list {
			text = "▸ " + text
		}
		out = append(out, mark+st.Render(truncate(text, m.width-2)))
	}
	for len(out) < m.height-2 {
		out = append(out, "")
	}
	out = append(out, m.st.dim.Render(truncate("enter on a body tells about it; on the first line, lists its articles", m.width)))
	return append(out, m.helpLine("orgInfoHelp", m.keys.orgInfoHelp()))
}
