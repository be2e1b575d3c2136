package data

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// Shapes of lines, used to tell a site's navigation, a headline and an
// article paragraph apart without knowing the site.

// wordCount counts the words of l, not counting lone dashes and bars
// ("Lao động - Việc làm" has four).
func wordCount(l string) int {
	return wordCountUpTo(l, len(l))
}

// wordCountUpTo is wordCount, counting no further than limit.
func wordCountUpTo(l string, limit int) int {
	n := 0
	for n < limit {
		var w string
		if w, l = nextField(l); w == "" {
			break
		}
		switch w {
		case "-", "–", "—", "|", "/", "&", ">", "»":
			continue
		}
		n++
	}
	return n
}

// endsSentence reports a line ending like a sentence: . … : ; or a closing
// quote or bracket after one of them.
func endsSentence(l string) bool {
	if n := len(l); n > 0 && l[n-1] < utf8.RuneSelf && strings.IndexByte("\")] ", l[n-1]) < 0 {
		// An ASCII last byte outside the trimmed set is the last rune as
		// it stands (the trim, which decodes runes, would keep it).
		switch l[n-1] {
		case '.', ':', ';', '!', '?':
			return true
		}
		return false
	}
	l = strings.TrimRight(l, "\"”’»)] ")
	switch lastRune(l) {
	case '.', '…', ':', ';', '!', '?':
		return true
	}
	return false
}

// isNavLine reports a line shaped like a site's menu, section or account
// link: "Thời sự", "Lao động - Việc làm", "Tin tức - Sự kiện", "VOV.VN",
// "Đăng nhập", "Công đoàn ngành Giáo dục". It has at most five words, at
// most 40 characters and no final punctuation. A short headline has the
// same shape; callers decide by what follows.
func isNavLine(l string) bool {
	if len(l) > 120 || len(l) > 40 && utf8.RuneCountInString(l) > 40 {
		return false
	}
	n := wordCount(l)
	if n == 0 || n > 5 || endsSentence(l) {
		return false
	}
	return true
}

// isParagraphLine reports a line shaped like article text rather than a
// headline: it ends like a sentence with a full stop (or a colon), or it is
// long.
func isParagraphLine(l string) bool {
	// The ending is checked first: it settles most lines without counting
	// words (more than 40 words would also pass the tests below).
	t := strings.TrimRight(l, "\"”’») ")
	if strings.HasSuffix(t, "…") || strings.HasSuffix(t, "..") {
		// Headlines trail off too ("Công nhân mất việc: làm gì…").
		return wordCountUpTo(l, 20) >= 20
	}
	switch lastRune(t) {
	case '.', ':', ';':
		return true
	}
	return wordCountUpTo(l, 41) > 40
}

// isNavAt reports whether header line i is site navigation above the
// headline. Line i is nav-shaped, and what follows it (past date lines,
// counters and junk) is a headline, or more nav-shaped lines and then a
// headline or article text: of stacked short lines above the text, only the
// last can be a (short) headline. A nav-shaped line followed directly by
// article text, or by nothing, is itself the headline.
func isNavAt(lines []string, i int) bool {
	if !isNavLine(lines[i]) {
		return false
	}
	short, byline := 0, false
	for j := i + 1; j < len(lines) && j < i+10; j++ {
		n := lines[j]
		if _, ok := parseDateLine(n); ok {
			continue
		}
		if isJunkHeader(n) {
			continue
		}
		switch {
		case isParagraphLine(n):
			if byline {
				short-- // "Thu Hà" right above the lead is a byline, not a headline
			}
			return short > 0
		case isNavLine(n):
			short++
			byline = isBylineShape(n)
		default:
			return true // a headline follows
		}
	}
	return false
}

// isBylineShape reports a short list of personal names: "Thu Hà", "Phú Lữ
// - Trần Quyết", not an outlet.
func isBylineShape(l string) bool {
	if n := wordCount(l); n < 2 || !isNameList(l) {
		return false
	}
	_, outlet := isOutletLine(l)
	return !outlet
}

