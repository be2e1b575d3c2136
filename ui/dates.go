package ui

import (
	"fmt"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/bantin/bantin/model"
)

// period is a date constraint: a year, a month of a year, or the articles
// whose date is unknown. The zero value is no constraint.
type period struct {
	Year, Month int
	Unknown     bool
}

func (p period) active() bool { return p.Year > 0 || p.Unknown }

func (p period) contains(d model.Date) bool {
	if p.Unknown {
		return !d.Known()
	}
	if !d.Known() || d.Year != p.Year {
		return false
	}
	return p.Month == 0 || d.Month == p.Month
}

func (p period) String() string {
	switch {
	case p.Unknown:
		return "date unknown"
	case p.Month > 0:
		return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
	case p.Year > 0:
		return fmt.Sprintf("%04d", p.Year)
	}
	return ""
}

// dateRow is one line of the timeline: a year, a month, or the unknown dates.
type dateRow struct {
	per      period
	count    int
	inferred int
}

// datesModel is the timeline of years and months with article counts. The
// counts are taken over the list as narrowed by the other constraints
// (keyword and organisation), so it shows when a body or topic was in the
// news.
type datesModel struct {
	rows           []dateRow
	cursor, offset int
	total          int
	maxYear        int
	maxMonth       int
}

func (d *datesModel) open(m *Model) {
	// base: the articles matching every constraint but the period
	saved := m.per
	base, _, err := m.matches(byDate, true, false, 0)
	if err != nil {
		base = nil
	}

	type ym struct{ y, m int }
	years := map[int]*dateRow{}
	months := map[ym]*dateRow{}
	unknown := &dateRow{per: period{Unknown: true}}
	for _, id := range base {
		dt := m.c.Articles[id].Date
		if !dt.Known() {
			unknown.count++
			continue
		}
		inf := 0
		if dt.Precision == model.PrecisionInferred {
			inf = 1
		}
		y := years[dt.Year]
		if y == nil {
			y = &dateRow{per: period{Year: dt.Year}}
			years[dt.Year] = y
		}
		y.count++
		y.inferred += inf
		if dt.Month < 1 || dt.Month > 12 {
			continue // not a month: counted in its year only
		}
		mo := months[ym{dt.Year, dt.Month}]
		if mo == nil {
			mo = &dateRow{per: period{Year: dt.Year, Month: dt.Month}}
			months[ym{dt.Year, dt.Month}] = mo
		}
		mo.count++
		mo.inferred += inf
	}
	ys := make([]int, 0, len(years))
	for y := range years {
		ys = append(ys, y)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(ys)))
	d.rows = d.rows[:0]
	d.maxYear, d.maxMonth = 1, 1
	for _, y := range ys {
		d.rows = append(d.rows, *years[y])
		d.maxYear = max(d.maxYear, years[y].count)
		for mo := 12; mo >= 1; mo-- {
			if r := months[ym{y, mo}]; r != nil {
				d.rows = append(d.rows, *r)
				d.maxMonth = max(d.maxMonth, r.count)
			}
		}
	}
	if unknown.count > 0 {
		d.rows = append(d.rows, *unknown) // drawn on the years' scale
	}
	d.total = len(base)
	d.cursor, d.offset = 0, 0
	for i, r := range d.rows {
		if saved.active() && r.per == saved {
			d.cursor = i
		}
	}
	d.clamp(m)
}

func (d *datesModel) visibleRows(m *Model) int { return max(1, m.height-6) }

// monthLabel names a month as Vietnamese text does: "tháng 5/2024".
func monthLabel(year, month int) string {
	return fmt.Sprintf("tháng %d/%d", month, year)
}

// scaleNote says what the bars measure: years and months have scales of
// their own (a month's bar would be a sliver on the years' scale).
func (d *datesModel) scaleNote(w int) string {
	for _, s := range []string{
		fmt.Sprintf("Bars: years against the busiest year (%s), months against the busiest month (%s)",
			plural(d.maxYear, "article", "articles"), commas(d.maxMonth)),
		fmt.Sprintf("Bars: years scaled to the busiest (%s), months to the busiest month (%s)",
			commas(d.maxYear), commas(d.maxMonth)),
		fmt.Sprintf("Bar scales: years to %s, months to %s", commas(d.maxYear), commas(d.maxMonth)),
	} {
		if cellWidth(s) <= w {
			return s
		}
	}
	return truncate(fmt.Sprintf("Bars: years to %s, months to %s", commas(d.maxYear), commas(d.maxMonth)), w)
}

