package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/ui"
	"github.com/bantin/bantin/ui/termsafe"
)

const inspectUsage = `Usage: bantin inspect [--json] [PATH...]

Prints what was extracted from each article (the embedded sample when no
PATH is given), in file order: title, date and how it was found, outlet,
author, URL, union bodies, body and warnings. Files that could not be
loaded are reported on stderr. PATH may be a folder (walked recursively), a
raw .txt article or a .jsonl file.

  --json   print a JSON array, one object per article
`

// runInspect is `bantin inspect`.
func runInspect(args []string, env Env) int {
	asJSON := false
	var paths []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch a {
		case "--json", "-json":
			asJSON = true
			continue
		case "-h", "-help", "--help":
			fmt.Fprint(env.Stdout, inspectUsage)
			return 0
		case "--":
			paths = append(paths, args[i+1:]...)
			i = len(args)
			continue
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			fmt.Fprintf(env.Stderr, "bantin inspect: unknown flag %s\n\n%s", a, inspectUsage)
			return 2
		}
		paths = append(paths, a)
	}
	var (
		arts  []model.Article
		warns []data.Warning
		err   error
	)
	rec, err := aliasRecognizer(env) // the operator's BANTIN_ALIASES, as every command
	if err != nil {
		fmt.Fprintf(env.Stderr, "bantin inspect: %s\n", termsafe.Clean(err.Error()))
		return 1
	}
	opts := data.Options{Recognizer: rec}
	if len(paths) == 0 {
		arts, warns = data.LoadSample(opts)
	} else {
		arts, warns, err = data.Load(context.Background(), paths, opts)
	}
	if err != nil && len(warns) == 1 {
		warns = nil // the error line says the same
	}
	for _, w := range warns {
		fmt.Fprintf(env.Stderr, "bantin: warning: %s\n", termsafe.Clean(w.String()))
	}
	if err != nil {
		fmt.Fprintf(env.Stderr, "bantin inspect: %s\n", termsafe.Clean(err.Error()))
		return 1
	}
	if len(arts) == 0 {
		fmt.Fprintln(env.Stderr, "bantin inspect: no article could be loaded")
		return 1
	}
	if err := WriteInspect(env.Stdout, env.Stderr, arts, asJSON); err != nil {
		fmt.Fprintf(env.Stderr, "bantin inspect: %v\n", err)
		return 1
	}
	return 0
}

