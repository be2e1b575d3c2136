package data

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// hints are fields a structured source (a .jsonl line) states outright;
// they win over what the text says.
type hints struct {
	title, date, source, author, url string
}

// Parse turns one raw scraped article into an Article. It never fails: what
// it cannot find stays empty (an unknown date), with a warning. rec finds
// the union bodies; nil means orgs.Default().
func Parse(name string, raw []byte, rec *orgs.Recognizer) model.Article {
	a, _ := parseText(name, string(raw), hints{}, rec)
	return a
}

// parseText is Parse on text the caller no longer modifies. It also says
// what cleaning the text needed.
func parseText(name, text string, h hints, rec *orgs.Recognizer) (model.Article, cleanStats) {
	text, st, pairAt := cleanTextSpaces(text)
	return parseClean(name, text, st, pairAt, h, rec), st
}

// parseClean is parseText on text cleaned by cleanTextSpaces, which gave
// st and pairAt.
func parseClean(name, text string, st cleanStats, pairAt int, h hints, rec *orgs.Recognizer) model.Article {
	// The parser and the article it fills stay on the stack: the article
	// is returned by value.
	p := parser{h: h}
	p.a.File = name
	// The lines are scratch, on the stack unless there are very many: the
	// parser copies the paragraphs it keeps.
	var buf [256]string
	p.run(splitLines(buf[:0], text, pairAt))
	if st.invalid > 0 {
		p.a.Warnings = append(p.a.Warnings, fmt.Sprintf("%d invalid UTF-8 sequence(s) replaced with U+FFFD", st.invalid))
	}
	if st.controls > 0 {
		p.a.Warnings = append(p.a.Warnings, fmt.Sprintf("%d control, escape or invisible character(s) removed", st.controls))
	}
	if rec == skipOrgs {
		return p.a
	}
	if rec == nil {
		rec = orgs.Default()
	}
	// Extract does not keep its argument: the article stays on the stack.
	p.a.Organisations = rec.Extract(&p.a)
	return p.a
}

type parser struct {
	a model.Article // the article being filled
	h hints

	// Evidence for the outlet, strongest first.
	srcStated, srcTheo, srcNamed, srcMarker, srcDomain, srcTitle string

	// undatedLead: the lead states a day and month whose year nothing
	// gives; a URL date of another month must not replace it.
	undatedLead bool
}

