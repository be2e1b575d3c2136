package search

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// Query is a parsed search. Its fields are exported so that a view can add a
// constraint (an organisation, a period) to what the user typed; all
// constraints must hold together.
type Query struct {
	// Terms are words that must all appear (as typed, NFC). Each is one
	// syllable; a typed word with inner punctuation ("covid-19") becomes a
	// phrase instead.
	Terms []string
	// Prefix makes the last of Terms match any word it begins ("doa" finds
	// "đoàn"): the user is still typing it.
	Prefix bool
	// Phrases must each appear as adjacent words in this order.
	Phrases [][]string
	// PhrasePrefix makes the last word of the last of Phrases match any word
	// it begins: its quote is not closed yet and the user is still typing
	// it (`"cong doa` finds "công đoàn").
	PhrasePrefix bool
	// Exclude: articles containing any of these words are left out.
	Exclude []string
	// ExcludePhrases: articles containing any of these phrases are left out.
	ExcludePhrases [][]string
	// Orgs: for each entry, the article must mention an organisation whose
	// name or an alias contains its words in order (diacritics and case
	// ignored, standard abbreviations such as LĐLĐ understood).
	Orgs []string
	// Sources: the article's outlet or URL host must contain the words of
	// one of these (any of them).
	Sources []string
	// From and To bound the publication date, inclusive; a zero Period is no
	// bound. Articles with an unknown date fail any date bound.
	From, To Period
}

// Period is a year, a month or a day; Year 0 means none.
type Period struct {
	Year, Month, Day int
}

// IsZero reports whether p is no bound.
func (p Period) IsZero() bool { return p.Year == 0 }

// String is YYYY, YYYY-MM or YYYY-MM-DD ("" for the zero Period).
func (p Period) String() string {
	switch {
	case p.Year == 0:
		return ""
	case p.Month == 0:
		return fmt.Sprintf("%04d", p.Year)
	case p.Day == 0:
		return fmt.Sprintf("%04d-%02d", p.Year, p.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", p.Year, p.Month, p.Day)
}

// first is the first day of the period as YYYYMMDD.
func (p Period) first() int32 {
	m, d := p.Month, p.Day
	if m == 0 {
		m = 1
	}
	if d == 0 {
		d = 1
	}
	return int32(p.Year*10000 + m*100 + d)
}

// last is the last day of the period as YYYYMMDD (day 31 stands for the end
// of any month; no date is compared against a day that does not exist).
func (p Period) last() int32 {
	m, d := p.Month, p.Day
	if m == 0 {
		m = 12
	}
	if d == 0 {
		d = 31
	}
	return int32(p.Year*10000 + m*100 + d)
}

// ParseError is a query that cannot be understood: what is wrong and where.
// Pos is a byte offset into Normalize(query) (the query in NFC, which is
// what people type anyway).
type ParseError struct {
	Pos int
	Msg string
	// open: the only fault is a quote still open at the end.
	open bool
}

// Open reports whether the only fault is a quote still open at the end of
// the query: the user is still typing it. The Query Parse returned with
// this error reads the quote as closed there (its last word a prefix
// unless a space follows), so a filter can use it meanwhile.
func (e *ParseError) Open() bool { return e.open }

func (e *ParseError) Error() string {
	return fmt.Sprintf("bad query at byte %d: %s", e.Pos, e.Msg)
}

// Normalize is the form of a query that Parse reads and ParseError.Pos
// points into: NFC.
func Normalize(s string) string { return model.NFC(s) }

// Empty reports whether the query constrains nothing: every article matches.
func (q Query) Empty() bool {
	return len(q.Terms) == 0 && len(q.Phrases) == 0 && len(q.Exclude) == 0 &&
		len(q.ExcludePhrases) == 0 && len(q.Orgs) == 0 && len(q.Sources) == 0 &&
		q.From.IsZero() && q.To.IsZero()
}

// String writes the query back in the query language; Parse(q.String())
// gives q again (a query ending on a finished word ends with a space).
func (q Query) String() string {
	var parts []string
	terms, typing := q.Terms, ""
	if q.Prefix && len(terms) > 0 {
		terms, typing = terms[:len(terms)-1], terms[len(terms)-1]
	}
	parts = append(parts, terms...)
	phrases, open := q.Phrases, ""
	if q.PhrasePrefix && len(phrases) > 0 {
		// The open quote stays last and open, so its last word stays a
		// prefix.
		phrases, open = phrases[:len(phrases)-1], `"`+strings.ReplaceAll(strings.Join(phrases[len(phrases)-1], " "), `"`, "")
	}
	for _, p := range phrases {
		parts = append(parts, quote(strings.Join(p, " ")))
	}
	for _, w := range q.Exclude {
		parts = append(parts, "-"+w)
	}
	for _, p := range q.ExcludePhrases {
		parts = append(parts, "-"+quote(strings.Join(p, " ")))
	}
	for _, o := range q.Orgs {
		parts = append(parts, "org:"+quoteIfNeeded(o))
	}
	for _, s := range q.Sources {
		parts = append(parts, "source:"+quoteIfNeeded(s))
	}
	switch {
	case !q.From.IsZero() && q.From == q.To:
		parts = append(parts, "date:"+q.From.String())
	default:
		if !q.From.IsZero() {
			parts = append(parts, "from:"+q.From.String())
		}
		if !q.To.IsZero() {
			parts = append(parts, "to:"+q.To.String())
		}
	}
	if typing != "" {
		// The word being typed stays last, so it stays a prefix.
		parts = append(parts, typing)
	}
	if open != "" {
		parts = append(parts, open)
	}
	out := strings.Join(parts, " ")
	if !q.Prefix && len(parts) > 0 && len(parts) == len(terms) {
		// A finished last word: the space keeps it whole when read again.
		out += " "
	}
	return out
}

// endsInSpace reports whether s ends with a space character.
func endsInSpace(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return unicode.IsSpace(r)
}

func quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, "") + `"`
}