// isOutletLine reports a line that only names an outlet: "Thanh Niên",
// "Báo Bà Rịa - Vũng Tàu", "Nhân Dân", "Baonghean.vn". It returns the
// outlet's name.
func isOutletLine(l string) (string, bool) {
	spaces := 7
	if strings.HasPrefix(l, "Tạp chí ") || strings.HasPrefix(l, "TẠP CHÍ ") {
		spaces = 9 // "Tạp chí điện tử Lao động và Công đoàn"
	}
	if len(l) > 80 || l == "" || strings.Count(l, " ") > spaces {
		return "", false
	}
	if isDomainWord(l) {
		return outletForDomain(l), true
	}
	if name, ok := markerLine(l); ok {
		return name, true
	}
	if !isUpper(firstRune(l)) || endsSentence(l) {
		return "", false
	}
	var buf [128]byte // the folded line, on the stack (l is at most 80 bytes)
	f := model.AppendFold(buf[:0], l)
	bao := bytes.HasPrefix(f, []byte("bao "))
	if bao && !strings.HasPrefix(l, "Báo ") && !strings.HasPrefix(l, "BÁO ") {
		return "", false // "BẢO ANH" is a name, not "Báo Anh"
	}
	// "Tạp chí X" naming a known magazine is its masthead, spelt any way
	// ("TẠP CHÍ CỘNG SẢN", "Tạp chí điện tử …").
	tapChi := bytes.HasPrefix(f, []byte("tap chi "))
	if name, ok := outletByName[string(outletKeyFoldedBytes(f))]; ok {
		if l != name && !bao && !tapChi && (!allCapitalised(l) || strings.HasPrefix(name, "Báo ")) {
			// "Tin tức", "Lao động": a section that shares a word with an
			// outlet's name ("Báo Tin tức", "Lao Động"), not its masthead;
			// "Hòa Bình", "HOA BÌNH" is a place or a name, "Báo Hòa Bình"
			// the paper.
			return "", false
		}
		return name, true
	}
	if bao || tapChi {
		words := strings.Fields(l)
		if len(words) < 2 || !isUpper(firstRune(words[1])) {
			return "", false
		}
		for _, w := range words {
			if w != "-" && w != "–" && !isUpper(firstRune(w)) && len(words) > 5 {
				return "", false
			}
			if strings.ContainsAny(w, "0123456789:;,") {
				return "", false
			}
		}
		return l, true // "Báo Bà Rịa - Vũng Tàu"; short ones as written: "Báo Đầu tư"
	}
	return "", false
}

// isDomainWord reports a bare domain such as "Baonghean.vn" or
// "congdoan.vn": one word, a dot, a known top-level domain.
func isDomainWord(l string) bool {
	if len(l) > 60 || strings.ContainsAny(l, " /:@") { // the cheaper test first
		return false
	}
	// The lower-cased line ends with a domain only if the line has a dot
	// (no rune lower-cases to one) and ends with an ASCII letter that
	// lower-cases to n, m, t, g or o (the runes beyond ASCII that
	// lower-case to ASCII give i and k): test that before lower-casing,
	// which allocates when the line has capitals.
	if strings.IndexByte(l, '.') < 0 {
		return false
	}
	switch l[len(l)-1] | 0x20 {
	case 'n', 'm', 't', 'g', 'o':
	default:
		return false
	}
	f := strings.ToLower(l)
	for _, tld := range []string{".vn", ".com", ".net", ".org", ".info"} {
		if strings.HasSuffix(f, tld) && len(f) > len(tld)+2 {
			return letterCount(f, 3) >= 3
		}
	}
	return false
}

// boxHeadings open the related-links boxes that sites put inside an
// article as well as at its end (folded).
var boxHeadings = map[string]bool{
	"tin lien quan": true, "bai lien quan": true, "bai viet lien quan": true, "tin bai lien quan": true,
	"tin tuc lien quan": true, "doc them": true, "xem them": true, "co the ban quan tam": true,
	"ban co the quan tam": true, "tin lien quan:": true,
}

