// Package servetest helps test bantin's SSH server from the client side: a
// client terminal over golang.org/x/crypto/ssh and a small terminal screen
// emulator, so tests assert on what a reader would see rather than on
// escape sequences.
package servetest

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Screen is a minimal VT100/xterm screen: enough of cursor movement,
// erasing, scrolling, insert/delete and the alternate screen to replay what
// Bubble Tea's renderer sends. Colours and attributes are ignored. It is
// safe for concurrent use.
type Screen struct {
	mu         sync.Mutex
	w, h       int
	cells      [][]string // "" is the right half of a wide character
	x, y       int
	wrapNext   bool
	top, bot   int // scroll region, inclusive
	savedX     int
	savedY     int
	last       string // last printed grapheme, for REP
	state      byte
	parser     *ansi.Parser
	pending    []byte
	altScreen  bool
	bytesTotal int
}

// NewScreen is a blank screen of w columns and h rows.
func NewScreen(w, h int) *Screen {
	s := &Screen{parser: ansi.NewParser()}
	s.parser.SetParamsSize(32)
	s.parser.SetDataSize(4096)
	s.resize(w, h)
	return s
}

// Resize changes the screen size, keeping what fits.
func (s *Screen) Resize(w, h int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resize(w, h)
}

func (s *Screen) resize(w, h int) {
	cells := make([][]string, h)
	for y := range cells {
		cells[y] = blankLine(w)
		if y < len(s.cells) {
			copy(cells[y], s.cells[y])
		}
	}
	s.cells, s.w, s.h = cells, w, h
	s.top, s.bot = 0, h-1
	s.x, s.y = min(s.x, w-1), min(s.y, h-1)
	s.wrapNext = false
}

func blankLine(w int) []string {
	l := make([]string, w)
	for i := range l {
		l[i] = " "
	}
	return l
}

// Write feeds terminal output to the screen.
func (s *Screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bytesTotal += len(p)
	in := p
	if len(s.pending) > 0 {
		in = append(s.pending, p...)
		s.pending = nil
	}
	for len(in) > 0 {
		if s.state == ansi.NormalState && in[0] >= utf8.RuneSelf && !utf8.FullRune(in) {
			s.pending = append([]byte(nil), in...) // a character cut in two
			break
		}
		seq, width, n, state := ansi.DecodeSequence(in, s.state, s.parser)
		if n == 0 {
			break
		}
		// A sequence cut at the end of this write: wait for the rest.
		if state != ansi.NormalState && n == len(in) {
			s.pending = append([]byte(nil), in...)
			s.parser.Reset()
			s.state = ansi.NormalState
			break
		}
		s.state = state
		in = in[n:]
		s.handle(seq, width)
	}
	return len(p), nil
}

func (s *Screen) handle(seq []byte, width int) {
	if len(seq) == 0 {
		return
	}
	c := seq[0]
	switch {
	case c == 0x1b && len(seq) > 1 && seq[1] == '[':
		s.csi()
	case c == 0x1b && len(seq) > 1 && (seq[1] == ']' || seq[1] == 'P' || seq[1] == '_' || seq[1] == '^' || seq[1] == 'X'):
		// OSC, DCS, APC...: nothing to draw.
	case c == 0x1b:
		s.esc(seq)
	case c < 0x20 || c == 0x7f:
		s.control(c)
	case c >= 0x80 && c < 0xa0 && len(seq) == 1:
		// C1 control: ignore.
	default:
		s.print(string(seq), width)
	}
}

func (s *Screen) control(c byte) {
	switch c {
	case '\r':
		s.x, s.wrapNext = 0, false
	case '\n', '\v', '\f':
		s.lineFeed()
	case '\b':
		if s.x > 0 {
			s.x--
		}
		s.wrapNext = false
	case '\t':
		s.x = min((s.x/8+1)*8, s.w-1)
	}
}

func (s *Screen) lineFeed() {
	s.wrapNext = false
	if s.y == s.bot {
		s.scrollUp(1)
		return
	}
	if s.y < s.h-1 {
		s.y++
	}
}

func (s *Screen) scrollUp(n int) {
	for range n {
		copy(s.cells[s.top:s.bot], s.cells[s.top+1:s.bot+1])
		s.cells[s.bot] = blankLine(s.w)
	}
}

func (s *Screen) scrollDown(n int) {
	for range n {
		copy(s.cells[s.top+1:s.bot+1], s.cells[s.top:s.bot])
		s.cells[s.top] = blankLine(s.w)
	}
}

func (s *Screen) print(g string, width int) {
	if width <= 0 {
		// A zero-width cluster joins the previous cell.
		if s.x > 0 {
			s.cells[s.y][s.x-1] += g
		}
		return
	}
	if s.wrapNext || s.x+width > s.w {
		s.x = 0
		s.lineFeed()
	}
	s.cells[s.y][s.x] = g
	for i := 1; i < width && s.x+i < s.w; i++ {
		s.cells[s.y][s.x+i] = ""
	}
	s.last = g
	s.x += width
	if s.x >= s.w {
		s.x = s.w - 1
		s.wrapNext = true
	}
}

