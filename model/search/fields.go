package search

import (
	"strings"

	"github.com/bantin/bantin/model"
)

// fieldsPart holds the fields (date, outlet, organisations) of a contiguous
// run of articles, recorded at assembly, one worker a run, from the
// articles' metadata (their text may be left in its file by then).
// joinFields joins the parts, in order, into what one pass over all the
// articles would have made.
//
// The keys of its maps and sets are copies, not the articles' strings: a
// key kept in one article's text is out of every cache by the time a later
// article looks it up, while the copies, few and small, stay in cache.
type fieldsPart struct {
	first    int
	srcOf    []int32 // by article: index in srcKeys
	srcKeys  []srcKey
	srcNames [][][]string // by srcKeys
	srcID    map[srcKey]int32
	orgs     []partOrg // in order of first mention
	orgID    map[string]int
}

type srcKey struct{ source, host string }

// partOrg is an organisation in a fieldsPart.
type partOrg struct {
	name  string
	docs  []uint32
	seen  aliasSet // written forms seen, the name included
	order []string // written forms but the name, in order of first mention
}

func newFieldsPart(first, n int) *fieldsPart {
	return &fieldsPart{first: first, srcOf: make([]int32, 0, n), srcID: map[srcKey]int32{}, orgID: map[string]int{}}
}

// add records article i's fields; ix.date is written directly.
func (p *fieldsPart) add(ix *Index, i int, a *model.Article) {
	ix.date[i] = dateKey(a.Date)
	key := srcKey{a.Source, urlHost(a.URL)}
	l, ok := p.srcID[key]
	if !ok {
		l = int32(len(p.srcKeys))
		key = srcKey{strings.Clone(key.source), strings.Clone(key.host)}
		p.srcID[key] = l
		p.srcKeys = append(p.srcKeys, key)
		p.srcNames = append(p.srcNames, sourceNames(a))
	}
	p.srcOf = append(p.srcOf, l)
	for _, o := range a.Organisations {
		j, ok := p.orgID[o.Name]
		if !ok {
			j = len(p.orgs)
			name := strings.Clone(o.Name)
			p.orgID[name] = j
			p.orgs = append(p.orgs, partOrg{name: name, seen: aliasSet{list: []string{name}}})
		}
		po := &p.orgs[j]
		if n := len(po.docs); n == 0 || po.docs[n-1] != uint32(i) {
			po.docs = append(po.docs, uint32(i))
		}
		for _, al := range o.Aliases {
			if !po.seen.has(al) {
				al = strings.Clone(al)
				po.seen.add(al)
				po.order = append(po.order, al)
			}
		}
	}
}

// joinFields records each article's date, outlet and organisations for the
// from:/to:/date:, source: and org: constraints, from the parts of
// contiguous runs of articles, in order (ix.date is already written). Ids
// and lists come in order of first appearance over all the articles, as the
// parts hold theirs in that order within their run.
func (ix *Index) joinFields(parts []*fieldsPart) {
	ix.srcOf = make([]int32, ix.n)
	srcID := map[srcKey]int32{}
	orgID := map[string]int{}
	orgAliases := []aliasSet{}
	for _, p := range parts {
		ids := make([]int32, len(p.srcKeys))
		for l, key := range p.srcKeys {
			id, ok := srcID[key]
			if !ok {
				id = int32(len(ix.srcNames))
				srcID[key] = id
				ix.srcNames = append(ix.srcNames, p.srcNames[l])
			}
			if len(ix.srcNames[id]) == 0 {
				id = -1
			}
			ids[l] = id
		}
		for i, l := range p.srcOf {
			ix.srcOf[p.first+i] = ids[l]
		}
		for _, po := range p.orgs {
			j, ok := orgID[po.name]
			if !ok {
				j = len(ix.orgs)
				orgID[po.name] = j
				ix.orgs = append(ix.orgs, orgEntry{names: [][]string{orgTokens(po.name)}})
				orgAliases = append(orgAliases, aliasSet{list: []string{po.name}})
			}
			e := &ix.orgs[j]
			e.docs = append(e.docs, po.docs...)
			for _, al := range po.order {
				if !orgAliases[j].has(al) {
					orgAliases[j].add(al)
					e.names = append(e.names, orgTokens(al))
				}
			}
		}
	}
}

// orgBitmap is the set of articles satisfying one org: constraint.
func (ix *Index) orgBitmap(want []string, bm []uint64) []uint64 {
	for _, e := range ix.orgs {
		if orgMatches(want, e.names) {
			for _, d := range e.docs {
				bm[d>>6] |= 1 << (d & 63)
			}
		}
	}
	return bm
}

// allowedSources marks the source ids matching any source: constraint.
func (ix *Index) allowedSources(alts [][]string) []bool {
	ok := make([]bool, len(ix.srcNames))
	for id, names := range ix.srcNames {
		ok[id] = sourceMatches(alts, names)
	}
	return ok
}

// aliasSet is a set of strings: a list while small (most organisations have
// a few written forms, and comparing a few strings is cheaper than hashing),
// a map once it grows.
type aliasSet struct {
	list []string
	m    map[string]bool
}

func (s *aliasSet) has(x string) bool {
	if s.m != nil {
		return s.m[x]
	}
	for _, y := range s.list {
		if y == x {
			return true
		}
	}
	return false
}

func (s *aliasSet) add(x string) {
	if s.m != nil {
		s.m[x] = true
		return
	}
	s.list = append(s.list, x)
	if len(s.list) > 8 {
		s.m = make(map[string]bool, 2*len(s.list))
		for _, y := range s.list {
			s.m[y] = true
		}
		s.list = nil
	}
}