func (p *parser) run(lines []string) {
	a := &p.a
	haveDate := false
	// Header: junk lines, date lines and view counters around the title.
	i := 0
	titleSeen := p.h.title != ""
	for i < len(lines) && i < 10 {
		l := lines[i]
		if d, ok := parseDateLine(l); ok {
			if !haveDate {
				a.Date, haveDate = d, true
			}
			if a.Author == "" && containsSpaced(l, " - ") {
				if _, name, isMeta := nameDashDate(l); isMeta {
					a.Author = name // "Thu Hà - 12/05/2023 08:30"
				}
			}
			i++
			continue
		}
		if titleSeen && len(l) < 200 {
			// Source and labelled byline lines under the headline.
			if src, url, ok := sourceLine(l); ok {
				if src != "" && p.srcStated == "" {
					p.srcStated = src
				}
				if url != "" && a.URL == "" {
					a.URL = url
				}
				i++
				continue
			}
			if name, ok := isOutletLine(l); ok {
				if p.srcNamed == "" {
					p.srcNamed = name
				}
				i++
				continue
			}
			if name, ok := labelledAuthor(l); ok {
				if a.Author == "" {
					a.Author = name
				}
				i++
				continue
			}
			// A bare byline above the lead: a short list of capitalised
			// names followed by a long paragraph.
			if fieldCount(l, 7) <= 6 && i+1 < len(lines) && (len(lines[i+1]) > 120 || isDateLine(lines[i+1])) && a.Author == "" {
				// isOutletLine(l) said no above.
				if name, src, ok := authorLineOf(l, a.Title, true); ok && !strings.Contains(l, "/") {
					a.Author = name
					if src != "" && p.srcTheo == "" {
						p.srcTheo = src
					}
					i++
					continue
				}
			}
		}
		if d, author, ok := p.metaLine(l); ok {
			if !haveDate && d.Known() {
				a.Date, haveDate = d, true
			}
			if a.Author == "" {
				a.Author = author
			}
			i++
			continue
		}
		if isJunkHeader(l) || titleSeen && l == p.h.title {
			i++
			continue
		}
		if !titleSeen && i == 0 && len(lines) > 2 && len(l) <= 80 {
			// The page opens with the outlet's name: "NHÂN DÂN", "BÁO LAO
			// ĐỘNG", "Báo Quảng Ninh điện tử".
			if name, ok := isOutletLine(l); ok && !isUnionName(l) {
				p.srcNamed = name
				i++
				continue
			}
		}
		if !titleSeen {
			if isSectionLabel(lines, i) || isNavAt(lines, i) || isCapsMastheadAt(lines, i) {
				// A masthead among the menu lines names the outlet: "VOV.VN",
				// "Báo Bà Rịa - Vũng Tàu", "Znews", "QĐND" (not "Lao động", a
				// section).
				if isDomainWord(l) || strings.HasPrefix(l, "Báo ") || outletDisplayNames[l] && !isUnionName(l) || isMarkerLine(l) {
					if name, ok := isOutletLine(l); ok && p.srcNamed == "" {
						p.srcNamed = name
					}
				}
				i++
				continue
			}
			if repeatsBelow(lines, i) && isParagraphLine(l) { // the cheaper test first
				// The page's description (its lead) dumped above the
				// headline; the lead itself follows.
				i++
				continue
			}
			a.Title, titleSeen = l, true
			i++
			continue
		}
		break
	}
	if p.h.title != "" {
		a.Title = p.h.title
	}
	if head, outlet, ok := splitTitleOutlet(a.Title); ok {
		a.Title, p.srcTitle = head, outlet
	}
	body := lines[i:]

	// Cut the related-links / tags / comments block and everything after.
	// A related-links box inside the article goes alone (kept collects
	// the text around such boxes, in one pass).
	var tail, kept []string
	start, stop := 0, len(body)
	for k := 0; k < len(body); k++ {
		l := body[k]
		if len(l) < 200 && isCutLine(l) {
			if k == 0 {
				continue
			}
			if end, ok := midArticleBox(body, k); ok {
				if kept == nil {
					kept = make([]string, 0, len(body))
				}
				kept = append(kept, body[start:k]...)
				start, k = end, end-1
				continue
			}
			stop, tail = k, body[k+1:]
			break
		}
	}
	if kept != nil {
		body = append(kept, body[start:stop]...)
	} else {
		body = body[:stop]
	}

	// Footer: source, URL, author lines at the end.
	var dropBuf [8]int // footer looks at eight lines at most
	drop := p.footer(dropBuf[:0], body, &haveDate)
	if a.URL == "" {
		p.tailURL(tail)
	}
	dropped := func(k int) bool {
		for _, d := range drop {
			if d == k {
				return true
			}
		}
		return false
	}

	// Body paragraphs, without chrome, duplicates and teasers. They are
	// gathered in place (out never passes the line being read, and only
	// that line is read), then copied out of the scratch lines.
	out := body[:0]
	for k, l := range body {
		if dropped(k) {
			continue
		}
		if len(l) < 200 && (isChromeLine(l) || isInlineRelated(l) || k == 0 && isCutLine(l)) {
			continue
		}
		if l == a.Title || len(out) > 0 && l == out[len(out)-1] {
			continue // title repeated as a caption; caption repeated twice
		}
		if len(out) < 3 && isTeaser(l) {
			continue
		}
		if !haveDate && k < 4 && len(out) < 3 && len(l) <= 100 {
			// A date line below a sapo or a caption under the headline.
			if d, ok := parseDateLine(l); ok {
				a.Date, haveDate = d, true
				continue
			}
		}
		if len(out) == 0 {
			if m, rest, ok := splitLeadMarker(l); ok {
				p.srcMarker = markerOutlet(m)
				l = rest
			} else if m, rest, ok := splitBareMarker(l); ok {
				p.srcMarker = m
				l = rest
			} else if pl, ok := parsePlaceDateline(l); ok && pl.marker != "" {
				// "Hà Nội (TTXVN) - …": the place stays, the marker names
				// the outlet ("TTXVN/Vietnam+" → TTXVN).
				m, _, _ := strings.Cut(pl.marker, "/")
				m = strings.TrimSpace(m)
				if _, known := markerName(m); known || isDomainWord(m) {
					p.srcMarker = markerOutlet(m)
				}
			}
		}
		out = append(out, l)
	}
	a.Body = append(make([]string, 0, len(out)), out...)

	if p.h.date != "" {
		// A stated date field wins over the text.
		if d, ok := parseDateLine(p.h.date); ok {
			a.Date, haveDate = d, true
		} else if d, ok := parseFeedDate(p.h.date); ok {
			a.Date, haveDate = d, true
		} else {
			a.Warnings = append(a.Warnings, fmt.Sprintf("date %q not understood", truncate(p.h.date, 40)))
		}
	}
	if !haveDate {
		haveDate = p.leadDate()
	}
	if !haveDate {
		// The text states no date; a dated URL path (/2024/11/07/) does.
		if y, m, d, ok := urlDate(p.articleURL()); ok && d > 0 && !p.undatedLead {
			a.Date, haveDate = model.Date{Year: y, Month: m, Day: d, Precision: model.PrecisionDay}, true
			a.Warnings = append(a.Warnings, "date taken from the URL")
		}
	}
	if !haveDate {
		a.Date = model.Date{Precision: model.PrecisionUnknown}
		a.Warnings = append(a.Warnings, "no publication date found")
	}

	if p.h.url != "" {
		a.URL = p.h.url
	}
	if a.URL != "" && p.srcDomain == "" {
		p.srcDomain = outletForDomain(hostOf(a.URL))
	}
	for _, s := range []string{p.h.source, p.srcStated, p.srcTheo, p.srcNamed, p.srcMarker, p.srcDomain, p.srcTitle} {
		if s != "" {
			a.Source = s
			break
		}
	}
	if p.h.author != "" {
		a.Author = p.h.author
	}
	if a.Title == "" {
		a.Warnings = append(a.Warnings, "no title found")
	}
	if len(a.Body) == 0 {
		a.Warnings = append(a.Warnings, "no body text")
	}
}

// feedDateLayouts are the date forms of RSS and Atom feeds, as found in the
// date field of scraped JSON.
var feedDateLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST",
	time.RFC822Z, time.RFC822, time.RFC3339Nano, "2006-01-02 15:04:05 -0700", "2006-01-02 15:04:05-07:00",
}

// parseFeedDate parses a feed date ("Sun, 06 Nov 2022 09:20:19 +0700")
// into Vietnam time.
func parseFeedDate(s string) (model.Date, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range feedDateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		t = t.In(model.Vietnam)
		return model.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day(), Hour: t.Hour(), Minute: t.Minute(),
			Second: t.Second(), HasTime: true, HasSeconds: strings.Count(layout, ":") >= 2, Precision: model.PrecisionExact}, true
	}
	return model.Date{}, false
}

func isDateLine(l string) bool {
	_, ok := parseDateLine(l)
	return ok
}

// metaLine parses a header line of metadata segments separated by " | ",
// such as "Thu Hà | 06/11/2023 09:20 | 1.234 lượt xem" or "Cập nhật:
// 06/11/2023 | Tác giả: Thu Hà". Every segment must be a date, a counter, a
// byline or a source; otherwise the line is not metadata.
func (p *parser) metaLine(l string) (d model.Date, author string, ok bool) {
	if len(l) > 200 {
		return d, "", false
	}
	if !containsSpaced(l, " | ") {
		if strings.IndexByte(l, ':') < 0 || !containsSpaced(l, " - ") {
			return d, "", false // nameDashDate needs a time and a dash
		}
		return nameDashDate(l)
	}
	for _, seg := range strings.Split(l, " | ") {
		seg = strings.TrimSpace(seg)
		if dd, isDate := parseDateLine(seg); isDate {
			if !d.Known() {
				d = dd
			}
			continue
		}
		if d.Known() && !d.HasTime {
			// "Thứ sáu, 12/05/2023 | 08:30 | Thu Hà": the time on its own.
			if tp := (dateParse{weekday: -1}); tp.timeToken(strings.TrimSuffix(seg, " (GMT+7)")) {
				d.Hour, d.Minute, d.Second, d.HasTime, d.HasSeconds = tp.d.Hour, tp.d.Minute, tp.d.Second, true, tp.d.HasSeconds
				if d.Hour <= 23 && d.Minute <= 59 && d.Second <= 59 {
					d.Precision = model.PrecisionExact
					continue
				}
				return model.Date{}, "", false
			}
		}
		if isChromeLine(seg) {
			continue
		}
		if src, _, isSrc := sourceLine(seg); isSrc {
			if src != "" && p.srcStated == "" {
				p.srcStated = src
			}
			continue
		}
		if isFollowLine(seg) {
			continue
		}
		if name, isOutlet := isOutletLine(seg); isOutlet {
			if p.srcNamed == "" {
				p.srcNamed = name
			}
			continue
		}
		if name, src, isAuthor := authorLineOf(seg, "", true); isAuthor { // not an outlet (above)
			author = name
			if src != "" && p.srcTheo == "" {
				p.srcTheo = src
			}
			continue
		}
		return model.Date{}, "", false
	}
	return d, author, true
}