func (s *Screen) esc(seq []byte) {
	if len(seq) < 2 {
		return
	}
	switch seq[len(seq)-1] {
	case '7':
		s.savedX, s.savedY = s.x, s.y
	case '8':
		s.x, s.y = s.savedX, s.savedY
	case 'D':
		s.lineFeed()
	case 'E':
		s.x = 0
		s.lineFeed()
	case 'M':
		if s.y == s.top {
			s.scrollDown(1)
		} else if s.y > 0 {
			s.y--
		}
	case 'c':
		s.clear()
		s.x, s.y = 0, 0
	}
}

func (s *Screen) clear() {
	for y := range s.cells {
		s.cells[y] = blankLine(s.w)
	}
}

func (s *Screen) csi() {
	cmd := ansi.Cmd(s.parser.Command())
	param := func(i, def int) int {
		v, _, _ := s.parser.Params().Param(i, def)
		if v == 0 && def > 0 {
			return def
		}
		return v
	}
	if cmd.Prefix() == '?' {
		switch cmd.Final() {
		case 'h', 'l':
			for i := range s.parser.Params() {
				switch param(i, 0) {
				case 1049, 1047, 47:
					if on := cmd.Final() == 'h'; on != s.altScreen {
						s.altScreen = on
						s.clear()
					}
				}
			}
		}
		return
	}
	if cmd.Prefix() != 0 || cmd.Intermediate() != 0 {
		return
	}
	s.wrapNext = false
	switch cmd.Final() {
	case 'A':
		s.y = max(s.y-param(0, 1), 0)
	case 'B', 'e':
		s.y = min(s.y+param(0, 1), s.h-1)
	case 'C', 'a':
		s.x = min(s.x+param(0, 1), s.w-1)
	case 'D':
		s.x = max(s.x-param(0, 1), 0)
	case 'E':
		s.x, s.y = 0, min(s.y+param(0, 1), s.h-1)
	case 'F':
		s.x, s.y = 0, max(s.y-param(0, 1), 0)
	case 'G', '`':
		s.x = clamp(param(0, 1)-1, s.w-1)
	case 'd':
		s.y = clamp(param(0, 1)-1, s.h-1)
	case 'H', 'f':
		s.y = clamp(param(0, 1)-1, s.h-1)
		s.x = clamp(param(1, 1)-1, s.w-1)
	case 'J':
		switch param(0, 0) {
		case 0:
			s.eraseLine(s.y, s.x, s.w)
			for y := s.y + 1; y < s.h; y++ {
				s.cells[y] = blankLine(s.w)
			}
		case 1:
			for y := 0; y < s.y; y++ {
				s.cells[y] = blankLine(s.w)
			}
			s.eraseLine(s.y, 0, s.x+1)
		case 2, 3:
			s.clear()
		}
	case 'K':
		switch param(0, 0) {
		case 0:
			s.eraseLine(s.y, s.x, s.w)
		case 1:
			s.eraseLine(s.y, 0, s.x+1)
		case 2:
			s.eraseLine(s.y, 0, s.w)
		}
	case 'X':
		s.eraseLine(s.y, s.x, min(s.x+param(0, 1), s.w))
	case 'b':
		for range param(0, 1) {
			if s.last != "" {
				s.print(s.last, ansi.StringWidth(s.last))
			}
		}
	case '@':
		n := min(param(0, 1), s.w-s.x)
		line := s.cells[s.y]
		copy(line[s.x+n:], line[s.x:s.w-n])
		for i := s.x; i < s.x+n; i++ {
			line[i] = " "
		}
	case 'P':
		n := min(param(0, 1), s.w-s.x)
		line := s.cells[s.y]
		copy(line[s.x:], line[s.x+n:])
		for i := s.w - n; i < s.w; i++ {
			line[i] = " "
		}
	case 'L':
		if s.y >= s.top && s.y <= s.bot {
			top := s.top
			s.top = s.y
			s.scrollDown(param(0, 1))
			s.top = top
		}
	case 'M':
		if s.y >= s.top && s.y <= s.bot {
			top := s.top
			s.top = s.y
			s.scrollUp(param(0, 1))
			s.top = top
		}
	case 'S':
		s.scrollUp(param(0, 1))
	case 'T':
		s.scrollDown(param(0, 1))
	case 'r':
		top, bot := param(0, 1)-1, param(1, s.h)-1
		if top < bot && bot < s.h {
			s.top, s.bot = top, bot
		} else {
			s.top, s.bot = 0, s.h-1
		}
		s.x, s.y = 0, 0
	case 's':
		s.savedX, s.savedY = s.x, s.y
	case 'u':
		s.x, s.y = s.savedX, s.savedY
	}
}

func clamp(v, hi int) int { return max(0, min(v, hi)) }

func (s *Screen) eraseLine(y, from, to int) {
	for x := max(from, 0); x < to && x < s.w; x++ {
		s.cells[y][x] = " "
	}
}

// String is the screen's text, one line per row, trailing spaces removed.
func (s *Screen) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var b strings.Builder
	for y, line := range s.cells {
		if y > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(strings.TrimRight(strings.Join(line, ""), " "))
	}
	return b.String()
}

// Size is the screen's size.
func (s *Screen) Size() (w, h int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w, s.h
}

// BytesReceived counts the bytes written to the screen so far.
func (s *Screen) BytesReceived() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.bytesTotal
}
