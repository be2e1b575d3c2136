// Package ui is bantin's full-screen reader, a Bubble Tea v2 program: one
// root model owns a reading session's state (the view stack, the active
// keyword, organisation and period constraints, the selection and the sort
// order) and delegates drawing and keys to small view models, one per file.
// Slow work (Glamour rendering) runs as commands. Nothing here is global: a
// server creates one model per SSH session over one shared corpus.
package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/model/search"
	"github.com/bantin/bantin/ui/termsafe"
)

// Minimum usable terminal size; below it the reader says so.
const (
	minWidth  = 40
	minHeight = 10
	// previewWidth is the terminal width from which the list shows a
	// preview of the selected article beside it.
	previewWidth = 120
	// maxRenders is how many rendered articles a session keeps.
	maxRenders = 32
)

// Options configure one reading session.
type Options struct {
	// Getenv reads the session's environment (NO_COLOR is honoured). For
	// SSH sessions pass the client's environment. Nil: no variables.
	Getenv func(string) string
	// DarkBackground, when not nil, is the terminal's background as
	// detected elsewhere (an SSH server, say); otherwise the reader asks
	// the terminal and assumes dark until it answers.
	DarkBackground *bool
	// Source describes what is being read (shown while loading).
	Source string
}

// ProgressMsg reports loading progress to a model made by NewLoading.
type ProgressMsg struct {
	FilesDone, FilesTotal, Articles int
}

// LoadedMsg ends loading: the corpus, or why nothing could be loaded.
type LoadedMsg struct {
	Corpus *corpus.Corpus
	Err    error
}

// viewID names the views of the reader.
type viewID int

const (
	viewList viewID = iota
	viewFilter
	viewDetail
	viewOrgs
	viewDates
	viewHelp
	viewOrgInfo
)

// constraintKind names the constraints that narrow the list.
type constraintKind int

const (
	cKeyword constraintKind = iota
	cOrg
	cPeriod
)

// Model is the root model of one reading session.
type Model struct {
	opts      Options
	keys      keyMap
	st        styles
	dark      bool
	colorless bool
	help      help.Model

	width, height int

	// loading
	loading   bool
	progress  ProgressMsg
	loadErr   error
	loadStart time.Time

	c   *corpus.Corpus
	eng *engine
	// readBody, when set, reads bodies instead of the corpus (tests).
	readBody bodyFunc

	stack []viewID

	// constraints, and the order they were added in (esc removes the last)
	keyword    string
	keywordErr string
	org        string
	orgMember  []bool
	per        period
	added      []constraintKind
	order      sortOrder

	ids    []int32 // the articles shown, in order (the first ones of total)
	total  int     // how many articles the constraints leave
	allIDs []int32 // every article, newest first (read only)

	list   listModel
	filter filterModel
	detail detailModel
	orgs   orgsModel
	dates  datesModel
	helpV  helpModel
	info   orgInfoModel

	renders map[renderKey][]string
	cache   frameCache
	flash   string
}

// New makes the reader over a loaded corpus.
func New(c *corpus.Corpus, opts Options) *Model {
	m := newModel(opts)
	m.setCorpus(c)
	return m
}

// NewLoading makes a reader that opens at once and shows loading progress;
// send it ProgressMsg while loading and a LoadedMsg at the end.
func NewLoading(opts Options) *Model {
	m := newModel(opts)
	m.loading = true
	m.loadStart = time.Now()
	return m
}

func newModel(opts Options) *Model {
	if opts.Getenv == nil {
		opts.Getenv = func(string) string { return "" }
	}
	m := &Model{opts: opts, keys: newKeyMap(), dark: true, width: 80, height: 24, order: byRelevance}
	if opts.DarkBackground != nil {
		m.dark = *opts.DarkBackground
	}
	m.colorless = opts.Getenv("NO_COLOR") != ""
	m.help = help.New()
	m.stack = []viewID{viewList}
	m.renders = map[renderKey][]string{}
	m.filter = newFilter()
	m.detail = newDetail()
	m.orgs = newOrgs()
	m.restyle()
	return m
}

