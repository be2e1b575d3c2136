package orgs

// This file holds the rules that read a union body's name from its head:
// the confederation, federations, sector unions, unit unions, places.

import (
	"strconv"
	"strings"

	"github.com/bantin/bantin/model"
)

// confederation reads "Tổng Liên đoàn (Lao động (Việt Nam|VN))", "Tổng LĐLĐ
// (Việt Nam|VN)" and the old name "Tổng Công đoàn Việt Nam" at i.
func (s *scan) confederation(i int) (body, int, bool) {
	conf := body{name: confederationName, kind: model.KindConfederation}
	if !s.isRaw(i, "tổng") {
		return body{}, i, false
	}
	if j, ok := s.seq(i+1, "lien", "doan"); ok {
		if k, ok := s.seq(j, "lao", "dong"); ok {
			j = k
			if k, ok := s.vietNam(j); ok {
				j = k
			}
		}
		return conf, j, true
	}
	if t := s.word(i + 1); t != nil && s.tf(t) == "ldld" && (t.upper() || s.loose) {
		j := i + 2
		if k, ok := s.vietNam(j); ok {
			j = k
		}
		return conf, j, true
	}
	if j, ok := s.seq(i+1, "cong", "doan"); ok {
		if k, ok := s.vietNam(j); ok {
			return conf, k, true
		}
	}
	return body{}, i, false
}

// federation reads what follows "Liên đoàn Lao động" or "LĐLĐ" (j is the
// index after the head).
func (s *scan) federation(i, j int, abbrHead bool) (body, int, bool, string) {
	abbr, j := s.parenAbbr(j)
	if s.pluralAt(j) {
		return body{}, j, false, ""
	}
	lv, k := s.level(j)
	if lv == "xã" || lv == "phường" {
		return body{}, j, false, ""
	}
	if lv != "" {
		if s.pluralAt(k) || s.levelListAt(k) {
			return body{}, k, false, ""
		}
		if p, end := s.placeAt(k, lv); p != nil {
			return s.fedBody(p), end, true, abbr
		}
		return s.resolveFed(lv), k, true, abbr
	}
	if p, end := s.placeAt(j, ""); p != nil {
		return s.fedBody(p), end, true, abbr
	}
	// "LĐLĐ Thủ đô": the capital's federation.
	if s.isRaw(j, "Thủ") && s.capital(j) && s.isRaw(j+1, "đô") {
		return s.fedBody(s.r.gaz.hanoi), j + 2, true, abbr
	}
	if abbrHead {
		if b, ok := s.abbr["ldld"]; ok {
			return b, j, true, ""
		}
	}
	return body{}, j, false, ""
}

func fedName(p *place) string {
	if p.fed != "" {
		return p.fed
	}
	return "Liên đoàn Lao động " + p.level + " " + p.name
}

// fedBody is the federation of a place, with its parent.
func (s *scan) fedBody(p *place) body {
	name := p.fed
	if name == "" {
		name = s.join("Liên đoàn Lao động ", p.level, " ", p.name)
	}
	b := body{name: name, kind: model.KindFederation}
	if p.district {
		if p.prov != nil {
			b.parent = fedName(p.prov)
		}
	} else {
		b.parent = confederationName
	}
	return b
}

// levelListAt reports whether another level word follows at k after a
// comma, slash or "và": "LĐLĐ tỉnh, thành phố", "công đoàn ngành tỉnh/
// thành phố" name the bodies of every province, not one.
func (s *scan) levelListAt(k int) bool {
	if s.is(k, ",") || s.is(k, "/") || s.is(k, "va") || s.is(k, "-") {
		if lv, _ := s.level(k + 1); lv != "" {
			return true
		}
		// "tỉnh, thành" without "phố".
		return s.isRaw(k+1, "thành") && !s.capital(k+1)
	}
	return false
}

