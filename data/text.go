package data

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/bantin/bantin/model"
)

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	if r < letterTableSize {
		return letterTable[r]&ltUpper != 0
	}
	return unicode.IsUpper(r)
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	if r < letterTableSize {
		return letterTable[r]&ltLower != 0
	}
	return unicode.IsLower(r)
}

func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
	}
	if r < letterTableSize {
		return letterTable[r]&ltLetter != 0
	}
	return unicode.IsLetter(r)
}

// letterTable holds unicode.IsUpper, IsLower and IsLetter of the runes
// below letterTableSize (every Vietnamese letter is below U+1F00), which
// the unicode package finds by a binary search of its range tables beyond
// Latin-1. Built once, only read.
const (
	letterTableSize = 0x2000
	ltUpper         = 1
	ltLower         = 2
	ltLetter        = 4
)

var letterTable = func() (t [letterTableSize]uint8) {
	for r := range rune(letterTableSize) {
		if unicode.IsUpper(r) {
			t[r] |= ltUpper
		}
		if unicode.IsLower(r) {
			t[r] |= ltLower
		}
		if unicode.IsLetter(r) {
			t[r] |= ltLetter
		}
	}
	return t
}()

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// splitLines appends to lines the lines of text, trimmed, non-empty, with
// runs of spaces collapsed to one. pairAt is no later than the first place
// where text holds two spaces in a row, or -1 if it holds none
// (cleanTextSpaces finds out while it scans): most texts have none, or only
// near their end, and a line that ends before pairAt needs no look.
//
// Where the processor has AVX2, newlines32 finds the line ends of a text of
// 64 bytes or more, up to 64 at a time, in one pass over the text instead
// of a search per line.
func splitLines(lines []string, text string, pairAt int) []string {
	if useScan32 && len(text) >= 64 {
		var nl [64]int
		start := 0 // of the next line
		for from := 0; from < len(text); {
			var n int
			n, from = newlines32(text, from, nl[:])
			for _, p := range nl[:n] {
				lines = appendLine(lines, text[start:p], p+1, pairAt)
				start = p + 1
			}
		}
		return appendLine(lines, text[start:], len(text), pairAt)
	}
	end := 0 // offset in the original text of the end of the line l
	for len(text) > 0 {
		if text[0] == '\n' {
			// An empty line, the usual one between paragraphs.
			text = text[1:]
			end++
			continue
		}
		var l string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			l, text = text[:i], text[i+1:]
			end += i + 1
		} else {
			l, text = text, ""
			end += len(l)
		}
		mayPair := pairAt >= 0 && end > pairAt
		l = strings.Trim(l, " ")
		if l == "" {
			continue
		}
		if mayPair && hasDoubleSpace(l) {
			l = strings.Join(strings.Fields(l), " ")
		}
		lines = append(lines, l)
	}
	return lines
}

// appendLine appends to lines the line l, which ends before the offset end
// of its text, as splitLines keeps it: trimmed, its runs of spaces
// collapsed, nothing if it is empty.
func appendLine(lines []string, l string, end, pairAt int) []string {
	if l == "" {
		return lines // an empty line, the usual one between paragraphs
	}
	mayPair := pairAt >= 0 && end > pairAt
	l = strings.Trim(l, " ")
	if l == "" {
		return lines
	}
	if mayPair && hasDoubleSpace(l) {
		l = strings.Join(strings.Fields(l), " ")
	}
	return append(lines, l)
}

// hasDoubleSpace is strings.Contains(s, "  "), eight bytes at a time: in
// text a space comes every few bytes, which makes the general search stop
// and restart all the time.
func hasDoubleSpace(s string) bool {
	const ones, highs uint64 = 0x0101010101010101, 0x8080808080808080
	i := 0
	// Blocks overlap by one byte, so a pair across two blocks is in one.
	for ; i+8 <= len(s); i += 7 {
		b := s[i : i+8]
		w := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		x := w ^ (ones * ' ')                    // a zero byte where w has a space
		z := ^((x&^highs + ^highs) | x | ^highs) // 0x80 exactly in the zero bytes
		if z&(z>>8) != 0 {
			return true
		}
	}
	for ; i+1 < len(s); i++ {
		if s[i] == ' ' && s[i+1] == ' ' {
			return true
		}
	}
	return false
}

