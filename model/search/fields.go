package search

import (
	"strings"

	"github.com/bantin/bantin/model"
)

// buildFields records each article's date, outlet and organisations for the
// from:/to:/date:, source: and org: constraints.
//
// The keys of its maps and sets are copies, not the articles' strings: each
// look-up compares against a key, and a key kept in one article's text is
// out of every cache by the time a later article looks it up (100,000
// articles), while the copies, few and small, stay in cache.
func (ix *Index) buildFields(articles []model.Article) {
	ix.date = make([]int32, len(articles))
	ix.srcOf = make([]int32, len(articles))
	type srcKey struct{ source, host string }
	srcID := map[srcKey]int32{}
	orgID := map[string]int{}
	orgAliases := []aliasSet{}
	for i := range articles {
		a := &articles[i]
		ix.date[i] = dateKey(a.Date)
		key := srcKey{a.Source, urlHost(a.URL)}
		id, ok := srcID[key]
		if !ok {
			id = int32(len(ix.srcNames))
			srcID[srcKey{strings.Clone(key.source), strings.Clone(key.host)}] = id
			ix.srcNames = append(ix.srcNames, sourceNames(a))
		}
		if len(ix.srcNames[id]) == 0 {
			id = -1
		}
		ix.srcOf[i] = id
		for _, o := range a.Organisations {
			k := o.Name
			j, ok := orgID[k]
			if !ok {
				j = len(ix.orgs)
				k = strings.Clone(k)
				orgID[k] = j
				ix.orgs = append(ix.orgs, orgEntry{names: [][]string{orgTokens(o.Name)}})
				orgAliases = append(orgAliases, aliasSet{list: []string{k}})
			}
			e := &ix.orgs[j]
			if n := len(e.docs); n == 0 || e.docs[n-1] != uint32(i) {
				e.docs = append(e.docs, uint32(i))
			}
			for _, al := range o.Aliases {
				if !orgAliases[j].has(al) {
					orgAliases[j].add(strings.Clone(al))
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