// resolveFed is the federation "Liên đoàn Lao động tỉnh" (or thành phố,
// huyện …) of the place the article names or implies.
func (s *scan) resolveFed(lv string) body {
	p, why := s.resolvePlace(lv, false)
	if p == nil {
		return body{name: "Liên đoàn Lao động " + lv, kind: model.KindFederation, unresolved: why}
	}
	return s.fedBody(p)
}

// union reads what follows "Công đoàn" or "CĐ" (j is the index after the head).
func (s *scan) union(i, j int) (body, int, bool, string) {
	if s.isRaw(j, "cơ") && s.isRaw(j+1, "sở") {
		if b, end, ok := s.unit(i, j+2); ok {
			return b, end, ok, ""
		}
		// "Công đoàn cơ sở phường Ba Đình" (communes and wards since 2025).
		if lv, k := s.level(j + 2); lv == "xã" || lv == "phường" {
			return s.communeUnion(lv, k)
		}
		return body{}, j + 2, false, ""
	}
	// "Công đoàn các Khu công nghiệp tỉnh Bắc Ninh", "Công đoàn các KCN …":
	// the union of a province's industrial zones, a body despite "các".
	if s.isRaw(j, "các") {
		if b, end, ok := s.unit(i, j+1); ok && b.kind == model.KindOther {
			if !strings.HasPrefix(b.name, "Công đoàn các ") {
				b.name = "Công đoàn các " + strings.TrimPrefix(b.name, "Công đoàn ")
			}
			return b, end, true, ""
		}
	}
	// "Công đoàn HEPZA", "CĐ ĐLVN": an abbreviation the article
	// introduced in parentheses.
	if t := s.word(j); t != nil && t.upper() && s.abbr != nil {
		if b, found := s.abbr[s.tf(t)]; found && !s.pluralAt(j+1) {
			return b, j + 1, true, ""
		}
	}
	nganh := false
	if s.isRaw(j, "ngành") {
		nganh = true
		j++
	}
	if s.pluralAt(j) {
		return body{}, j, false, ""
	}
	if sec, k := s.sectorAt(j, nganh); sec != nil {
		b, end, ok := s.sectorTail(i, k, sec, nganh)
		if ok || !sec.unitHead {
			return b, end, ok, ""
		}
	}
	if nganh {
		return body{}, j, false, ""
	}
	if s.capital(j) {
		if b, end, ok := s.unit(i, j); ok {
			return b, end, ok, ""
		}
	}
	if k, ok := s.vietNam(j); ok {
		// (word is nil before the first token: no test of i here, so
		// that the memo of heads sees every index the rules look at.)
		if s.word(i-1) != nil && s.word(i-2) != nil &&
			genericMovementBefore[s.tf(&s.toks[i-2])+" "+s.tf(&s.toks[i-1])] {
			return body{}, k, false, ""
		}
		if s.word(i-1) != nil && genericMovementBefore[s.tf(&s.toks[i-1])] {
			return body{}, k, false, ""
		}
		return body{name: confederationName, kind: model.KindConfederation}, k, true, ""
	}
	lv, k := s.level(j)
	// Lower-case "công đoàn tỉnh Bà Rịa - Vũng Tàu" ("bộ máy công đoàn
	// tỉnh …") is the province's unions in general, not a name.
	if lv != "" && !s.capital(i) {
		return body{}, k, false, ""
	}
	switch lv {
	case "xã", "phường":
		return s.communeUnion(lv, k)
	case "":
		if s.capital(j) {
			if p, end := s.placeAt(j, ""); p != nil && !p.district {
				return s.fedBody(p), end, true, ""
			}
		}
	default:
		if p, end := s.placeAt(k, lv); p != nil {
			return s.fedBody(p), end, true, ""
		}
		return body{}, k, false, ""
	}
	if t := s.word(j); t != nil && t.cap() && t.ascii() && !t.digits() && isBrand(t, s.tf(t)) {
		end := j + 1
		name := s.join("Công đoàn ", s.raw(j, end))
		if k, ok := s.vietNam(end); ok {
			end = k
			name = s.join(name, " Việt Nam")
		}
		return body{name: name, kind: model.KindEnterprise}, end, true, ""
	}
	return body{}, j, false, ""
}

