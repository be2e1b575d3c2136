package orgs

import (
	"strings"
	"unicode/utf8"

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
	// The reading of a head that gets here depends on the article, not
	// only on its text: the memo of heads keeps it for this article only.
	s.ctxUsed = true
	if s.ctx != nil {
		return s.ctx
	}
	if s.windowed {
		// The windows hold the union names only: count the places
		// over the whole text.
		if s.full == nil {
			s.full = s.placeScan()
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
		if t.kind != tWord || !t.cap() && !t.lvl() {
			// Places are capitalised or follow a level word.
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
		if t.cap() {
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
	if s.art.ok {
		for _, p := range s.r.outletPlaces(s.art, s.paras) {
			addProv(p, weightOutlet)
		}
	}
	return c
}

// placeScan tokenizes the parts of the article that may name a place: the
// windows that start at a level word or at a capitalised word beginning a
// province's name (or "Thủ đô"). Counting places over them gives the same
// counts as over the whole text, which TestPlaceWindows checks.
func (s *scan) placeScan() *scan {
	var toks []token
	var buf []byte
	var wins [][2]int
	var tmp [48]byte
	if s.sc != nil {
		toks, buf, wins = s.sc.ftoks[:0], s.sc.fbuf[:0], s.sc.fwins[:0]
	}
	for pi, p := range s.paras {
		wins = s.r.placeWindows(p, wins[:0], tmp[:0])
		for _, w := range wins {
			toks = append(toks, token{kind: tBreak, p: int32(pi), fs: int32(len(buf)), fe: int32(len(buf))})
			toks, buf = tokenizeRange(int32(pi), p, w[0], w[1], toks, buf)
		}
	}
	if s.sc != nil {
		s.sc.ftoks, s.sc.fbuf, s.sc.fwins = toks, buf, wins
	}
	return &scan{r: s.r, art: s.art, paras: s.paras, toks: toks, folded: bufString(buf)}
}

// placeBytes is how far a place window reaches after its first word: the
// longest place with its level word, or a district and "(province)".
const placeBytes = 64

// placeWindows appends the windows of p that may name a place. It looks at
// the first letter of each space-separated word and folds only the
// capitalised ones and those that may be a level word.
func (r *Recognizer) placeWindows(p string, dst [][2]int, tmp []byte) [][2]int {
	curFrom, curTo := -1, -1
	for i := 0; i < len(p); {
		if p[i] == ' ' {
			i++
			continue
		}
		ws := i
		we := len(p)
		if n := strings.IndexByte(p[i:], ' '); n >= 0 {
			we = i + n
		}
		i = we
		// Leading punctuation: "(Tiền Giang)", "“Hà Nội".
		k := ws
		for k < we {
			if c := p[k]; c < utf8.RuneSelf {
				if asciiClass(c) == cPunct {
					k++
					continue
				}
			} else if c == 0xE2 {
				k += 3
				continue
			}
			break
		}
		if k >= we {
			continue
		}
		c0 := p[k]
		upper := 'A' <= c0 && c0 <= 'Z'
		if c0 >= utf8.RuneSelf {
			if rn, _ := utf8.DecodeRuneInString(p[k:]); rn < tableSize {
				upper = charTable[rn].upper
			}
		}
		if !upper && c0 != 't' && c0 != 'h' && c0 != 'q' {
			continue
		}
		tmp = model.AppendFold(tmp[:0], p[k:min(we, k+24)])
		n := 0
		for n < len(tmp) && (tmp[n] >= 'a' && tmp[n] <= 'z' || tmp[n] >= '0' && tmp[n] <= '9') {
			n++
		}
		w := tmp[:n]
		cand := isLevelFold(w)
		if upper && !cand {
			_, cand = r.gaz.provinces[string(w)]
			cand = cand || string(w) == "thu"
		}
		if !cand {
			continue
		}
		from, to := k, bytesForward(p, k, placeBytes)
		if curTo >= 0 && from <= curTo {
			curTo = max(curTo, to)
		} else {
			if curTo >= 0 {
				dst = append(dst, [2]int{curFrom, curTo})
			}
			curFrom, curTo = from, to
		}
	}
	if curTo >= 0 {
		dst = append(dst, [2]int{curFrom, curTo})
	}
	return dst
}

// asciiClass is the tokenizer's class of an ASCII byte.
func asciiClass(c byte) uint8 { return charTable[c].class }

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
func (r *Recognizer) outletPlaces(a articleRef, paras []string) []*place {
	var out []*place
	add := func(name string) {
		if p := r.gaz.byName[strings.ReplaceAll(model.Fold(name), " ", "")]; p != nil {
			out = append(out, p)
		}
	}
	if src := model.Fold(strings.TrimSpace(a.source)); src != "" {
		if n, ok := outletPlaces[src]; ok {
			add(n)
		} else if rest, ok := strings.CutPrefix(src, "bao "); ok {
			if p := r.gaz.byName[strings.ReplaceAll(rest, " ", "")]; p != nil {
				out = append(out, p)
			}
		}
	}
	if host := urlHost(a.url); host != "" {
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