// isSectionLabel reports a site section name above the headline ("Thời
// sự", "Công đoàn"): a short line of at most three words without digits,
// followed by a longer line that is itself followed by a date line.
func isSectionLabel(lines []string, i int) bool {
	l := lines[i]
	if len(l) > 30 || hasDigitRun(l, 1) || fieldCount(l, 4) > 3 || i+2 >= len(lines) {
		return false
	}
	next := lines[i+1]
	if len(next) <= len(l) || len(next) > 300 {
		return false
	}
	_, ok := parseDateLine(lines[i+2])
	return ok
}

// leadDate reads a date from the start of the lead ("Chiều 7/11, …"),
// inferring a missing year from the article's own text.
func (p *parser) leadDate() bool {
	a := &p.a
	for k := 0; k < len(a.Body) && k < 2; k++ {
		ld, ok := parseLeadDate(a.Body[k])
		if !ok {
			continue
		}
		d := model.Date{Year: ld.year, Month: ld.month, Day: ld.day, Precision: model.PrecisionDay}
		if ld.year == 0 {
			y, ok := inferYearOf(a.Title, a.Body, ld)
			if !ok {
				y, ok = p.urlYear(ld.month)
			}
			if !ok {
				a.Warnings = append(a.Warnings, fmt.Sprintf("lead date %d/%d has no year and the text names none", ld.day, ld.month))
				p.undatedLead = true
				return false
			}
			d.Year, d.Precision = y, model.PrecisionInferred
		}
		if !validDay(d) {
			continue
		}
		if ld.yesterday {
			t := time.Date(d.Year, time.Month(d.Month), d.Day+1, 0, 0, 0, 0, time.UTC)
			d.Year, d.Month, d.Day = t.Year(), int(t.Month()), t.Day()
		}
		a.Date = d
		return true
	}
	return false
}

// articleURL is the article's own URL, stated or found.
func (p *parser) articleURL() string {
	if p.h.url != "" {
		return p.h.url
	}
	return p.a.URL
}

// urlYear takes the year from a dated URL path (/2024/11/07/ or /2024/11/)
// when the text names none, provided the URL's month is the lead date's
// month or next to it (an article published a day or so later).
func (p *parser) urlYear(month int) (int, bool) {
	y, m, _, ok := urlDate(p.articleURL())
	if !ok {
		return 0, false
	}
	switch {
	case m == month, m == month+1, m == month-1:
		return y, true
	case month == 12 && m == 1:
		return y - 1, true
	case month == 1 && m == 12:
		return y + 1, true
	}
	return 0, false
}

// urlDate finds /yyyy/mm/ or /yyyy/mm/dd/ in a URL's path (day 0 when
// absent).
func urlDate(url string) (y, m, d int, ok bool) {
	host := hostOf(url)
	if host == "" {
		return 0, 0, 0, false
	}
	i := strings.Index(url, host)
	segs := strings.Split(url[i+len(host):], "/")
	for k := 0; k+1 < len(segs); k++ {
		if len(segs[k]) != 4 || len(segs[k+1]) < 1 || len(segs[k+1]) > 2 {
			continue
		}
		y, ok1 := atoi(segs[k])
		m, ok2 := atoi(segs[k+1])
		if !ok1 || !ok2 || y < 1990 || y > 2099 || m < 1 || m > 12 {
			continue
		}
		if k+2 < len(segs) && len(segs[k+2]) <= 2 {
			if dd, ok3 := atoi(segs[k+2]); ok3 && validDay(model.Date{Year: y, Month: m, Day: dd}) {
				d = dd
			}
		}
		return y, m, d, true
	}
	return 0, 0, 0, false
}

// footer recognises the closing lines, from the last one up: source and URL
// lines, "Theo X", "NAME/domain", bylines, and an empty "Nguồn :". It
// appends to drop the indexes of body lines it consumed.
func (p *parser) footer(drop []int, body []string, haveDate *bool) []int {
	a := &p.a
	seen := 0
	for k := len(body) - 1; k >= 0 && seen < 8; k-- {
		l := body[k]
		seen++
		if len(l) > 400 {
			break
		}
		if isChromeLine(l) {
			drop = append(drop, k)
			continue
		}
		if src, url, ok := sourceLine(l); ok {
			if src != "" && p.srcStated == "" {
				p.srcStated = src
			}
			if url != "" && a.URL == "" {
				a.URL = url
			}
			drop = append(drop, k)
			continue
		}
		if u, ok := bareURL(l); ok {
			if a.URL == "" {
				a.URL = u
			}
			drop = append(drop, k)
			continue
		}
		if u, ok := labelledURL(l); ok {
			if a.URL == "" {
				a.URL = u
			}
			drop = append(drop, k)
			continue
		}
		if src, ok := theoLine(l); ok {
			if p.srcTheo == "" {
				p.srcTheo = src
			}
			drop = append(drop, k)
			continue
		}
		if src, ok := agencyLine(l); ok {
			if p.srcTheo == "" {
				p.srcTheo = src
			}
			drop = append(drop, k)
			continue
		}
		if !*haveDate {
			if d, ok := parseDateLine(l); ok {
				a.Date, *haveDate = d, true
				drop = append(drop, k)
				continue
			}
		}
		if isPhotoCredit(l) || isEditorLine(l) {
			drop = append(drop, k)
			continue
		}
		if a.Author == "" && containsSpaced(l, " | ") {
			// "Thảo Nguyên | Báo Tin tức"
			if _, author, ok := p.metaLine(l); ok && author != "" {
				a.Author = author
				drop = append(drop, k)
				break
			}
		}
		if name, ok := isOutletLine(l); ok {
			if p.srcNamed == "" {
				p.srcNamed = name
			}
			drop = append(drop, k)
			continue
		}
		if a.Author == "" {
			if name, outlet, ok := authorOutletLine(l); ok {
				a.Author = name
				if p.srcTheo == "" {
					p.srcTheo = outlet
				}
				drop = append(drop, k)
				break
			}
			if name, domain, ok := authorDomainLine(l); ok {
				a.Author = name
				p.srcDomain = outletForDomain(domain)
				drop = append(drop, k)
				break
			}
			if name, src, ok := authorLineOf(l, a.Title, true); ok { // not an outlet (above)
				a.Author = name
				if src != "" && p.srcTheo == "" {
					p.srcTheo = src
				}
				drop = append(drop, k)
				break
			}
		}
		break
	}
	return drop
}