// communeUnion reads the name of a commune or ward at k: "Công đoàn
// phường Hai Bà Trưng".
func (s *scan) communeUnion(lv string, k int) (body, int, bool, string) {
	if s.capital(k) {
		if end := s.nameRun(k, 3); end > k {
			return body{name: s.join("Công đoàn ", lv, " ", s.raw(k, end)), kind: model.KindGrassroots}, end, true, ""
		}
	}
	return body{}, k, false, ""
}

// isBrand reports whether a capitalised ASCII word is a company's name
// rather than a Vietnamese word or a common acronym: a word with several
// vowel groups (Vietsovpetro, Viettel) or an acronym of three letters or more.
func isBrand(t *token, f string) bool {
	if acronymsNotBrands[f] {
		return false
	}
	if t.upper() {
		if len(f) < 3 {
			return false
		}
		roman := true
		for i := 0; i < len(f); i++ {
			if !strings.ContainsRune("ivxlcdm", rune(f[i])) {
				roman = false
			}
		}
		return !roman
	}
	return len(f) >= 5 && vowelGroups(f) >= 2
}

// sectorAt matches a sector's name at i.
func (s *scan) sectorAt(i int, nganh bool) (*sector, int) {
	t := s.word(i)
	if t == nil {
		return nil, i
	}
	for _, k := range s.r.sectors[s.tf(t)] {
		j := i
		ok := true
		for n, w := range k.words {
			if n > 0 && s.is(j, "-") {
				j++
			}
			if !s.is(j, w) {
				ok = false
				break
			}
			j++
		}
		if ok {
			if !s.capital(i) && !nganh {
				// "công đoàn y tế" in lower case is the sector in general,
				// unless written as an abbreviation.
				return nil, i
			}
			return k.s, j
		}
	}
	return nil, i
}

// sectorTail reads what follows a sector's name (j is the index after it).
func (s *scan) sectorTail(i, j int, sec *sector, nganh bool) (body, int, bool) {
	if k, ok := s.vietNam(j); ok {
		return body{name: sec.national, kind: model.KindSectorUnion, parent: confederationName}, k, true
	}
	if s.pluralAt(j) {
		return body{}, j, false
	}
	lv, k := s.level(j)
	if lv == "xã" || lv == "phường" {
		return body{}, j, false
	}
	if lv != "" {
		if s.pluralAt(k) || s.levelListAt(k) {
			return body{}, k, false
		}
		if p, end := s.placeAt(k, lv); p != nil {
			return s.localSector(sec, p, nganh), end, true
		}
		if !sec.local && !nganh {
			return body{}, j, false
		}
		p, why := s.resolvePlace(lv, false)
		if p == nil {
			return body{name: s.localSectorName(sec, &place{name: "", level: lv}), kind: model.KindSectorUnion, unresolved: why}, k, true
		}
		return s.localSector(sec, p, nganh), k, true
	}
	if s.capital(j) {
		if p, end := s.placeAt(j, ""); p != nil {
			return s.localSector(sec, p, nganh), end, true
		}
	}
	if sec.unitHead && s.capital(j) {
		return body{}, j, false
	}
	if !sec.local {
		return body{name: sec.national, kind: model.KindSectorUnion, parent: confederationName}, j, true
	}
	return body{}, j, false
}

func (s *scan) localSectorName(sec *sector, p *place) string {
	name := strings.TrimSpace(p.name)
	head, sn := "Công đoàn ngành ", sec.name
	if sec.civil {
		head, sn = "Công đoàn Viên chức", ""
	}
	if name == "" {
		return s.join(head, sn, " ", p.level)
	}
	if p.district {
		return s.join(head, sn, " ", p.level, " ", name)
	}
	return s.join(head, sn, " ", p.sectorName)
}