func quoteIfNeeded(s string) string {
	if strings.ContainsFunc(s, unicode.IsSpace) || strings.Contains(s, `"`) || s == "" {
		return quote(s)
	}
	return s
}

// fields are the field constraint names the query language knows.
var fields = map[string]bool{"org": true, "source": true, "from": true, "to": true, "date": true}

// Parse reads a query:
//
//	cong doan               words, all must appear (diacritics and case ignored)
//	"ha noi"                words adjacent, in this order
//	-word  -"two words"     leave out articles containing it
//	org:ldld  org:"lang son"   an organisation named so (any alias)
//	source:laodong.vn       an outlet (name or web site)
//	from:2021 to:2022-06 date:2021-04   publication period, inclusive
//
// The last word matches as a prefix (Prefix is set) unless the query ends
// with a space: the reader's filter narrows while a word is being typed.
// On error, the returned Query still holds what could be read (an
// unterminated quote counts as closed at the end), so a filter can keep
// narrowing while the user finishes typing.
func Parse(s string) (Query, error) {
	s = model.NFC(s)
	var q Query
	var firstErr *ParseError
	fail := func(pos int, format string, args ...any) {
		if firstErr == nil {
			firstErr = &ParseError{Pos: pos, Msg: fmt.Sprintf(format, args...)}
		}
	}
	i := 0
	lastWasTerm := false
	for {
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !unicode.IsSpace(r) {
				break
			}
			i += size
			lastWasTerm = false
		}
		if i >= len(s) {
			break
		}
		start := i
		lastWasTerm = false
		exclude := false
		if s[i] == '-' {
			if i+1 >= len(s) || isSpaceAt(s, i+1) {
				// A lone dash is punctuation ("Bà Rịa - Vũng Tàu").
				i++
				continue
			}
			exclude = true
			i++
		}
		if r, size := utf8.DecodeRuneInString(s[i:]); isQuote(r) {
			text, end, ok := readQuoted(s, i+size)
			if !ok {
				fail(i, "this quote is never closed; add a closing \" after the words")
				if firstErr.Pos == i { // no earlier fault
					firstErr.open = true
				}
			}
			i = end
			words := phraseWords(text)
			if len(words) == 0 {
				if ok {
					fail(start, "empty quotes: put words between them")
				}
				continue
			}
			if exclude {
				q.ExcludePhrases = append(q.ExcludePhrases, words)
			} else {
				q.Phrases = append(q.Phrases, words)
				// An open quote runs to the end of the query: unless a
				// space follows, its last word is still being typed.
				q.PhrasePrefix = !ok && !endsInSpace(s)
			}
			continue
		}
		// A bare word, possibly a field constraint.
		end := i
		for end < len(s) && !isSpaceAt(s, end) {
			end++
		}
		word := s[i:end]
		if name, rest, ok := strings.Cut(word, ":"); ok && isFieldName(name) && !strings.HasPrefix(rest, "//") {
			if exclude {
				fail(start, "a field cannot be excluded with -; write -word or -\"some words\"")
				i = end
				continue
			}
			lname := strings.ToLower(name)
			if !fields[lname] {
				fail(start, "unknown field %q; the fields are org:, source:, from:, to: and date:", name+":")
				i = end
				continue
			}
			vstart := i + len(name) + 1
			var value string
			if r, size := utf8.DecodeRuneInString(s[vstart:]); vstart < len(s) && isQuote(r) {
				text, qend, ok := readQuoted(s, vstart+size)
				if !ok {
					fail(vstart, "this quote is never closed; add a closing \" after the words")
					if firstErr.Pos == vstart { // no earlier fault
						firstErr.open = true
					}
				}
				value, end = strings.TrimSpace(text), qend
			} else {
				value = s[vstart:end]
			}
			i = end
			if len(foldTokens(value)) == 0 {
				fail(start, "%s: needs a value, e.g. %s", lname, fieldExample[lname])
				continue
			}
			switch lname {
			case "org":
				q.Orgs = append(q.Orgs, value)
			case "source":
				q.Sources = append(q.Sources, value)
			default:
				p, msg := parsePeriod(value)
				if msg != "" {
					fail(vstart, "%s:%s: %s", lname, value, msg)
					continue
				}
				switch lname {
				case "from":
					q.From = p
				case "to":
					q.To = p
				case "date":
					q.From, q.To = p, p
				}
			}
			continue
		}
		i = end
		words := phraseWords(word)
		switch {
		case len(words) == 0:
			// Punctuation only: nothing to match.
		case exclude && len(words) == 1:
			q.Exclude = append(q.Exclude, words[0])
		case exclude:
			q.ExcludePhrases = append(q.ExcludePhrases, words)
		case len(words) == 1:
			q.Terms = append(q.Terms, words[0])
			lastWasTerm = true
		default:
			q.Phrases = append(q.Phrases, words)
		}
	}
	q.Prefix = lastWasTerm
	if !q.From.IsZero() && !q.To.IsZero() && q.From.first() > q.To.last() {
		fail(0, "the period is empty: from:%s is after to:%s", q.From, q.To)
	}
	if firstErr != nil {
		return q, firstErr
	}
	return q, nil
}

