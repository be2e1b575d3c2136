package orgs

import "github.com/bantin/bantin/model"

// ExtractFullText is Extract reading every word of the article, for tests
// comparing it with the windowed reading.
func ExtractFullText(r *Recognizer, a *model.Article) []model.OrgMention {
	paras := append([]string{a.Title}, a.Body...)
	return r.scanParas(&scratch{}, paras, refOf(a), false).mentions()
}

// PlaceCounts is what the article says about places (province and
// district mention counts, outlet included), counted over the whole text
// (full) or over the place windows that Extract reads.
func PlaceCounts(r *Recognizer, a *model.Article, full bool) map[string]int {
	paras := append([]string{a.Title}, a.Body...)
	var s *scan
	if full {
		toks, buf := tokenize(paras, nil, nil)
		s = &scan{r: r, art: refOf(a), paras: paras, toks: toks, folded: string(buf)}
	} else {
		s = (&scan{r: r, art: refOf(a), paras: paras}).placeScan()
	}
	c := s.context()
	out := map[string]int{}
	for p, n := range c.prov {
		out[p.name] = n
	}
	for k, pc := range c.dist {
		out["district "+k] = pc.n
	}
	return out
}
