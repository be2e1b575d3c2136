package orgs

// This file folds the names read in an article into its OrgMentions.

import (
	"sort"
	"strings"

	"github.com/bantin/bantin/model"
)

// mentions folds the hits into one OrgMention per body.
func (s *scan) mentions() []model.OrgMention {
	if len(s.hits) == 0 {
		return nil
	}
	type agg struct {
		m       model.OrgMention
		aliases []string
		counts  []int
		title   bool
		lead    bool
	}
	var list []*agg
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
		var g *agg
		for _, x := range list {
			if x.m.Name == h.b.name && x.m.Unresolved == h.b.unresolved {
				g = x
				break
			}
		}
		if g == nil {
			g = &agg{m: model.OrgMention{Name: h.b.name, Kind: h.b.kind, Parent: h.b.parent, Unresolved: h.b.unresolved}}
			list = append(list, g)
		}
		g.m.Mentions++
		if h.para == 0 {
			g.title = true
		}
		if h.para == lead {
			g.lead = true
		}
		found := false
		for n, a := range g.aliases {
			if a == h.surface {
				g.counts[n]++
				found = true
				break
			}
		}
		if !found && h.surface != "" {
			g.aliases = append(g.aliases, h.surface)
			g.counts = append(g.counts, 1)
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
	out := make([]model.OrgMention, 0, len(list))
	for _, g := range list {
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
		// Aliases: most used first, then first seen.
		order := make([]int, len(g.aliases))
		for n := range order {
			order[n] = n
		}
		sort.SliceStable(order, func(a, b int) bool { return g.counts[order[a]] > g.counts[order[b]] })
		g.m.Aliases = make([]string, len(order))
		g.m.AliasMentions = make([]int, len(order))
		for n, o := range order {
			g.m.Aliases[n] = g.aliases[o]
			g.m.AliasMentions[n] = g.counts[o]
		}
		out = append(out, g.m)
	}
	return out
}
