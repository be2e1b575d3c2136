// Package orgs recognises the trade-union bodies named in an article, merges
// their written forms under one canonical name and relates them across a
// corpus (parent bodies, bodies named together).
//
// Recognition is by rules over the article's words (heads such as "Công
// đoàn", "Liên đoàn Lao động", "LĐLĐ", "CĐVC", "Tổng LĐLĐ"; level words;
// a gazetteer of provinces, districts and sectors; abbreviations introduced
// in parentheses), not by a list of known bodies. See docs/organisations.md.
package orgs

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/bantin/bantin/model"
)

// Recognizer finds union bodies in articles. It is immutable after
// construction and safe for concurrent use.
type Recognizer struct {
	gaz     *gazetteer
	sectors map[string][]sectorKey
	civil   *sector
	// renames maps a canonical name the rules produce to the body it is
	// now known as (built-in and operator aliases).
	renames map[string]body
	// renameLens has bit n set when a key of renames is n bytes long: a
	// quick test that spares hashing most names (rename runs per hit).
	renameLens []uint64
	// extra holds old names the rules do not parse, by first folded word.
	extra map[string][]phrase
	// hooks, set only on a test's copy of a recogniser (nil otherwise),
	// watch or change its scans (see scanHooks).
	hooks *scanHooks
}

type phrase struct {
	words []string
	b     body
}

// Tables built once at start-up and only read afterwards.
var (
	sharedGazetteer = buildGazetteer()
	sharedSectors   = buildSectors()
	defaultRec      = mustDefault()
)

// builtinAliases are renames every recogniser knows, in the alias file
// format (see docs/organisations.md).
const builtinAliases = `
# Hà Tây was merged into Hà Nội in 2008, its federation into Hà Nội's.
Liên đoàn Lao động thành phố Hà Nội <- Liên đoàn Lao động tỉnh Hà Tây
# The confederation's name from 1961 to 1988.
Tổng Liên đoàn Lao động Việt Nam <- Tổng Công đoàn Việt Nam
`

func mustDefault() *Recognizer {
	r, err := NewRecognizer(nil)
	if err != nil {
		panic(fmt.Sprintf("orgs: built-in tables: %v", err))
	}
	return r
}

// Default returns the recogniser with the built-in tables. It is built once
// and shared.
func Default() *Recognizer { return defaultRec }