// midArticleBox reports whether the related-links heading at body[k] opens
// a box inside the article rather than the page's closing blocks, and
// where the article resumes. The heading is followed by at most six
// headline-shaped lines (no final full stop) and then article text again:
// a long sentence (twelve words or more, ending with a full stop). A block
// followed by nothing article-like, by another heading or by a footer
// ends the article.
func midArticleBox(body []string, k int) (end int, ok bool) {
	var buf [64]byte
	f := foldShort(buf[:0], body[k], 60)
	if continueHeadings[string(f)] && k+1 < len(body) && isArticleText(body[k+1]) {
		return k + 1, true // "Đọc tiếp" between two paragraphs: a button
	}
	if !boxHeadings[string(f)] {
		return 0, false
	}
	j := k + 1
	for j < len(body) && j-k-1 < 6 {
		l := body[j]
		if isParagraphLine(l) || len(l) > 300 || isCutLine(l) {
			break
		}
		j++
	}
	if j == k+1 || j >= len(body) {
		return 0, false // no headlines, or nothing after them
	}
	l := body[j]
	if !isParagraphLine(l) || wordCount(l) < 12 || isCutLine(l) || isSiteFooter(l) {
		return 0, false
	}
	if j == k+2 && headlineSapoPairs(body, k+1) >= 3 {
		return 0, false // a list of headlines, each with its summary
	}
	return j, true
}

// continueHeadings are "read on" buttons that pages print between two
// paragraphs of the article itself; followed by anything but article text
// they open a related-links block like the other cut headings.
var continueHeadings = map[string]bool{"doc tiep": true, "xem tiep": true}

// isArticleText reports a long sentence of article text (twelve words or
// more, ending like a sentence), not a page's imprint.
func isArticleText(l string) bool {
	return isParagraphLine(l) && wordCount(l) >= 12 && len(l) <= 3000 && !isCutLine(l) && !isSiteFooter(l)
}

// headlineSapoPairs counts the (headline, summary) pairs from body[x] on:
// a headline-shaped line followed by a paragraph, as related-links lists
// with summaries print them.
func headlineSapoPairs(body []string, x int) int {
	n := 0
	for x+1 < len(body) && n < 3 {
		h, s := body[x], body[x+1]
		if isParagraphLine(h) || len(h) > 300 || !isParagraphLine(s) {
			break
		}
		n++
		x += 2
	}
	return n
}

// siteFooterWords mark a page's imprint (licence, editor, address,
// copyright), which follows the closing related links on many sites.
var siteFooterWords = []string{"ban quyen", "giay phep", "tong bien tap", "ghi ro nguon", "dia chi:", "dien thoai:",
	"email:", "copyright", "©", "co quan chu quan", "toa soan", "chiu trach nhiem"}

// isSiteFooter reports a paragraph of a page's imprint.
func isSiteFooter(l string) bool {
	if len(l) > 1000 {
		return false
	}
	f := model.Fold(l)
	for _, w := range siteFooterWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// isCapsMastheadAt reports whether header line i is a site's name in
// capitals above the real headline ("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HỒ CHÍ
// MINH", then a breadcrumb, a date and the headline): the line has no
// lower-case letter, a breadcrumb, menu row or counter follows it, and the
// next line past those and dates is a mixed-case headline (no final full
// stop) followed by article text. A headline in capitals followed by its
// date and sapo stays the headline.
func isCapsMastheadAt(lines []string, i int) bool {
	l := lines[i]
	if len(l) > 200 {
		return false
	}
	for _, r := range l {
		if unicode.IsLower(r) {
			return false // checked first: it is cheap and settles most lines
		}
	}
	if wordCount(l) < 2 || endsSentence(l) || letterCount(l, 3) < 3 {
		return false
	}
	nav := false
	for j := i + 1; j < len(lines) && j < i+8; j++ {
		n := lines[j]
		if _, ok := parseDateLine(n); ok {
			continue
		}
		if isJunkHeader(n) {
			nav = true
			continue
		}
		if !nav || isParagraphLine(n) || wordCount(n) > 30 || !strings.ContainsFunc(n, unicode.IsLower) {
			return false
		}
		return j+1 < len(lines) && isParagraphLine(lines[j+1]) && wordCount(lines[j+1]) >= 12
	}
	return false
}

// allCapitalised reports whether every word of l starts with a capital
// letter ("Người Lao Động", "NHÂN DÂN").
func allCapitalised(l string) bool {
	for w, rest := nextField(l); w != ""; w, rest = nextField(rest) {
		if w != "-" && w != "–" && w != "&" && !isUpper(firstRune(w)) {
			return false
		}
	}
	return true
}
