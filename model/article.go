// Package model holds what bantin knows about articles, with no terminal in
// sight: the Article type, dates with their precision, organisation mentions,
// and the text folding used by every search. It imports none of bantin's other
// packages and is safe for concurrent reads.
package model

import (
	"fmt"
	"time"
)

// Precision says how a publication date was obtained.
type Precision string

const (
	// PrecisionExact: the article states date and time.
	PrecisionExact Precision = "exact"
	// PrecisionDay: the article states the full date without a time.
	PrecisionDay Precision = "day"
	// PrecisionInferred: day and month are stated, the year was inferred
	// from the article's own text.
	PrecisionInferred Precision = "inferred"
	// PrecisionUnknown: no publication date could be found.
	PrecisionUnknown Precision = "unknown"
)

// Vietnam is the time zone every article date is expressed in (UTC+7, no DST).
var Vietnam = time.FixedZone("ICT", 7*3600)

// Date is a publication date in Vietnam time. The zero value is an unknown date.
type Date struct {
	Year, Month, Day     int
	Hour, Minute, Second int
	HasTime              bool // Hour and Minute are stated
	HasSeconds           bool // Second is stated too
	Precision            Precision
}

// Known reports whether the date has at least a day, month and year.
func (d Date) Known() bool {
	return d.Year > 0 && d.Month > 0 && d.Day > 0 && d.Precision != PrecisionUnknown && d.Precision != ""
}

// DayString is the date as YYYY-MM-DD, or "" when unknown.
func (d Date) DayString() string {
	if !d.Known() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// TimeString is the time as HH:MM or HH:MM:SS, or "" when not stated.
func (d Date) TimeString() string {
	if !d.Known() || !d.HasTime {
		return ""
	}
	if d.HasSeconds {
		return fmt.Sprintf("%02d:%02d:%02d", d.Hour, d.Minute, d.Second)
	}
	return fmt.Sprintf("%02d:%02d", d.Hour, d.Minute)
}

// Time is the date as a time.Time in Vietnam time (zero time when unknown).
func (d Date) Time() time.Time {
	if !d.Known() {
		return time.Time{}
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, d.Hour, d.Minute, d.Second, 0, Vietnam)
}

// SortKey orders dates chronologically; unknown dates sort first (oldest).
func (d Date) SortKey() int64 {
	if !d.Known() {
		return 0
	}
	return int64(d.Year)*1e10 + int64(d.Month)*1e8 + int64(d.Day)*1e6 +
		int64(d.Hour)*1e4 + int64(d.Minute)*1e2 + int64(d.Second)
}

// OrgKind classifies a union body.
type OrgKind string

const (
	KindConfederation OrgKind = "confederation" // Tổng Liên đoàn Lao động Việt Nam
	KindFederation    OrgKind = "federation"    // Liên đoàn Lao động of a province, city or district
	KindSectorUnion   OrgKind = "sector"        // Công đoàn ngành …, national sector unions
	KindEnterprise    OrgKind = "enterprise"    // unions of a company or corporation
	KindGrassroots    OrgKind = "grassroots"    // công đoàn cơ sở of a named unit
	KindOther         OrgKind = "other"
)

// OrgMention is one union body an article is about, under its canonical name.
type OrgMention struct {
	// Name is the canonical name, the same across the whole corpus.
	Name string  `json:"name"`
	Kind OrgKind `json:"kind"`
	// Aliases are the written forms seen in this article.
	Aliases []string `json:"aliases"`
	// AliasMentions counts how often each alias was used, parallel to Aliases.
	AliasMentions []int `json:"alias_mentions,omitempty"`
	// Mentions counts how often the body is named in title and body.
	Mentions int `json:"mentions"`
	// Primary marks the bodies the article is mainly about.
	Primary bool `json:"primary"`
	// Parent is the canonical name of the body above it, where the name implies it.
	Parent string `json:"parent,omitempty"`
	// Unresolved explains why a place could not be resolved, if so.
	Unresolved string `json:"unresolved,omitempty"`
}

// Article is one parsed news article. Articles are immutable once loaded.
type Article struct {
	// ID is the article's position in its corpus (set by the corpus).
	ID int
	// File is the path it was read from, or the sample's file name; a
	// .jsonl line is named path:line.
	File   string
	Title  string
	Date   Date
	Source string // the outlet, e.g. "Báo Lạng Sơn"
	Author string
	URL    string
	// Body is the article's paragraphs in order, boilerplate removed.
	Body          []string
	Organisations []OrgMention
	// Warnings are problems met while parsing this article.
	Warnings []string
	// Text is set when a load left the body in its file (Body is then nil);
	// the zero value means Body holds the text.
	Text TextRef
}

// TextRef ties an article to its text when the loader did not keep the body
// in memory: a corpus loaded from files keeps what the list shows and the
// index needs, and reads a body back from its file when it is shown
// (corpus.Body, data.ReadBody).
type TextRef struct {
	// Size and Sum are the length and a hash of the file's bytes as they
	// were read; Sum is 0 when Body holds the text.
	Size int64
	Sum  uint64
	// Part is the index part that indexed the article while it loaded
	// (1-based; 0: none, the corpus indexes Body itself) and Doc its
	// number there.
	Part uint32
	Doc  uint32
}

// BodyText is the body as one string, paragraphs separated by blank lines.
func (a *Article) BodyText() string {
	n := 0
	for _, p := range a.Body {
		n += len(p) + 2
	}
	b := make([]byte, 0, n)
	for i, p := range a.Body {
		if i > 0 {
			b = append(b, '\n', '\n')
		}
		b = append(b, p...)
	}
	return string(b)
}

// DaysIn is the length of a month (1–12) of the Gregorian calendar, as
// time.Date counts it.
func DaysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
