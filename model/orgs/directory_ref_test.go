package orgs

// newDirectoryRef is NewDirectoryWith as it was before its names were
// looked up by pointer and its pairs counted in pairTable (commit
// ff21328): the reference TestDirectoryAgainstRef compares it with.

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/bantin/bantin/model"
)

func newDirectoryRef(articles []model.Article, rec *Recognizer) *Directory {
	if rec == nil {
		rec = Default()
	}
	d := &Directory{byKey: map[string]*Org{}, byAlias: map[string]*Org{}, rec: rec}
	type acc = dirAcc
	var accs []*acc
	keyOf := map[string]*acc{}   // folded name
	byExact := map[string]*acc{} // name as written, to skip folding
	pairs := map[uint64]int32{}
	var ids []int32
	for ai := range articles {
		a := &articles[ai]
		ids = ids[:0]
		for _, m := range a.Organisations {
			if m.Unresolved != "" {
				d.unresolved++
				continue
			}
			if m.Name == "" {
				continue
			}
			c := byExact[m.Name]
			if c == nil {
				key := model.Fold(m.Name)
				c = keyOf[key]
				if c != nil {
					byExact[m.Name] = c
				}
			}
			if c == nil {
				key := model.Fold(m.Name)
				c = &acc{
					org: &Org{Name: m.Name, Kind: m.Kind},
					idx: int32(len(accs)),
				}
				keyOf[key] = c
				byExact[m.Name] = c
				accs = append(accs, c)
			}
			o := c.org
			if c.last != ai+1 {
				c.last = ai + 1
				o.Articles = append(o.Articles, a.ID)
				ids = append(ids, c.idx)
				if m.Primary {
					o.Primary++
				}
			}
			o.Mentions += m.Mentions
			c.names.add(m.Name, m.Mentions)
			if m.Parent != "" {
				c.parents.add(m.Parent, 1)
			}
			for n, al := range m.Aliases {
				k := 1
				if n < len(m.AliasMentions) {
					k = m.AliasMentions[n]
				}
				c.aliases.add(al, k)
			}
		}
		for x := 0; x < len(ids); x++ {
			for y := x + 1; y < len(ids); y++ {
				i, j := ids[x], ids[y]
				if i == j {
					continue
				}
				if i > j {
					i, j = j, i
				}
				pairs[uint64(i)<<32|uint64(j)]++
			}
		}
	}
	for _, c := range accs {
		o := c.org
		o.Name = c.names.mostUsed()
		o.Parent = c.parents.mostUsed()
		sort.Ints(o.Articles)
		o.Aliases = c.aliases.appendTo(o.Aliases)
		// Aliases are distinct: the order is total.
		slices.SortFunc(o.Aliases, func(a, b AliasCount) int {
			if a.Mentions != b.Mentions {
				return cmp.Compare(b.Mentions, a.Mentions)
			}
			return strings.Compare(a.Alias, b.Alias)
		})
		d.orgs = append(d.orgs, o)
		d.byKey[model.Fold(o.Name)] = o
	}
	// Co-occurrence lists, cut from one array (each list's length is
	// counted first: no list grows).
	co := make([][]CoOccur, len(accs))
	{
		n := make([]int32, len(accs))
		for k := range pairs {
			n[k>>32]++
			n[k&0xffffffff]++
		}
		all := make([]CoOccur, 2*len(pairs))
		off := 0
		for i := range co {
			if n[i] > 0 { // a body named with no other keeps nil
				co[i] = all[off : off : off+int(n[i])]
				off += int(n[i])
			}
		}
	}
	for k, n := range pairs {
		i, j := int(k>>32), int(k&0xffffffff)
		co[i] = append(co[i], CoOccur{accs[j].org.Name, int(n)})
		co[j] = append(co[j], CoOccur{accs[i].org.Name, int(n)})
	}
	for i, c := range accs {
		l := co[i]
		// Names are distinct (one per body): the order is total, so any
		// sort gives the same lists.
		slices.SortFunc(l, func(a, b CoOccur) int {
			if a.Articles != b.Articles {
				return cmp.Compare(b.Articles, a.Articles)
			}
			return strings.Compare(a.Name, b.Name)
		})
		if len(l) > maxCoOccurs {
			l = l[:maxCoOccurs:maxCoOccurs]
		}
		c.org.CoOccurs = l
	}
	// Hierarchy.
	for _, o := range d.orgs {
		if o.Parent == "" {
			continue
		}
		if p := d.byKey[model.Fold(o.Parent)]; p != nil && p != o {
			p.Children = append(p.Children, o.Name)
		}
	}
	for _, o := range d.orgs {
		sort.Strings(o.Children)
	}
	// Aliases: each folded alias belongs to the body that used it most
	// (context-dependent forms such as "LĐLĐ tỉnh" are shared).
	best := map[string]int{}
	for _, o := range d.orgs {
		for _, al := range o.Aliases {
			k := model.Fold(al.Alias)
			if _, taken := d.byKey[k]; taken {
				continue
			}
			if al.Mentions > best[k] {
				best[k] = al.Mentions
				d.byAlias[k] = o
			}
		}
	}
	sort.SliceStable(d.orgs, func(i, j int) bool {
		a, b := d.orgs[i], d.orgs[j]
		if len(a.Articles) != len(b.Articles) {
			return len(a.Articles) > len(b.Articles)
		}
		return a.Name < b.Name
	})
	return d
}