// tailURL finds the article's URL in the boilerplate cut from its end:
// a "Nguồn: URL" line anywhere in it, or a bare URL line among its last two
// lines (pages often print their own address at the very end, after the
// related links). Teaser text never counts.
func (p *parser) tailURL(tail []string) {
	urls := 0
	for _, l := range tail {
		if _, ok := bareURL(l); ok {
			urls++
		}
	}
	for k, l := range tail {
		if len(l) > 600 {
			continue
		}
		if src, url, ok := sourceLine(l); ok && url != "" {
			p.a.URL = url
			if src != "" && p.srcStated == "" {
				p.srcStated = src
			}
			return
		}
		if k >= len(tail)-2 && urls == 1 {
			// One bare URL: the page's own (a list of them links others).
			if u, ok := bareURL(l); ok {
				p.a.URL = u
				return
			}
		}
	}
}

// sourceLine parses "Nguồn CAND: https://…", "Nguồn: https://…",
// "Nguồn: Báo Lao Động".
func sourceLine(l string) (src, url string, ok bool) {
	if len(l) > 600 {
		return "", "", false
	}
	if strings.HasPrefix(l, "(") && strings.HasSuffix(l, ")") {
		l = strings.TrimSpace(l[1 : len(l)-1]) // "(Nguồn: TTXVN)"
	}
	rest, ok := cutPrefixFold(l, "Nguồn")
	if !ok {
		return "", "", false
	}
	colon := strings.IndexByte(rest, ':')
	if colon < 0 {
		return "", "", false
	}
	name := strings.TrimSpace(rest[:colon])
	val := strings.TrimSpace(rest[colon+1:])
	if utf8.RuneCountInString(name) > 40 || rest != "" && rest[0] != ' ' && rest[0] != ':' {
		return "", "", false
	}
	if u, isURL := bareURL(val); isURL {
		url = u
		if name == "" || isLower(firstRune(name)) {
			// "Nguồn: URL", "Nguồn bài viết: URL": the outlet is the site's.
			return outletForDomain(hostOf(u)), u, true
		}
		return name, u, true
	}
	if name != "" {
		// "Nguồn tin: …" and the like: not a source line.
		return "", "", false
	}
	if val == "" || utf8.RuneCountInString(val) > 60 {
		return "", "", val == ""
	}
	if strings.ContainsRune(val, '.') && !strings.ContainsRune(val, ' ') {
		return outletForDomain(val), "", true
	}
	return capitalise(strings.TrimSuffix(val, ".")), "", true
}

// bareURL reports a line that is one http(s) URL.
func bareURL(l string) (string, bool) {
	if strings.HasPrefix(l, "<") && strings.HasSuffix(l, ">") {
		l = l[1 : len(l)-1] // "<https://nld.com.vn/…>"
	}
	if strings.HasPrefix(l, "www.") && strings.IndexByte(l, '/') > 0 && !strings.ContainsAny(l, " \t") && isDomainWord(l[:strings.IndexByte(l, '/')]) {
		l = "https://" + l // "www.sggp.org.vn/…": the page's address without its scheme
	}
	// strings.ContainsAny(l, " \t") as two vector searches (a URL is long
	// and has neither).
	if !(strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) || strings.IndexByte(l, ' ') >= 0 || strings.IndexByte(l, '\t') >= 0 {
		return "", false
	}
	if hostOf(l) == "" {
		return "", false
	}
	return l, true
}

// labelledURL parses "Link bài gốc: https://…", "Xem bài gốc tại:
// https://…": a short label, a colon, one URL.
func labelledURL(l string) (string, bool) {
	i := strings.Index(l, ": http")
	if i <= 0 || i > 40 || fieldCount(l[:i], 6) > 5 {
		return "", false
	}
	return bareURL(strings.TrimSpace(l[i+1:]))
}

// theoLine parses a closing "Theo Người Lao Động" or "(Theo TTXVN)".
func theoLine(l string) (string, bool) {
	s := l
	if strings.HasPrefix(s, "(") && strings.HasSuffix(s, ")") {
		s = s[1 : len(s)-1]
	}
	rest, ok := cutPrefixFold(s, "Theo ")
	if !ok || len(rest) > 80 || strings.ContainsAny(rest, ",;:!?") {
		return "", false
	}
	rest = strings.TrimSuffix(strings.TrimSpace(rest), ".")
	words := fieldCount(rest, 8)
	if words == 0 || words > 7 {
		return "", false
	}
	if words == 1 && strings.ContainsRune(rest, '.') && letterCount(rest, 3) >= 3 && !strings.ContainsAny(rest, "/@") {
		return outletForDomain(rest), true // "Theo baothanhhoa.vn"
	}
	r := firstRune(rest)
	var fb [128]byte // the fold is only read here: keep it on the stack
	f := foldInto(fb[:0], rest)
	if !isUpper(r) && !strings.HasPrefix(f, "bao ") && !strings.HasPrefix(f, "tap chi ") && !strings.HasPrefix(f, "dai ") && !strings.HasPrefix(f, "cong ") {
		return "", false
	}
	if !strings.ContainsRune(rest, ' ') && strings.ContainsRune(rest, '.') {
		return outletForDomain(rest), true
	}
	if name, known := outletByName[outletKeyFolded(f)]; known { // outletKey(rest), f being its fold
		return name, true // "Theo Báo Lao Động" → Lao Động
	}
	return capitalise(rest), true
}