// join concatenates parts into a name, allocating each distinct name once
// per article (the same bodies are named many times).
func (s *scan) join(parts ...string) string {
	if s.sc == nil {
		return strings.Join(parts, "")
	}
	b := s.sc.nameBuf[:0]
	for _, p := range parts {
		b = append(b, p...)
	}
	s.sc.nameBuf = b
	if name, ok := s.sc.names[string(b)]; ok {
		return name
	}
	name := string(b)
	if s.sc.names == nil {
		s.sc.names = map[string]string{}
	}
	s.sc.names[name] = name
	return name
}

// companyPlace is how a place is written in a company's name: without its
// level word ("Công đoàn Điện lực Thái Bình"), except Hồ Chí Minh.
func companyPlace(p *place) string {
	if p.personLike {
		return p.sectorName
	}
	return p.name
}

// localSector is the union of a sector in a province or district.
func (s *scan) localSector(sec *sector, p *place, nganh bool) body {
	if !sec.local && !nganh {
		// "Công đoàn Điện lực Hà Nội": a company's union named after
		// its sector and place.
		return body{name: s.join("Công đoàn ", sec.name, " ", companyPlace(p)), kind: model.KindEnterprise}
	}
	return body{name: s.localSectorName(sec, p), kind: model.KindSectorUnion, parent: s.fedBody(p).name}
}

// unitHeadAt matches the start of a unit's name ("Công ty", "Trường", …).
func (s *scan) unitHeadAt(i int) (kind model.OrgKind, display string, next int, ok bool) {
	if !s.capital(i) {
		return "", "", i, false
	}
	for _, hi := range unitHeadIndex[s.tf(s.word(i))] {
		h := &unitHeads[hi]
		j, m := s.seq(i, h.words...)
		if !m {
			continue
		}
		if r, need := unitHeadRaw[h.words[0]]; need && len(h.words) == 1 && !s.isRaw(i, r) {
			continue
		}
		return h.kind, h.display, j, true
	}
	return "", "", i, false
}