// indexSpaced is strings.Index(s, sep) for a separator with a space at
// each end (" - ", " | ", " – "). It looks for the middle of sep, which is
// rare in text, instead of its first byte, a space, which comes every few
// bytes and makes the general search stop and restart all the time. The
// first middle with a space on each side is at the first sep.
func indexSpaced(s, sep string) int {
	mid := sep[1 : len(sep)-1]
	for off := 1; off < len(s); {
		j := strings.Index(s[off:], mid)
		if j < 0 {
			return -1
		}
		j += off
		if s[j-1] == ' ' && j+len(mid) < len(s) && s[j+len(mid)] == ' ' {
			return j - 1
		}
		off = j + 1
	}
	return -1
}

// containsSpaced is strings.Contains(s, sep) for a separator with a space
// at each end (see indexSpaced).
func containsSpaced(s, sep string) bool { return indexSpaced(s, sep) >= 0 }

// load64 is the first eight bytes of s, little-endian (one load).
func load64(s string) uint64 {
	b := s[:8]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// digitMask has 0x80 in the bytes of w that are ASCII digits: a byte below
// 0x80 is a digit when its value plus 0x50 reaches 0x80 and its value plus
// 0x46 does not (no sum carries into the next byte).
func digitMask(w uint64) uint64 {
	const ones, highs uint64 = 0x0101010101010101, 0x8080808080808080
	lo := w &^ highs
	return (lo + 0x50*ones) &^ (lo + 0x46*ones) &^ w & highs
}

// hasDigitBytes is bytes.ContainsAny(f, "0123456789") without building the
// set on every call.
func hasDigitBytes(f []byte) bool {
	for _, c := range f {
		if c >= '0' && c <= '9' {
			return true
		}
	}
	return false
}

// letterCount counts letters in s, stopping at max.
func letterCount(s string, max int) int {
	n := 0
	for _, r := range s {
		if isLetter(r) {
			n++
			if n >= max {
				return n
			}
		}
	}
	return n
}

// foldInto returns model.Fold(s), built in buf and sharing its memory: the
// caller must leave buf alone while it uses the result. With buf on the
// caller's stack, a fold that is only read there allocates nothing (Fold
// allocates whenever s is not plain lower-case ASCII).
func foldInto(buf []byte, s string) string {
	f := model.AppendFold(buf[:0], s)
	if len(f) == 0 {
		return ""
	}
	return unsafe.String(&f[0], len(f))
}

// foldShort folds a line for matching against boilerplate phrases: lower
// case, no diacritics, leading bullets and trailing colons removed. Long
// lines give nothing (boilerplate lines are short). The folded bytes go
// into buf, which callers keep on their stack (a [64]byte holds any line
// they pass); looking them up as map[string(f)] copies nothing.
func foldShort(buf []byte, l string, max int) []byte {
	if len(l) > max {
		return nil
	}
	f := model.AppendFold(buf[:0], l)
	// The trims decode runes against sets that are not all ASCII; an ASCII
	// end byte outside a set (a letter, a digit: the usual case) is a rune
	// that stops the trim at once.
	if len(f) == 0 {
		return nil // what bytes.TrimLeft gives for nothing
	}
	if f[0] >= utf8.RuneSelf || strings.IndexByte("->*+ ", f[0]) >= 0 {
		f = bytes.TrimLeft(f, "•·-–—>»*+ ")
	}
	if n := len(f); n > 0 && (f[n-1] >= utf8.RuneSelf || strings.IndexByte(":. ", f[n-1]) >= 0) {
		f = bytes.TrimRight(f, ":.… ")
	}
	return f
}

// cutHeadings start a site's related-links, tags or footer block: the
// line and everything after it are boilerplate.
var cutHeadings = map[string]bool{
	"co the ban quan tam": true, "ban co the quan tam": true, "co the ban muon xem": true,
	"nen xem": true, "tin khac": true, "cac tin khac": true, "xem them": true, "doc them": true,
	"phien ban di dong": true, "tin lien quan": true, "bai lien quan": true, "bai viet lien quan": true,
	"tin bai lien quan": true, "tin tuc lien quan": true, "tin cung chuyen muc": true, "cung chuyen muc": true,
	"tin moi": true, "tin moi nhat": true, "tin doc nhieu": true, "doc nhieu": true, "doc nhieu nhat": true,
	"xem nhieu": true, "xem nhieu nhat": true, "tin noi bat": true, "bai doc nhieu": true, "tin cung loai": true,
	"cac bai viet khac": true, "tin da dua": true, "cac tin da dua": true, "cac tin cu hon": true, "tin cu hon": true,
	"bai viet cung chu de": true, "tin cung chu de": true, "cung chu de": true, "tin tuc khac": true, "tin bai khac": true,
	"bai viet khac": true, "tin xem nhieu": true, "doc tiep": true, "tin moi cap nhat": true, "tin tiep theo": true, "tu khoa": true, "tags": true, "tag": true, "the": true, "chu de": true,
	"binh luan": true, "y kien ban doc": true, "gui binh luan": true, "ve dau trang": true,
	"ban doc quan tam": true, "tin bai cung chuyen muc": true, "tin tuc cung chuyen muc": true, "bai viet moi": true,
	"tin bai moi": true, "tin vua cap nhat": true, "tin xem nhieu nhat": true, "xem tiep": true,
	// Comment forms, feedback widgets, app promotions and footers that
	// follow the article.
	"bai viet co huu ich khong?": true, "bai viet co huu ich khong": true, "xem binh luan": true, "gui gop y": true,
	"tai ung dung": true, "phan hoi": true, "y kien cua ban": true, "gui y kien": true, "lien he quang cao": true,
	"viet binh luan": true, "them binh luan": true, "ban doc binh luan": true, "gop y": true,
}

// dropLines are site chrome that can stand anywhere: share buttons and the
// like (folded, whole line).
var dropLines = map[string]bool{
	"chia se": true, "in bai": true, "in bai viet": true, "ban in": true, "facebook": true, "zalo": true,
	"twitter": true, "email": true, "gui bai": true, "luu bai": true, "copy link": true, "sao chep lien ket": true,
	"theo doi": true, "nghe bai viet": true, "nghe doc bai": true, "trang chu": true, "quay lai": true,
	"a- a a+": true, "a a a": true, "co chu": true, "nguon": true, "tac gia": true, "anh": true,
	"chia se bai viet": true, "chia se bai": true, "gui bai viet": true, "gui email": true, "gui mail": true, "in": true,
	"hay la nguoi dau tien binh luan": true, "ban cam thay bai viet nay the nao?": true, "ban cam thay bai viet nay the nao": true,
	"bai va anh": true, "bai, anh": true, "tin, anh": true, "y kien": true, "quan tam nhat": true, "moi nhat": true,
	"xem them binh luan": true, "dang nhap": true, "dang ky": true, "linkedin": true, "messenger": true,
	"chia se facebook": true, "chia se zalo": true, "in trang": true, "luu": true, "bao loi": true,
	"co chu a a a": true, "co chu: a a a": true, "nghe doc bai viet": true, "nghe bai": true, "nghe audio": true,
	"anh minh hoa": true, "video minh hoa": true, "top": true, "thich": true, "len dau trang": true,
	"link bai viet da duoc sao chep": true, "da sao chep lien ket": true, "da sao chep": true, "da copy link": true,
	"ban co suy nghi gi ve bai viet nay?": true, "ban nghi gi ve bai viet nay?": true, "danh gia bai viet": true,
}

// isCutLine reports whether l starts a boilerplate block: a related-links
// heading, a tags line ("• Từ khóa", "Từ khóa: a, b"), a comments block.
func isCutLine(l string) bool {
	if isImprintLine(l) {
		return true
	}
	if len(l) > 60 {
		// Only a tags line may be long: check its start without folding.
		// Every prefix starts with T; a line starting with another ASCII
		// byte outside the bullets cannot have one.
		if c := l[0]; c < utf8.RuneSelf && c != 'T' && !strings.ContainsRune("->*+ ", rune(c)) {
			return false
		}
		t := l
		if l[0] != 'T' { // T is no bullet: nothing to trim
			t = strings.TrimLeft(l, "•·-–—>»*+ ")
		}
		for _, p := range []string{"Từ khóa:", "Từ khoá:", "TỪ KHÓA:", "Tags:", "TAGS:", "Tag:", "Thẻ:"} {
			if strings.HasPrefix(t, p) {
				return true
			}
		}
		return false
	}
	var buf [64]byte
	f := foldShort(buf[:0], l, 60)
	if cutHeadings[string(f)] {
		return true
	}
	for _, p := range []string{"tu khoa:", "tags:", "tag:", "the:"} {
		if bytes.HasPrefix(f, []byte(p)) {
			return true
		}
	}
	return false
}

// isInlineRelated reports a "Xem thêm: <headline>" or "Đọc thêm: …" link
// line inside the body.
func isInlineRelated(l string) bool {
	if len(l) > 300 || l == "" {
		return false
	}
	switch l[0] {
	case 'X', 'x', 'T', 't', '>', 0xC4: // Xem, Tin, >>, Đ (C4 90) / đ (C4 91)
	default:
		return false
	}
	// ">> Công nhân cao su đón Tết 2023 ấm áp": a linked headline.
	if rest, ok := strings.CutPrefix(l, ">>"); ok && !endsSentence(l) && wordCount(rest) <= 25 {
		return true
	}
	// Without folding: a line starting with a letter folds to that letter
	// first, which no bullet trims, and the prefixes go on "xe…", "ti…",
	// "do…". An ASCII second byte folds to its lower case (Đ and đ are
	// C4 90–91; Ď, ď, C4 8E–8F, fold to d too, no other C4 letter does).
	switch second := byte(0); l[0] {
	case 'X', 'x':
		second = 'e'
		fallthrough
	case 'T', 't':
		if second == 0 {
			second = 'i'
		}
		if len(l) > 1 && l[1] < utf8.RuneSelf && l[1]|0x20 != second {
			return false
		}
	case 0xC4:
		if len(l) < 2 || l[1] < 0x8E || l[1] > 0x91 || len(l) > 2 && l[2] < utf8.RuneSelf && l[2]|0x20 != 'o' {
			return false
		}
	}
	var buf [64]byte
	f := foldShort(buf[:0], l[:min(len(l), 24)], 24)
	for _, p := range []string{"xem them:", "doc them:", "tin lien quan:", "xem them >>", "> xem them", "xem them >"} {
		if bytes.HasPrefix(f, []byte(p)) {
			return true
		}
	}
	return false
}

// isChromeLine reports site chrome that never belongs to the article: view
// counters ("381 lượt xem", "Lượt xem: 381"), comment counters, share
// buttons, an empty "Nguồn :" line.
func isChromeLine(l string) bool {
	if l != "" && l[0] == '#' && isHashtagLine(l) {
		return true
	}
	if isFollowLine(l) {
		return true
	}
	var buf [64]byte
	f := foldShort(buf[:0], l, 52)
	if len(f) == 0 {
		return false
	}
	if dropLines[string(f)] {
		return true
	}
	// isShareRow needs its prefix and isCounter a digit: test those on the
	// bytes before making a string.
	if isPosterLine(l) || isPlayerTime(l) || bytes.HasPrefix(f, []byte("chia se:")) && isShareRow(string(f)) {
		return true
	}
	if !hasDigitBytes(f) {
		return false
	}
	if counter, ok := counterFast(f); ok {
		return counter
	}
	return isCounterGeneral(string(f))
}

var counterPunct = strings.NewReplacer(":", " ", "(", " ", ")", " ")

// counterFast decides isCounter(f) without allocating for its usual shape,
// one number ("1.234", digits with dots and commas only) and then words of
// letters a–z with single spaces: isCounter removes the number (its first
// occurrence is where it starts f), keeps the words, which are not numbers
// and hold nothing counterPunct replaces, and compares them joined by one
// space, which is what follows the number's space. ok is false for any
// other shape; isCounter then does the general work.
func counterFast[T string | []byte](f T) (counter, ok bool) {
	j, nd := 0, 0
	for ; j < len(f) && f[j] != ' '; j++ {
		switch c := f[j]; {
		case c >= '0' && c <= '9':
			nd++
		case c == '.' || c == ',':
		default:
			return false, false
		}
	}
	if nd == 0 || nd > 9 || j+1 >= len(f) {
		return false, false
	}
	words := f[j+1:]
	for k := 0; k < len(words); k++ {
		c := words[k]
		if c == ' ' {
			if k == 0 || k+1 == len(words) || words[k+1] == ' ' {
				return false, false
			}
		} else if c < 'a' || c > 'z' {
			return false, false
		}
	}
	return isCounterWords(string(words)), true
}

// isCounterWords reports the words of a view or comment counter, folded,
// joined by single spaces.
func isCounterWords(w string) bool {
	switch w {
	case "luot xem", "luot doc", "luot thich", "luot chia se", "binh luan", "views", "view", "luot nghe", "y kien",
		"da xem", "lan xem", "nguoi xem", "xem", "so luot xem", "so luot doc", "luot truy cap", "tong so luot xem", "tong luot xem":
		return true
	}
	return false
}

// isCounter reports a folded line that is only a view or comment counter
// ("1.234 luot xem").
func isCounter(f string) bool {
	if counter, ok := counterFast(f); ok {
		return counter
	}
	return isCounterGeneral(f)
}

// isCounterGeneral is isCounter for any shape: numbers anywhere, brackets,
// colons, repeated spaces.
func isCounterGeneral(f string) bool {
	digits := false
	rest := f
	for _, w := range strings.Fields(f) {
		if isDigits(strings.Trim(strings.ReplaceAll(strings.ReplaceAll(w, ".", ""), ",", ""), "()")) {
			digits = true
			rest = strings.Replace(rest, w, "", 1)
		}
	}
	if !digits {
		return false
	}
	return isCounterWords(strings.Join(strings.Fields(counterPunct.Replace(rest)), " "))
}

// isJunkHeader reports a header line that cannot be a headline: a lone
// letter ("M"), a line without words, a breadcrumb trail.
func isJunkHeader(l string) bool {
	if letterCount(l, 3) < 3 {
		return true
	}
	if len(l) < 120 && (containsSpaced(l, " > ") || containsSpaced(l, " » ") || containsSpaced(l, " / ") && !strings.Contains(l, ":")) {
		return true
	}
	if len(l) < 120 && containsSpaced(l, " | ") && isMenuRow(l) {
		return true // "Trang chủ | Thời sự | Xã hội"
	}
	return isChromeLine(l) || isCutLine(l)
}

// titleCase turns an all-capitals byline into a name: "NGỌC HIẾU" → "Ngọc
// Hiếu", "P.NGÂN" → "P.Ngân". Mixed-case input is returned as is.
func titleCase(s string) string {
	hasLower := false
	for _, r := range s {
		if isLower(r) {
			hasLower = true
			break
		}
	}
	if hasLower {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for rest, more := s, true; more; {
		var w string
		w, rest, more = strings.Cut(rest, " ")
		if !hasVowel(w) {
			b.WriteString(w) // an abbreviation: PV, CTV, TTXVN
		} else {
			writeTitleWord(&b, w)
		}
		if more {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// hasVowel reports whether w has a Vietnamese vowel letter.
func hasVowel(w string) bool {
	for _, r := range w {
		switch model.FoldRune(r) {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
	}
	return false
}

// writeTitleWord writes s with the first letter of each run of letters in
// upper case and the others in lower case.
func writeTitleWord(b *strings.Builder, s string) {
	start := true
	for _, r := range s {
		if isLetter(r) {
			if start {
				b.WriteRune(unicode.ToUpper(r))
			} else {
				b.WriteRune(unicode.ToLower(r))
			}
			start = false
			continue
		}
		b.WriteRune(r)
		start = true
	}
}

// capitalise upper-cases the first letter: "báo Lao Động" → "Báo Lao Động".
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 || !isLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// isHashtagLine reports a line of hashtags: "#Tổng LĐLĐ #giảm giờ làm
// #công nhân".
func isHashtagLine(l string) bool {
	return strings.HasPrefix(l, "#") && isLetter(firstRune(l[1:])) && !endsSentence(l)
}

// isFollowLine reports a "Theo dõi Báo Dân trí trên Google News" /
// "Theo dõi chúng tôi trên Zalo" invitation.
func isFollowLine(l string) bool {
	if len(l) > 120 || !strings.HasPrefix(l, "Theo dõi ") && !strings.HasPrefix(l, "theo dõi ") && !strings.HasPrefix(l, "THEO DÕI ") {
		return false
	}
	f := model.Fold(l)
	for _, w := range []string{"google news", " tren ", "fanpage", "youtube", "zalo", "facebook", "tiktok"} {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// isMenuRow reports a row of menu items separated by " | ": each at most
// four words, without digits or final punctuation.
func isMenuRow(l string) bool {
	for _, seg := range strings.Split(l, " | ") {
		seg = strings.TrimSpace(seg)
		if seg == "" || wordCount(seg) > 4 || hasDigitRun(seg, 1) || endsSentence(seg) {
			return false
		}
	}
	return true
}

// isPosterLine reports a CMS line naming who posted the page when it names
// a desk or an account rather than a person ("Người đăng: Ban Tuyên giáo",
// "Đăng bởi: admin"); a person's name there is a byline.
func isPosterLine(l string) bool {
	if len(l) > 80 || l == "" {
		return false
	}
	// Every label starts with N, Đ or P, whose case is their only fold: a
	// line starting otherwise matches none.
	switch c := l[0]; {
	case c == 'N' || c == 'n' || c == 'P' || c == 'p':
	case c == 0xC4 && len(l) > 1 && (l[1] == 0x90 || l[1] == 0x91): // Đ, đ
	default:
		return false
	}
	for _, lab := range []string{"Người đăng:", "Đăng bởi:", "Người viết:", "Posted by"} {
		if rest, ok := cutPrefixFold(l, lab); ok {
			return !isNameList(strings.TrimSpace(rest))
		}
	}
	return false
}

// isPlayerTime reports an audio or video player's position, "0:00 /
// 3:25" or "00:00 / 03:25".
func isPlayerTime(l string) bool {
	if len(l) > 20 {
		return false
	}
	a, b, ok := strings.Cut(l, " / ")
	return ok && isClock(a) && isClock(b)
}

func isClock(s string) bool {
	m, sec, ok := strings.Cut(s, ":")
	return ok && len(m) >= 1 && len(m) <= 3 && len(sec) == 2 && isDigits(m) && isDigits(sec)
}

// imprintLabels open a page's imprint line (compared ignoring case):
// "Cơ quan chủ quản: …", "© Bản quyền thuộc về …", "Tổng biên tập: …".
// Only at the start of a line: "Ông A, Tổng biên tập Báo X, phát biểu" is
// article text.
var imprintLabels = []string{"Cơ quan chủ quản", "©", "(c) ", "Bản quyền thuộc", "Bản quyền:", "Bản quyền ©",
	"Copyright ©", "Copyright (c)", "Copyright:", "Tổng biên tập:", "Giấy phép số", "Giấy phép:",
	"Chịu trách nhiệm xuất bản", "Chịu trách nhiệm nội dung"}

// imprintSeconds holds, for each of imprintLabels that starts with an ASCII
// byte, the UTF-8 forms of every rune strings.EqualFold takes for the
// label's second rune (its simple case-folding orbit): a line whose second
// rune is none of them cannot start with the label. Built once, only read.
var imprintSeconds = func() [][]string {
	t := make([][]string, len(imprintLabels))
	for k, p := range imprintLabels {
		if p[0] >= utf8.RuneSelf || len(p) < 2 {
			continue
		}
		r0, _ := utf8.DecodeRuneInString(p[1:])
		t[k] = append(t[k], string(r0))
		for r := unicode.SimpleFold(r0); r != r0; r = unicode.SimpleFold(r) {
			t[k] = append(t[k], string(r))
		}
	}
	return t
}()

// imprintByFirst lists, by the first byte of a label with 0x20 set (the
// case of an ASCII letter), the indexes of the imprintLabels starting so.
// Built once, only read.
var imprintByFirst = func() (t [256][]int) {
	for k, p := range imprintLabels {
		t[p[0]|0x20] = append(t[p[0]|0x20], k)
	}
	return t
}()

// isImprintLine reports a line of a page's imprint, which ends the article.
func isImprintLine(l string) bool {
	if len(l) > 200 || l == "" {
		return false
	}
	switch l[0] {
	case 'C', 'c', 'B', 'b', 'T', 't', 'G', 'g', '(', 0xC2: // © is C2 A9
	default:
		return false
	}
	// A label matches only lines whose first byte is its own, up to the
	// case of an ASCII letter: only those labels are tried.
	for _, k := range imprintByFirst[l[0]|0x20] {
		p := imprintLabels[k]
		if !hasAnyPrefix(l[1:], imprintSeconds[k]) {
			continue // the second rune does not fold like the label's
		}
		if _, ok := cutPrefixFold(l, p); ok {
			return true
		}
	}
	return false
}

// hasAnyPrefix reports whether s starts with one of prefixes; no prefixes
// at all (nil) accepts every s.
func hasAnyPrefix(s string, prefixes []string) bool {
	if prefixes == nil {
		return true
	}
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// shareTargets are the buttons of a share row.
var shareTargets = map[string]bool{"facebook": true, "zalo": true, "twitter": true, "x": true, "email": true,
	"linkedin": true, "messenger": true, "telegram": true, "in": true, "copy": true, "link": true, "copy link": true}

// isShareRow reports "Chia sẻ: Facebook Zalo Twitter" (folded): a share
// label followed by nothing but share targets.
func isShareRow(f string) bool {
	rest, ok := strings.CutPrefix(f, "chia se:")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(strings.ReplaceAll(rest, ",", " ")) {
		if !shareTargets[w] {
			return false
		}
	}
	return true
}

// Fields without allocating. These split like strings.Fields, on runs of
// unicode.IsSpace: of the bytes that start a rune, only ASCII spaces and
// C2, E1, E2, E3 can start a space (U+0085, U+00A0, U+1680, U+2000–U+205F,
// U+3000), so only those are looked at further; any other byte is skipped
// alone, which lands on the same rune starts that decoding would (a
// continuation byte never starts a space).

// mayBeWideSpace is true of the bytes that can start a space beyond
// ASCII: C2, E2, E3, and E1 followed by 9A (U+1680; Vietnamese letters in
// E1 go on with B8–BB).
func mayBeWideSpace(s string, i int) bool {
	c := s[i]
	return c == 0xC2 || c == 0xE2 || c == 0xE3 || c == 0xE1 && i+1 < len(s) && s[i+1] == 0x9A
}

// wideSpaceAt reports whether a space beyond ASCII starts at s[i] and its
// length: it matches the UTF-8 bytes of the spaces of unicode.IsSpace
// without decoding.
func wideSpaceAt(s string, i int) (bool, int) {
	switch s[i] {
	case 0xC2: // U+0085, U+00A0
		if i+1 < len(s) && (s[i+1] == 0x85 || s[i+1] == 0xA0) {
			return true, 2
		}
	case 0xE1: // U+1680
		if i+2 < len(s) && s[i+1] == 0x9A && s[i+2] == 0x80 {
			return true, 3
		}
	case 0xE2: // U+2000–U+200A, U+2028, U+2029, U+202F, U+205F
		if i+2 < len(s) {
			b1, b2 := s[i+1], s[i+2]
			if b1 == 0x80 && (b2 >= 0x80 && b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) || b1 == 0x81 && b2 == 0x9F {
				return true, 3
			}
		}
	case 0xE3: // U+3000
		if i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0x80 {
			return true, 3
		}
	}
	return false, 1
}

// nextField returns the first field of s and what follows it ("" and ""
// when s has no field).
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if c != ' ' && (c < '\t' || c > '\r') {
				break
			}
			i++
			continue
		}
		if !mayBeWideSpace(s, i) {
			break
		}
		sp, size := wideSpaceAt(s, i)
		if !sp {
			break
		}
		i += size
	}
	s = s[i:]
	for j := 0; j < len(s); j++ {
		if c := s[j]; c < utf8.RuneSelf {
			if c == ' ' || c >= '\t' && c <= '\r' {
				return s[:j], s[j:]
			}
			continue
		}
		if mayBeWideSpace(s, j) {
			if sp, _ := wideSpaceAt(s, j); sp {
				return s[:j], s[j:]
			}
		}
	}
	return s, ""
}

// fieldCount is len(strings.Fields(s)), counting no further than limit.
func fieldCount(s string, limit int) int {
	n := 0
	for n < limit {
		var w string
		if w, s = nextField(s); w == "" {
			break
		}
		n++
	}
	return n
}

// appendFields appends the fields of s to dst: strings.Fields into a
// buffer the caller owns.
func appendFields(dst []string, s string) []string {
	return appendFieldsN(dst, s, len(s))
}

// appendFieldsN is appendFields of the first n fields only.
func appendFieldsN(dst []string, s string, n int) []string {
	for ; n > 0; n-- {
		var w string
		if w, s = nextField(s); w == "" {
			break
		}
		dst = append(dst, w)
	}
	return dst
}