// agencyLine parses a closing "(TTXVN)", "(TTXVN/Vietnam+)" or
// "(Vietnam+)": a known outlet marker alone in parentheses.
func agencyLine(l string) (string, bool) {
	if len(l) > 40 || !strings.HasPrefix(l, "(") || !strings.HasSuffix(l, ")") {
		return "", false
	}
	inner := strings.TrimSpace(l[1 : len(l)-1])
	first, _, _ := strings.Cut(inner, "/")
	first = strings.TrimSpace(first)
	if name, known := markerName(first); known {
		return name, true
	}
	var fb [64]byte // outletKey(first), folded on the stack
	if name, known := outletByName[outletKeyFolded(foldInto(fb[:0], first))]; known {
		return name, true
	}
	return "", false
}

// isEditorLine reports an editor's credit, "Biên tập: Minh Anh", which
// names no author.
func isEditorLine(l string) bool {
	if len(l) > 80 {
		return false
	}
	for _, p := range []string{"Biên tập:", "Biên tập viên:", "BTV:", "Biên tập :"} {
		if _, ok := cutPrefixFold(l, p); ok {
			return true
		}
	}
	return false
}

// isPhotoCredit reports a stand-alone "Ảnh: …" credit line.
func isPhotoCredit(l string) bool {
	return len(l) < 120 && (strings.HasPrefix(l, "Ảnh: ") || strings.HasPrefix(l, "Ảnh minh họa") || strings.HasPrefix(l, "Ảnh minh hoạ"))
}

// authorDomainLine parses "NGỌC HIẾU/baolangson.vn".
func authorDomainLine(l string) (name, domain string, ok bool) {
	i := strings.LastIndexByte(l, '/')
	if i <= 0 || i == len(l)-1 {
		return "", "", false
	}
	domain = strings.TrimSpace(l[i+1:])
	if !strings.ContainsRune(domain, '.') || strings.ContainsAny(domain, " /:") || letterCount(domain, 2) < 2 {
		return "", "", false
	}
	name = strings.TrimSpace(l[:i])
	if !isNameList(name) {
		return "", "", false
	}
	return titleCase(name), domain, true
}

// authorLabels introduce a byline.
var authorLabels = []string{"Tác giả:", "Nội dung:", "Thực hiện:", "Đăng bởi:", "Người đăng:", "Người viết:", "Tin:", "Bài và ảnh:", "Bài, ảnh:", "Bài và ảnh :", "Bài:", "Tin, ảnh:", "Tin và ảnh:", "Nhóm PV:", "Phóng viên:", "PV:"}

// nameOnlyLabels are credit labels that give an author only when personal
// names follow them.
var nameOnlyLabels = map[string]bool{"Nội dung:": true, "Thực hiện:": true, "Đăng bởi:": true, "Người đăng:": true, "Người viết:": true, "Tin:": true}

// authorLine recognises a closing byline: "Minh Khuê", "Phú Lữ - Trần
// Quyết", "P.Ngân", "NGỌC HIẾU", "Tác giả: …", "Minh Khuê (Theo TTXVN)".
// It returns the name, and an outlet if the byline names one.
func authorLine(l, title string) (name, src string, ok bool) {
	return authorLineOf(l, title, false)
}

// authorLineOf is authorLine for callers that may already know that l is
// not an outlet's line (isOutletLine(l) said no): the check is not repeated.
func authorLineOf(l, title string, notOutlet bool) (name, src string, ok bool) {
	if l == title || len(l) > 120 {
		return "", "", false
	}
	if name, ok := labelledAuthor(l); ok {
		return name, "", true
	}
	if !notOutlet {
		if _, isOutlet := isOutletLine(l); isOutlet {
			return "", "", false
		}
	}
	if i := strings.LastIndexByte(l, ' '); i > 0 && strings.Contains(l[i+1:], "@") && strings.Contains(l[i+1:], ".") {
		// "Thùy Linh thuylinh@thanhnien.vn", "Thu Hà - thuha@x.vn"
		l = strings.TrimRight(l[:i], " -–|")
	}
	for _, sep := range []string{" - Ảnh: ", " – Ảnh: ", ", ảnh: ", " - ảnh: ", "; ảnh: "} {
		if strings.IndexByte(l, ':') < 0 {
			break // every separator holds a colon
		}
		if i := strings.Index(l, sep); i > 0 {
			l = strings.TrimSpace(l[:i]) // "Bài: Thu Hà - Ảnh: Ngọc Thành"
		}
	}
	if name, ok := labelledAuthor(l); ok {
		return name, "", true
	}
	if strings.IndexByte(l, ':') >= 0 { // every label ends with a colon
		for _, lab := range authorLabels {
			if _, ok := cutPrefixFold(l, lab); ok {
				return "", "", false
			}
		}
	}
	s := l
	if strings.HasSuffix(s, ")") {
		if open := strings.LastIndexByte(s, '('); open > 0 {
			inner := strings.TrimSpace(s[open+1 : len(s)-1])
			f := model.Fold(inner)
			switch {
			case f == "th" || f == "t/h" || f == "tong hop" || f == "ctv" || f == "thuc hien" || f == "luoc dich" || f == "bien dich" || f == "ghi":
			case strings.HasPrefix(f, "theo "):
				src, _ = theoLine(inner)
			case isUpper(firstRune(inner)) && len(inner) <= 40:
				if first, _, found := strings.Cut(inner, "/"); found {
					src = markerOutlet(strings.TrimSpace(first)) // "(TTXVN/Vietnam+)"
				} else if _, isOutlet := isOutletLine(inner); isOutlet {
					src = inner // "Thu Hà (Báo Lao Động)", "(TTXVN)"
				} else if name, known := markerName(inner); known {
					src = name // "(Vietnam+)"
				}
				// Otherwise the writer's unit, "Thu Hà (LĐLĐ huyện Nam
				// Đàn)", "(Công đoàn Giáo dục Việt Nam)": not an outlet.
			default:
				return "", "", false
			}
			s = strings.TrimSpace(s[:open])
		}
	}
	if i := strings.LastIndex(s, " - "); i > 0 && src == "" && maybeOutletName(strings.TrimSpace(s[i+3:])) {
		if _, isOutlet := isOutletLine(strings.TrimSpace(s[i+3:])); isOutlet {
			src, s = strings.TrimSpace(s[i+3:]), strings.TrimSpace(s[:i]) // "Lan Anh - Báo Hà Tĩnh"
		}
	}
	if !isNameList(s) {
		if desk, ok := deskCredit(s); ok {
			return desk, src, true
		}
		return "", "", false
	}
	return titleCase(s), src, true
}