// unit reads a named unit's union: "Công đoàn [cơ sở] <unit name>" (j is
// the index where the unit's name starts).
func (s *scan) unit(i, j int) (body, int, bool) {
	kind, display, k, ok := s.unitHeadAt(j)
	if !ok {
		return body{}, j, false
	}
	// "Công đoàn Cơ quan Tổng LĐLĐ Việt Nam", "Công đoàn Cơ quan LĐLĐ
	// tỉnh Nghệ An": the union of a union body's own staff.
	if s.is(j, "co") && s.is(j+1, "quan") {
		var b2 body
		var end2 int
		var ok2 bool
		switch {
		case s.isRaw(k, "Tổng"):
			b2, end2, ok2 = s.confederation(k)
		case s.is(k, "lien") && s.is(k+1, "doan") && s.is(k+2, "lao") && s.is(k+3, "dong"):
			b2, end2, ok2, _ = s.federation(k, k+4, false)
		case s.is(k, "ldld") && s.toks[k].upper():
			b2, end2, ok2, _ = s.federation(k, k+1, true)
		}
		if ok2 && b2.unresolved == "" {
			return body{name: s.join("Công đoàn Cơ quan ", b2.name), kind: model.KindGrassroots}, end2, true
		}
	}
	end := k
	named := false
	caps := 0 // capitalised words of the name proper
	n := 0
	for !s.atEnd(end) && n < 14 {
		t := &s.toks[end]
		if t.kind == tBreak {
			break
		}
		if t.kind == tPunct {
			if (s.tf(t) == "&" || s.tf(t) == "-") && s.word(end+1) != nil && s.capital(end+1) {
				end++
				continue
			}
			if s.tf(t) == "." && end > 0 && s.tf(&s.toks[end-1]) == "tp" {
				end++
				continue
			}
			break
		}
		if s.isHead(end) {
			break
		}
		// "… Đa khoa tỉnh tập huấn …": a level word not followed by its
		// place ends the name.
		if !t.cap() && (s.isRaw(end, "tỉnh") || s.isRaw(end, "huyện") || s.isRaw(end, "quận")) && !s.capital(end+1) {
			end++
			break
		}
		if s.tf(t) == "va" && !t.cap() {
			// "và" joins two words of one name ("Xây dựng và Thương mại")
			// unless another noun phrase follows ("… và Ban Giám đốc").
			nx := s.word(end + 1)
			if nx == nil || !nx.cap() || roleWords[s.tf(nx)] || s.isHead(end+1) {
				break
			}
			end++
			n++
			continue
		}
		if !t.cap() && !t.digits() && stopWords[s.paras[t.p][t.s:t.e]] {
			break
		}
		// A number belongs to the name after a capitalised word ("May 10"),
		// not after a lower-case one ("… khen thưởng 50 công nhân").
		if t.digits() && end > k && s.toks[end-1].kind == tWord && !s.toks[end-1].cap() && !s.toks[end-1].digits() {
			break
		}
		// A person's name after the unit's ("… Viglacera Đặng Thu Chiến",
		// "… Đa khoa tỉnh Bùi Anh Trang"), but not a school named after a
		// person ("Trường THPT Chu Văn An", "Trường Tiểu học Nguyễn Du").
		if t.cap() && caps >= 1 && surnames[s.tf(t)] && s.personAt(end) &&
			!s.toks[end-1].upper() && !s.isRaw(end-1, "học") {
			break
		}
		// A person's name followed by what they said ("… Công ty TNHH ABC
		// Nguyễn Văn Bình cho biết"), even after an acronym.
		if t.cap() && caps >= 1 && s.speakerAt(end) &&
			(kind != model.KindGrassroots || !s.toks[end-1].upper() && !s.isRaw(end-1, "học")) {
			break
		}
		if (t.cap() || t.digits()) && !legalForms[s.tf(t)] {
			named = true
			caps++
		}
		if t.upper() && !acronymsNotBrands[s.tf(t)] {
			named = true
		}
		end++
		n++
	}
	rawEnd := end
	end = s.trimName(k, end)
	if kind == model.KindOther {
		// "Công đoàn (các) Khu công nghiệp (tỉnh) Bắc Ninh", "Công đoàn các
		// KCN Bắc Ninh": the union of a province's zones, one canonical
		// name whatever the spelling; a lower-case word after the place is
		// the sentence's verb ("… tỉnh Ninh Bình chuyển về …").
		if p, pe := s.zonePlace(k, rawEnd); p != nil {
			zb := body{kind: kind, parent: fedName(p)}
			head := zoneHead(s.folded, s.toks[j:k])
			if head == "Khu kinh tế" || head == "Khu công nghệ cao" {
				zb.name = s.join("Công đoàn ", head, " ", p.sectorName)
			} else {
				zb.name = s.join("Công đoàn các ", head, " ", p.sectorName)
			}
			return zb, pe, true
		}
	}
	if !named || end <= k {
		return body{}, j, false
	}
	// "Công đoàn Tập đoàn Điện lực Việt Nam", "… Tập đoàn Công nghiệp
	// Than - Khoáng sản Việt Nam": the group of a sector whose national
	// union is the group's union.
	if display == "Tập đoàn" {
		x := k
		if s.is(x, "cong") && s.is(x+1, "nghiep") {
			x += 2
		}
		if sec, y := s.sectorAt(x, false); sec != nil && !sec.local && !sec.unitHead && s.capital(x) {
			if z, ok := s.seq(y, "quoc", "gia"); ok {
				y = z
			}
			if z, ok := s.vietNam(y); ok && z >= end {
				return body{name: sec.national, kind: model.KindSectorUnion, parent: confederationName}, z, true
			}
		}
	}
	head := s.raw(j, k)
	if display != "" {
		head = display
	}
	name := s.join("Công đoàn ", head, " ", s.raw(k, s.trimLegalForm(k, end)))
	b := body{name: name, kind: kind}
	if kind == model.KindOther {
		// A zone's union is under the federation of the province its name
		// ends with ("Công đoàn Khu kinh tế tỉnh Hà Tĩnh").
		if p := s.provinceIn(k, end); p != nil {
			b.parent = fedName(p)
		}
	}
	return b, end, true
}