// restyle rebuilds the session's styles after the background or colour
// support became known.
func (m *Model) restyle() {
	m.st = newStyles(m.dark, m.colorless)
	m.help.Styles = m.st.help
	m.filter.restyle(m.st)
	m.detail.restyle(m.st)
	m.orgs.restyle(m.st)
	clear(m.renders)
	m.cache.reset()
}

func (m *Model) setCorpus(c *corpus.Corpus) {
	m.c = c
	m.eng = newEngine(c)
	m.cache.reset()
	m.loading = false
	m.refresh(-1)
}

// Err is why the corpus could not be loaded, if so.
func (m *Model) Err() error { return m.loadErr }

// Init asks the terminal for its background unless it is already known.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.DarkBackground == nil {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.loading {
		cmds = append(cmds, loadingTick())
	}
	return tea.Batch(cmds...)
}

// loadingTickMsg redraws the loading screen (its clock) while loading.
type loadingTickMsg struct{}

func loadingTick() tea.Cmd {
	return tea.Tick(250*time.Millisecond, func(time.Time) tea.Msg { return loadingTickMsg{} })
}

func (m *Model) top() viewID { return m.stack[len(m.stack)-1] }

func (m *Model) push(v viewID) { m.stack = append(m.stack, v) }

// pop backs out one view; the list is never popped.
func (m *Model) pop() {
	if len(m.stack) > 1 {
		m.stack = m.stack[:len(m.stack)-1]
	}
}

// Update handles one message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, m.resized()
	case tea.BackgroundColorMsg:
		if m.opts.DarkBackground == nil && msg.IsDark() != m.dark {
			m.dark = msg.IsDark()
			m.restyle()
			return m, m.detail.rerender(m)
		}
		return m, nil
	case tea.ColorProfileMsg:
		cl := m.opts.Getenv("NO_COLOR") != "" || msg.Profile == colorprofile.NoTTY || msg.Profile == colorprofile.ASCII
		if cl != m.colorless {
			m.colorless = cl
			m.restyle()
			return m, m.detail.rerender(m)
		}
		return m, nil
	case ProgressMsg:
		m.progress = msg
		return m, nil
	case loadingTickMsg:
		if m.loading && m.loadErr == nil {
			return m, loadingTick()
		}
		return m, nil
	case LoadedMsg:
		if msg.Err != nil || msg.Corpus == nil {
			m.loadErr = msg.Err
			if m.loadErr == nil {
				m.loadErr = fmt.Errorf("no articles could be loaded")
			}
			return m, nil
		}
		m.setCorpus(msg.Corpus)
		return m, nil
	case renderedMsg:
		if len(m.renders) >= maxRenders {
			clear(m.renders) // a session keeps a few renderings, not every article read
		}
		if !msg.failed {
			m.renders[msg.key] = msg.lines
		}
		m.detail.rendered(m, msg)
		return m, nil
	case tea.KeyPressMsg:
		m.flash = ""
		if key.Matches(msg, m.keys.ForceQuit) {
			return m, tea.Quit
		}
		if m.loading || m.loadErr != nil {
			if m.loadErr != nil && (msg.String() == "q" || msg.String() == "esc" || msg.String() == "enter") {
				return m, tea.Quit
			}
			return m, nil
		}
		if m.tooSmall() {
			if msg.String() == "q" {
				return m, tea.Quit
			}
			return m, nil
		}
		return m, m.handleKey(msg)
	case tea.PasteMsg:
		if m.loading || m.c == nil || m.tooSmall() {
			return m, nil
		}
		return m, m.paste(msg)
	case tea.MouseClickMsg:
		if m.loading || m.c == nil || m.tooSmall() || msg.Button != tea.MouseLeft {
			return m, nil
		}
		return m, m.click(msg)
	case tea.MouseWheelMsg:
		if m.loading || m.c == nil || m.tooSmall() {
			return m, nil
		}
		return m, m.handleWheel(msg)
	}
	return m, nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	switch m.top() {
	case viewList:
		return m.listKey(msg)
	case viewFilter:
		return m.filter.update(m, msg)
	case viewDetail:
		return m.detail.update(m, msg)
	case viewOrgs:
		return m.orgs.update(m, msg)
	case viewDates:
		return m.dates.update(m, msg)
	case viewHelp:
		return m.helpV.update(m, msg)
	case viewOrgInfo:
		return m.info.update(m, msg)
	}
	return nil
}