var fieldExample = map[string]string{
	"org":    `org:ldld or org:"lang son"`,
	"source": "source:laodong.vn",
	"from":   "from:2021",
	"to":     "to:2022-06",
	"date":   "date:2021-04",
}

func isSpaceAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r)
}

func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„'
}

// readQuoted reads from just after an opening quote to the closing one.
func readQuoted(s string, i int) (text string, end int, ok bool) {
	for j := i; j < len(s); {
		r, size := utf8.DecodeRuneInString(s[j:])
		if isQuote(r) {
			return s[i:j], j + size, true
		}
		j += size
	}
	return s[i:], len(s), false
}

// isFieldName reports whether name looks like a field name (ASCII letters),
// as opposed to a word that happens to contain a colon ("9:20").
func isFieldName(name string) bool {
	if len(name) < 2 {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !('a' <= c && c <= 'z') && !('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

// phraseWords splits text into its words (tokens) as typed.
func phraseWords(text string) []string {
	var t tokenizer
	t.reset(text)
	var out []string
	for t.next() {
		out = append(out, text[t.start:t.end])
	}
	return out
}

// parsePeriod reads YYYY, YYYY-MM, YYYY-MM-DD (also with / or .), MM/YYYY or
// DD/MM/YYYY; msg says what is wrong.
func parsePeriod(v string) (Period, string) {
	parts := strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	nums := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Period{}, "expected a date like 2021, 2021-04 or 2021-04-15"
		}
		nums[i] = n
	}
	var p Period
	switch {
	case len(nums) == 1 && len(parts[0]) == 4:
		p.Year = nums[0]
	case len(nums) == 2 && len(parts[0]) == 4:
		p.Year, p.Month = nums[0], nums[1]
	case len(nums) == 2 && len(parts[1]) == 4:
		p.Month, p.Year = nums[0], nums[1]
	case len(nums) == 3 && len(parts[0]) == 4:
		p.Year, p.Month, p.Day = nums[0], nums[1], nums[2]
	case len(nums) == 3 && len(parts[2]) == 4:
		p.Day, p.Month, p.Year = nums[0], nums[1], nums[2]
	default:
		return Period{}, "expected a date like 2021, 2021-04 or 2021-04-15"
	}
	if p.Year < 1000 {
		return Period{}, "the year must have four digits"
	}
	if len(nums) >= 2 && (p.Month < 1 || p.Month > 12) {
		return Period{}, fmt.Sprintf("there is no month %d", p.Month)
	}
	if p.Day != 0 || len(nums) == 3 {
		if p.Day < 1 || p.Day > model.DaysIn(p.Year, p.Month) {
			return Period{}, fmt.Sprintf("there is no day %d in %04d-%02d", p.Day, p.Year, p.Month)
		}
	}
	return p, ""
}