// trimLegalForm drops a company's legal form written after its name ("…
// Công nghiệp Sài Gòn - TNHH MTV", "… Sài Gòn, TNHH một thành viên") from
// the canonical name, so that both spellings are one body.
func (s *scan) trimLegalForm(k, end int) int {
	e := end
	form := false
	for e > k {
		t := &s.toks[e-1]
		f := s.tf(t)
		if t.kind == tPunct && (f == "-" || f == ",") || t.kind == tWord && legalForms[f] {
			form = form || f == "tnhh" || f == "mtv" || f == "cp" || f == "tmcp" || f == "ctcp"
			e--
			continue
		}
		break
	}
	if !form || e <= k {
		return end
	}
	for x := k; x < e; x++ {
		if t := s.word(x); t != nil && (t.cap() || t.upper()) && !legalForms[s.tf(t)] {
			return e
		}
	}
	return end
}

// zonePlace reads the place a zone's name ends with: tokens [k, end) are an
// optional level word and a province, then at most lower-case words. It
// returns the province and where it ends.
func (s *scan) zonePlace(k, end int) (*place, int) {
	g := s.r.gaz
	j := k
	if lv, n := s.level(j); lv == "tỉnh" || lv == "thành phố" {
		j = n
	}
	if !s.capital(j) {
		return nil, k
	}
	ps, pe := g.match(g.provinces, s, j)
	if ps == nil || pe > end {
		return nil, k
	}
	for x := pe; x < end; x++ {
		if t := s.word(x); t == nil || t.cap() || t.digits() || t.upper() {
			return nil, k
		}
	}
	return ps[0], pe
}

// zoneHead is the canonical form of a zone's head words.
func zoneHead(folded string, toks []token) string {
	var b strings.Builder
	for n := range toks {
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(folded[toks[n].fs:toks[n].fe])
	}
	switch b.String() {
	case "khu kinh te", "kkt":
		return "Khu kinh tế"
	case "khu cong nghe cao":
		return "Khu công nghệ cao"
	case "khu cong nghiep va che xuat", "kcn va kcx":
		return "Khu công nghiệp và chế xuất"
	case "khu che xuat va cong nghiep", "kcx va kcn":
		return "Khu chế xuất và công nghiệp"
	case "khu che xuat", "kcx":
		return "Khu chế xuất"
	}
	return "Khu công nghiệp"
}

// provinceIn returns the province named last in tokens [from, to), with
// or without its level word.
func (s *scan) provinceIn(from, to int) *place {
	var found *place
	g := s.r.gaz
	for k := from; k < to; k++ {
		if !s.capital(k) {
			continue
		}
		if ps, end := g.match(g.provinces, s, k); ps != nil && end <= to {
			found = ps[0]
			k = end - 1
		}
	}
	return found
}

// personAt reports whether a person's name starts at i: a surname and two
// more capitalised words ending the run of capitalised words ("… Than Hà
// Tu Hoàng Thanh Đại cho biết", where "Hà Tu" is part of the name).
func (s *scan) personAt(i int) bool {
	t := s.word(i)
	if t == nil || !t.cap() || !surnames[s.tf(t)] {
		return false
	}
	j := i
	for s.word(j) != nil && s.toks[j].cap() && !s.toks[j].upper() {
		j++
	}
	return j-i == 3
}

