package orgs

// This file folds the names read in an article into its OrgMentions.

import (
	"strings"

	"github.com/bantin/bantin/model"
)

// agg gathers the hits of one body; its aliases are the entries of
// scratch.aliases with that body's index.
type agg struct {
	m           model.OrgMention
	nAliases    int
	title, lead bool
}

// aliasEntry is one spelling of body g and how often it was used.
type aliasEntry struct {
	g       int32
	surface string
	count   int
}

// mentions folds the hits into one OrgMention per body. Its working lists
// come from the scratch buffers; the result is freshly allocated (three
// allocations: the mentions, and all their aliases and counts).
func (s *scan) mentions() []model.OrgMention {
	if len(s.hits) == 0 {
		return nil
	}
	sc := s.sc
	if sc == nil {
		sc = &scratch{}
	}
	list, aliases := sc.aggs[:0], sc.aliases[:0]
	lead := int32(1)
	if len(s.paras) > 1 {
		// The lead is the first body paragraph with any text.
		for p := 1; p < len(s.paras); p++ {
			if strings.TrimSpace(s.paras[p]) != "" {
				lead = int32(p)
				break
			}
		}
	}
	for _, h := range s.hits {
		gi := -1
		for x := range list {
			if list[x].m.Name == h.b.name && list[x].m.Unresolved == h.b.unresolved {
				gi = x
				break
			}
		}
		if gi < 0 {
			list = append(list, agg{m: model.OrgMention{Name: h.b.name, Kind: h.b.kind, Parent: h.b.parent, Unresolved: h.b.unresolved}})
			gi = len(list) - 1
		}
		g := &list[gi]
		g.m.Mentions++
		if h.para == 0 {
			g.title = true
		}
		if h.para == lead {
			g.lead = true
		}
		if h.surface == "" {
			continue
		}
		found := false
		for n := range aliases {
			if aliases[n].g == int32(gi) && aliases[n].surface == h.surface {
				aliases[n].count++
				found = true
				break
			}
		}
		if !found {
			aliases = append(aliases, aliasEntry{int32(gi), h.surface, 1})
			g.nAliases++
		}
	}
	anyTitle, anyLead := false, false
	top := 0
	for _, g := range list {
		if g.m.Unresolved != "" {
			continue
		}
		anyTitle = anyTitle || g.title
		anyLead = anyLead || g.lead
		if g.m.Mentions > top {
			top = g.m.Mentions
		}
	}
	out := make([]model.OrgMention, len(list))
	names := make([]string, len(aliases))
	counts := make([]int, len(aliases))
	off := 0
	for gi := range list {
		g := &list[gi]
		if g.m.Unresolved == "" {
			switch {
			case anyTitle:
				g.m.Primary = g.title
			case anyLead:
				g.m.Primary = g.lead
			default:
				g.m.Primary = g.m.Mentions == top
			}
		}
		// Aliases: most used first, then first seen (a stable insertion
		// sort; a body has a few).
		n := 0
		for _, a := range aliases {
			if a.g != int32(gi) {
				continue
			}
			k := off + n
			for k > off && counts[k-1] < a.count {
				names[k], counts[k] = names[k-1], counts[k-1]
				k--
			}
			names[k], counts[k] = a.surface, a.count
			n++
		}
		g.m.Aliases = names[off : off+n : off+n]
		g.m.AliasMentions = counts[off : off+n : off+n]
		off += n
		out[gi] = g.m
	}
	// The scratch lists keep no strings of this article.
	clear(list)
	clear(aliases)
	sc.aggs, sc.aliases = list[:0], aliases[:0]
	return out
}
