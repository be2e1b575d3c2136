package data

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// JSONL field names accepted for each article field, first match wins.
// Values are strings; author and body may also be arrays of strings, and a
// date may be a Unix time in seconds. A line with a "raw" field (the whole
// article in the scraped text format) is parsed like a .txt file, the other
// fields overriding what is found in it.
var (
	jsonTitle  = []string{"title", "headline", "tieu_de"}
	jsonDate   = []string{"date", "published", "published_at", "publishedAt", "publish_date", "pubDate", "datePublished", "date_published", "time", "created_at"}
	jsonURL    = []string{"url", "link", "href", "canonical_url", "source_url"}
	jsonSource = []string{"source", "outlet", "site", "publisher", "site_name"}
	jsonAuthor = []string{"author", "authors", "byline"}
	jsonBody   = []string{"content", "body", "text", "article", "noi_dung", "description", "summary", "sapo"}
	jsonRaw    = []string{"raw"}
)

// loadJSONL reads one article per line, parsing batches of lines on
// workers goroutines so that one big file still uses every core. Bad lines
// are reported with their line number and skipped; blank lines are ignored.
func loadJSONL(ctx context.Context, path string, max int64, rec *orgs.Recognizer, workers int) fileResult {
	var r fileResult
	f, err := os.Open(path)
	if err != nil {
		return warnOnly(path, "skipped: "+describeErr(err))
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 1<<16)
	type item struct {
		name string
		line []byte
		a    model.Article
		st   cleanStats
		msg  string
	}
	const batchSize = 512
	batch := make([]item, 0, batchSize)
	lineNo, bad := 0, 0
	flush := func() {
		parallel(len(batch), workers, func(i int) {
			it := &batch[i]
			it.a, it.st, it.msg = parseJSONLine(it.name, it.line, rec)
		})
		for i := range batch {
			it := &batch[i]
			switch {
			case it.msg != "":
				bad++
				if bad <= 20 {
					r.warns = append(r.warns, Warning{it.name, "skipped: " + it.msg})
				}
			default:
				r.arts = append(r.arts, it.a)
				r.warns = append(r.warns, cleaningWarnings(it.name, it.st)...)
			}
		}
		batch = batch[:0]
	}
	for {
		if ctx.Err() != nil {
			return r
		}
		line, tooLong, err := readLine(br, max)
		if len(line) == 0 && !tooLong && err != nil {
			if !errors.Is(err, io.EOF) {
				r.warns = append(r.warns, Warning{path, "read error: " + describeErr(err)})
			}
			break
		}
		lineNo++
		name := path + ":" + strconv.Itoa(lineNo)
		switch {
		case tooLong:
			r.warns = append(r.warns, Warning{name, fmt.Sprintf("skipped: line longer than %s", humanSize(max))})
		case len(bytes.TrimSpace(line)) > 0:
			batch = append(batch, item{name: name, line: line})
			if len(batch) == batchSize {
				flush()
			}
		}
		if err != nil {
			break
		}
	}
	flush()
	if bad > 20 {
		r.warns = append(r.warns, Warning{path, fmt.Sprintf("%d more bad lines skipped", bad-20)})
	}
	if lineNo == 0 {
		r.warns = append(r.warns, Warning{path, "skipped: empty file"})
	}
	return r
}

// readLine reads one line (without its newline). A line longer than max is
// consumed and reported as tooLong.
func readLine(br *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > max+1 {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, err
		}
		return bytes.TrimRight(line, "\r\n"), false, err
	}
}

// parseJSONLine parses one JSONL article, or says why it cannot.
func parseJSONLine(name string, line []byte, rec *orgs.Recognizer) (model.Article, cleanStats, string) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return model.Article{}, cleanStats{}, fmt.Sprintf("not valid JSON (at byte %d)", se.Offset)
		}
		return model.Article{}, cleanStats{}, "not a JSON object"
	}
	m = lowerKeys(m)
	h := hints{
		title:  oneLine(jsonString(m, jsonTitle, " ")),
		date:   jsonDateString(m),
		source: oneLine(jsonString(m, jsonSource, " ")),
		author: oneLine(jsonString(m, jsonAuthor, " - ")),
		url:    oneLine(jsonString(m, jsonURL, " ")),
	}
	raw := jsonString(m, jsonRaw, "\n")
	body := htmlToText(jsonString(m, jsonBody, "\n"))
	h.title = htmlToText(h.title)
	text := raw
	if text == "" {
		text = body
	}
	typeWarns := jsonTypeProblems(m)
	if strings.TrimSpace(text) == "" && h.title == "" {
		if len(typeWarns) > 0 {
			return model.Article{}, cleanStats{}, "no title and no text: " + strings.Join(typeWarns, "; ")
		}
		return model.Article{}, cleanStats{}, "no title and no text (accepted fields: title, content/body/text, raw)"
	}
	// Hints go through the same cleaning as the text.
	h.title, h.source = oneLine(CleanString(h.title)), oneLine(CleanString(h.source))
	h.author, h.url = oneLine(CleanString(h.author)), oneLine(CleanString(h.url))
	if h.url != "" {
		if _, ok := bareURL(h.url); !ok {
			h.url = ""
		}
	}
	a, st := safeParse(name, text, h, rec)
	if a.Title == "" && len(a.Body) == 0 {
		msg := "no title and no text left after cleaning"
		if len(typeWarns) > 0 {
			msg += ": " + strings.Join(typeWarns, "; ")
		}
		return model.Article{}, cleanStats{}, msg
	}
	a.Warnings = append(a.Warnings, typeWarns...)
	return a, st, ""
}

