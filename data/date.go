package data

import (
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// Date lines. A date line is a short line holding a date, perhaps a time,
// and nothing else but labels ("Ngày phát hành:", "Cập nhật lúc"), a
// weekday, an AM/PM marker and a time zone. Formats:
//
//	9/29/2020 8:00:56 AM          month first when AM/PM is given or the second number is > 12
//	Chủ nhật, 06.11.2022 | 09:20:19
//	15/04/2021 21:04
//	Thứ hai, 06/11/2022 09:20 (GMT+7)
//	06/11/2022, 06-11-2022, 2022-11-06, 2022/11/06
//	2022-11-06T09:20:00+07:00     ISO 8601; other offsets are converted to Vietnam time
//	ngày 6 tháng 11 năm 2022
//	09:20 06/11/2022, 9h20 ngày 6/11/2022

// dateWords are the words a date line may hold besides the date itself
// (folded: lower case, no diacritics).
var dateWords = map[string]bool{
	"ngay": true, "phat": true, "hanh": true, "dang": true, "cap": true, "nhat": true,
	"luc": true, "thoi": true, "gian": true, "xuat": true, "ban": true, "gio": true,
	"cn": true, "gmt": true, "utc": true, "ict": true, "gmt+7": true, "gmt+07": true,
	"gmt+07:00": true, "utc+7": true, "utc+07:00": true, "+07:00": true, "+0700": true,
	"posted": true, "published": true, "updated": true, "on": true, "at": true, "date": true,
	"-": true, "–": true, "—": true, "|": true, "/": true, ":": true,
	"sang": true, "chieu": true, "toi": true, "trua": true,
	// Page metadata dumped with the text: "datePublished: 2023-05-12T08:30:00+07:00".
	"datepublished": true, "date_published": true, "published_time": true, "article:published_time": true,
	"pubdate": true, "publishdate": true, "publish_date": true, "published_at": true, "publish": true,
}

var weekdayWords = map[string]int{
	"chu nhat": 0, "hai": 1, "ba": 2, "tu": 3, "nam": 4, "sau": 5, "bay": 6,
	"2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}

// appendDateFields appends the date tokens of a folded line to toks: the
// runs between ' ', ',', '|', '(', ')', '[' and ']'. The separators are
// ASCII, so looking at bytes splits as decoding runes would.
func appendDateFields(toks []string, f string) []string {
	start := -1
	for i := 0; i < len(f); i++ {
		switch {
		case isDateFieldSep(f[i]):
			if start >= 0 {
				toks = append(toks, f[start:i])
				start = -1
			}
		default:
			if start < 0 {
				start = i
			}
		}
	}
	if start >= 0 {
		toks = append(toks, f[start:])
	}
	return toks
}

// isDateFieldSep reports the bytes that separate date tokens.
func isDateFieldSep(c byte) bool {
	return c == ' ' || c == ',' || c == '|' || c == '(' || c == ')' || c == '[' || c == ']'
}

type dateParse struct {
	d         model.Date
	haveDate  bool
	ampm      int // 0 none, 1 AM, 2 PM
	weekday   int // -1 unknown
	ambiguous bool
	a, b      int // the first two numbers of a d/m/y form, for month-first retries
	// The date may be written like the US general timestamp of .NET sites
	// ("9/2/2020 8:00:56 PM", "12/11/2018 10:05:00 AM"): no number padded
	// with a zero, the date before the time, an English AM/PM.
	unpadded, hourUnpadded, english, timeFirst bool
	tz                                         *time.Location
}

// parseDateLine parses a line that holds a publication date and nothing
// else, or a published and an updated stamp ("Ngày đăng: 10/05/2023 08:00
// - Cập nhật: 12/05/2023 16:45", "10/05/2023 08:00 (cập nhật 12/05/2023
// 16:45)"), which gives the published one. It returns false for any other
// line.
func parseDateLine(line string) (model.Date, bool) {
	if !hasDigitRun(line, 1) {
		return model.Date{}, false // every form below needs a digit
	}
	d, ok := parseDateOnly(line)
	if ok || len(line) > 160 || len(line) < 12 {
		return d, ok
	}
	// "Thời sự - Thứ Sáu, 12/05/2023 08:30": a section name, then the date.
	if i := indexSpaced(line, " - "); i > 0 && i <= 30 && !hasDigitRun(line[:i], 1) && wordCount(line[:i]) <= 4 {
		if d, ok := parseDateOnly(line[i+3:]); ok {
			return d, true
		}
	}
	if !strings.Contains(line, "ập") && !strings.Contains(line, "ẬP") {
		return model.Date{}, false // none of the words below
	}
	for _, u := range []string{"cập nhật", "Cập nhật", "CẬP NHẬT", "Cập Nhật", "cập nhập", "Cập nhập"} {
		i := strings.Index(line, u)
		if i <= 0 {
			continue
		}
		published := strings.TrimRight(line[:i], " -–—|(,;[")
		updated := strings.Trim(line[i:], " )]")
		if published == line[:i] {
			return model.Date{}, false // "… cập nhật" inside a phrase
		}
		if _, ok := parseDateOnly(updated); !ok {
			return model.Date{}, false
		}
		return parseDateOnly(published)
	}
	return model.Date{}, false
}

// parseDateOnly parses a line holding one date stamp and nothing else.
func parseDateOnly(line string) (model.Date, bool) {
	if len(line) > 100 || len(line) < 6 {
		return model.Date{}, false
	}
	if !hasDigitRun(line, 1) {
		return model.Date{}, false
	}
	if !mayOpenDate(line) {
		return model.Date{}, false
	}
	// The folded line and its tokens stay on the stack (an append that may
	// grow would move both to the heap); a line of at most 100 bytes has at
	// most 50 tokens, so the fallback is only for folds that grew the line.
	// The loop is appendDateFields written out here: stores through a
	// pointer or an append would send the tokens, and so fb, to the heap.
	var fb [128]byte
	var buf [56]string
	f := foldInto(fb[:0], line)
	n, start, overflow := 0, -1, false
	for i := 0; i <= len(f); i++ {
		if i < len(f) && !isDateFieldSep(f[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			if n == len(buf) {
				overflow = true
				break
			}
			buf[n] = f[start:i]
			n++
			start = -1
		}
	}
	toks := buf[:n]
	if overflow {
		toks = appendDateFields(nil, model.Fold(line)) // more tokens than buf holds
	}
	p := dateParse{weekday: -1}
	for k := 0; k < len(toks); k++ {
		t := strings.TrimSuffix(toks[k], ":")
		if t == "" {
			continue
		}
		switch {
		case t == "thu" && k+1 < len(toks):
			wd, ok := weekdayWords[toks[k+1]]
			if !ok {
				return model.Date{}, false
			}
			p.weekday = wd
			k++
		case t == "chu" && k+1 < len(toks) && toks[k+1] == "nhat":
			p.weekday = 0
			k++
		case t == "cn":
			p.weekday = 0
		case len(t) == 2 && t[0] == 't' && t[1] >= '2' && t[1] <= '7':
			p.weekday = int(t[1]-'0') - 1 // T2 … T7: Monday … Saturday
		case t == "am" || t == "sa" || t == "a.m.":
			p.ampm, p.english = 1, t != "sa"
		case t == "pm" || t == "ch" || t == "p.m.":
			p.ampm, p.english = 2, t != "ch"
		case t == "ngay" && k+1 < len(toks) && isDigits(toks[k+1]) && k+3 < len(toks) && toks[k+2] == "thang":
			// ngày 6 tháng 11 năm 2022
			day, _ := atoi(toks[k+1])
			month, _ := atoi(toks[k+3])
			year := 0
			k += 3
			if k+2 < len(toks) && toks[k+1] == "nam" && isDigits(toks[k+2]) {
				year, _ = atoi(toks[k+2])
				k += 2
			}
			if p.haveDate || year == 0 {
				return model.Date{}, false
			}
			p.d.Year, p.d.Month, p.d.Day = year, month, day
			p.haveDate = true
		case isDigits(t) && len(t) <= 2 && k+2 < len(toks) && toks[k+1] == "thang" && isDigits(strings.TrimSuffix(toks[k+2], ",")):
			// 11 tháng 5, 2023 / 11 tháng 5 năm 2023
			day, _ := atoi(t)
			month, _ := atoi(strings.TrimSuffix(toks[k+2], ","))
			k += 2
			if k+1 < len(toks) && toks[k+1] == "nam" {
				k++
			}
			if k+1 >= len(toks) || len(toks[k+1]) != 4 || !isDigits(toks[k+1]) || p.haveDate {
				return model.Date{}, false
			}
			year, _ := atoi(toks[k+1])
			k++
			p.d.Year, p.d.Month, p.d.Day = year, month, day
			p.haveDate = true
		case (t[0] < '0' || t[0] > '9') && dateWords[t]: // no word starts with a digit: numbers skip the lookup
		case p.dateToken(t):
		case p.timeToken(t):
		default:
			return model.Date{}, false
		}
	}
	if !p.haveDate {
		return model.Date{}, false
	}
	return p.finish()
}

// mayOpenDate reports whether the first token of line could start a date
// line: parseDateOnly rejects a line at its first token that no case of its
// loop takes (the headline or the lead, most often). The tokens of the
// folded line are the folds of the tokens of the line, as no rune beyond
// ASCII folds to an ASCII separator (TestFoldKeepsDateSeparators), so the
// first token alone is folded. The test is looser than the loop (a "thu"
// with no weekday after it passes): it only answers no when the loop would.
func mayOpenDate(line string) bool {
	i := 0
	for i < len(line) && isDateFieldSep(line[i]) {
		i++
	}
	j := i
	for j < len(line) && !isDateFieldSep(line[j]) {
		j++
	}
	if j == i || j-i > 40 || line[i] >= '0' && line[i] <= '9' {
		return true // nothing to tell, or a number (a date or a time)
	}
	var fb [64]byte
	t := strings.TrimSuffix(foldInto(fb[:0], line[i:j]), ":")
	switch {
	case t == "" || t[0] >= '0' && t[0] <= '9':
	case t == "thu" || t == "chu" || t == "cn":
	case len(t) == 2 && t[0] == 't' && t[1] >= '2' && t[1] <= '7':
	case t == "am" || t == "sa" || t == "a.m." || t == "pm" || t == "ch" || t == "p.m.":
	case dateWords[t]:
	default:
		return false
	}
	return true
}

func (p *dateParse) finish() (model.Date, bool) {
	d := p.d
	if p.ampm != 0 && d.HasTime {
		if d.Hour > 12 || d.Hour == 0 {
			return model.Date{}, false
		}
		if p.ampm == 1 && d.Hour == 12 {
			d.Hour = 0
		} else if p.ampm == 2 && d.Hour < 12 {
			d.Hour += 12
		}
	}
	if p.ambiguous {
		// a/b/y: day first (Vietnamese) unless the second number cannot
		// be a month (9/29/2020), or only month first agrees with the
		// stated weekday. AM/PM alone proves nothing: Vietnamese sites
		// write "10/05/2023 08:00 AM" and "12/5/2023 8:30 SA" day first.
		dayFirst := model.Date{Year: d.Year, Month: p.b, Day: p.a}
		monthFirst := model.Date{Year: d.Year, Month: p.a, Day: p.b}
		pick := dayFirst
		switch {
		case !validDay(dayFirst) && validDay(monthFirst):
			pick = monthFirst
		case p.weekday < 0 && p.ampm != 0 && p.english && p.unpadded && p.hourUnpadded && !p.timeFirst && validDay(monthFirst):
			pick = monthFirst
		case p.weekday >= 0 && validDay(monthFirst) && weekdayOf(dayFirst) != p.weekday && weekdayOf(monthFirst) == p.weekday:
			pick = monthFirst
		}
		d.Year, d.Month, d.Day = pick.Year, pick.Month, pick.Day
	}
	if !validDay(d) || d.HasTime && (d.Hour > 23 || d.Minute > 59 || d.Second > 59) {
		return model.Date{}, false
	}
	if p.tz != nil && d.HasTime {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, d.Hour, d.Minute, d.Second, 0, p.tz).In(model.Vietnam)
		d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second = t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute(), t.Second()
	}
	if d.HasTime {
		d.Precision = model.PrecisionExact
	} else {
		d.Precision = model.PrecisionDay
	}
	return d, true
}

// dateToken parses d/m/y, d.m.y, d-m-y, y-m-d, y/m/d and ISO date-times.
func (p *dateParse) dateToken(t string) bool {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	if i := strings.IndexByte(t, 't'); i == 10 && len(t) > 11 {
		// 2022-11-06t09:20:00+07:00 (folded to lower case)
		if !p.dateToken(t[:10]) {
			return false
		}
		return p.isoTime(t[11:])
	}
	ns, ok := splitNumbers(t)
	nums, seps := ns.nums, ns.seps
	if !ok || ns.n != 3 || seps[0] != seps[1] || seps[0] == ':' || p.haveDate {
		return false
	}
	if len(nums[0]) == 4 {
		y, _ := atoi(nums[0])
		m, _ := atoi(nums[1])
		d, _ := atoi(nums[2])
		p.d.Year, p.d.Month, p.d.Day = y, m, d
	} else {
		a, _ := atoi(nums[0])
		b, _ := atoi(nums[1])
		y, _ := atoi(nums[2])
		switch len(nums[2]) {
		case 2:
			y += 2000
		case 4:
		default:
			return false
		}
		if len(nums[0]) > 2 || len(nums[1]) > 2 {
			return false
		}
		p.d.Year, p.d.Month, p.d.Day = y, b, a
		p.a, p.b, p.ambiguous = a, b, true
		p.unpadded = nums[0][0] != '0' && nums[1][0] != '0'
		p.timeFirst = p.d.HasTime
	}
	if p.d.Year < 1900 || p.d.Year > 2199 {
		return false
	}
	p.haveDate = true
	return true
}

// timeToken parses h:mm, h:mm:ss and the Vietnamese 9h20 / 9g20 forms.
func (p *dateParse) timeToken(t string) bool {
	if p.d.HasTime || t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	// 9h20, 09g20, 9h
	if i := indexHG3(t); i > 0 && i <= 2 && isDigits(t[:i]) && (i+1 == len(t) || isDigits(t[i+1:]) && len(t)-i-1 == 2) {
		h, _ := atoi(t[:i])
		m := 0
		if i+1 < len(t) {
			m, _ = atoi(t[i+1:])
		}
		p.d.Hour, p.d.Minute, p.d.HasTime = h, m, true
		return true
	}
	// Strip a zone glued to the time: 09:20+07:00, 09:20z.
	zone := ""
	if i := indexAny3(t, '+', 'z', 'z'); i > 0 {
		zone, t = t[i:], t[:i]
	}
	ns, ok := splitNumbers(t)
	nums, seps := ns.nums, ns.seps
	if !ok || seps[0] != ':' || ns.n == 3 && seps[1] != ':' {
		return false
	}
	if len(nums[0]) > 2 || len(nums[1]) != 2 {
		return false
	}
	h, _ := atoi(nums[0])
	m, _ := atoi(nums[1])
	p.d.Hour, p.d.Minute, p.d.HasTime = h, m, true
	p.hourUnpadded = nums[0][0] != '0'
	if ns.n == 3 {
		if len(nums[2]) != 2 {
			return false
		}
		p.d.Second, _ = atoi(nums[2])
		p.d.HasSeconds = true
	}
	if zone != "" {
		return p.zone(zone)
	}
	return true
}

// isoTime parses the time part of an ISO date-time: 09:20:00, 09:20:00.123,
// with an optional Z or ±hh:mm offset.
func (p *dateParse) isoTime(t string) bool {
	zone := ""
	if i := indexAny3(t, '+', '-', 'z'); i > 0 {
		zone, t = t[i:], t[:i]
	}
	if i := strings.IndexByte(t, '.'); i > 0 && isDigits(t[i+1:]) {
		t = t[:i]
	}
	if !p.timeToken(t) {
		return false
	}
	if zone != "" {
		return p.zone(zone)
	}
	return true
}

// zone records a time zone offset (z, +07:00, +0700, -05:00).
func (p *dateParse) zone(z string) bool {
	if z == "z" {
		p.tz = time.UTC
		return true
	}
	if len(z) < 3 || z[0] != '+' && z[0] != '-' {
		return false
	}
	// The digits without their colons: two or four of them.
	var db [4]byte
	n := 0
	for k := 1; k < len(z); k++ {
		switch c := z[k]; {
		case c == ':':
		case c < '0' || c > '9' || n == len(db):
			return false
		default:
			db[n] = c
			n++
		}
	}
	if n != 2 && n != 4 {
		return false
	}
	h := int(db[0]-'0')*10 + int(db[1]-'0')
	m := 0
	if n == 4 {
		m = int(db[2]-'0')*10 + int(db[3]-'0')
	}
	off := (h*60 + m) * 60
	if z[0] == '-' {
		off = -off
	}
	if off != 7*3600 {
		p.tz = time.FixedZone("", off)
	}
	return true
}

// indexHG3 is strings.IndexAny(t, "hg") where the answer is below 3, and
// -1 where it is not: the index of the first h or g among the first three
// bytes (both are ASCII: the general search compares bytes too).
func indexHG3(t string) int {
	for i := 0; i < len(t) && i < 3; i++ {
		if t[i] == 'h' || t[i] == 'g' {
			return i
		}
	}
	return -1
}

// indexAny3 is strings.IndexAny(t, string([]byte{a, b, c})) for ASCII
// bytes, which the general search also compares byte by byte.
func indexAny3(t string, a, b, c byte) int {
	for i := 0; i < len(t); i++ {
		if x := t[i]; x == a || x == b || x == c {
			return i
		}
	}
	return -1
}

// numbers is a date or time token split at its separators: "06.11.2022"
// gives n 3, nums ["06" "11" "2022"], seps ['.' '.'].
type numbers struct {
	nums [3]string
	seps [2]byte
	n    int
}

// splitNumbers splits a token made of up to three digit groups separated
// by / . - or :.
func splitNumbers(t string) (numbers, bool) {
	var r numbers
	start := 0
	for i := 0; i <= len(t); i++ {
		if i < len(t) && t[i] >= '0' && t[i] <= '9' {
			continue
		}
		if i == start || r.n == 3 {
			return r, false
		}
		r.nums[r.n] = t[start:i]
		r.n++
		if i < len(t) {
			c := t[i]
			if c != '/' && c != '.' && c != '-' && c != ':' || r.n == 3 {
				return r, false
			}
			r.seps[r.n-1] = c
		}
		start = i + 1
	}
	return r, r.n >= 2
}

func isDigits(s string) bool {
	if s == "" || len(s) > 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// atoi parses up to 9 digits.
func atoi(s string) (int, bool) {
	if !isDigits(s) {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

func hasDigitRun(s string, n int) bool {
	if n == 1 {
		// Any digit: eight bytes at a time, most text has none for long.
		i := 0
		for ; i+8 <= len(s); i += 8 {
			if digitMask(load64(s[i:])) != 0 {
				return true
			}
		}
		s = s[i:]
	}
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

func validDay(d model.Date) bool {
	if d.Year < 1900 || d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	return d.Day <= model.DaysIn(d.Year, d.Month)
}

func weekdayOf(d model.Date) int {
	return int(time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC).Weekday())
}

// leadDate is a date stated at the start of an article's lead:
// "Chiều 7/11, …", "Chiều nay (8/9), …", "Sáng thứ Hai (8/9), …",
// "Ngày 12/6/2021, …", "HÀ NỘI - Sáng 7/11, …", "(LĐTĐ) Ngày 4/11, …".
type leadDate struct {
	day, month, year int
	weekday          int // -1 when not stated
	yesterday        bool
}

// dayPartWords may open a lead before its date (folded).
var dayPartWords = map[string]bool{
	"sang": true, "chieu": true, "toi": true, "trua": true, "dem": true, "ngay": true,
	"hom": true, "rang": true, "som": true, "muon": true, "khuya": true, "nay": true, "qua": true,
	"vao": true, "cuoi": true, "dau": true, "thu": true, "chu": true, "nhat": true,
	"hai": true, "ba": true, "tu": true, "nam": true, "sau": true, "bay": true,
	"trong": true, // "Trong 2 ngày 10 và 11/5, …"
}

// parseLeadDate finds a date at the very start of a lead paragraph.
func parseLeadDate(p string) (leadDate, bool) {
	ld := leadDate{weekday: -1}
	if len(p) > 160 {
		p = p[:160]
	}
	p = skipLeadMarker(p)
	if pl, ok := parsePlaceDateline(p); ok {
		if pl.ld.day > 0 {
			return pl.ld, true // "Hà Nội, 12/5/2023 (TTXVN) - …"
		}
		p = pl.rest
	} else {
		p = skipDateline(p)
	}
	// The folded text and its tokens stay on the stack: the fields are
	// taken as appendFieldsN(buf[:0], f, len(buf)) would, written out
	// because an append that may grow would move them to the heap.
	var fb [192]byte
	f := foldInto(fb[:0], p)
	// The loop below gives up at the eighth token and looks at most four
	// tokens ahead: the first eleven tokens decide (a longer list cut to
	// eleven passes every "k+j < len(toks)" test the same way).
	var buf [11]string
	n := 0
	for ; n < len(buf); n++ {
		var w string
		if w, f = nextField(f); w == "" {
			break
		}
		buf[n] = w
	}
	toks := buf[:n]
	words, skip := 0, 0
	for k, t := range toks {
		if skip > 0 {
			skip--
			continue
		}
		if k > 6 {
			return ld, false
		}
		core := strings.Trim(t, "(),:")
		if core == "" {
			continue
		}
		if isDigits(core) && words > 0 && k+2 < len(toks) {
			if toks[k-1] == "trong" && (toks[k+1] == "ngay" || toks[k+1] == "thang") {
				// "Trong 2 ngày 10 và 11/5, …": a count of days; "Trong 3
				// tháng 10, 11 và 12/2023, …" a count of months, not a day.
				if toks[k+1] == "thang" {
					return ld, false
				}
				continue
			}
			if toks[k+1] == "va" || toks[k+1] == "den" {
				// "Ngày 10 và 11/5, …", "Từ ngày 10 đến (ngày) 12/5, …":
				// a span, dated by its last day, read next.
				skip = 1
				if toks[k+2] == "ngay" {
					skip = 2
				}
				continue
			}
		}
		if isDigits(core) && words > 0 && k+2 < len(toks) && toks[k+1] == "thang" {
			// "Ngày 12 tháng 5, …", "Sáng 12 tháng 5 năm 2023, …"
			ld.day, _ = atoi(core)
			m := strings.TrimRight(toks[k+2], ",")
			ld.month, _ = atoi(m)
			end := toks[k+2]
			if !strings.HasSuffix(end, ",") && k+4 < len(toks) && toks[k+3] == "nam" {
				y := strings.TrimRight(toks[k+4], ",")
				if len(y) == 4 && isDigits(y) {
					ld.year, _ = atoi(y)
				}
				end = toks[k+4]
			}
			if !strings.HasSuffix(end, ",") || ld.day < 1 || ld.day > 31 || ld.month < 1 || ld.month > 12 {
				return leadDate{weekday: -1}, false
			}
			return ld, true
		}
		if core[0] >= '0' && core[0] <= '9' {
			if i := strings.IndexByte(core, '-'); i > 0 && words > 0 && isDigits(core[:i]) && strings.IndexByte(core[i:], '/') > 0 {
				core = core[i+1:] // "Trong hai ngày 10-11/5, …": the span's last day
			}
			ns, ok := splitNumbers(core)
			nums, seps := ns.nums, ns.seps
			if !ok || seps[0] != '/' && seps[0] != '-' && seps[0] != '.' {
				return ld, false
			}
			if ns.n == 3 && seps[1] != seps[0] {
				return ld, false
			}
			if words == 0 && !strings.HasPrefix(t, "(") {
				return ld, false // "7/11, …" alone at the start is not a lead date form
			}
			ld.day, _ = atoi(nums[0])
			ld.month, _ = atoi(nums[1])
			if ns.n == 3 {
				if len(nums[2]) != 4 {
					return ld, false
				}
				ld.year, _ = atoi(nums[2])
			}
			// The date must close the opening phrase: "7/11," or "(8/9),".
			rest := strings.TrimLeft(t[strings.Index(t, core)+len(core):], ")")
			// "Ngày 11/5 vừa qua, …" and "Sáng 11/5 ở …" too.
			recent := k+2 < len(toks) && toks[k+1] == "vua" && strings.HasPrefix(toks[k+2], "qua")
			if !strings.HasPrefix(rest, ",") && !(rest == "" && k+1 < len(toks) && (toks[k+1] == "," || strings.HasPrefix(toks[k+1], "tai") ||
				strings.HasPrefix(toks[k+1], "(") || toks[k+1] == "o" || recent)) {
				return ld, false
			}
			if ld.day < 1 || ld.day > 31 || ld.month < 1 || ld.month > 12 {
				return ld, false
			}
			return ld, true
		}
		if !dayPartWords[core] {
			return ld, false
		}
		words++
		switch core {
		case "qua":
			ld.yesterday = true
		case "thu":
			if k+1 < len(toks) {
				if wd, ok := weekdayWords[strings.Trim(toks[k+1], "(),")]; ok {
					ld.weekday = wd
				}
			}
		case "chu":
			ld.weekday = 0
		}
	}
	return ld, false
}

// skipLeadMarker drops an outlet marker "(LĐTĐ)" or "(NLĐO) -" from the
// start of a lead.
func skipLeadMarker(p string) string {
	if m, rest, ok := splitLeadMarker(p); ok && m != "" {
		return rest
	}
	return p
}

// splitLeadMarker splits "(LĐTĐ) Nhằm …" into "LĐTĐ" and "Nhằm …". A
// marker is a short parenthesised name at the very start of the lead: one
// word (LĐTĐ, NLĐO, Chinhphu.vn) or a known outlet (Dân trí).
func splitLeadMarker(p string) (marker, rest string, ok bool) {
	if !strings.HasPrefix(p, "(") {
		return "", p, false
	}
	end := strings.IndexByte(p, ')')
	if end < 2 || end > 40 {
		return "", p, false
	}
	m := strings.TrimSpace(p[1:end])
	if m == "" {
		return "", p, false
	}
	r, _ := utf8.DecodeRuneInString(m)
	if !isUpper(r) {
		return "", p, false
	}
	if strings.ContainsRune(m, ' ') {
		if _, known := markerName(m); !known {
			return "", p, false
		}
	} else if hasDigitRun(m, 1) && !strings.Contains(m, ".") {
		return "", p, false
	}
	rest = strings.TrimLeft(p[end+1:], " ")
	for _, dash := range []string{"- ", "– ", "— ", "-", "–", "—"} {
		if strings.HasPrefix(rest, dash) {
			rest = strings.TrimLeft(rest[len(dash):], " ")
			break
		}
	}
	if rest == "" {
		return "", p, false
	}
	return m, rest, true
}

// placeDateline is the opening of a news-agency lead: "Hà Nội (TTXVN) -
// …", "Hà Nội, 12/5/2023 (TTXVN) - …", "TP HCM - …".
type placeDateline struct {
	marker string   // "TTXVN", or ""
	ld     leadDate // day 0 when the dateline states no date
	rest   string   // the lead after the dash
}

// parsePlaceDateline reads a place (at most four capitalised words),
// optionally ", d/m" or ", d/m/yyyy", optionally an outlet marker in
// parentheses, and a dash. Without a marker or a date it only accepts a
// place followed by a dash (the date parser then reads what follows).
func parsePlaceDateline(p string) (placeDateline, bool) {
	var pl placeDateline
	pl.ld.weekday = -1
	i, dash := -1, ""
	for _, d := range []string{" - ", " – ", " — "} {
		if j := indexSpaced(p[:min(len(p), 70)], d); j > 0 && (i < 0 || j < i) {
			i, dash = j, d
		}
	}
	if i < 0 {
		return pl, false
	}
	head := strings.TrimSpace(p[:i])
	pl.rest = p[i+len(dash):]
	if strings.HasSuffix(head, ")") {
		open := strings.LastIndexByte(head, '(')
		if open < 0 {
			return pl, false
		}
		pl.marker = strings.TrimSpace(head[open+1 : len(head)-1])
		head = strings.TrimSpace(head[:open])
		if pl.marker == "" || strings.ContainsRune(pl.marker, ' ') && !strings.ContainsRune(pl.marker, '/') {
			return pl, false
		}
	}
	if place, date, found := strings.Cut(head, ", "); found {
		ns, ok := splitNumbers(date)
		if !ok || ns.seps[0] != '/' || ns.n == 3 && (ns.seps[1] != '/' || len(ns.nums[2]) != 4) {
			return pl, false
		}
		pl.ld.day, _ = atoi(ns.nums[0])
		pl.ld.month, _ = atoi(ns.nums[1])
		if ns.n == 3 {
			pl.ld.year, _ = atoi(ns.nums[2])
		}
		if pl.ld.day < 1 || pl.ld.day > 31 || pl.ld.month < 1 || pl.ld.month > 12 {
			return pl, false
		}
		head = place
	}
	if head == "" || wordCount(head) > 4 || !isPlaceName(head) {
		return pl, false
	}
	return pl, true
}

// isPlaceName: capitalised words ("Hà Nội", "TP Hồ Chí Minh", "TP.HCM",
// "HẢI PHÒNG").
func isPlaceName(s string) bool {
	for w, rest := nextField(s); w != ""; w, rest = nextField(rest) {
		if w == "-" || w == "–" {
			continue
		}
		if !isUpper(firstRune(w)) || hasDigitRun(w, 1) {
			return false
		}
	}
	return true
}

// skipDateline drops a place dateline in capitals, "HÀ NỘI - ", from the
// start of a lead.
func skipDateline(p string) string {
	for _, dash := range []string{" - ", " – ", " — "} {
		i := indexSpaced(p, dash)
		if i <= 0 || i > 40 {
			continue
		}
		head := p[:i]
		upper := true
		letters := 0
		for _, r := range head {
			if isLower(r) {
				upper = false
				break
			}
			if isUpper(r) {
				letters++
			}
		}
		if upper && letters >= 2 {
			return p[i+len(dash):]
		}
	}
	return p
}

// inferYear infers the year of a date stated without one ("Chiều 7/11")
// from the years the article's own text names (title and body, boilerplate
// already removed):
//
//   - a full date with the same day and month ("ngày 7/11/2024") settles it;
//   - otherwise the candidates are the years named on their own ("năm
//     2024" counts 3, "đến năm 2030" and a bare "(1993)" count 1); only when
//     there are none, the ends of terms ("giai đoạn 2018 - 2023") and the
//     years of other full dates are candidates;
//   - each candidate also scores 1 for every term it falls within, 1 more
//     for every term it starts or ends, and 1 for every other full date in
//     that year;
//   - the best score wins, ties going to the year named first; a weekday
//     stated with the date ("thứ Hai (8/9)") rules out years where it does
//     not fall on that day.
func inferYear(texts []string, ld leadDate) (int, bool) {
	return inferYearOf("", texts, ld)
}

// inferYearOf is inferYear of the texts title, body[0], body[1]… (an
// empty title adds nothing).
func inferYearOf(title string, body []string, ld leadDate) (int, bool) {
	type cand struct{ year, score, first int }
	// The candidates and terms start in arrays on the stack: an article
	// names a few of each.
	var candBuf [16]cand
	var termBuf [8][2]int
	cands, terms := candBuf[:0], termBuf[:0]
	explicit := map[int]int{}
	dated := map[int]int{}
	order := map[int]int{}
	pos := 0
	for k := -1; k < len(body); k++ {
		t := title
		if k >= 0 {
			t = body[k]
		}
		for i := 0; i+4 <= len(t); i++ {
			// No digit in t[i+3:i+11]: no year starts at i … i+10 (a year
			// at q holds t[q … q+3], which meets those eight bytes). Most
			// text holds no digit for long.
			for i+11 <= len(t) && digitMask(load64(t[i+3:])) == 0 {
				i += 11
			}
			if i+4 > len(t) {
				break
			}
			if d := t[i+3]; d < '0' || d > '9' {
				// No four digits at i, i+1, i+2 or i+3: all hold t[i+3].
				i += 3
				continue
			}
			c := t[i]
			if c < '1' || c > '2' {
				continue
			}
			if i > 0 && t[i-1] >= '0' && t[i-1] <= '9' || i+4 < len(t) && t[i+4] >= '0' && t[i+4] <= '9' {
				continue
			}
			y, ok := atoi(t[i : i+4])
			if !ok || y < 1945 || y > 2099 {
				continue
			}
			pos++
			if _, seen := order[y]; !seen {
				order[y] = pos
			}
			before, after := t[:i], t[i+4:]
			switch {
			case strings.HasSuffix(before, "/") || strings.HasSuffix(before, "."):
				d, m, ok := dayMonthBefore(before)
				if ok && d == ld.day && m == ld.month {
					explicit[y] += 100
				} else {
					dated[y]++
				}
			case isRangeEnd(before):
				// counted with its start
			case isRangeSep(after):
				if y2, ok := rangeEnd(after); ok && y2 >= y {
					terms = append(terms, [2]int{y, y2})
				}
			case isPeriodBound(before, after):
				// "từ năm 2019 (đến nay)", "đến năm 2030", "trước năm
				// 2020": a bound of a period, not the time of the news.
			case hasSuffixFold(before, "năm "):
				explicit[y] += 3
			default:
				explicit[y]++
			}
			i += 3
		}
	}
	if len(explicit) > 0 {
		for y := range explicit {
			cands = append(cands, cand{year: y})
		}
	} else {
		seen := map[int]bool{}
		for _, r := range terms {
			for _, y := range r {
				if !seen[y] {
					seen[y] = true
					cands = append(cands, cand{year: y})
				}
			}
		}
		for y := range dated {
			if !seen[y] {
				seen[y] = true
				cands = append(cands, cand{year: y})
			}
		}
	}
	// Never a year after the current one: a year ahead is a plan.
	limit := time.Now().Year()
	best := -1
	for i := range cands {
		c := &cands[i]
		if c.year > limit {
			continue
		}
		c.first = order[c.year]
		c.score = explicit[c.year] + dated[c.year]
		for _, r := range terms {
			if c.year >= r[0] && c.year <= r[1] {
				c.score++
			}
			if c.year == r[0] || c.year == r[1] {
				c.score++
			}
		}
		d := model.Date{Year: c.year, Month: ld.month, Day: ld.day}
		if !validDay(d) || ld.weekday >= 0 && weekdayOf(d) != ld.weekday {
			continue
		}
		if best < 0 || c.score > cands[best].score || c.score == cands[best].score && c.first < cands[best].first {
			best = i
		}
	}
	if best < 0 {
		return 0, false
	}
	// "tổng kết năm 2024, triển khai nhiệm vụ năm 2025": two adjacent
	// years named as often. Such reviews run from December to February, so
	// the month decides: from July on the article is in the earlier year,
	// before July in the later one. Only the best year's own neighbours
	// count: comparing with a year already moved to would walk a chain of
	// tied years in the order of a map, a different answer each run.
	b := cands[best].year
	y := b
	for i := range cands {
		c := cands[i]
		if i == best || c.year != b-1 && c.year != b+1 || c.score != cands[best].score || explicit[c.year] == 0 {
			continue
		}
		d := model.Date{Year: c.year, Month: ld.month, Day: ld.day}
		if !validDay(d) || ld.weekday >= 0 && weekdayOf(d) != ld.weekday {
			continue
		}
		if ld.month >= 7 {
			y = min(y, c.year)
		} else {
			y = max(y, c.year)
		}
	}
	return y, true
}

// isPeriodBound reports a year that bounds a period rather than dating
// the news: "từ năm 2019", "đến năm 2030", "tới năm", "trước năm", "sau
// năm", "năm 2019 đến nay".
func isPeriodBound(before, after string) bool {
	for _, p := range []string{"từ năm ", "đến năm ", "tới năm ", "trước năm ", "sau năm ", "Từ năm ", "Đến năm ", "Tới năm ", "Trước năm ", "Sau năm "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	a := strings.TrimLeft(after, " ,)")
	return strings.HasPrefix(a, "đến nay") || strings.HasPrefix(a, "tới nay") || strings.HasPrefix(a, "đến hết")
}

// rangeEnd reads the year after " - " in s (which isRangeSep accepted).
func rangeEnd(s string) (int, bool) {
	s = strings.TrimLeft(s, " -–—")
	if len(s) < 4 {
		return 0, false
	}
	return atoi(s[:4])
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// isRangeSep reports whether s starts with " - 2023", "-2023", " – 2023".
func isRangeSep(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, d := range []string{"-", "–", "—"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			rest = strings.TrimLeft(rest, " ")
			return len(rest) >= 4 && isDigits(rest[:4]) && (len(rest) == 4 || rest[4] < '0' || rest[4] > '9')
		}
	}
	return false
}

// isRangeEnd reports whether before ends with "2018 - ", "2018-", "2018 – ".
func isRangeEnd(before string) bool {
	b := strings.TrimRight(before, " ")
	for _, d := range []string{"-", "–", "—"} {
		if rest, ok := strings.CutSuffix(b, d); ok {
			rest = strings.TrimRight(rest, " ")
			return len(rest) >= 4 && isDigits(rest[len(rest)-4:]) && (len(rest) == 4 || rest[len(rest)-5] < '0' || rest[len(rest)-5] > '9')
		}
	}
	return false
}

// dayMonthBefore reads "12/6/" at the end of before.
func dayMonthBefore(before string) (int, int, bool) {
	sep := before[len(before)-1]
	b := before[:len(before)-1]
	i := len(b)
	for i > 0 && b[i-1] >= '0' && b[i-1] <= '9' {
		i--
	}
	m, ok := atoi(b[i:])
	if !ok || i == 0 || b[i-1] != sep {
		return 0, 0, false
	}
	b = b[:i-1]
	j := len(b)
	for j > 0 && b[j-1] >= '0' && b[j-1] <= '9' {
		j--
	}
	d, ok := atoi(b[j:])
	if !ok {
		return 0, 0, false
	}
	return d, m, true
}
