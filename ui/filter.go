package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
)

// filterModel is the keyword input above the list. The list narrows on
// every keystroke; enter keeps the keyword, esc clears it.
type filterModel struct {
	input textinput.Model
}

func newFilter() filterModel {
	in := textinput.New()
	in.Prompt = "/ "
	in.Placeholder = "words to find (diacritics optional), \"a phrase\", -exclude"
	in.SetVirtualCursor(false)
	in.CharLimit = 256
	return filterModel{input: in}
}

func (f *filterModel) restyle(st styles) {
	s := textinput.DefaultStyles(st.dark)
	s.Focused.Prompt = st.selMark
	s.Blurred.Prompt = st.dim
	s.Focused.Placeholder = st.faint
	s.Blurred.Placeholder = st.faint
	f.input.SetStyles(s)
}

func (f *filterModel) open(m *Model) tea.Cmd {
	m.push(viewFilter)
	f.input.SetValue(m.keyword)
	f.input.CursorEnd()
	m.moveList(0)
	return f.input.Focus()
}

func (f *filterModel) update(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	switch {
	case key.Matches(msg, k.Accept):
		f.input.Blur()
		m.pop()
		m.moveList(0)
		return nil
	case key.Matches(msg, k.Cancel):
		f.input.Blur()
		f.input.SetValue("")
		m.pop()
		m.setKeyword("")
		return nil
	case key.Matches(msg, k.SelectUp):
		m.moveList(-1)
		return nil
	case key.Matches(msg, k.SelectDown):
		m.moveList(1)
		return nil
	case msg.String() == "pgdown":
		m.moveList(m.listRows())
		return nil
	case msg.String() == "pgup":
		m.moveList(-m.listRows())
		return nil
	}
	var cmd tea.Cmd
	before := f.input.Value()
	f.input, cmd = f.input.Update(msg)
	if v := f.input.Value(); v != before {
		m.setKeyword(v)
	}
	return cmd
}

// line is the input line shown under the header while filtering.
func (f *filterModel) line(m *Model) string {
	return f.input.View()
}

// cursor places the terminal's cursor in the input.
func (f *filterModel) cursor(m *Model) *tea.Cursor {
	c := f.input.Cursor()
	if c != nil {
		c.Y = 1
		c.X = min(c.X, m.width-1)
	}
	return c
}
