package ui

import (
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/ui/termsafe"
)

// orgsModel lists every union body with its number of articles, sorted by
// count or by name, narrowed by typing; enter restricts the list to the
// chosen body's articles. Counts are taken over the articles matching the
// other constraints (keyword and period).
type orgsModel struct {
	all            []orgEntry // every body, from the engine
	counts         []int      // per entry: articles among the base list
	shown          []int      // indices into all, in display order
	byName         bool
	input          textinput.Model
	typing         bool
	cursor, offset int
	total          int
}

func newOrgs() orgsModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "part of a name or abbreviation, diacritics optional"
	in.SetVirtualCursor(false)
	in.CharLimit = 128
	return orgsModel{input: in}
}

func (o *orgsModel) restyle(st styles) {
	s := textinput.DefaultStyles(st.dark)
	s.Focused.Prompt = st.selMark
	s.Blurred.Prompt = st.dim
	s.Focused.Placeholder = st.faint
	s.Blurred.Placeholder = st.faint
	o.input.SetStyles(s)
}

func (o *orgsModel) open(m *Model) {
	if o.all == nil {
		o.all = m.eng.orgs()
	}
	// base: the articles matching every constraint but the organisation
	base, _, err := m.matches(byDate, false, true, 0)
	if err != nil {
		base = nil
	}
	in := make([]bool, len(m.c.Articles))
	for _, id := range base {
		in[id] = true
	}
	o.total = len(base)

	o.counts = make([]int, len(o.all))
	for i, e := range o.all {
		n := 0
		for _, id := range e.IDs {
			if in[id] {
				n++
			}
		}
		o.counts[i] = n
	}
	o.typing = false
	o.input.Blur()
	o.input.SetValue("")
	o.narrow()
	o.cursor, o.offset = 0, 0
	for i, j := range o.shown {
		if o.all[j].Name == m.org {
			o.cursor = i
		}
	}
	o.clamp(m)
}

// narrow recomputes the shown bodies from the typed text and sort order.
func (o *orgsModel) narrow() {
	words := foldedWords(o.input.Value())
	o.shown = o.shown[:0]
	for i := range o.all {
		if o.counts[i] > 0 && o.all[i].matchWords(words) {
			o.shown = append(o.shown, i)
		}
	}
	sort.SliceStable(o.shown, func(a, b int) bool {
		ea, eb := o.all[o.shown[a]], o.all[o.shown[b]]
		if !o.byName {
			ca, cb := o.counts[o.shown[a]], o.counts[o.shown[b]]
			if ca != cb {
				return ca > cb
			}
		}
		fa, fb := model.Fold(ea.Name), model.Fold(eb.Name)
		if fa != fb {
			return fa < fb
		}
		return ea.Name < eb.Name
	})
}

func (o *orgsModel) rows(m *Model) int {
	h := m.height - 5
	if o.typing || o.input.Value() != "" {
		h--
	}
	return max(1, h)
}

func (o *orgsModel) clamp(m *Model) {
	l := listModel{cursor: o.cursor, offset: o.offset}
	l.clamp(len(o.shown), o.rows(m))
	o.cursor, o.offset = l.cursor, l.offset
}

func (o *orgsModel) move(d, rows int) {
	l := listModel{cursor: o.cursor + d, offset: o.offset}
	l.clamp(len(o.shown), rows)
	o.cursor, o.offset = l.cursor, l.offset
}

func (o *orgsModel) choose(m *Model) {
	if o.cursor < len(o.shown) {
		e := o.all[o.shown[o.cursor]]
		m.setOrg(e.Name, e.IDs)
		m.pop()
	}
}

