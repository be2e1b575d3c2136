package ui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// styles are built per session from what is known of that session's
// terminal (dark or light background, colour or not), never kept in package
// globals: over SSH every reader has a terminal of its own. Colour depth is
// reduced by the Bubble Tea program for its output's profile.
type styles struct {
	dark, colorless bool

	app, header, dim, faint, title, selTitle, selMark, meta, selMeta, warn, err lipgloss.Style
	chip, chipKey, highlight, current, bar, barInferred, border, preview        lipgloss.Style
	helpKey, helpDesc, helpTitle                                                lipgloss.Style
	help                                                                        help.Styles
	accent                                                                      color.Color

	// the same styles as paints, for the rows drawn on every frame
	p paints
}

// paints are the styles of the list and the preview as paints.
type paints struct {
	header, dim, title, selTitle, selMark, meta, selMeta, highlight, border, preview, warn paint
}

func (s *styles) makePaints() {
	s.p = paints{
		header: newPaint(s.header), dim: newPaint(s.dim), title: newPaint(s.title),
		selTitle: newPaint(s.selTitle), selMark: newPaint(s.selMark), meta: newPaint(s.meta),
		selMeta: newPaint(s.selMeta), highlight: newPaint(s.highlight), border: newPaint(s.border),
		preview: newPaint(s.preview), warn: newPaint(s.warn),
	}
}

func newStyles(dark, colorless bool) styles {
	ld := lipgloss.LightDark(dark)
	s := styles{dark: dark, colorless: colorless}
	base := lipgloss.NewStyle()
	if colorless {
		s.app = base.Bold(true).Reverse(true).Padding(0, 1)
		s.header = base.Bold(true)
		s.dim = base
		s.faint = base.Faint(true)
		s.title = base
		s.selTitle = base.Bold(true).Underline(true)
		s.selMark = base.Bold(true)
		s.meta = base
		s.selMeta = base
		s.warn = base.Bold(true)
		s.err = base.Bold(true)
		s.chip = base.Bold(true)
		s.chipKey = base.Faint(true)
		s.highlight = base.Reverse(true)
		s.current = base.Reverse(true).Bold(true).Underline(true)
		s.bar = base
		s.barInferred = base.Faint(true)
		s.border = base
		s.preview = base
		s.helpKey = base.Bold(true)
		s.helpDesc = base
		s.helpTitle = base.Bold(true).Underline(true)
		s.help = help.Styles{
			ShortKey: s.helpKey, ShortDesc: base, ShortSeparator: base,
			FullKey: s.helpKey, FullDesc: base, FullSeparator: base, Ellipsis: base,
		}
		s.makePaints()
		return s
	}
	accent := ld(lipgloss.Color("#5A56E0"), lipgloss.Color("#A49FFF"))
	s.accent = accent
	dimC := ld(lipgloss.Color("#737373"), lipgloss.Color("#8C8C8C"))
	faintC := ld(lipgloss.Color("#A0A0A0"), lipgloss.Color("#5C5C5C"))
	textC := ld(lipgloss.Color("#1A1A1A"), lipgloss.Color("#DDDDDD"))
	s.app = base.Bold(true).Foreground(lipgloss.Color("#FFFDF5")).Background(lipgloss.Color("#5A56E0")).Padding(0, 1)
	s.header = base.Bold(true).Foreground(textC)
	s.dim = base.Foreground(dimC)
	s.faint = base.Foreground(faintC)
	s.title = base.Foreground(textC)
	s.selTitle = base.Bold(true).Foreground(accent)
	s.selMark = base.Foreground(accent)
	s.meta = base.Foreground(dimC)
	s.selMeta = base.Foreground(ld(lipgloss.Color("#7D79F0"), lipgloss.Color("#7F7BD6")))
	s.warn = base.Foreground(ld(lipgloss.Color("#B35900"), lipgloss.Color("#F0A35E")))
	s.err = base.Bold(true).Foreground(ld(lipgloss.Color("#C0143C"), lipgloss.Color("#FF6B81")))
	s.chip = base.Foreground(ld(lipgloss.Color("#0B6E4F"), lipgloss.Color("#7EE0B5"))).Bold(true)
	s.chipKey = base.Foreground(faintC)
	s.highlight = base.Foreground(lipgloss.Color("#1A1A1A")).Background(ld(lipgloss.Color("#FFE28A"), lipgloss.Color("#E8C547")))
	s.current = base.Foreground(lipgloss.Color("#FFFFFF")).Background(ld(lipgloss.Color("#D9480F"), lipgloss.Color("#E8590C"))).Bold(true)
	s.bar = base.Foreground(accent)
	s.barInferred = base.Foreground(ld(lipgloss.Color("#B35900"), lipgloss.Color("#F0A35E")))
	s.border = base.Foreground(faintC)
	s.preview = base.Foreground(textC)
	s.helpKey = base.Foreground(ld(lipgloss.Color("#4A4A4A"), lipgloss.Color("#B0B0B0"))).Bold(true)
	s.helpDesc = base.Foreground(dimC)
	s.helpTitle = base.Bold(true).Foreground(accent)
	s.help = help.DefaultStyles(dark)
	s.makePaints()
	return s
}
