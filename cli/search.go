package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/model/search"
	"github.com/bantin/bantin/ui/termsafe"
)

const searchUsage = `Usage: bantin search [--json] [--limit N] QUERY [PATH...]

Prints the articles matching QUERY (in the embedded sample when no PATH is
given), best first: number, date, outlet, score and title. Words match
whole syllables, ignoring case and diacritics; a query typed with
diacritics ranks exact matches first.

  cong doan             both words, anywhere (title or body)
  "ha noi"              adjacent, in this order
  -word  -"two words"   leave out articles containing it
  org:ldld  org:"lang son"   an organisation, by any of its names
  source:laodong.vn     an outlet, by name or web site
  from:2021  to:2022-06  date:2021-04   publication period

  --json       a JSON array: the inspect fields of each article plus score
  --limit N    at most N articles (default 20; 0 for all)

Exit status: 0 when something matches, 1 when nothing does, 2 for a bad
query or bad flags. See docs/search.md.
`

// defaultSearchLimit is how many results bantin search prints by default.
const defaultSearchLimit = 20

// runSearch is `bantin search`.
func runSearch(args []string, env Env) int {
	asJSON := false
	limit := defaultSearchLimit
	var rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--json" || a == "-json":
			asJSON = true
			continue
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Fprint(env.Stdout, searchUsage)
			return 0
		case a == "--limit" || a == "-limit" || a == "-n":
			if i+1 >= len(args) {
				fmt.Fprintf(env.Stderr, "bantin search: %s needs a number\n", a)
				return 2
			}
			i++
			n, err := strconv.Atoi(args[i])
			if err != nil || n < 0 {
				fmt.Fprintf(env.Stderr, "bantin search: %s %q: give a number (0 for all)\n", a, args[i])
				return 2
			}
			limit = n
			continue
		case strings.HasPrefix(a, "--limit="):
			n, err := strconv.Atoi(strings.TrimPrefix(a, "--limit="))
			if err != nil || n < 0 {
				fmt.Fprintf(env.Stderr, "bantin search: %q: give a number (0 for all)\n", a)
				return 2
			}
			limit = n
			continue
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
			continue
		case strings.HasPrefix(a, "-") && len(rest) == 0 && a != "-" && !looksLikeExclusion(a):
			fmt.Fprintf(env.Stderr, "bantin search: unknown flag %s\n\n%s", termsafe.Clean(a), searchUsage)
			return 2
		}
		rest = append(rest, a)
	}
	if len(rest) == 0 {
		fmt.Fprintf(env.Stderr, "bantin search: give a QUERY\n\n%s", searchUsage)
		return 2
	}
	query, paths := rest[0], rest[1:]
	// A bad query is reported before anything is loaded.
	if _, err := search.Parse(query); err != nil {
		writeQueryError(env.Stderr, query, err)
		return 2
	}
	c, err := loadCorpus(context.Background(), paths, env, data.Options{})
	if err != nil {
		fmt.Fprintf(env.Stderr, "bantin search: %s\n", termsafe.Clean(err.Error()))
		return 2
	}
	return WriteSearch(env.Stdout, env.Stderr, c, query, limit, asJSON)
}

// looksLikeExclusion tells a query that starts with an excluded word
// (-"hội nghị", -tết) from a flag: flags are ASCII words.
func looksLikeExclusion(a string) bool {
	for _, r := range strings.TrimLeft(a, "-") {
		if r >= utf8.RuneSelf || r == '"' {
			return true
		}
	}
	return false
}

// SearchRecord is one result of `bantin search --json`: the inspect fields
// of the article plus its rank and relevance score.
type SearchRecord struct {
	InspectRecord
	// Number is the article's place in the corpus, newest first, from 1 (as
	// the reader and `show N` over SSH count).
	Number int     `json:"number"`
	Rank   int     `json:"rank"`
	Score  float32 `json:"score"`
}

// WriteSearch prints the articles of c matching query, best first, at most
// limit (all when limit <= 0): one line each (number, date, outlet, score,
// title) and a summary line, or a JSON array of SearchRecord when asJSON.
// Words are matched whole (the reader's filter, unlike this, treats the
// last word as a prefix while it is typed). A bad query is explained on errw
// with a caret under the place, status 2; no match says so on errw, status
// 1 (with JSON, an empty array is still printed on w); otherwise 0. The SSH
// server's `search` command uses it too.
func WriteSearch(w, errw io.Writer, c *corpus.Corpus, query string, limit int, asJSON bool) int {
	q, err := search.Parse(query)
	if err != nil {
		writeQueryError(errw, query, err)
		return 2
	}
	q.Prefix = false
	res := c.Index.Search(q, search.ByRelevance, limit)
	if asJSON {
		recs := make([]SearchRecord, len(res.IDs))
		for i, id := range res.IDs {
			paras, _ := bodyOrWarn(errw, &c.Articles[id])
			recs[i] = SearchRecord{
				InspectRecord: NewInspectRecord(&c.Articles[id], paras),
				Number:        int(id) + 1,
				Rank:          i + 1,
				Score:         roundScore(res.Scores[i]),
			}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if err := enc.Encode(recs); err != nil {
			fmt.Fprintf(errw, "bantin search: write JSON: %v\n", err)
			return 1
		}
		if res.Total == 0 {
			fmt.Fprintf(errw, "bantin search: no article matches %s\n", termsafe.Clean(query))
			return 1
		}
		return 0
	}
	if res.Total == 0 {
		fmt.Fprintf(errw, "bantin search: no article matches %s\n", termsafe.Clean(query))
		return 1
	}
	ew := &errWriter{w: w}
	for i, id := range res.IDs {
		a := &c.Articles[id]
		date := a.Date.DayString()
		if date == "" {
			date = "unknown"
		}
		ew.printf("%7s  %-10s  %s  %6.2f  %s\n", "#"+strconv.Itoa(int(id)+1), date,
			padRight(clip(termsafe.Clean(a.Source), 24), 24), res.Scores[i], termsafe.Clean(a.Title))
	}
	ew.printf("%d of %d %s matching %s\n", len(res.IDs), res.Total,
		pluralWord(res.Total, "article", "articles"), termsafe.Clean(strings.TrimSpace(q.String())))
	if ew.err != nil {
		fmt.Fprintf(errw, "bantin search: %v\n", ew.err)
		return 1
	}
	return 0
}

func roundScore(s float32) float32 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(float64(s), 'f', 3, 32), 32)
	return float32(v)
}

// padRight pads s with spaces to n characters.
func padRight(s string, n int) string {
	if k := utf8.RuneCountInString(s); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// writeQueryError explains a bad query: the message, the query, and a caret
// under the place that is wrong.
func writeQueryError(w io.Writer, query string, err error) {
	pe, ok := err.(*search.ParseError)
	if !ok {
		fmt.Fprintf(w, "bantin search: bad query: %s\n", termsafe.Clean(err.Error()))
		return
	}
	normal := search.Normalize(query) // what Pos counts bytes of
	col := utf8.RuneCountInString(termsafe.Clean(normal[:min(pe.Pos, len(normal))]))
	fmt.Fprintf(w, "bantin search: bad query at character %d: %s\n  %s\n  %s^\n",
		col+1, termsafe.Clean(pe.Msg), termsafe.Clean(normal), strings.Repeat(" ", col))
}