// speakerAt reports whether a person's name starts at i and is followed by
// a verb of saying: a surname and one to three more capitalised words,
// then "cho biết", "phát biểu", "khẳng định", … or a comma and a title
// ("Nguyễn Văn Bình, Chủ tịch …").
func (s *scan) speakerAt(i int) bool {
	t := s.word(i)
	if t == nil || !t.cap() || t.upper() || !surnames[s.tf(t)] {
		return false
	}
	j := i + 1
	for s.word(j) != nil && s.toks[j].cap() && !s.toks[j].upper() && !s.toks[j].digits() && j-i <= 4 {
		j++
	}
	n := j - i
	if n < 2 || n > 4 {
		return false
	}
	// Most names have three syllables: in "… KCN Quế Võ Lê Văn Tám cho
	// biết" the speaker is "Lê Văn Tám", not "Võ Lê Văn Tám".
	if n == 4 && surnames[s.tf(&s.toks[i+1])] {
		return false
	}
	nx := s.word(j)
	if nx == nil || nx.cap() {
		return false
	}
	w := s.paras[nx.p][nx.s:nx.e]
	if next := s.word(j + 1); next != nil && !next.cap() {
		if speechVerbs[w+" "+s.paras[next.p][next.s:next.e]] {
			return true
		}
	}
	return speechVerbs[w]
}

// trimName drops the lower-case words a unit's name cannot end with: a run
// of two or more (a verb: "… khen thưởng"), but not one word completing
// the capitalised word before it ("Dầu khí", "Bách khoa", "Hàng không"),
// nor a final level word ("Bệnh viện Đa khoa tỉnh").
func (s *scan) trimName(k, end int) int {
	lower := func(i int) bool {
		t := &s.toks[i]
		return t.kind == tWord && !t.cap() && !t.digits() && !t.upper()
	}
	for end > k && s.toks[end-1].kind == tPunct {
		end--
	}
	e := end
	level := e > k && (s.isRaw(e-1, "tỉnh") || s.isRaw(e-1, "huyện") || s.isRaw(e-1, "quận"))
	if level {
		e--
	}
	run := 0
	for e-run-1 >= k && lower(e-run-1) {
		run++
	}
	if run >= 2 || run == e-k {
		return e - run
	}
	if level {
		e++
	}
	return e
}

// isHead reports whether a new union head starts at i.
func (s *scan) isHead(i int) bool {
	t := s.word(i)
	if t == nil {
		return false
	}
	switch s.tf(t) {
	case "cong":
		return s.is(i+1, "doan")
	case "lien":
		return s.is(i+1, "doan")
	case "ldld", "cdcs", "cdvc", "cd", "tld":
		return t.upper()
	}
	return false
}

// nameRun returns the end of a run of at most max capitalised words at i,
// stopping before a person's name.
func (s *scan) nameRun(i, max int) int {
	j := i
	for !s.atEnd(j) && j-i < max {
		t := s.word(j)
		if t == nil || !(t.cap() || t.digits() || s.loose) || s.isHead(j) {
			break
		}
		// A person's name right after the level word ("LĐLĐ huyện Nguyễn
		// Văn A"), or after a two-word place ("huyện Yên Thế Nguyễn Văn A").
		if j == i && surnames[s.tf(t)] && s.capital(j+1) && s.capital(j+2) {
			break
		}
		if j-i >= 2 && surnames[s.tf(t)] && s.capital(j+1) {
			break
		}
		j++
	}
	return j
}