func (d *datesModel) clamp(m *Model) {
	l := listModel{cursor: d.cursor, offset: d.offset}
	l.clamp(len(d.rows), d.visibleRows(m))
	d.cursor, d.offset = l.cursor, l.offset
}

func (d *datesModel) move(delta, rows int) {
	l := listModel{cursor: d.cursor + delta, offset: d.offset}
	l.clamp(len(d.rows), rows)
	d.cursor, d.offset = l.cursor, l.offset
}

func (d *datesModel) update(m *Model, msg tea.KeyPressMsg) tea.Cmd {
	if listNav(m.keys, msg, &d.cursor, len(d.rows), d.visibleRows(m)) {
		d.clamp(m)
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Choose):
		if d.cursor < len(d.rows) {
			m.setPeriod(d.rows[d.cursor].per)
			m.pop()
		}
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.Dates):
		m.pop()
	case key.Matches(msg, m.keys.Help):
		m.helpV.open()
		m.push(viewHelp)
	case key.Matches(msg, m.keys.Quit):
		m.pop()
	}
	return nil
}

func (d *datesModel) view(m *Model) []string {
	inferred, unknown := 0, 0
	for _, r := range d.rows {
		if r.per.Unknown {
			unknown = r.count
		} else if r.per.Month == 0 {
			inferred += r.inferred
		}
	}
	note := plural(d.total, "article", "articles") + m.scopeNote(cPeriod)
	out := []string{m.header("Dates", note), ""}
	h := d.visibleRows(m)
	barW := max(4, min(40, m.width-42))
	if len(d.rows) == 0 {
		out = append(out, "  No article to place on the timeline.")
	}
	end := min(len(d.rows), d.offset+h)
	for i := d.offset; i < end; i++ {
		r := d.rows[i]
		sel := i == d.cursor
		mark := "  "
		ls := m.st.title
		if sel {
			mark = m.st.selMark.Render("▌ ")
			ls = m.st.selTitle
		}
		var label string
		var maxC int
		switch {
		case r.per.Unknown:
			label, maxC = "Date unknown", d.maxYear
		case r.per.Month == 0:
			label, maxC = fmt.Sprintf("%04d", r.per.Year), d.maxYear
		default:
			label, maxC = "  "+monthLabel(r.per.Year, r.per.Month), d.maxMonth
		}
		bar := barOf(r.count, r.inferred, maxC, barW)
		line := mark + ls.Render(padRight(label, 16)) + m.st.meta.Render(padLeft(commas(r.count), 7)) + "  " +
			m.st.bar.Render(bar[0]) + m.st.barInferred.Render(bar[1])
		if r.inferred > 0 {
			line += m.st.warn.Render(fmt.Sprintf("  %s inferred", commas(r.inferred)))
		}
		out = append(out, line)
	}
	for len(out) < h+2 {
		out = append(out, "")
	}
	out = append(out, m.st.dim.Render(d.scaleNote(m.width)))
	summary := fmt.Sprintf("%s with the year inferred (▒ here, ~ in the list) · %s with no date", commas(inferred), commas(unknown))
	out = append(out, m.st.dim.Render(truncate(summary, m.width)))
	out = append(out, m.helpLine("datesHelp", m.keys.datesHelp()))
	return out
}

// barOf draws count out of maxC in w cells: solid for stated dates, shaded
// for inferred ones. Any non-zero count gets at least one cell.
func barOf(count, inferred, maxC, w int) [2]string {
	if count == 0 || maxC == 0 {
		return [2]string{"", ""}
	}
	n := min(w, max(1, count*w/maxC))
	ni := inferred * n / count
	if inferred > 0 && ni == 0 {
		ni = 1
	}
	return [2]string{strings.Repeat("█", n-ni), strings.Repeat("▒", ni)}
}