// deskDepartments are the departments of a union body (or of a paper)
// that sign articles, folded: "Ban Tuyên giáo", "Ban Chính sách - Pháp
// luật", "Ban Nữ công".
var deskDepartments = []string{"tuyen giao", "to chuc", "chinh sach", "phap luat", "nu cong", "kiem tra",
	"quan he lao dong", "tai chinh", "cong tac co so", "dan van", "thi dua", "bien tap", "thoi su", "khoa giao"}

// deskNameWords are the lower-case words a body's name after the
// department may have, folded: "Công đoàn ngành Y tế", "LĐLĐ tỉnh Nghệ
// An", "Tỉnh ủy", "Công đoàn Viên chức", "Khu công nghiệp". Any other
// lower-case word makes the line a sentence ("Ban Tổ chức Hội thi trao
// giải Nhất", "Văn phòng Chính phủ ban hành Công điện").
var deskNameWords = map[string]bool{"doan": true, "dong": true, "nganh": true, "tinh": true, "thanh": true,
	"pho": true, "huyen": true, "quan": true, "thi": true, "xa": true, "co": true, "so": true, "va": true,
	"vien": true, "chuc": true, "nghiep": true, "te": true, "duc": true, "uy": true, "khu": true,
	"che": true, "xuat": true, "cong": true}

// deskCredit recognises a department signing an article: "Ban Tuyên
// giáo LĐLĐ tỉnh Nghệ An", "Ban Tuyên giáo - Nữ công", "Văn phòng LĐLĐ
// tỉnh Hà Tĩnh". It returns the credit as written. What follows the
// department must be a body's name: starting with a capital, without
// digits or punctuation, its lower-case words from deskNameWords.
func deskCredit(l string) (string, bool) {
	if !strings.HasPrefix(l, "Ban ") && !strings.HasPrefix(l, "BAN ") && !strings.HasPrefix(l, "Văn phòng ") && !strings.HasPrefix(l, "VĂN PHÒNG ") {
		return "", false // the cheap test first
	}
	if len(l) > 100 || strings.ContainsAny(l, "0123456789.,;:!?\"()") {
		return "", false
	}
	if n := fieldCount(l, 14); n < 2 || n > 13 {
		return "", false
	}
	f := model.Fold(l)
	var rest string
	switch {
	case strings.HasPrefix(f, "ban "):
		rest = f[len("ban "):]
		for more := true; more; {
			more = false
			for _, d := range deskDepartments {
				if r, ok := strings.CutPrefix(rest, d); ok && (r == "" || r[0] == ' ') {
					rest, more = strings.TrimSpace(r), true
					break
				}
			}
			if !more {
				return "", false
			}
			r, joined := strings.CutPrefix(rest, "- ")
			if !joined {
				break // "Ban Tuyên giáo - Nữ công": a second department
			}
			rest = r
		}
	case strings.HasPrefix(f, "van phong "):
		rest = f[len("van phong "):]
	default:
		return "", false
	}
	if rest == "" {
		return l, true
	}
	// The body's name, in the line as written: its first word a capital,
	// and its lower-case words those of a body's name.
	words := strings.Fields(l)
	name := words[len(words)-len(strings.Fields(rest)):]
	if !isUpper(firstRune(name[0])) {
		return "", false
	}
	for _, w := range name {
		if !isUpper(firstRune(w)) && w != "-" && !deskNameWords[model.Fold(w)] {
			return "", false
		}
	}
	return l, true
}

// labelledAuthor parses "Tác giả: Thu Hà", "Bài và ảnh: HOÀNG LAN",
// "Bài: Thu Hà - Ảnh: Ngọc Thành".
func labelledAuthor(l string) (string, bool) {
	if strings.IndexByte(l, ':') < 0 {
		return "", false // every label ends with a colon, which folds only to itself
	}
	for _, lab := range authorLabels {
		if rest, ok := cutPrefixFold(l, lab); ok {
			for _, sep := range []string{" - Ảnh: ", " – Ảnh: ", ", ảnh: ", " - ảnh: ", "; ảnh: ", " - Thiết kế: ", " – Thiết kế: ",
				" - Đồ họa: ", " – Đồ họa: ", " - Trình bày: ", " – Trình bày: ", " - Video: "} {
				if i := strings.Index(rest, sep); i > 0 {
					rest = rest[:i] // "Nội dung: Hà Anh - Thiết kế: Minh Tuấn"
				}
			}
			rest = strings.TrimSpace(rest)
			if nameOnlyLabels[lab] && !isNameList(rest) {
				// "Thực hiện: Nghị quyết 20 …" is text, not a credit;
				// "Người đăng: Ban Tuyên giáo" names a desk, not a writer.
				return "", false
			}
			if rest != "" && utf8.RuneCountInString(rest) <= 80 {
				return titleCase(rest), true
			}
			return "", false
		}
	}
	return "", false
}

// authorOutletLine parses "Quốc Huy/VOV-Tây Nguyên", "Minh Anh/TTXVN": a
// byline, a slash and a known outlet marker, perhaps with a regional desk.
func authorOutletLine(l string) (name, outlet string, ok bool) {
	i := strings.LastIndexByte(l, '/')
	if i <= 0 || i == len(l)-1 || len(l) > 100 {
		return "", "", false
	}
	tail := strings.TrimSpace(l[i+1:])
	head := tail
	if j := strings.IndexAny(head, "- –"); j > 0 {
		head = head[:j]
	}
	outlet, known := markerName(head)
	if !known {
		return "", "", false
	}
	name = strings.TrimSpace(l[:i])
	if !isNameList(name) {
		return "", "", false
	}
	return titleCase(name), outlet, true
}

// isNameList reports one or more personal names separated by " - ", ",",
// " và ": every word capitalised, no digits, short.
func isNameList(s string) bool {
	if s == "" || len(s) > 60 && utf8.RuneCountInString(s) > 60 || hasDigitRun(s, 1) { // no more runes than bytes
		return false
	}
	if hasNameStop(s) || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ",") {
		return false
	}
	words := 0
	for rest, more := s, true; more; {
		var part string
		part, rest, more = cutName(rest)
		n := 0
		for w, r := nextField(part); w != ""; w, r = nextField(r) {
			if n++; n > 5 || !isNameWord(w) {
				return false
			}
		}
		if n == 0 {
			return false
		}
		words += n
	}
	return words > 0 && words <= 10
}