// click selects the clicked article in the list; a click on the selected
// one opens it.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.top() != viewList {
		return nil
	}
	top := 2 // header, blank line
	lw := m.width
	if m.width >= previewWidth {
		lw = m.width * 11 / 20
	}
	if msg.Y < top || msg.X >= lw {
		return nil
	}
	i := m.list.offset + (msg.Y-top)/rowHeight
	if i >= min(m.total, m.list.offset+m.listRows()) {
		return nil
	}
	if i == m.list.cursor {
		return m.openDetail()
	}
	m.list.cursor = i
	m.moveList(0)
	return nil
}

// paste sends pasted text to the input being typed in, if any.
func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	var cmd tea.Cmd
	switch {
	case m.top() == viewFilter:
		m.filter.input, cmd = m.filter.input.Update(msg)
		m.setKeyword(m.filter.input.Value())
	case m.top() == viewDetail && m.detail.finding:
		m.detail.input, cmd = m.detail.input.Update(msg)
		m.detail.find = m.detail.input.Value()
		m.detail.cur = 0
		m.detail.applyHighlights(m)
		m.detail.jump(m, m.detail.firstFrom(m.detail.vp.YOffset()))
	case m.top() == viewOrgs && m.orgs.typing:
		m.orgs.input, cmd = m.orgs.input.Update(msg)
		m.orgs.narrow()
		m.orgs.cursor, m.orgs.offset = 0, 0
		m.orgs.clamp(m)
	}
	return cmd
}

func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -3
	case tea.MouseWheelDown:
		d = 3
	default:
		return nil
	}
	switch m.top() {
	case viewList, viewFilter:
		m.moveList(d)
	case viewDetail:
		return m.detail.wheel(msg)
	case viewOrgs:
		m.orgs.move(d, m.orgs.rows(m))
	case viewDates:
		m.dates.move(d, m.dates.visibleRows(m))
	case viewHelp:
		m.helpV.scroll(d)
	case viewOrgInfo:
		m.info.move(d, m)
	}
	return nil
}

func (m *Model) resized() tea.Cmd {
	m.help.SetWidth(m.width)
	m.filter.input.SetWidth(max(1, m.width-20))
	m.orgs.input.SetWidth(max(1, m.width-20))
	m.moveList(0)
	return m.detail.resize(m)
}

func (m *Model) tooSmall() bool { return m.width < minWidth || m.height < minHeight }

// firstFetch is how many ranked results are asked for at first; more are
// fetched as the reader scrolls (ranking every match of a short prefix in a
// large corpus would cost more than a keystroke may).
const firstFetch = 256

// matches returns the articles matching the keyword and the constraints
// (the organisation when withOrg, the period when withPeriod), in order, at
// most limit of them when the rest can be fetched later (limit <= 0: all),
// and how many match in all. Constraints the index can apply are added to
// the query; what it cannot decide exactly is filtered here, over all the
// matches.
func (m *Model) matches(order sortOrder, withOrg, withPeriod bool, limit int) ([]int32, int, error) {
	q, err := m.eng.parse(m.keyword)
	if err != nil {
		return nil, 0, err
	}
	exact := false // post-filter every match
	if withOrg && m.org != "" {
		q.Orgs = append(slices.Clone(q.Orgs), m.org) // narrows; exact below
		exact = true
	}
	if withPeriod && m.per.active() {
		if m.per.Unknown || !q.From.IsZero() || !q.To.IsZero() {
			exact = true
		} else {
			p := search.Period{Year: m.per.Year, Month: m.per.Month}
			q.From, q.To = p, p
		}
	}
	if !exact && q.Empty() {
		return m.everyID(), len(m.c.Articles), nil
	}
	o := search.ByDate
	if order == byRelevance {
		o = search.ByRelevance
	}
	if exact {
		limit = 0
	}
	res := m.eng.ix.Search(q, o, limit)
	if !exact {
		return res.IDs, res.Total, nil
	}
	out := res.IDs[:0]
	for _, id := range res.IDs {
		if withOrg && m.orgMember != nil && !m.orgMember[id] {
			continue
		}
		if withPeriod && m.per.active() && !m.per.contains(m.c.Articles[id].Date) {
			continue
		}
		out = append(out, id)
	}
	return out, len(out), nil
}