// InspectOrg is one union body in InspectRecord.
type InspectOrg struct {
	Name     string   `json:"name"`
	Kind     string   `json:"kind"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
	Primary  bool     `json:"primary"`
	Parent   string   `json:"parent,omitempty"`
}

// InspectRecord is one article as `bantin inspect --json` prints it. Other
// commands (search --json) embed it to print the same fields.
type InspectRecord struct {
	File          string       `json:"file"`
	Title         string       `json:"title"`
	Date          string       `json:"date"`           // YYYY-MM-DD or ""
	Time          string       `json:"time"`           // HH:MM, HH:MM:SS or ""
	DatePrecision string       `json:"date_precision"` // exact, day, inferred or unknown
	Source        string       `json:"source"`
	Author        string       `json:"author"`
	URL           string       `json:"url"`
	Organisations []InspectOrg `json:"organisations"`
	Body          []string     `json:"body"`
	Warnings      []string     `json:"warnings"`
}

// NewInspectRecord builds the inspect fields of an article whose
// paragraphs are body (nil: none, or they could not be read).
func NewInspectRecord(a *model.Article, body []string) InspectRecord {
	r := InspectRecord{
		File:          a.File,
		Title:         a.Title,
		Date:          a.Date.DayString(),
		Time:          a.Date.TimeString(),
		DatePrecision: precisionOf(a.Date),
		Source:        a.Source,
		Author:        a.Author,
		URL:           a.URL,
		Organisations: make([]InspectOrg, 0, len(a.Organisations)),
		Body:          body,
		Warnings:      a.Warnings,
	}
	for _, o := range a.Organisations {
		aliases := o.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		r.Organisations = append(r.Organisations, InspectOrg{
			Name: o.Name, Kind: string(o.Kind), Aliases: aliases,
			Mentions: o.Mentions, Primary: o.Primary, Parent: o.Parent,
		})
	}
	if r.Body == nil {
		r.Body = []string{}
	}
	if r.Warnings == nil {
		r.Warnings = []string{}
	}
	return r
}

func precisionOf(d model.Date) string {
	if !d.Known() {
		return string(model.PrecisionUnknown)
	}
	return string(d.Precision)
}

// WriteInspect prints what was extracted from arts, in their order: a JSON
// array of InspectRecord when asJSON, otherwise one readable block per
// article followed by a summary. A body the load left in its file is read
// back (data.ReadBody); one that cannot be read is printed empty after a
// warning on errw. The SSH server reuses it.
func WriteInspect(w, errw io.Writer, arts []model.Article, asJSON bool) error {
	if asJSON {
		// Streamed one record at a time: a 100,000-article corpus never
		// sits in memory as one JSON document.
		ew := &errWriter{w: w}
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetIndent("  ", "  ")
		enc.SetEscapeHTML(false)
		ew.printf("[")
		for i := range arts {
			buf.Reset()
			paras, _ := bodyOrWarn(errw, &arts[i])
			if err := enc.Encode(NewInspectRecord(&arts[i], paras)); err != nil {
				return fmt.Errorf("encode %s: %w", arts[i].File, err)
			}
			if i > 0 {
				ew.printf(",")
			}
			ew.printf("\n  %s", bytes.TrimRight(buf.Bytes(), "\n"))
		}
		if len(arts) > 0 {
			ew.printf("\n")
		}
		ew.printf("]\n")
		if ew.err != nil {
			return fmt.Errorf("write JSON: %w", ew.err)
		}
		return nil
	}
	ew := &errWriter{w: w}
	counts := map[string]int{}
	for i := range arts {
		a := &arts[i]
		if i > 0 {
			ew.printf("\n")
		}
		paras, err := bodyOrWarn(errw, a)
		writeInspectBlock(ew, a, paras, err)
		counts[precisionOf(a.Date)]++
	}
	ew.printf("\n%d %s: %d exact, %d day, %d inferred, %d unknown date\n",
		len(arts), pluralWord(len(arts), "article", "articles"),
		counts["exact"], counts["day"], counts["inferred"], counts["unknown"])
	return ew.err
}

// writeInspectBlock prints one article; bodyErr says its body (empty)
// could not be read.
func writeInspectBlock(ew *errWriter, a *model.Article, body []string, bodyErr error) {
	field := func(label, value string) {
		if value == "" {
			value = "—"
		}
		ew.printf("  %-9s %s\n", label, termsafe.Clean(value))
	}
	ew.printf("%s\n", termsafe.Clean(a.File))
	field("title", a.Title)
	date := "unknown"
	if a.Date.Known() {
		date = a.Date.DayString()
		if t := a.Date.TimeString(); t != "" {
			date += " " + t
		}
		date += " (" + precisionOf(a.Date) + ")"
	}
	field("date", date)
	field("source", a.Source)
	field("author", a.Author)
	field("url", a.URL)
	var orgs []string
	for _, o := range a.Organisations {
		s := o.Name + " [" + string(o.Kind)
		if o.Primary {
			s += ", primary"
		}
		s += fmt.Sprintf(", %d×]", o.Mentions)
		orgs = append(orgs, s)
	}
	if len(orgs) == 0 {
		field("orgs", "")
	}
	for i, o := range orgs {
		label := ""
		if i == 0 {
			label = "orgs"
		}
		field(label, o)
	}
	chars := 0
	for _, p := range body {
		chars += utf8.RuneCountInString(p)
	}
	if bodyErr != nil {
		field("body", "could not be read again from the file: "+ui.BodyProblem(bodyErr))
	} else {
		field("body", fmt.Sprintf("%d %s, %d characters", len(body), pluralWord(len(body), "paragraph", "paragraphs"), chars))
	}
	for _, p := range body {
		ew.printf("  %-9s %s\n", "", termsafe.Clean(clip(p, 100)))
	}
	for i, wn := range a.Warnings {
		label := ""
		if i == 0 {
			label = "warnings"
		}
		field(label, wn)
	}
}

// clip shortens s to at most n characters, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if i == n-1 {
			return s[:k] + "…"
		}
		i++
	}
	return s
}

func pluralWord(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err != nil {
		return
	}
	_, e.err = fmt.Fprintf(e.w, format, args...)
}
