package orgs

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// The windows must read like the whole text in the cases FuzzExtract
// found where they did not (see docs/organisations.md).
func TestWindowsLikeFullTextFixed(t *testing.T) {
	for _, s := range []string{
		// "đO": the pre-scan looked for "đo" in lower case only, the
		// rules read "đoàn" in any case.
		"Công đOàn CtY 0",
		"Hôm qua Công đOÀN Giáo dục tỉnh Nghệ An họp.",
		// Head abbreviations in letters that fold alike: the pre-scan
		// knew "LĐLĐ" and "LĐ" + marks + "LĐ" only.
		"LĐLĎ tỉnh",
		"Tại Nghệ An, LĐLĎ tỉnh Nghệ An họp.",
		"LĎLĐ Hà Nội họp.",
		"LĐLD tỉnh Nghệ An",
		"LĐĹĐ tỉnh Nghệ An",
		"Ông A (TĽĐ) nói.",
		// A lower-case word after "công đoàn" spelt otherwise than
		// usual (FuzzExtract): the pre-scan compared the usual spellings.
		"công đoàn cáC    Khu Chế Xuất 0à A0000",
		"Hội nghị công đoàn cÁc Khu công nghiệp tỉnh Bắc Ninh.",
		// An abbreviation without a head's "Đ" introduced inside a name:
		// its later uses were looked for only when introduced at the end.
		"Liên đoàn LAo động(LĐ)Hà Nội LĐ",
		"Liên đoàn Lao động (LĐ) Hà Nội họp. Sau đó LĐ tổ chức hội nghị lớn ở ngoại thành Hà Nội.",
	} {
		a := model.Article{Title: "x", Body: []string{s}}
		got := Default().extract(&scratch{}, &a)
		full := ExtractFullText(Default(), &a)
		if len(full) == 0 || !reflect.DeepEqual(got, full) {
			t.Errorf("%q:\n windows   %s\n full text %s", s, show(got), show(full))
		}
	}
}

// The uses of an abbreviation the pre-scan does not find ("(PVGAS)",
// "(TL)") are read with the words around them and in the text's order, as
// in the whole text: the word after a use or the words before it may make
// it a count of bodies, not a mention, and a body's spellings used as
// often are listed in the order they first appear. The windows used to
// read such a use after all the windows, cut short where a window began
// or ended, and so counted it ("PVGAS hai", "hai PVGAS", the count "TL 2"
// FuzzExtract found) and listed it last.
func TestPlainAbbrUsesInContext(t *testing.T) {
	const gas = "Công đoàn Tổng công ty Khí Việt Nam"
	intro := gas + " (PVGAS) họp."
	fz := "TL 2 0 0 TLĐ(TL)"
	for _, c := range []struct {
		title   string
		body    []string
		name    string
		aliases []string
		counts  []int
	}{
		// A count after the use; the next window starts at "hai".
		{"x", []string{intro, "Năm nay PVGAS hai lần Công đoàn Dầu khí Việt Nam khen thưởng."},
			gas, []string{gas}, []int{1}},
		// A count before the use; the window before ends after "hai".
		{"x", []string{intro, "Công đoàn Dầu khí khen ngợi hai PVGAS vì thành tích."},
			gas, []string{gas}, []int{1}},
		// The order of spellings used once each.
		{"x", []string{intro, "Sau đó PVGAS tổ chức hội nghị.", "Công đoàn Tổng Công ty Khí Việt Nam khen thưởng."},
			gas, []string{gas, "PVGAS", "Công đoàn Tổng Công ty Khí Việt Nam"}, []int{1, 1, 1}},
		// FuzzExtract's input: "TL 2" is a count in each paragraph.
		{fz, []string{fz, "Tin: " + fz},
			"Tổng Liên đoàn Lao động Việt Nam", []string{"TLĐ"}, []int{3}},
	} {
		a := model.Article{Title: c.title, Body: c.body}
		got := Default().extract(&scratch{}, &a)
		full := ExtractFullText(Default(), &a)
		if !reflect.DeepEqual(got, full) {
			t.Errorf("%q:\n windows   %+v\n full text %+v", c.body, got, full)
		}
		var m *model.OrgMention
		for k := range got {
			if got[k].Name == c.name {
				m = &got[k]
			}
		}
		if m == nil || !reflect.DeepEqual(m.Aliases, c.aliases) || !reflect.DeepEqual(m.AliasMentions, c.counts) {
			t.Errorf("%q: %s: got %+v, want aliases %q used %v times", c.body, c.name, m, c.aliases, c.counts)
		}
	}
}