// everyID is every article, newest first (shared, read only).
func (m *Model) everyID() []int32 {
	if len(m.allIDs) != len(m.c.Articles) {
		m.allIDs = make([]int32, len(m.c.Articles))
		for i := range m.allIDs {
			m.allIDs[i] = int32(i)
		}
	}
	return m.allIDs
}

// refresh recomputes the list from the constraints. keep is an article ID
// to keep selected if it is still shown (-1: go to the top).
func (m *Model) refresh(keep int32) {
	if m.c == nil {
		return
	}
	ids, total, err := m.matches(m.order, true, true, firstFetch)
	if err != nil {
		m.keywordErr = err.Error()
		return // keep the last good list
	}
	m.keywordErr = ""
	m.ids, m.total = ids, total
	m.list.cursor, m.list.offset = 0, 0
	if keep >= 0 {
		for i, id := range ids {
			if id == keep {
				m.list.cursor = i
				break
			}
		}
	}
	m.list.clamp(m.total, m.listRows())
	m.ensure(m.list.offset + m.listRows())
}

// ensure fetches ranked results until the first n are at hand.
func (m *Model) ensure(n int) {
	n = min(n, m.total)
	if n <= len(m.ids) {
		return
	}
	ids, total, err := m.matches(m.order, true, true, max(n+firstFetch, 2*len(m.ids)))
	if err != nil {
		return
	}
	m.ids, m.total = ids, total
}

// moveList moves the list's selection by d (or clamps it when d is 0) and
// fetches what comes into view.
func (m *Model) moveList(d int) {
	rows := m.listRows()
	m.list.move(d, m.total, rows)
	m.ensure(max(m.list.cursor+1, m.list.offset+rows))
}

// selected is the selected article's ID, or -1.
func (m *Model) selected() int32 {
	if m.list.cursor >= 0 && m.list.cursor < len(m.ids) && m.list.cursor < m.total {
		return m.ids[m.list.cursor]
	}
	return -1
}

func (m *Model) article(id int32) *model.Article { return &m.c.Articles[id] }

// setKeyword replaces the keyword constraint.
func (m *Model) setKeyword(q string) {
	m.keyword = q
	m.note(cKeyword, strings.TrimSpace(q) != "")
	m.refresh(-1)
}

func (m *Model) setOrg(name string, ids []int) {
	keep := m.selected()
	m.org = name
	if name == "" {
		m.orgMember = nil
	} else {
		m.orgMember = make([]bool, len(m.c.Articles))
		for _, id := range ids {
			m.orgMember[id] = true
		}
	}
	m.note(cOrg, name != "")
	m.refresh(keep)
}

func (m *Model) setPeriod(p period) {
	keep := m.selected()
	m.per = p
	m.note(cPeriod, p.active())
	m.refresh(keep)
}

// note records that a constraint was set (moved to the end) or dropped.
func (m *Model) note(k constraintKind, on bool) {
	out := m.added[:0]
	for _, x := range m.added {
		if x != k {
			out = append(out, x)
		}
	}
	if on {
		out = append(out, k)
	}
	m.added = out
}

