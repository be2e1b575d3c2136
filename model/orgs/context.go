package orgs

import (
	"strings"

	"github.com/bantin/bantin/model"
)

// placeContext is what an article says about where it happens: how often
// it names each province (directly, through one of its districts, or by
// its outlet) and each district.
type placeContext struct {
	prov  map[*place]int
	dist  map[string]*placeCount // level + " " + folded name
	order []*place               // provinces in order of first mention (ties)
}

type placeCount struct {
	p *place
	n int
}

// Weights: a mention in the title counts more than one in the body; the
// outlet of a provincial newspaper counts as several mentions.
const (
	weightBody   = 1
	weightTitle  = 2
	weightOutlet = 3
)

func (s *scan) context() *placeContext {
	if s.ctx != nil {
		return s.ctx
	}
	if s.windowed {
		// The windows hold the union names only: count the places
		// over the whole text.
		if s.full == nil {
			toks, buf := tokenize(s.paras, nil, nil)
			s.full = &scan{r: s.r, a: s.a, paras: s.paras, toks: toks, folded: string(buf)}
		}
		s.ctx = s.full.context()
		return s.ctx
	}
	c := &placeContext{prov: map[*place]int{}, dist: map[string]*placeCount{}}
	s.ctx = c
	addProv := func(p *place, w int) {
		if p == nil {
			return
		}
		if _, ok := c.prov[p]; !ok {
			c.order = append(c.order, p)
		}
		c.prov[p] += w
	}
	g := s.r.gaz
	for i := 0; i < len(s.toks); {
		t := &s.toks[i]
		if t.kind != tWord {
			i++
			continue
		}
		w := weightBody
		if t.p == 0 {
			w = weightTitle
		}
		if lv, k := s.level(i); lv != "" && lv != "xã" && lv != "phường" {
			if p, end := s.placeAt(k, lv); p != nil {
				if p.district {
					key := p.level + " " + model.Fold(p.name)
					if pc := c.dist[key]; pc != nil {
						pc.n += w
					} else {
						c.dist[key] = &placeCount{p, w}
					}
					addProv(p.prov, w)
				} else {
					addProv(p, w)
				}
				i = end
				continue
			}
			i = k
			continue
		}
		if t.cap {
			if ps, end := g.match(g.provinces, s, i); ps != nil {
				p := ps[0]
				// "Hồ Chí Minh" alone is the person (tư tưởng Hồ Chí
				// Minh); the city is written with its level or as HCM.
				if !p.personLike || s.tf(t) != "ho" {
					addProv(p, w)
				}
				i = end
				continue
			}
			if s.tf(t) == "thu" && s.is(i+1, "do") && s.isRaw(i, "Thủ") {
				addProv(g.hanoi, w)
				i += 2
				continue
			}
		}
		i++
	}
	if s.a != nil {
		for _, p := range s.r.outletPlaces(s.a, s.paras) {
			addProv(p, weightOutlet)
		}
	}
	return c
}

// resolvePlace finds the place an article means by a bare level word
// ("LĐLĐ tỉnh", "Liên đoàn Lao động Thành phố", "Liên đoàn Lao động
// huyện"): the place of that level the article names most, if one leads
// strictly. anyProvince asks for the article's province whatever its level.
func (s *scan) resolvePlace(lv string, anyProvince bool) (*place, string) {
	if s.loose {
		return nil, "no article context"
	}
	c := s.context()
	switch {
	case anyProvince || lv == "tỉnh" || lv == "thành phố":
		var best, second *place
		bn, sn := 0, 0
		for _, p := range c.order {
			if !anyProvince && (lv == "tỉnh") == p.central {
				continue
			}
			n := c.prov[p]
			if n > bn {
				second, sn = best, bn
				best, bn = p, n
			} else if n > sn {
				second, sn = p, n
			}
		}
		what := "province"
		if lv == "thành phố" {
			what = "centrally-run city"
		}
		if best == nil {
			return nil, "the article names no " + what
		}
		if bn == sn {
			return nil, "the article names " + best.name + " and " + second.name + " equally"
		}
		return best, ""
	default:
		var best, second *placeCount
		for _, pc := range c.dist {
			if pc.p.level != lv {
				continue
			}
			switch {
			case best == nil || pc.n > best.n || pc.n == best.n && pc.p.name < best.p.name:
				second, best = best, pc
			case second == nil || pc.n > second.n:
				second = pc
			}
		}
		if best == nil {
			return nil, "the article names no " + lv
		}
		if second != nil && second.n == best.n {
			return nil, "the article names " + lv + " " + best.p.name + " and " + second.p.name + " equally"
		}
		return best.p, ""
	}
}

// outletPlaces are the provinces an article's outlet belongs to: a
// provincial newspaper by its name ("Báo Lạng Sơn") or web address
// (baolangson.vn), the Hà Nội and TP Hồ Chí Minh papers of the outlet table,
// and a lead marker such as "(LĐTĐ)".
func (r *Recognizer) outletPlaces(a *model.Article, paras []string) []*place {
	var out []*place
	add := func(name string) {
		if p := r.gaz.byName[strings.ReplaceAll(model.Fold(name), " ", "")]; p != nil {
			out = append(out, p)
		}
	}
	if src := model.Fold(strings.TrimSpace(a.Source)); src != "" {
		if n, ok := outletPlaces[src]; ok {
			add(n)
		} else if rest, ok := strings.CutPrefix(src, "bao "); ok {
			if p := r.gaz.byName[strings.ReplaceAll(rest, " ", "")]; p != nil {
				out = append(out, p)
			}
		}
	}
	if host := urlHost(a.URL); host != "" {
		for _, label := range strings.Split(host, ".") {
			if n, ok := outletPlaces[label]; ok {
				add(n)
				break
			}
			for _, pre := range []string{"bao", "congdoan", "ldld", "laodong", ""} {
				if rest, ok := strings.CutPrefix(label, pre); ok && len(rest) >= 4 {
					if p := r.gaz.byName[rest]; p != nil {
						out = append(out, p)
						goto done
					}
				}
			}
		}
	done:
	}
	// A lead marker "(LĐTĐ)" at the start of the first body paragraphs.
	for n := 1; n < len(paras) && n <= 3; n++ {
		p := strings.TrimSpace(paras[n])
		if strings.HasPrefix(p, "(") {
			if k := strings.IndexByte(p, ')'); k > 1 && k < 16 {
				if name, ok := outletPlaces[model.Fold(p[1:k])]; ok {
					add(name)
				}
			}
		}
	}
	return out
}

func urlHost(u string) string {
	u = strings.TrimSpace(u)
	if k := strings.Index(u, "://"); k >= 0 {
		u = u[k+3:]
	}
	if k := strings.IndexAny(u, "/?#:"); k >= 0 {
		u = u[:k]
	}
	return strings.ToLower(strings.TrimPrefix(u, "www."))
}
