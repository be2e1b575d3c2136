package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// helpModel is the full help: every binding, grouped by view, built from
// the same key.Binding values that drive the views.
type helpModel struct {
	offset int
}

func (h *helpModel) open() { h.offset = 0 }

func (h *helpModel) scroll(d int) { h.offset = max(0, h.offset+d) }

func (h *helpModel) update(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Down):
		h.scroll(1)
	case key.Matches(msg, k.Up):
		h.scroll(-1)
	case key.Matches(msg, k.PageDown):
		h.scroll(m.height - 4)
	case key.Matches(msg, k.PageUp):
		h.scroll(-(m.height - 4))
	case key.Matches(msg, k.Top):
		h.offset = 0
	case key.Matches(msg, k.Back), key.Matches(msg, k.Help), key.Matches(msg, k.Quit):
		m.pop()
	}
	return nil
}

// helpColumn is the width of one column of the full help.
const helpColumn = 46

func (h *helpModel) lines(m *Model) []string {
	var blocks [][]string
	keyW := 12
	for _, g := range m.keys.fullHelp() {
		block := []string{"  " + m.st.helpTitle.Render(g.title)}
		for _, b := range g.bindings {
			hb := b.Help()
			block = append(block, "    "+m.st.helpKey.Render(padRight(hb.Key, keyW))+" "+m.st.helpDesc.Render(hb.Desc))
		}
		blocks = append(blocks, append(block, ""))
	}
	var out []string
	if m.width >= 2*helpColumn {
		// two columns: fill the left one with the first half of the lines
		total := 0
		for _, b := range blocks {
			total += len(b)
		}
		var left, right []string
		for _, b := range blocks {
			if len(left) < total/2 {
				left = append(left, b...)
			} else {
				right = append(right, b...)
			}
		}
		for i := 0; i < max(len(left), len(right)); i++ {
			l, r := "", ""
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			out = append(out, padRight(l, helpColumn)+r)
		}
	} else {
		for _, b := range blocks {
			out = append(out, b...)
		}
	}
	out = append(out,
		"  "+m.st.helpTitle.Render("Marks"),
		"    "+m.st.helpDesc.Render("2022-11-07~   year inferred from the article's text"),
		"    "+m.st.helpDesc.Render("no date       no publication date found"),
		"    "+m.st.helpDesc.Render("“words” K     an active constraint and the key that drops it"),
		"",
		"  "+m.st.helpTitle.Render("Filter syntax"),
		"    "+m.st.helpDesc.Render("cong doan     every word must match; case and diacritics are ignored"),
		"    "+m.st.helpDesc.Render("\"ha noi\"      words adjacent, in that order"),
		"    "+m.st.helpDesc.Render("-word         exclude articles containing word"),
	)
	return out
}

func (h *helpModel) view(m *Model) []string {
	all := h.lines(m)
	rows := max(1, m.height-4)
	h.offset = min(h.offset, max(0, len(all)-rows))
	end := min(len(all), h.offset+rows)
	note := "every key"
	if len(all) > rows {
		note = fmt.Sprintf("lines %s–%s of %s, j/k scroll", commas(h.offset+1), commas(end), commas(len(all)))
	}
	out := []string{m.header("Help", note), ""}
	out = append(out, all[h.offset:end]...)
	for len(out) < m.height-1 {
		out = append(out, "")
	}
	return append(out, m.helpLine("helpHelp", m.keys.helpHelp()))
}