// jsonString returns the first of keys present as a string, joining an
// array of strings (or of objects with a "name") with sep. m's keys are
// lower case.
func jsonString(m map[string]json.RawMessage, keys []string, sep string) string {
	for _, k := range keys {
		v, ok := m[strings.ToLower(k)]
		if !ok {
			continue
		}
		if s := jsonText(v, sep); s != "" {
			return s
		}
	}
	return ""
}

// jsonText reads a JSON value as text: a string, an object's "name", or an
// array of those joined with sep (other items are skipped).
func jsonText(v json.RawMessage, sep string) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return ""
	}
	switch v[0] {
	case '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return s
		}
	case '[':
		var list []json.RawMessage
		if json.Unmarshal(v, &list) != nil {
			return ""
		}
		parts := make([]string, 0, len(list))
		for _, item := range list {
			if len(item) > 0 && item[0] == '[' {
				continue
			}
			if s := jsonText(item, sep); s != "" {
				parts = append(parts, s)
			}
		}
		return strings.Join(parts, sep)
	case '{':
		var obj map[string]json.RawMessage
		if json.Unmarshal(v, &obj) != nil {
			return ""
		}
		obj = lowerKeys(obj)
		for _, k := range []string{"name", "$date", "value", "text"} {
			if item, ok := obj[k]; ok && len(item) > 0 && item[0] == '"' {
				return jsonText(item, sep)
			}
		}
	}
	return ""
}

// lowerKeys gives m with lower-case keys ("Title" finds "title"); an exact
// lower-case key wins over another spelling of it.
func lowerKeys(m map[string]json.RawMessage) map[string]json.RawMessage {
	lower := true
	for k := range m {
		if strings.ToLower(k) != k {
			lower = false
			break
		}
	}
	if lower {
		return m
	}
	out := make(map[string]json.RawMessage, len(m))
	for k, v := range m {
		lk := strings.ToLower(k)
		if _, seen := out[lk]; !seen || lk == k {
			out[lk] = v
		}
	}
	return out
}

// jsonTypeProblems describes title, date, author and body fields whose
// JSON type cannot hold them: "field "title" is a number, not text".
func jsonTypeProblems(m map[string]json.RawMessage) []string {
	var out []string
	for _, group := range [][]string{jsonTitle, jsonBody, jsonRaw, jsonAuthor, jsonURL, jsonSource} {
		for _, k := range group {
			v, ok := m[strings.ToLower(k)]
			if !ok || len(v) == 0 {
				continue
			}
			if kind := jsonKind(v[0]); kind != "" && jsonText(v, " ") == "" {
				out = append(out, fmt.Sprintf("field %q is %s, not text", k, kind))
			}
			break
		}
	}
	return out
}

func jsonKind(c byte) string {
	switch {
	case c == 't' || c == 'f':
		return "a boolean"
	case c == '-' || c >= '0' && c <= '9':
		return "a number"
	case c == '{':
		return "an object"
	case c == '[':
		return "an array"
	}
	return "" // a string or null
}

// jsonDateString returns the date field as text; a Unix time (seconds or
// milliseconds) is turned into an ISO date-time.
func jsonDateString(m map[string]json.RawMessage) string {
	for _, k := range jsonDate {
		v, ok := m[strings.ToLower(k)]
		if !ok {
			continue
		}
		if s := jsonText(v, " "); s != "" {
			return compactDate(oneLine(s))
		}
		var n float64
		if json.Unmarshal(v, &n) == nil && n > 0 {
			if n > 1e11 {
				n /= 1000
			}
			return time.Unix(int64(n), 0).In(model.Vietnam).Format(time.RFC3339)
		}
	}
	return ""
}

// compactDate turns "20230512" and "20230512083000" into ISO form; other
// text is returned as is.
func compactDate(s string) string {
	if !isDigits(s) && !(len(s) == 14 && isDigits(s[:8]) && isDigits(s[8:])) {
		return s
	}
	switch len(s) {
	case 8:
		return s[:4] + "-" + s[4:6] + "-" + s[6:]
	case 14:
		return s[:4] + "-" + s[4:6] + "-" + s[6:8] + "T" + s[8:10] + ":" + s[10:12] + ":" + s[12:] + "+07:00"
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// blockTags end a paragraph when met in HTML.
var blockTags = map[string]bool{
	"p": true, "br": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "tr": true, "blockquote": true, "figcaption": true, "section": true, "article": true,
}

// htmlToText turns the HTML some feeds put in their content fields into
// plain paragraphs: tags removed (block tags end a paragraph, script and
// style contents dropped) and entities (&amp;, &nbsp;, &#7879;) decoded.
// Text without '<' or '&' is returned as is.
func htmlToText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	var b strings.Builder
	skip := "" // inside <script> or <style>
	for i := 0; i < len(s); {
		c := s[i]
		if c != '<' {
			if skip == "" {
				b.WriteByte(c)
			}
			i++
			continue
		}
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			if skip == "" {
				b.WriteString(s[i:])
			}
			break
		}
		tag := strings.ToLower(strings.TrimLeft(s[i+1:i+end], "/"))
		if j := strings.IndexAny(tag, " \t\n/"); j >= 0 {
			tag = tag[:j]
		}
		closing := i+1 < len(s) && s[i+1] == '/'
		switch {
		case skip != "":
			if closing && tag == skip {
				skip = ""
			}
		case tag == "script" || tag == "style":
			if !closing {
				skip = tag
			}
		case blockTags[tag]:
			b.WriteByte('\n')
		}
		i += end + 1
	}
	return html.UnescapeString(b.String())
}