// NewRecognizer builds a recogniser with the built-in tables plus the
// operator's alias file extraAliases (nil for none). Each line reads
// "canonical name <- old name; other old name"; blank lines and lines
// starting with # are ignored.
func NewRecognizer(extraAliases io.Reader) (*Recognizer, error) {
	r := &Recognizer{
		gaz:     sharedGazetteer,
		sectors: sharedSectors,
		renames: map[string]body{},
	}
	for i := range sectorTable {
		if sectorTable[i].s.civil {
			r.civil = &sectorTable[i].s
		}
	}
	if err := r.addAliases(strings.NewReader(builtinAliases), "built-in aliases"); err != nil {
		return nil, err
	}
	if extraAliases != nil {
		if err := r.addAliases(extraAliases, "alias file"); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// addAliases reads alias lines.
func (r *Recognizer) addAliases(rd io.Reader, what string) error {
	sc := bufio.NewScanner(rd)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = model.NFC(line)
		target, olds, ok := strings.Cut(line, "<-")
		target = strings.TrimSpace(target)
		if !ok || target == "" {
			return fmt.Errorf("%s line %d: want \"canonical name <- old name; …\", got %q", what, n, line)
		}
		tb, parsed := r.parseName(target)
		if !parsed {
			tb = body{kind: model.KindOther}
		}
		tb.name = target
		tb.unresolved = ""
		added := 0
		for _, old := range strings.Split(olds, ";") {
			old = strings.TrimSpace(old)
			if old == "" {
				continue
			}
			added++
			if ob, ok := r.parseName(old); ok {
				if ob.name != target {
					r.addRename(ob.name, tb)
				}
				continue
			}
			words := phraseWords(old)
			if len(words) == 0 {
				return fmt.Errorf("%s line %d: old name %q has no words", what, n, old)
			}
			if r.extra == nil {
				r.extra = map[string][]phrase{}
			}
			r.extra[words[0]] = append(r.extra[words[0]], phrase{words, tb})
		}
		if added == 0 {
			return fmt.Errorf("%s line %d: no old name after <-", what, n)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading %s: %w", what, err)
	}
	return nil
}

// phraseWords are the folded tokens of a name.
func phraseWords(s string) []string {
	toks, buf := tokenize([]string{s}, nil, nil)
	var out []string
	for _, t := range toks {
		out = append(out, string(buf[t.fs:t.fe]))
	}
	return out
}

// addRename records that the body the rules call name is now tb.
func (r *Recognizer) addRename(name string, tb body) {
	r.renames[name] = tb
	n := len(name)
	for n/64 >= len(r.renameLens) {
		r.renameLens = append(r.renameLens, 0)
	}
	r.renameLens[n/64] |= 1 << (n % 64)
}

// mayRename reports whether some key of renames has the length of name
// (if not, name is not a key).
func (r *Recognizer) mayRename(name string) bool {
	n := len(name)
	return n/64 < len(r.renameLens) && r.renameLens[n/64]&(1<<(n%64)) != 0
}

// rename applies the alias table to a recognised body.
func (r *Recognizer) rename(b body) body {
	if len(r.renames) == 0 {
		return b
	}
	if r.mayRename(b.name) {
		if nb, ok := r.renames[b.name]; ok {
			return nb
		}
	}
	if b.parent != "" && r.mayRename(b.parent) {
		if pb, ok := r.renames[b.parent]; ok {
			b.parent = pb.name
		}
	}
	return b
}

// parseName reads a whole name written in full (an alias line's name): it
// succeeds when the rules read the whole text as one resolved body.
func (r *Recognizer) parseName(name string) (body, bool) {
	sc := &scratch{}
	s := r.scanParas(sc, []string{name}, articleRef{}, false)
	if len(s.hits) != 1 || s.hits[0].b.unresolved != "" {
		return body{}, false
	}
	h := s.hits[0]
	if h.start != 0 || int(h.end) != len(s.toks) {
		return body{}, false
	}
	return h.b, true
}

// Canonical returns the canonical name, kind and parent of a body written
// by a user in any of its forms, with or without accents ("ldld lang son",
// "Công đoàn ngành Công Thương Hà Nội", "TLĐ").
func (r *Recognizer) Canonical(name string) (model.OrgMention, bool) {
	sc := &scratch{}
	s := r.scanParas(sc, []string{name}, articleRef{}, true)
	for _, h := range s.hits {
		if h.b.unresolved == "" {
			return model.OrgMention{Name: h.b.name, Kind: h.b.kind, Parent: h.b.parent}, true
		}
	}
	return model.OrgMention{}, false
}

// MergerAliases returns, in the alias file format, lines that fold the
// federation of every province merged in the 2025 reform into the
// federation of the province-level unit that succeeded it. It is not applied
// by default (an article of 2020 about Bình Dương's federation is about that
// body); an operator who wants one body per post-2025 unit saves it to a file
// and passes it to NewRecognizer (bantin orgs --aliases FILE).
func MergerAliases() string {
	var b strings.Builder
	b.WriteString("# Federations of the provinces merged in 2025, under their successor's name.\n")
	byName := map[string]provinceRow{}
	for _, row := range provinceTable {
		byName[row.name] = row
	}
	for _, succ := range provinceTable {
		if succ.successor != succ.name {
			continue
		}
		var olds []string
		for _, row := range provinceTable {
			if row.successor == succ.name && row.name != succ.name && row.name != "Hà Tây" {
				olds = append(olds, "Liên đoàn Lao động "+row.level+" "+row.name)
			}
		}
		if len(olds) > 0 {
			fmt.Fprintf(&b, "Liên đoàn Lao động %s %s <- %s\n", succ.level, succ.name, strings.Join(olds, "; "))
		}
	}
	return b.String()
}