// dropLast removes the most recently added constraint; false when none.
func (m *Model) dropLast() bool {
	if len(m.added) == 0 {
		return false
	}
	switch m.added[len(m.added)-1] {
	case cKeyword:
		m.filter.input.SetValue("")
		m.setKeyword("")
	case cOrg:
		m.setOrg("", nil)
	case cPeriod:
		m.setPeriod(period{})
	}
	return true
}

// View draws the current view.
func (m *Model) View() tea.View {
	// Every piece of article text is cleaned where it is drawn; as a last
	// guard, the frame keeps no escape sequence but colours and attributes.
	v := tea.NewView(keepSGR(m.render()))
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	if m.top() == viewFilter && !m.loading && m.c != nil && !m.tooSmall() {
		v.Cursor = m.filter.cursor(m)
	}
	if m.top() == viewDetail && m.detail.finding && !m.tooSmall() {
		v.Cursor = m.detail.cursor(m)
	}
	if m.top() == viewOrgs && m.orgs.typing && !m.tooSmall() {
		v.Cursor = m.orgs.cursorPos(m)
	}
	return v
}

func (m *Model) render() string {
	switch {
	case m.loadErr != nil:
		return m.errorView()
	case m.loading || m.c == nil:
		return m.loadingView()
	case m.tooSmall():
		return m.tooSmallView()
	}
	var body []string
	switch m.top() {
	case viewList, viewFilter:
		body = m.listScreen()
	case viewDetail:
		body = m.detail.view(m)
	case viewOrgs:
		body = m.orgs.view(m)
	case viewDates:
		body = m.dates.view(m)
	case viewHelp:
		body = m.helpV.view(m)
	case viewOrgInfo:
		body = m.info.view(m)
	}
	return strings.Join(fitLines(body, m.width, m.height), "\n")
}

func (m *Model) tooSmallView() string {
	msg := []string{
		"Window too small",
		fmt.Sprintf("%d×%d; bantin needs %d×%d.", m.width, m.height, minWidth, minHeight),
		"Enlarge it, or press q to quit.",
	}
	var lines []string
	for _, l := range msg {
		lines = append(lines, wrap(l, max(1, m.width))...)
	}
	top := max(0, (m.height-len(lines))/2)
	out := make([]string, top)
	for _, l := range lines {
		out = append(out, lipgloss.PlaceHorizontal(m.width, lipgloss.Center, l))
	}
	return strings.Join(fitLines(out, m.width, m.height), "\n")
}

// header is the first line of every view: the app badge, a title and a
// right-aligned note.
func (m *Model) header(title, right string) string {
	badge := m.st.app.Render("bantin")
	w := m.width - cellWidth(badge) - 1
	right = truncate(right, max(0, w/2))
	title = truncate(title, max(0, w-cellWidth(right)-2))
	gap := max(1, w-cellWidth(title)-cellWidth(right))
	return badge + " " + m.st.header.Render(title) + strings.Repeat(" ", gap) + m.st.dim.Render(right)
}

// helpLine is the short help at the bottom of a view, drawn once per
// set of bindings (named by the caller) and width.
func (m *Model) helpLine(name string, b []key.Binding) string {
	k := helpKey{name: name, w: m.width}
	if s, ok := m.cache.help[k]; ok {
		return s
	}
	s := m.help.ShortHelpView(b)
	if m.cache.help == nil {
		m.cache.help = make(map[helpKey]string)
	}
	putBounded(m.cache.help, k, s)
	return s
}

// scopeNote tells, in a view's header, which of the other constraints its
// counts are taken under.
func (m *Model) scopeNote(own constraintKind) string {
	var on []string
	if strings.TrimSpace(m.keyword) != "" && own != cKeyword {
		on = append(on, "“"+termsafe.Clean(strings.TrimSpace(m.keyword))+"”")
	}
	if m.org != "" && own != cOrg {
		on = append(on, termsafe.Clean(m.org))
	}
	if m.per.active() && own != cPeriod {
		on = append(on, m.per.String())
	}
	if len(on) == 0 {
		return ""
	}
	return " matching " + strings.Join(on, " + ")
}