// placeAt reads a place at i after the level word lv ("" when none).
func (s *scan) placeAt(i int, lv string) (*place, int) {
	g := s.r.gaz
	t := s.word(i)
	if t == nil {
		return nil, i
	}
	if lv == "" && !s.capital(i) {
		return nil, i
	}
	switch lv {
	case "quận", "huyện", "thị xã":
		if lv == "quận" && t.digits() {
			if n, err := strconv.Atoi(s.tf(t)); err == nil && n >= 1 && n <= 12 {
				n := s.paras[t.p][t.s:t.e]
				return &place{name: n, level: lv, prov: g.hcm, district: true, sectorName: n}, i + 1
			}
		}
		if ps, end := g.match(g.districts, s, i); ps != nil {
			ps = s.sameAccents(ps, i, end)
			if p := pickLevel(ps, lv); p != nil {
				if p.prov == nil {
					// A name of several provinces: the province written
					// after it ("huyện Châu Thành, tỉnh Bến Tre").
					p.prov = s.provinceAfter(end)
				}
				return p, end
			}
			if len(ps) == 1 {
				// The same district under another level (huyện Thủy
				// Nguyên became a city): keep the level as written.
				return &place{name: ps[0].name, level: lv, prov: ps[0].prov, district: true, sectorName: ps[0].name}, end
			}
		}
		return s.unknownPlace(i, lv)
	case "thành phố":
		if ps, end := g.match(g.districts, s, i); ps != nil {
			if p := pickLevel(s.sameAccents(ps, i, end), lv); p != nil {
				return p, end
			}
		}
		if ps, end := g.match(g.provinces, s, i); ps != nil {
			p := ps[0]
			if p.central {
				return p, end
			}
			return &place{name: p.name, level: "thành phố", prov: p, district: true, sectorName: p.name}, end
		}
		return s.unknownPlace(i, lv)
	case "tỉnh":
		if ps, end := g.match(g.provinces, s, i); ps != nil {
			return ps[0], end
		}
		return nil, i
	case "":
		if ps, end := g.match(g.provinces, s, i); ps != nil {
			return ps[0], end
		}
		if ps, end := g.match(g.districts, s, i); len(ps) == 1 {
			return ps[0], end
		}
	}
	return nil, i
}

// sameAccents keeps, among places whose names fold alike, those written
// with the accents of tokens [i, end) ("Thanh Trì" in Hà Nội, "Thạnh Trị"
// in Sóc Trăng); all of them if none is, or for a loose query.
func (s *scan) sameAccents(ps []*place, i, end int) []*place {
	if len(ps) < 2 || s.loose {
		return ps
	}
	var out []*place
	for _, p := range ps {
		words := strings.FieldsFunc(p.name, func(r rune) bool { return r == ' ' || r == '-' })
		k := i
		ok := true
		for _, w := range words {
			for k < end && s.toks[k].kind == tPunct {
				k++
			}
			if k >= end || !s.isRaw(k, w) {
				ok = false
				break
			}
			k++
		}
		if ok {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return ps
	}
	return out
}

// pickLevel chooses the district of level lv among places sharing a name;
// when several provinces have one, the district is kept without province.
func pickLevel(ps []*place, lv string) *place {
	var found *place
	for _, p := range ps {
		if p.level != lv {
			continue
		}
		if found != nil {
			return &place{name: p.name, level: lv, district: true, sectorName: p.name}
		}
		found = p
	}
	return found
}

// unknownPlace reads a district-level place missing from the gazetteer:
// up to three capitalised words that are not a person's name.
func (s *scan) unknownPlace(i int, lv string) (*place, int) {
	if s.loose || !s.capital(i) {
		return nil, i
	}
	end := s.nameRun(i, 3)
	if end == i {
		return nil, i
	}
	name := s.raw(i, end)
	return &place{name: name, level: lv, district: true, sectorName: name, prov: s.provinceAfter(end)}, end
}

// provinceAfter reads the province written right after a district:
// "huyện Châu Thành (Tiền Giang)", "huyện Yên Thế, tỉnh Bắc Giang".
func (s *scan) provinceAfter(i int) *place {
	g := s.r.gaz
	j := i
	if s.is(j, "(") || s.is(j, ",") || s.is(j, "-") {
		j++
	}
	if j == i {
		return nil
	}
	if lv, k := s.level(j); lv == "tỉnh" || lv == "thành phố" {
		j = k
	}
	if ps, _ := g.match(g.provinces, s, j); ps != nil && s.capital(j) {
		return ps[0]
	}
	return nil
}

// extraPhrase matches an operator's alias phrase at i.
func (s *scan) extraPhrase(i int) (body, int, bool) {
	for _, ph := range s.r.extra[s.tf(&s.toks[i])] {
		if j, ok := s.seq(i, ph.words...); ok {
			return ph.b, j, true
		}
	}
	return body{}, i, false
}
