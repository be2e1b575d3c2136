package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model/corpus"
	"github.com/bantin/bantin/model/orgs"
)

const orgsUsage = `Usage: bantin orgs [--json] [--aliases FILE] [--limit N] [PATH...]

Lists the union bodies named in the articles (the embedded sample when no
PATH is given), most articles first: kind, article count, mentions, aliases,
parent, children and the bodies most often named in the same articles.

  --json          print a JSON array instead of text
  --aliases FILE  extra alias lines "canonical name <- old name; old name"
                  (default: the file named by BANTIN_ALIASES, if set)
  --limit N       print only the first N bodies (default: all)
`

// runOrgs is `bantin orgs`.
func runOrgs(args []string, env Env) int {
	asJSON := false
	aliasFile := ""
	limit := 0
	var paths []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			paths = append(paths, args[i+1:]...)
			break
		}
		name, val, hasVal := strings.Cut(a, "=")
		switch name {
		case "--json", "-json":
			asJSON = true
			continue
		case "-h", "-help", "--help":
			fmt.Fprint(env.Stdout, orgsUsage)
			return 0
		case "--aliases", "-aliases", "--limit", "-limit":
			if !hasVal {
				if i+1 >= len(args) {
					fmt.Fprintf(env.Stderr, "bantin orgs: %s needs a value\n\n%s", name, orgsUsage)
					return 2
				}
				i++
				val = args[i]
			}
			if strings.HasSuffix(name, "aliases") {
				aliasFile = val
				continue
			}
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 {
				fmt.Fprintf(env.Stderr, "bantin orgs: --limit wants a number ≥ 0, got %q\n", val)
				return 2
			}
			limit = n
			continue
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			fmt.Fprintf(env.Stderr, "bantin orgs: unknown flag %s\n\n%s", a, orgsUsage)
			return 2
		}
		paths = append(paths, a)
	}
	var rec *orgs.Recognizer // nil: BANTIN_ALIASES or the default
	if aliasFile != "" {
		var err error
		if rec, err = loadAliasFile(aliasFile); err != nil {
			fmt.Fprintf(env.Stderr, "bantin orgs: %v\n", err)
			return 1
		}
	}
	c, err := loadCorpus(context.Background(), paths, env, data.Options{Recognizer: rec})
	if err != nil {
		fmt.Fprintf(env.Stderr, "bantin orgs: %v\n", err)
		return 1
	}
	if err := WriteOrgs(env.Stdout, c, limit, asJSON); err != nil {
		fmt.Fprintf(env.Stderr, "bantin orgs: %v\n", err)
		return 1
	}
	return 0
}

// aliasRecognizer is the recogniser extended with the operator's alias
// file named by the BANTIN_ALIASES environment variable, or nil (the
// default recogniser) when it is unset. Every command that loads articles
// through loadCorpus uses it.
func aliasRecognizer(env Env) (*orgs.Recognizer, error) {
	if env.Getenv == nil {
		return nil, nil
	}
	path := env.Getenv("BANTIN_ALIASES")
	if path == "" {
		return nil, nil
	}
	return loadAliasFile(path)
}

// loadAliasFile reads an alias file ("canonical name <- old name; …").
func loadAliasFile(path string) (*orgs.Recognizer, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("alias file: %w", err)
	}
	defer f.Close()
	rec, err := orgs.NewRecognizer(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return rec, nil
}

// orgJSON is one body in `bantin orgs --json`.
type orgJSON struct {
	Name     string            `json:"name"`
	Kind     string            `json:"kind"`
	Aliases  []orgs.AliasCount `json:"aliases"`
	Mentions int               `json:"mentions"`
	Articles int               `json:"articles"`
	Primary  int               `json:"primary"`
	Parent   string            `json:"parent,omitempty"`
	Children []string          `json:"children,omitempty"`
	CoOccurs []orgs.CoOccur    `json:"cooccurs"`
	Files    []string          `json:"files"`
}

// WriteOrgs prints the corpus's union bodies, most articles first (at most
// limit of them when limit > 0), as text or as a JSON array. Serve can call
// it to answer the same over SSH.
func WriteOrgs(w io.Writer, c *corpus.Corpus, limit int, asJSON bool) error {
	list := c.Orgs.Orgs()
	if limit > 0 && len(list) > limit {
		list = list[:limit]
	}
	if asJSON {
		out := make([]orgJSON, 0, len(list))
		for _, o := range list {
			j := orgJSON{
				Name: o.Name, Kind: string(o.Kind), Aliases: o.Aliases, Mentions: o.Mentions,
				Articles: len(o.Articles), Primary: o.Primary, Parent: o.Parent,
				Children: o.Children, CoOccurs: o.CoOccurs, Files: []string{},
			}
			if j.CoOccurs == nil {
				j.CoOccurs = []orgs.CoOccur{}
			}
			for _, id := range o.Articles {
				if id >= 0 && id < len(c.Articles) {
					j.Files = append(j.Files, c.Articles[id].File)
				}
			}
			out = append(out, j)
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("writing JSON: %w", err)
		}
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d union bodies in %d articles", c.Orgs.Len(), c.Len())
	if n := c.Orgs.Unresolved(); n > 0 {
		fmt.Fprintf(&b, " (%d mentions left unresolved: the article names no place)", n)
	}
	b.WriteString("\n")
	for _, o := range list {
		fmt.Fprintf(&b, "\n%s  [%s]  %s, %s", plain(o.Name), o.Kind,
			plural(len(o.Articles), "article", "articles"), plural(o.Mentions, "mention", "mentions"))
		if o.Primary > 0 {
			fmt.Fprintf(&b, ", primary in %d", o.Primary)
		}
		b.WriteString("\n")
		if o.Parent != "" {
			fmt.Fprintf(&b, "  parent:   %s\n", plain(o.Parent))
		}
		if len(o.Children) > 0 {
			fmt.Fprintf(&b, "  children: %s\n", joinPlain(o.Children))
		}
		if len(o.Aliases) > 0 {
			parts := make([]string, len(o.Aliases))
			for i, a := range o.Aliases {
				parts[i] = fmt.Sprintf("%s (%d)", plain(a.Alias), a.Mentions)
			}
			fmt.Fprintf(&b, "  aliases:  %s\n", strings.Join(parts, ", "))
		}
		if len(o.CoOccurs) > 0 {
			n := min(len(o.CoOccurs), 5)
			parts := make([]string, n)
			for i, co := range o.CoOccurs[:n] {
				parts[i] = fmt.Sprintf("%s (%d)", plain(co.Name), co.Articles)
			}
			fmt.Fprintf(&b, "  with:     %s\n", strings.Join(parts, ", "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func joinPlain(ss []string) string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = plain(s)
	}
	return strings.Join(out, ", ")
}

// plain drops every control, format (bidi, zero-width) and escape
// character, so article text cannot drive the terminal.
func plain(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r == 0x7f || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return -1
		}
		return r
	}, s)
}
