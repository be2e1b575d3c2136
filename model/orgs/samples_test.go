package orgs_test

import (
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// want describes one body expected in a sample article.
type want struct {
	name    string
	kind    model.OrgKind
	parent  string
	primary bool
	aliases []string // each must be among the aliases seen (not exhaustive)
}

const tld = "Tổng Liên đoàn Lao động Việt Nam"

var sampleWants = map[string][]want{
	// "tổ chức Công đoàn (các cấp)" is the union movement, not a body.
	"000": {
		{name: "Công đoàn Vietsovpetro", kind: model.KindEnterprise, primary: true, aliases: []string{"Công đoàn Vietsovpetro"}},
	},
	// "Liên doanh Dầu khí Vietsovpetro" is a company, "Ban Phụ nữ CAND" not a
	// union, "hệ thống Công đoàn Việt Nam" the union system in general.
	"001": {
		{name: "Công đoàn Công an nhân dân", kind: model.KindSectorUnion, parent: tld, primary: true, aliases: []string{"Công đoàn CAND"}},
		{name: "Công đoàn Dầu khí Việt Nam", kind: model.KindSectorUnion, parent: tld, primary: true, aliases: []string{"Công đoàn Dầu khí Việt Nam"}},
		{name: tld, kind: model.KindConfederation, aliases: []string{"Tổng Liên đoàn Lao động Việt Nam"}},
	},
	// "Tổng Liên đoàn Lao động Việt Nam (LĐLĐ)" does not make the later
	// "LĐLĐ tỉnh" the confederation; "CĐVC tỉnh" is the province's union.
	"002": {
		{name: "Công đoàn Viên chức Việt Nam", kind: model.KindSectorUnion, parent: tld, primary: true,
			aliases: []string{"Công đoàn Viên chức Việt Nam", "CĐVC Việt Nam", "CĐVC VN"}},
		{name: tld, kind: model.KindConfederation, aliases: []string{"Tổng LĐLĐ VN", "Tổng LĐLĐ Việt Nam"}},
		{name: "Liên đoàn Lao động tỉnh Lạng Sơn", kind: model.KindFederation, parent: tld, primary: true,
			aliases: []string{"Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh", "LĐLĐ tỉnh Lạng Sơn"}},
		{name: "Công đoàn Viên chức tỉnh Lạng Sơn", kind: model.KindSectorUnion, parent: "Liên đoàn Lao động tỉnh Lạng Sơn",
			aliases: []string{"CĐVC tỉnh"}},
	},
	// The company union ("Ban chấp hành Công đoàn … Công ty …") is not named.
	"003": {
		{name: "Liên đoàn Lao động huyện Sóc Sơn", kind: model.KindFederation, parent: "Liên đoàn Lao động thành phố Hà Nội", primary: true,
			aliases: []string{"Liên đoàn Lao động huyện Sóc Sơn", "Liên đoàn Lao động huyện"}},
		{name: "Liên đoàn Lao động thành phố Hà Nội", kind: model.KindFederation, parent: tld,
			aliases: []string{"Liên đoàn Lao động Thành phố"}},
	},
	// "Công đoàn ngành Công Thương hai Thành phố", "LĐLĐ hai Thành phố" and
	// "CĐCS" are plural or generic; "Nghị quyết Đại hội XIII Công đoàn Việt
	// Nam" names the confederation's congress.
	"004": {
		{name: "Công đoàn ngành Công Thương Hà Nội", kind: model.KindSectorUnion, parent: "Liên đoàn Lao động thành phố Hà Nội", primary: true,
			aliases: []string{"Công đoàn ngành Công Thương Hà Nội"}},
		{name: "Công đoàn ngành Công Thương Hải Phòng", kind: model.KindSectorUnion, parent: "Liên đoàn Lao động thành phố Hải Phòng", primary: true,
			aliases: []string{"Công đoàn ngành Công Thương Hải Phòng"}},
		{name: "Công đoàn Công Thương Việt Nam", kind: model.KindSectorUnion, parent: tld},
		{name: "Liên đoàn Lao động thành phố Hà Nội", kind: model.KindFederation, parent: tld,
			aliases: []string{"Liên đoàn Lao động (LĐLĐ) thành phố Hà Nội", "LĐLĐ Thành phố"}},
		{name: tld, kind: model.KindConfederation, aliases: []string{"Công đoàn Việt Nam"}},
	},
}

func TestSamplesCompleteSet(t *testing.T) {
	arts, warns := data.LoadSample(data.Options{})
	if len(arts) != 5 {
		t.Fatalf("loaded %d sample articles (warnings %v)", len(arts), warns)
	}
	for _, a := range arts {
		key := a.File[:3]
		wants, ok := sampleWants[key]
		if !ok {
			t.Fatalf("unexpected sample %s", a.File)
		}
		t.Run(key, func(t *testing.T) {
			var got, exp []string
			byName := map[string]model.OrgMention{}
			for _, m := range a.Organisations {
				got = append(got, m.Name)
				byName[m.Name] = m
				if m.Unresolved != "" {
					t.Errorf("%s: unresolved %q", m.Name, m.Unresolved)
				}
			}
			for _, w := range wants {
				exp = append(exp, w.name)
			}
			sort.Strings(got)
			sort.Strings(exp)
			if !slices.Equal(got, exp) {
				t.Fatalf("bodies\n got  %q\n want %q", got, exp)
			}
			for _, w := range wants {
				m := byName[w.name]
				if m.Kind != w.kind {
					t.Errorf("%s: kind %q, want %q", w.name, m.Kind, w.kind)
				}
				if m.Parent != w.parent {
					t.Errorf("%s: parent %q, want %q", w.name, m.Parent, w.parent)
				}
				if m.Primary != w.primary {
					t.Errorf("%s: primary %v, want %v", w.name, m.Primary, w.primary)
				}
				if m.Mentions < len(w.aliases) || m.Mentions < 1 {
					t.Errorf("%s: %d mentions for %d aliases", w.name, m.Mentions, len(w.aliases))
				}
				for _, al := range w.aliases {
					if !slices.Contains(m.Aliases, al) {
						t.Errorf("%s: alias %q missing from %q", w.name, al, m.Aliases)
					}
				}
				if len(m.AliasMentions) != len(m.Aliases) {
					t.Errorf("%s: %d alias counts for %d aliases", w.name, len(m.AliasMentions), len(m.Aliases))
				}
				sum := 0
				for _, n := range m.AliasMentions {
					sum += n
				}
				if sum != m.Mentions {
					t.Errorf("%s: alias counts sum to %d, mentions %d", w.name, sum, m.Mentions)
				}
			}
		})
	}
}

// The exact mention counts of sample 002, counted by hand.
func TestSample002Counts(t *testing.T) {
	arts, _ := data.LoadSample(data.Options{})
	var a *model.Article
	for i := range arts {
		if strings.HasPrefix(arts[i].File, "002") {
			a = &arts[i]
		}
	}
	if a == nil {
		t.Fatal("sample 002 missing")
	}
	counts := map[string]int{}
	for _, m := range a.Organisations {
		counts[m.Name] = m.Mentions
	}
	want := map[string]int{
		// The title, "Công đoàn Viên chức Việt Nam (CĐVC)", "Chủ tịch CĐVC
		// Việt Nam" ×2, "giữa CĐVC Việt Nam", the caption "Chủ tịch CĐVC VN",
		// "CĐVC Việt Nam và LĐLĐ tỉnh", the caption "Lãnh đạo CĐVC VN",
		// "định hướng của CĐVC Việt Nam", "lãnh đạo CĐVC VN đã trao".
		"Công đoàn Viên chức Việt Nam":      10,
		"Liên đoàn Lao động tỉnh Lạng Sơn":  6,
		"Tổng Liên đoàn Lao động Việt Nam":  3,
		"Công đoàn Viên chức tỉnh Lạng Sơn": 2,
	}
	for n, c := range want {
		if counts[n] != c {
			t.Errorf("%s: %d mentions, want %d", n, counts[n], c)
		}
	}
}

// The directory of the sample: merging, hierarchy, co-occurrence, lookup.
func TestSampleDirectory(t *testing.T) {
	arts, _ := data.LoadSample(data.Options{})
	for i := range arts {
		arts[i].ID = i
	}
	d := orgs.NewDirectory(arts)
	if d.Len() != 12 {
		names := []string{}
		for _, o := range d.Orgs() {
			names = append(names, o.Name)
		}
		t.Fatalf("%d bodies: %q", d.Len(), names)
	}
	hn, ok := d.Lookup("lien doan lao dong thanh pho ha noi")
	if !ok {
		t.Fatal("Hà Nội federation not found")
	}
	if len(hn.Articles) != 2 {
		t.Errorf("Hà Nội federation in %d articles, want 2 (Sóc Sơn and Công Thương)", len(hn.Articles))
	}
	if !slices.Equal(hn.Children, []string{"Công đoàn ngành Công Thương Hà Nội", "Liên đoàn Lao động huyện Sóc Sơn"}) {
		t.Errorf("children of %s: %q", hn.Name, hn.Children)
	}
	if hn.Parent != tld {
		t.Errorf("parent %q", hn.Parent)
	}
	conf, ok := d.Lookup("TLĐ")
	if !ok || conf.Name != tld || len(conf.Articles) != 3 {
		t.Fatalf("Lookup(TLĐ) = %+v, %v", conf, ok)
	}
	for _, q := range []string{"Tổng LĐLĐ VN", "tong ldld viet nam", "Công đoàn Việt Nam"} {
		if o, ok := d.Lookup(q); !ok || o != conf {
			t.Errorf("Lookup(%q) did not find the confederation", q)
		}
	}
	for q, name := range map[string]string{
		"cong doan cand":               "Công đoàn Công an nhân dân",
		"Công đoàn Công an nhân dân":   "Công đoàn Công an nhân dân",
		"ldld lang son":                "Liên đoàn Lao động tỉnh Lạng Sơn",
		"LĐLĐ tỉnh Lạng Sơn":           "Liên đoàn Lao động tỉnh Lạng Sơn",
		"cđvc vn":                      "Công đoàn Viên chức Việt Nam",
		"Công đoàn Công Thương Hà Nội": "Công đoàn ngành Công Thương Hà Nội",
		"ldld huyen soc son":           "Liên đoàn Lao động huyện Sóc Sơn",
		"CÔNG ĐOÀN VIETSOVPETRO":       "Công đoàn Vietsovpetro",
	} {
		o, ok := d.Lookup(q)
		if !ok || o.Name != name {
			t.Errorf("Lookup(%q) = %v, want %s", q, o, name)
		}
	}
	if _, ok := d.Lookup("Công đoàn Giáo dục Việt Nam"); ok {
		t.Error("found a body the sample does not name")
	}
	// Co-occurrence: the two Công Thương unions appear together.
	hp, _ := d.Lookup("Công đoàn ngành Công Thương Hải Phòng")
	found := false
	for _, c := range hp.CoOccurs {
		if c.Name == "Công đoàn ngành Công Thương Hà Nội" && c.Articles == 1 {
			found = true
		}
	}
	if !found {
		t.Errorf("Hải Phòng's co-occurring bodies %+v lack Hà Nội's", hp.CoOccurs)
	}
	if m := d.Match("cong thuong"); len(m) != 3 {
		t.Errorf("Match(cong thuong) = %d bodies, want 3", len(m))
	}
}