// hasNameStop is strings.ContainsAny(s, ":;!?\"“”()[]") on the bytes: an
// ASCII byte is always a rune of its own, and the bytes E2 80 9C / E2 80 9D
// always decode as “ / ” (the general search decodes every rune of s
// against a set that is not all ASCII).
func hasNameStop(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ':', ';', '!', '?', '"', '(', ')', '[', ']':
			return true
		case 0xE2:
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D) {
				return true
			}
		}
	}
	return false
}

// cutName cuts s at its first separator between names (" - ", " – ", ",
// ", " và ", " & "). Cutting the rest again and again gives the parts that
// replacing every separator (leftmost first, without overlaps) with a NUL
// and splitting at NULs would give; a NUL in s separates too.
func cutName(s string) (name, rest string, found bool) {
	for i := 0; i < len(s); i++ {
		n := 0
		switch s[i] {
		case 0:
			n = 1
		case ',':
			if strings.HasPrefix(s[i:], ", ") {
				n = 2
			}
		case ' ':
			for _, sep := range []string{" - ", " – ", " và ", " & "} {
				if strings.HasPrefix(s[i:], sep) {
					n = len(sep)
					break
				}
			}
		}
		if n > 0 {
			return s[:i], s[i+n:], true
		}
	}
	return s, "", false
}

// isNameWord: "Khuê", "NGỌC", "P.Ngân", "Th.S".
func isNameWord(w string) bool {
	for rest, more := w, true; more; {
		var part string
		part, rest, more = strings.Cut(rest, ".")
		if part == "" {
			continue
		}
		first := true
		for _, r := range part {
			if !isLetter(r) {
				return false
			}
			if first && !isUpper(r) {
				return false
			}
			first = false
		}
	}
	return isUpper(firstRune(w))
}

// splitBareMarker splits a known outlet marker written without
// parentheses, "TTO - Sáng 7/11, …", from the lead.
func splitBareMarker(p string) (outlet, rest string, ok bool) {
	i := indexSpaced(p[:min(len(p), 16)], " - ")
	if i < 2 || i > 12 {
		return "", p, false
	}
	name, known := markerName(p[:i])
	if !known || strings.ContainsRune(p[:i], ' ') {
		return "", p, false
	}
	return name, p[i+3:], true
}

// markerOutlet names the outlet of a lead marker.
func markerOutlet(m string) string {
	if name, ok := markerName(m); ok {
		return name
	}
	if strings.ContainsRune(m, '.') {
		return outletForDomain(m)
	}
	return m
}

// Teasers. Some sites put a line of related headlines, glued together
// without punctuation, right under the lead: "Nhiều mô hình hiệu quả trong
// thực hiện Chỉ thị 05-CT/TW Chú trọng nhiều hoạt động hướng về người lao
// động". A teaser is long, has no sentence punctuation at its end or
// inside, and has a glue point: a word that ends one headline (lower case,
// or a code like 05-CT/TW) followed by a capitalised word that starts the
// next one, followed by three lower-case words. Vietnamese capitalises only
// proper names mid-sentence, so capitalised words that usually open a name
// (Công đoàn, Liên đoàn, Bộ, Sở, …) or follow a word that introduces one
// (ngành, tỉnh, đồng chí, của, tại, …) are not glue points. Words are
// compared with their diacritics: Hồ (a name) is not Hỗ (trợ).

// nameOpeners are capitalised words (lower-cased, with their diacritics)
// that usually start a proper name in running text.
var nameOpeners = wordSet(`công liên tổng bộ sở ban hội ủy uỷ đảng nhà quốc chính chỉ nghị luật thành
	tỉnh quận huyện xã phường phó bí giám trưởng cục viện bệnh tập ngân quỹ đoàn mặt văn trung khu
	cảng hợp đại kỳ lễ ngày tháng giải chương đề kế thông pháp hiến bảo lực cảnh học phòng thị tổ
	đội nhóm miền tây đông nam bắc việt hà hồ sài thủ nghệ dầu điện y giáo xây du dệt than cao
	nông lao quyết trường cổ hải đà cần lạng bình thanh quảng thái hưng vĩnh long an phú tân sơn
	ninh kiên gia lâm đắk kon lai hòa hoà khánh bạc cà trà sóc bến đồng tiền hậu yên tuyên lào
	nghĩa định tĩnh vũng bà sông núi hồng tết`)

// nameIntroducers are lower-case words after which a capitalised word is a
// name, not the start of a new headline.
var nameIntroducers = wordSet(`của và với cho tại ở từ đến về trong ngoài theo thuộc giữa là các những
	ngành đoàn tỉnh huyện quận xã phường thị trấn thành phố chí ông bà anh chị cô chú bác tịch
	trưởng thư đốc viên sĩ tướng tá úy ban hội nghị cuộc phòng trao tặng gặp thăm đón hợp ký
	nhận hiệu danh mạng đại bệnh tập ty quan vị lưu trường đảng bộ sở cục viện`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func isTeaser(l string) bool {
	if len(l) < 60 || len(l) > 600 {
		return false
	}
	switch lastRune(l) {
	case '.', '!', '?', '…', ':', ';', ',', '"', '”', '’', ')', '»':
		return false
	}
	if strings.Contains(l, ". ") || strings.Contains(l, "; ") {
		return false
	}
	var buf [128]string // on the stack: most lines have fewer words
	words := appendFields(buf[:0], l)
	if len(words) < 10 {
		return false
	}
	for k := 1; k+3 < len(words); k++ {
		prev, cur, next := words[k-1], words[k], words[k+1]
		// strings.ContainsAny(lastString(prev), …) on the last rune itself
		// (lastString gives "" for RuneError, which is not in the set).
		switch r, _ := utf8.DecodeLastRuneInString(prev); r {
		case ',', '.', ':', ';', '!', '?', '(', '“', '"', '-', '–':
			continue
		}
		pr := firstRune(prev)
		if isUpper(pr) && strings.IndexByte(prev, '/') < 0 && strings.IndexByte(prev, '-') < 0 {
			continue // a capitalised previous word: inside a name
		}
		if !isLower(firstRune(next)) {
			continue
		}
		// After a code or a date that ends a headline (05-CT/TW, 1/7/2026),
		// an abbreviation in capitals (BHXH, NLĐ) may start the next one.
		if isAcronym(cur) && strings.ContainsAny(prev, "/0123456789") {
			return true
		}
		// A headline starts with a Vietnamese syllable (at most seven
		// letters); longer capitalised words are brand names (Vietsovpetro).
		if !isCapitalised(cur) || len(cur) > 7 && utf8.RuneCountInString(cur) > 7 {
			continue
		}
		// and runs on in lower case, where a name soon meets another
		// capital: "Chú trọng nhiều hoạt động…" starts a headline, "Bách
		// khoa Hà Nội", "Thủy sản Minh Phú" are names.
		if !isLower(firstRune(words[k+2])) || !isLower(firstRune(words[k+3])) {
			continue
		}
		var lb [64]byte // the lower-cased word on the stack: the lookups copy nothing
		if nameIntroducers[string(appendLower(lb[:0], prev))] || nameOpeners[string(appendLower(lb[:0], cur))] {
			continue
		}
		return true
	}
	return false
}

// appendLower appends strings.ToLower(s) to dst: that maps every rune with
// unicode.ToLower (ASCII alike), an invalid byte becoming U+FFFD.
func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}

