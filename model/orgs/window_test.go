package orgs_test

import (
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
	"github.com/bantin/bantin/model/orgs"
)

// Extract reads only windows of text around union heads; reading every
// word must give the same bodies. Checked on generated articles and on
// the sample.
func TestWindowsReadLikeFullText(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 60
	}
	names, raws := gen.Corpus(n, 7)
	arts := data.ParseAll(names, raws, data.Options{})
	sample, _ := data.LoadSample(data.Options{})
	arts = append(arts, sample...)
	for i := range arts {
		a := &arts[i]
		got := normalise(orgs.Default().Extract(a))
		want := normalise(orgs.ExtractFullText(orgs.Default(), a))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: windows and full text differ\n windows %+v\n full    %+v", a.File, got, want)
		}
	}
}

func normalise(ms []model.OrgMention) []model.OrgMention {
	out := make([]model.OrgMention, len(ms))
	for i, m := range ms {
		type pair struct {
			a string
			n int
		}
		ps := make([]pair, len(m.Aliases))
		for k := range m.Aliases {
			ps[k] = pair{m.Aliases[k], m.AliasMentions[k]}
		}
		sort.Slice(ps, func(x, y int) bool { return ps[x].a < ps[y].a })
		m.Aliases, m.AliasMentions = nil, nil
		for _, p := range ps {
			m.Aliases = append(m.Aliases, p.a)
			m.AliasMentions = append(m.AliasMentions, p.n)
		}
		out[i] = m
	}
	sort.Slice(out, func(x, y int) bool { return out[x].Name+out[x].Unresolved < out[y].Name+out[y].Unresolved })
	return out
}

func TestPlainAbbreviationFarFromHeads(t *testing.T) {
	filler := strings.Repeat("Đại diện đơn vị cho biết năm nay sản xuất ổn định, ", 8)
	a := model.Article{Title: "Tin", Body: []string{
		"Công đoàn Tổng công ty Khí Việt Nam (PVGAS) chủ trì hội nghị.",
		filler + "PVGAS cảm ơn các đơn vị đã hỗ trợ. " + filler + "Lãnh đạo PVGAS phát biểu.",
	}}
	for _, ms := range [][]model.OrgMention{orgs.Default().Extract(&a), orgs.ExtractFullText(orgs.Default(), &a)} {
		if len(ms) != 1 || ms[0].Name != "Công đoàn Tổng công ty Khí Việt Nam" || ms[0].Mentions != 3 {
			t.Errorf("PVGAS: %+v", ms)
		}
	}
}

// An introduced abbreviation with a "Đ" that the pre-scan does not take
// for a head ("(LĐ)", unlike LĐLĐ, TLĐ, CĐ…) is looked for like one
// without: its later uses outside any window count (FuzzExtract's kind of
// input; before, the windows missed them where the whole text saw them).
func TestIntroducedAbbreviationWithĐFarFromHeads(t *testing.T) {
	a := model.Article{Title: "Tin", Body: []string{
		"Liên đoàn Lao động thành phố Hà Nội (LĐ) tổ chức hội nghị tổng kết công tác năm với sự tham gia của nhiều cán bộ. Sau đó LĐ đã trao quà.",
	}}
	for i, ms := range [][]model.OrgMention{orgs.Default().Extract(&a), orgs.ExtractFullText(orgs.Default(), &a)} {
		if len(ms) != 1 || ms[0].Name != "Liên đoàn Lao động thành phố Hà Nội" || ms[0].Mentions != 2 || !slices.Contains(ms[0].Aliases, "LĐ") {
			t.Errorf("reading %d (windows, whole text): %+v, want the federation twice, once as LĐ", i, ms)
		}
	}
}

// A use of an abbreviation before its introduction in the same paragraph
// is not the abbreviation yet: the windows counted it (a reviewer found
// it), the whole text did not.
func TestAbbreviationUsedBeforeItsIntroduction(t *testing.T) {
	for _, p := range []string{
		"Hôm nay TL họp. Tổng Liên đoàn Lao động Việt Nam (TL) và TL.",
		"PVGAS họp sáng nay. Công đoàn Tổng công ty Khí Việt Nam (PVGAS) chủ trì; PVGAS cảm ơn.",
	} {
		a := model.Article{Title: "Tin", Body: []string{p}}
		win, full := orgs.Default().Extract(&a), orgs.ExtractFullText(orgs.Default(), &a)
		if !reflect.DeepEqual(win, full) {
			t.Errorf("%q:\n windows %+v\n full    %+v", p, win, full)
		}
		if len(win) != 1 || win[0].Mentions != 2 {
			t.Errorf("%q: %+v, want one body named twice (the name, then the use after it)", p, win)
		}
	}
}

// Extract is called from parallel loaders and SSH sessions: the results
// must not depend on what other goroutines extract at the same time.
func TestConcurrentExtract(t *testing.T) {
	names, raws := gen.Corpus(80, 3)
	arts := data.ParseAll(names, raws, data.Options{})
	want := make([][]model.OrgMention, len(arts))
	for i := range arts {
		want[i] = orgs.Default().Extract(&arts[i])
	}
	done := make(chan string, 4)
	for g := 0; g < 4; g++ {
		go func(g int) {
			for round := 0; round < 3; round++ {
				for i := range arts {
					k := (i + g*17) % len(arts)
					if got := orgs.Default().Extract(&arts[k]); !reflect.DeepEqual(got, want[k]) {
						done <- arts[k].File
						return
					}
				}
			}
			done <- ""
		}(g)
	}
	for g := 0; g < 4; g++ {
		if f := <-done; f != "" {
			t.Errorf("%s: different result under concurrency", f)
		}
	}
}

// The places counted to resolve "LĐLĐ tỉnh" are read from windows too;
// they must be counted as over the whole text.
func TestPlaceWindows(t *testing.T) {
	names, raws := gen.Corpus(200, 11)
	arts := data.ParseAll(names, raws, data.Options{})
	sample, _ := data.LoadSample(data.Options{})
	arts = append(arts, sample...)
	for _, text := range []string{
		"Tại tỉnh Quảng Ninh, Chủ tịch LĐLĐ tỉnh Nguyễn Văn Hùng trao quà.",
		"Công nhân huyện Đông Anh được thăm hỏi. Liên đoàn Lao động Thành phố chỉ đạo.",
		"LĐLĐ huyện Châu Thành (Tiền Giang) và “Hà Nội” cùng TP.HCM, Tp. Hồ Chí Minh, tư tưởng Hồ Chí Minh.",
		"Thủ đô Hà Nội, thành phố Lạng Sơn, thị xã Sơn Tây, quận 1, Bà Rịa-Vũng Tàu, Thừa Thiên - Huế, tỉnh Hà Tây.",
		"thành phố Hải Phòng và Hải Dương; huyện Yên Thế, tỉnh Bắc Giang; quận Hoàng Mai; thị xã Hoàng Mai.",
	} {
		arts = append(arts, model.Article{Title: "Tin", Body: []string{text}})
	}
	for i := range arts {
		a := &arts[i]
		got, want := orgs.PlaceCounts(orgs.Default(), a, false), orgs.PlaceCounts(orgs.Default(), a, true)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s %q: place windows count %v, whole text %v", a.File, a.Title, got, want)
		}
	}
}
