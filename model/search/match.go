package search

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// compiled is a Query folded for matching: what the index and Highlight use.
type compiled struct {
	terms   []string // folded whole words, each once
	seq     []string // folded whole words in typed order (for proximity)
	prefix  string   // folded last word matched as a prefix, or ""
	phrases [][]string
	// phrasePrefix: the last word of the last phrase matches as a prefix
	// (an open quote being typed).
	phrasePrefix bool
	excl         []string
	exclPhr      [][]string
	orgs         [][]string // expanded folded tokens of each org: constraint
	sources      [][]string // folded tokens of each source: alternative
	from         int32      // YYYYMMDD lower bound, 0 = none
	to           int32      // YYYYMMDD upper bound, 0 = none
	// exact lists the words typed with diacritics: articles containing
	// them in exactly that form rank first.
	exact []exactWord
	// never is set when some required word cannot occur in any article.
	never bool
}

// exactWord is a word typed with diacritics, in exact form (see appendExact).
type exactWord struct {
	form   string // exact form, tone byte last if any
	prefix bool   // the word is still being typed
}

// base is the exact form without its tone byte, and the tone (0 = none).
func (e exactWord) base() (string, byte) {
	if n := len(e.form); n > 0 && e.form[n-1] <= toneDot {
		return e.form[:n-1], e.form[n-1]
	}
	return e.form, 0
}

// matches reports whether a token's exact form matches this word.
func (e exactWord) matches(tokExact string) bool {
	if !e.prefix {
		return tokExact == e.form
	}
	qb, qt := e.base()
	tb, tt := exactWord{form: tokExact}.base()
	return strings.HasPrefix(tb, qb) && (qt == 0 || qt == tt)
}

func addUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

func (q Query) compile() *compiled {
	c := &compiled{}
	addExact := func(word string, prefix bool) {
		if f := exactForm(word); f != "" {
			c.exact = append(c.exact, exactWord{form: f, prefix: prefix})
		}
	}
	for i, t := range q.Terms {
		toks := foldTokens(t)
		isPrefix := q.Prefix && i == len(q.Terms)-1
		switch {
		case len(toks) == 0:
			continue
		case len(toks) > 1:
			c.phrases = append(c.phrases, toks)
			addExact(t, false)
			continue
		case isPrefix:
			c.prefix = toks[0]
		default:
			c.terms = addUnique(c.terms, toks[0])
			c.seq = append(c.seq, toks[0])
		}
		if len(toks[0]) > maxTokenLen {
			c.never = true
		}
		addExact(t, isPrefix)
	}
	if c.prefix != "" {
		for _, t := range c.terms {
			if t == c.prefix {
				c.prefix = "" // already required as a whole word
				break
			}
		}
	}
	for i, p := range q.Phrases {
		open := q.PhrasePrefix && i == len(q.Phrases)-1
		var words []string
		for j, w := range p {
			words = append(words, foldTokens(w)...)
			addExact(w, open && j == len(p)-1)
		}
		switch {
		case len(words) == 0:
		case len(words) == 1 && open:
			if !slices.Contains(c.terms, words[0]) && c.prefix == "" {
				c.prefix = words[0]
			}
		case len(words) == 1:
			c.terms = addUnique(c.terms, words[0])
		default:
			c.phrases = append(c.phrases, words)
			c.phrasePrefix = open
		}
	}
	for _, w := range q.Exclude {
		toks := foldTokens(w)
		switch len(toks) {
		case 0:
		case 1:
			c.excl = addUnique(c.excl, toks[0])
		default:
			c.exclPhr = append(c.exclPhr, toks)
		}
	}
	for _, p := range q.ExcludePhrases {
		var words []string
		for _, w := range p {
			words = append(words, foldTokens(w)...)
		}
		switch len(words) {
		case 0:
		case 1:
			c.excl = addUnique(c.excl, words[0])
		default:
			c.exclPhr = append(c.exclPhr, words)
		}
	}
	for _, o := range q.Orgs {
		if toks := orgTokens(o); len(toks) > 0 {
			c.orgs = append(c.orgs, toks)
		}
	}
	for _, s := range q.Sources {
		if toks := foldTokens(s); len(toks) > 0 {
			c.sources = append(c.sources, toks)
		}
	}
	if !q.From.IsZero() {
		c.from = q.From.first()
	}
	if !q.To.IsZero() {
		c.to = q.To.last()
	}
	for _, p := range c.phrases {
		for _, w := range p {
			if len(w) > maxTokenLen {
				c.never = true
			}
		}
	}
	return c
}

// openPhrase reports whether phrase k's last word is still being typed.
func (c *compiled) openPhrase(k int) bool {
	return c.phrasePrefix && k == len(c.phrases)-1
}

// abbreviations are the standard shortenings of union names, folded; an
// org: constraint and the organisation names are compared with these
// expanded, so org:ldld finds "Liên đoàn Lao động …".
var abbreviations = map[string][]string{
	"ldld":   {"lien", "doan", "lao", "dong"},
	"tldld":  {"tong", "lien", "doan", "lao", "dong"},
	"tld":    {"tong", "lien", "doan"},
	"cd":     {"cong", "doan"},
	"cdcs":   {"cong", "doan", "co", "so"},
	"cdvc":   {"cong", "doan", "vien", "chuc"},
	"cdn":    {"cong", "doan", "nganh"},
	"cand":   {"cong", "an", "nhan", "dan"},
	"vn":     {"viet", "nam"},
	"tp":     {"thanh", "pho"},
	"hcm":    {"ho", "chi", "minh"},
	"tphcm":  {"thanh", "pho", "ho", "chi", "minh"},
	"ctcp":   {"cong", "ty", "co", "phan"},
	"tnhh":   {"trach", "nhiem", "huu", "han"},
	"cnvcld": {"cong", "nhan", "vien", "chuc", "lao", "dong"},
}

