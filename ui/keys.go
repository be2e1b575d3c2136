package ui

import "charm.land/bubbles/v2/key"

// keyMap holds every binding of the reader. Behaviour (Update) and help
// (the short line at the bottom and the full help view) both read these
// values, so they cannot drift apart.
type keyMap struct {
	// moving in lists and pages
	Up, Down, PageUp, PageDown, HalfUp, HalfDown, Top, Bottom key.Binding
	// list
	Open, Filter, Orgs, Dates, Sort             key.Binding
	ClearKeyword, ClearOrg, ClearPeriod, Back   key.Binding
	Help, Quit, ForceQuit                       key.Binding
	NextArticle, PrevArticle, Find, NextMatch   key.Binding
	PrevMatch, Copy                             key.Binding
	Accept, Cancel, Choose, OrgSort, NarrowOrgs key.Binding
	SelectUp, SelectDown                        key.Binding
	OrgInfo, OpenRelated, DropLast              key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Up:       key.NewBinding(key.WithKeys("k", "up"), key.WithHelp("↑/k", "up")),
		Down:     key.NewBinding(key.WithKeys("j", "down"), key.WithHelp("↓/j", "down")),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup/b", "page up")),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "space", "f"), key.WithHelp("pgdn/space", "page down")),
		HalfUp:   key.NewBinding(key.WithKeys("u", "ctrl+u"), key.WithHelp("u", "½ page up")),
		HalfDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "½ page down")),
		Top:      key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:   key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),

		Open:         key.NewBinding(key.WithKeys("enter", "l", "right"), key.WithHelp("enter", "open")),
		Filter:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		Orgs:         key.NewBinding(key.WithKeys("o"), key.WithHelp("o", "organisations")),
		Dates:        key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "dates")),
		Sort:         key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "relevance/date order")),
		ClearKeyword: key.NewBinding(key.WithKeys("K"), key.WithHelp("K", "drop keyword")),
		ClearOrg:     key.NewBinding(key.WithKeys("O"), key.WithHelp("O", "drop organisation")),
		ClearPeriod:  key.NewBinding(key.WithKeys("D"), key.WithHelp("D", "drop period")),
		Back:         key.NewBinding(key.WithKeys("esc", "h", "left"), key.WithHelp("esc", "back")),
		DropLast:     key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "drop the last constraint")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:         key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		ForceQuit:    key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit now")),

		NextArticle: key.NewBinding(key.WithKeys("]"), key.WithHelp("]", "next article")),
		PrevArticle: key.NewBinding(key.WithKeys("["), key.WithHelp("[", "previous article")),
		Find:        key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "find in article")),
		NextMatch:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:   key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Copy:        key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "copy URL")),

		Accept:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "keep")),
		Cancel:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear")),
		Choose:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "restrict list")),
		OrgSort:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "sort by count/name")),
		NarrowOrgs:  key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "narrow")),
		SelectUp:    key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous in the list")),
		OrgInfo:     key.NewBinding(key.WithKeys("i", "tab", "right", "l"), key.WithHelp("i/tab", "about the body")),
		OpenRelated: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open (list, or related body)")),
		SelectDown:  key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next in the list")),
	}
}

// helpGroup is one titled block of the full help view.
type helpGroup struct {
	title    string
	bindings []key.Binding
}

func (k keyMap) fullHelp() []helpGroup {
	return []helpGroup{
		{"Everywhere", []key.Binding{k.Up, k.Down, k.PageDown, k.PageUp, k.HalfDown, k.HalfUp, k.Top, k.Bottom, k.Back, k.Help, k.ForceQuit}},
		{"Article list", []key.Binding{k.Open, k.Filter, k.Orgs, k.Dates, k.Sort, k.ClearKeyword, k.ClearOrg, k.ClearPeriod, k.DropLast, k.Quit}},
		{"Filter (while typing)", []key.Binding{k.SelectDown, k.SelectUp, k.Accept, k.Cancel}},
		{"Article", []key.Binding{k.NextArticle, k.PrevArticle, k.Find, k.NextMatch, k.PrevMatch, k.Copy}},
		{"Organisations", []key.Binding{k.Choose, k.OrgInfo, k.OrgSort, k.NarrowOrgs}},
		{"About a body", []key.Binding{k.OpenRelated, k.Back}},
		{"Dates", []key.Binding{k.Choose}},
	}
}

func (k keyMap) listHelp() []key.Binding {
	return []key.Binding{k.Open, k.Filter, k.Orgs, k.Dates, k.Help, k.Quit, k.Sort, k.DropLast}
}

func (k keyMap) filterHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Cancel, k.SelectDown, k.SelectUp}
}

func (k keyMap) detailHelp() []key.Binding {
	return []key.Binding{k.Back, k.Find, k.NextMatch, k.PrevMatch, k.NextArticle, k.PrevArticle, k.Copy, k.Help, k.PageDown, k.Top}
}

func (k keyMap) findHelp() []key.Binding {
	return []key.Binding{k.Accept, k.Cancel}
}

func (k keyMap) orgsHelp() []key.Binding {
	return []key.Binding{k.Choose, k.OrgInfo, k.NarrowOrgs, k.OrgSort, k.Back, k.Help}
}

func (k keyMap) orgInfoHelp() []key.Binding {
	return []key.Binding{k.OpenRelated, k.Down, k.Back, k.Help}
}

func (k keyMap) datesHelp() []key.Binding {
	return []key.Binding{k.Choose, k.Back, k.Help, k.Down}
}

func (k keyMap) helpHelp() []key.Binding {
	return []key.Binding{k.Down, k.Back, k.ForceQuit}
}