// An introduced abbreviation written later in plain ASCII capitals
// ("DLVN" after "(CĐ ĐLVN)", "CDGD" after "(CĐGD)") is the same
// abbreviation to the rules, and the windows must find it even though the
// pre-scan does not: they used to look only for the spelling introduced.
func TestPlainAbbrUsesInASCII(t *testing.T) {
	sc := &scratch{}
	for _, c := range []struct {
		body    []string
		name    string
		aliases []string
	}{
		{[]string{"Công đoàn Điện lực Việt Nam (CĐ ĐLVN) họp.", "Sau đó DLVN tổ chức hội nghị."},
			"Công đoàn Điện lực Việt Nam", []string{"Công đoàn Điện lực Việt Nam", "DLVN"}},
		{[]string{"Công đoàn Giáo dục Việt Nam (CĐGD) họp.", "Sau đó CDGD tổ chức hội nghị."},
			"Công đoàn Giáo dục Việt Nam", []string{"Công đoàn Giáo dục Việt Nam", "CDGD"}},
		{[]string{"Liên đoàn Lao động (LĐ) Hà Nội họp.", "Sau đó LD tổ chức hội nghị."},
			"Liên đoàn Lao động thành phố Hà Nội", []string{"Liên đoàn Lao động (LĐ) Hà Nội", "LD"}},
	} {
		a := model.Article{Title: "x", Body: c.body}
		// One scratch for all, twice each: the spellings it keeps
		// between articles must not leak into the next.
		got := Default().extract(sc, &a)
		if again := Default().extract(sc, &a); !reflect.DeepEqual(again, got) {
			t.Errorf("%q: read again %+v, first %+v", c.body, again, got)
		}
		full := ExtractFullText(Default(), &a)
		if !reflect.DeepEqual(got, full) {
			t.Errorf("%q:\n windows   %+v\n full text %+v", c.body, got, full)
		}
		if len(got) != 1 || got[0].Name != c.name || !reflect.DeepEqual(got[0].Aliases, c.aliases) {
			t.Errorf("%q: got %+v, want %s with aliases %q", c.body, got, c.name, c.aliases)
		}
	}
}

// Random paragraphs of introductions, uses of abbreviations (as introduced,
// in ASCII capitals, after and before count words), heads and long filler
// words, some glued together: the windows must read them like the whole
// text. The code before useWindows differed on 10 of the first 40,000
// (seed 7); 400,000 (seed 11) agree now.
func TestPlainAbbrUsesRandom(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 3000
	}
	rng := rand.New(rand.NewSource(7))
	parts := []string{
		"Công đoàn Tổng công ty Khí Việt Nam (PVGAS)", "PVGAS", "PVGAS", "(PVGAS)",
		"Công đoàn Điện lực Việt Nam (CĐ ĐLVN)", "DLVN", "ĐLVN",
		"Công đoàn Giáo dục Việt Nam (CĐGD)", "CDGD", "CĐGD", "TLĐ(TL)", "TL",
		"hai", "2", "các", "những", "cấp", "(AB)", "AB", "(", ")",
		"Công đoàn", "LĐLĐ tỉnh Nghệ An", "Liên đoàn Lao động (LĐ) Hà Nội", "LĐ", "LD",
		"tổ chức hội nghị tổng kết", "năm", "đã", "và", "ông Nguyễn Văn An", "Công ty TNHH Minh Anh",
		",", ".", "“", "”", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
	}
	bad := 0
	sc := &scratch{}
	for range n {
		var paras []string
		for k := 1 + rng.Intn(4); k > 0; k-- {
			var b strings.Builder
			for w := 1 + rng.Intn(25); w > 0; w-- {
				b.WriteString(parts[rng.Intn(len(parts))])
				if rng.Intn(8) > 0 {
					b.WriteString(" ")
				}
			}
			paras = append(paras, b.String())
		}
		a := model.Article{Title: paras[0], Body: paras[1:]}
		got := Default().extract(sc, &a)
		if full := ExtractFullText(Default(), &a); !reflect.DeepEqual(got, full) {
			t.Errorf("%q:\n windows   %s\n full text %s", paras, show(got), show(full))
			if bad++; bad == 5 {
				break
			}
		}
	}
}