func lastString(w string) string {
	r, size := utf8.DecodeLastRuneInString(w)
	if r == utf8.RuneError {
		return ""
	}
	return w[len(w)-size:]
}

// isAcronym: two to six capital letters (BHXH, NLĐ, TKV).
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// isCapitalised: first letter upper case, the rest lower case, 2+ letters.
func isCapitalised(w string) bool {
	n := 0
	for i, r := range w {
		if !isLetter(r) {
			return false
		}
		if i == 0 && !isUpper(r) || i > 0 && !isLower(r) {
			return false
		}
		n++
	}
	return n >= 2
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// repeatsBelow reports whether lines[i] appears again among the next eight
// lines, whole or as the start of a longer paragraph (descriptions are
// often the lead cut short).
func repeatsBelow(lines []string, i int) bool {
	l := lines[i]
	stem := strings.TrimRight(l, ".…")
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		if lines[j] == l || len(stem) >= 60 && strings.HasPrefix(lines[j], stem) {
			return true
		}
	}
	return false
}

// nameDashDate parses a byline and a date with its time joined by a dash,
// either way round: "Thu Hà - 12/05/2023 08:30", "12/05/2023 08:30 - Phú
// Lữ - Trần Quyết". A weekday ("Thứ Hai - …") is not a name.
func nameDashDate(l string) (d model.Date, author string, ok bool) {
	for off := 0; ; {
		i := indexSpaced(l[off:], " - ")
		if i < 0 {
			return d, "", false
		}
		i += off
		left, right := strings.TrimSpace(l[:i]), strings.TrimSpace(l[i+3:])
		for _, pair := range [2][2]string{{left, right}, {right, left}} {
			who, when := pair[0], pair[1]
			dd, isDate := parseDateLine(when)
			if !isDate || !dd.HasTime || isWeekdayStart(who) || isKnownPlace(who) {
				continue // a place dateline has no time: "Hà Nội - 12/5/2023"
			}
			if name, src, isName := authorLine(who, ""); isName && src == "" {
				return dd, name, true
			}
		}
		off = i + 3
	}
}

// isWeekdayStart reports text opening with a weekday, told from a name by
// its accents: "Thứ Hai", "Chủ nhật", not "Thu Hà".
func isWeekdayStart(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "thứ") || strings.HasPrefix(l, "chủ nhật") || strings.HasPrefix(l, "t2") ||
		len(l) == 2 && l[0] == 't' && l[1] >= '2' && l[1] <= '7'
}

// placeNames are Vietnam's provinces and main cities (folded): a place
// dateline ("Đà Nẵng - 12/05/2023 08:30") is not a byline. Built once,
// only read.
var placeNames = phraseSet(`ha_noi hanoi ho_chi_minh tphcm sai_gon hai_phong da_nang can_tho an_giang ba_ria_-_vung_tau
	ba_ria vung_tau bac_giang bac_kan bac_lieu bac_ninh ben_tre binh_dinh binh_duong binh_phuoc binh_thuan ca_mau cao_bang
	dak_lak dak_nong dien_bien dong_nai dong_thap gia_lai ha_giang ha_nam ha_tinh hai_duong hau_giang hoa_binh hung_yen
	khanh_hoa kien_giang kon_tum lai_chau lam_dong lang_son lao_cai long_an nam_dinh nghe_an ninh_binh ninh_thuan phu_tho
	phu_yen quang_binh quang_nam quang_ngai quang_ninh quang_tri soc_trang son_la tay_ninh thai_binh thai_nguyen thanh_hoa
	thua_thien_hue hue tien_giang tra_vinh tuyen_quang vinh_long vinh_phuc yen_bai nha_trang vinh da_lat buon_ma_thuot
	quy_nhon bien_hoa thu_duc ha_long`)

// phraseSet builds a set of phrases written with "_" for spaces.
func phraseSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[strings.ReplaceAll(w, "_", " ")] = true
	}
	return m
}

// isKnownPlace reports a province or city name, perhaps after TP/Tỉnh.
func isKnownPlace(s string) bool {
	f := model.Fold(s)
	for _, p := range []string{"tp. ", "tp.", "tp ", "thanh pho ", "tinh ", "tx ", "thi xa "} {
		f = strings.TrimPrefix(f, p)
	}
	return placeNames[f]
}

// maybeOutletName is a cheap test before isOutletLine: "Báo …", "Tạp chí
// …", a domain, a known outlet's name as written.
func maybeOutletName(s string) bool {
	return strings.HasPrefix(s, "Báo ") || strings.HasPrefix(s, "BÁO ") || strings.HasPrefix(s, "Tạp chí ") ||
		outletDisplayNames[s] || isDomainWord(s)
}

// isUnionName reports a line naming a union ("Công đoàn Việt Nam"): on
// union sites that is a menu item, not the site's masthead, even where an
// outlet bears the name.
func isUnionName(l string) bool {
	return strings.HasPrefix(l, "Công đoàn ") || strings.HasPrefix(l, "CÔNG ĐOÀN ")
}