// orgTokens folds s into tokens with abbreviations expanded.
func orgTokens(s string) []string {
	var out []string
	for _, t := range foldTokens(s) {
		if exp, ok := abbreviations[t]; ok {
			out = append(out, exp...)
		} else {
			out = append(out, t)
		}
	}
	return out
}

// subsequence reports whether want appears in have in order (not
// necessarily adjacent).
func subsequence(want, have []string) bool {
	i := 0
	for _, h := range have {
		if i < len(want) && h == want[i] {
			i++
		}
	}
	return i == len(want)
}

// orgMatches reports whether an org: constraint (expanded tokens) matches an
// organisation known by these names.
func orgMatches(want []string, names [][]string) bool {
	for _, n := range names {
		if subsequence(want, n) {
			return true
		}
	}
	return false
}

// dateKey is a date as YYYYMMDD, 0 when unknown.
func dateKey(d model.Date) int32 {
	if !d.Known() {
		return 0
	}
	return int32(d.Year*10000 + d.Month*100 + d.Day)
}

func (c *compiled) dateOK(key int32) bool {
	if c.from == 0 && c.to == 0 {
		return true
	}
	if key == 0 {
		return false
	}
	return (c.from == 0 || key >= c.from) && (c.to == 0 || key <= c.to)
}

// sourceNames are the folded token lists a source: constraint is compared
// with: the outlet's name and the URL's host.
func sourceNames(a *model.Article) [][]string {
	var out [][]string
	if t := foldTokens(a.Source); len(t) > 0 {
		out = append(out, t)
	}
	if h := urlHost(a.URL); h != "" {
		out = append(out, foldTokens(h))
	}
	return out
}

func urlHost(u string) string {
	if i := strings.Index(u, "://"); i >= 0 {
		u = u[i+3:]
	}
	if i := strings.IndexAny(u, "/?#"); i >= 0 {
		u = u[:i]
	}
	u = strings.TrimPrefix(u, "www.")
	return u
}

func sourceMatches(alts [][]string, names [][]string) bool {
	for _, want := range alts {
		for _, n := range names {
			if subsequence(want, n) {
				return true
			}
		}
	}
	return false
}

// Highlight returns the byte spans of text (a title or one paragraph) that
// match the query's words and phrases, in order and without overlap: whole
// words, the typed part of a word still being typed, whole phrases.
// Exclusions and field constraints are not highlighted.
func (ix *Index) Highlight(q Query, text string) [][2]int {
	return highlight(q.compile(), text)
}

// Highlight is Index.Highlight without an index (matching needs none).
func Highlight(q Query, text string) [][2]int {
	return highlight(q.compile(), text)
}

type span struct {
	start, end int
	folded     string
}

func highlight(c *compiled, text string) [][2]int {
	if len(c.terms) == 0 && c.prefix == "" && len(c.phrases) == 0 {
		return nil
	}
	var toks []span
	var t tokenizer
	t.reset(text)
	for t.next() {
		toks = append(toks, span{t.start, t.end, string(t.folded)})
	}
	var out [][2]int
	for i, tok := range toks {
		for _, w := range c.terms {
			if tok.folded == w {
				out = append(out, [2]int{tok.start, tok.end})
				break
			}
		}
		if c.prefix != "" && strings.HasPrefix(tok.folded, c.prefix) {
			out = append(out, [2]int{tok.start, prefixEnd(text[tok.start:tok.end], len(c.prefix)) + tok.start})
		}
		for k, p := range c.phrases {
			open := c.openPhrase(k)
			if i+len(p) <= len(toks) && phraseAt(toks[i:], p, open) {
				last := toks[i+len(p)-1]
				end := last.end
				if open {
					end = last.start + prefixEnd(text[last.start:last.end], len(p[len(p)-1]))
				}
				out = append(out, [2]int{tok.start, end})
			}
		}
	}
	return mergeSpans(out)
}

// phraseAt reports whether toks begin with the phrase p; with open, its
// last word need only begin the token.
func phraseAt(toks []span, p []string, open bool) bool {
	for j, w := range p {
		if open && j == len(p)-1 {
			return len(toks[j].folded) <= maxTokenLen && strings.HasPrefix(toks[j].folded, w)
		}
		if toks[j].folded != w {
			return false
		}
	}
	return true
}

// prefixEnd is the byte length of the shortest start of tok whose folded form
// is n bytes long, with any combining marks that follow it.
func prefixEnd(tok string, n int) int {
	var buf [8]byte
	got := 0
	i := 0
	for i < len(tok) && got < n {
		r, size := utf8.DecodeRuneInString(tok[i:])
		i += size
		if f := model.FoldRune(r); f >= 0 {
			got += len(utf8.AppendRune(buf[:0], f))
		}
	}
	for i < len(tok) {
		r, size := utf8.DecodeRuneInString(tok[i:])
		if model.FoldRune(r) >= 0 {
			break
		}
		i += size
	}
	return i
}

func mergeSpans(s [][2]int) [][2]int {
	if len(s) < 2 {
		return s
	}
	sort.Slice(s, func(i, j int) bool {
		if s[i][0] != s[j][0] {
			return s[i][0] < s[j][0]
		}
		return s[i][1] > s[j][1]
	})
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x[0] < last[1] {
			if x[1] > last[1] {
				last[1] = x[1]
			}
			continue
		}
		out = append(out, x)
	}
	return out
}