func (o *orgsModel) update(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if o.typing {
		switch {
		case key.Matches(msg, k.Accept):
			// Enter chooses the selected body at once: narrowing is only
			// ever a way to find one, and a second Enter felt like a dead
			// key. With nothing left to choose it just ends the typing.
			o.typing = false
			o.input.Blur()
			o.clamp(m)
			o.choose(m)
			return nil
		case key.Matches(msg, k.Cancel):
			o.typing = false
			o.input.Blur()
			o.input.SetValue("")
			o.narrow()
			o.cursor = 0
			o.clamp(m)
			return nil
		case key.Matches(msg, k.SelectUp):
			o.move(-1, o.rows(m))
			return nil
		case key.Matches(msg, k.SelectDown):
			o.move(1, o.rows(m))
			return nil
		}
		var cmd tea.Cmd
		before := o.input.Value()
		o.input, cmd = o.input.Update(msg)
		if o.input.Value() != before {
			o.narrow()
			o.cursor, o.offset = 0, 0
			o.clamp(m)
		}
		return cmd
	}
	if listNav(k, msg, &o.cursor, len(o.shown), o.rows(m)) {
		o.clamp(m)
		return nil
	}
	switch {
	case key.Matches(msg, k.Choose):
		o.choose(m)
	case key.Matches(msg, k.OrgInfo):
		if o.cursor < len(o.shown) {
			m.info.open(m, o.all[o.shown[o.cursor]].Name)
			m.push(viewOrgInfo)
		}
	case key.Matches(msg, k.NarrowOrgs):
		o.typing = true
		o.input.CursorEnd()
		return o.input.Focus()
	case key.Matches(msg, k.OrgSort):
		o.byName = !o.byName
		o.narrow()
		o.cursor, o.offset = 0, 0
		o.clamp(m)
	case key.Matches(msg, k.Back):
		if o.input.Value() != "" && msg.String() == "esc" {
			o.input.SetValue("")
			o.narrow()
			o.clamp(m)
			return nil
		}
		m.pop()
	case key.Matches(msg, k.Orgs), key.Matches(msg, k.Quit):
		m.pop()
	case key.Matches(msg, k.Help):
		m.helpV.open()
		m.push(viewHelp)
	}
	return nil
}

func (o *orgsModel) view(m *Model) []string {
	order := "by number of articles"
	if o.byName {
		order = "by name"
	}
	out := []string{m.header("Organisations", plural(len(o.shown), "body", "bodies")+" in "+plural(o.total, "article", "articles")+m.scopeNote(cOrg)+", "+order)}
	if o.typing || o.input.Value() != "" {
		out = append(out, o.input.View())
	}
	out = append(out, "")
	rows := o.rows(m)
	if len(o.shown) == 0 {
		if len(o.all) == 0 {
			out = append(out, "  No union body was recognised in these articles.")
		} else {
			out = append(out, "  No body matches.")
		}
	}
	lw := m.width
	wide := m.width >= previewWidth
	if wide {
		lw = m.width * 11 / 20
	}
	nameW := max(10, lw-22)
	end := min(len(o.shown), o.offset+rows)
	for i := o.offset; i < end; i++ {
		e := o.all[o.shown[i]]
		sel := i == o.cursor
		mark := "  "
		ns := m.st.title
		if sel {
			mark = m.st.selMark.Render("▌ ")
			ns = m.st.selTitle
		}
		name := truncate(termsafe.Clean(e.Name), nameW)
		kind := ""
		if e.Kind != "" {
			kind = m.st.faint.Render(" " + termsafe.Clean(string(e.Kind)))
		}
		cnt := m.st.meta.Render(padLeft(commas(o.counts[o.shown[i]]), 7))
		line := mark + cnt + "  " + ns.Render(name)
		if e.Name == m.org {
			line += m.st.chip.Render(" ✓")
		}
		out = append(out, line+kind)
	}
	for len(out) < m.height-2 {
		out = append(out, "")
	}
	if wide && o.cursor < len(o.shown) {
		first := 2
		if o.typing || o.input.Value() != "" {
			first = 3
		}
		pane := m.info.summary(m, &o.all[o.shown[o.cursor]], m.width-lw-3, m.height-2-first)
		bar := m.st.border.Render("│")
		for i := first; i < len(out); i++ {
			p := ""
			if j := i - first; j < len(pane) {
				p = pane[j]
			}
			out[i] = padRight(truncate(out[i], lw), lw) + " " + bar + " " + p
		}
	}
	status := "enter shows the chosen body's articles; i tells more about it"
	if o.cursor < len(o.shown) {
		if al := o.all[o.shown[o.cursor]].Aliases; len(al) > 0 {
			var cleaned []string
			for _, a := range al {
				if a != o.all[o.shown[o.cursor]].Name {
					cleaned = append(cleaned, termsafe.Clean(a))
				}
			}
			if len(cleaned) > 0 {
				status = "also written: " + strings.Join(cleaned, " · ")
			}
		}
	}
	out = append(out, m.st.dim.Render(truncate(status, m.width)))
	out = append(out, m.helpLine("orgsHelp", m.keys.orgsHelp()))
	return out
}

// cursor places the terminal's cursor in the narrowing input.
func (o *orgsModel) cursorPos(m *Model) *tea.Cursor {
	c := o.input.Cursor()
	if c != nil {
		c.Y = 1
		c.X = min(c.X, m.width-1)
	}
	return c
}
