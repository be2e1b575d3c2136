package search

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
	"golang.org/x/text/unicode/norm"
)

// testArticles is a small corpus written the way Vietnamese outlets write,
// newest first (IDs are positions).
func testArticles() []model.Article {
	arts := []model.Article{
		{ // 0
			Title:  "Công đoàn ngành Công Thương Hà Nội ký kết chương trình phối hợp",
			Date:   model.Date{Year: 2022, Month: 11, Day: 6, Precision: model.PrecisionDay},
			Source: "Lao Động Thủ Đô", URL: "https://laodongthudo.vn/cong-doan-nganh.html",
			Body: []string{
				"Sáng nay, Công đoàn ngành Công Thương Hà Nội và Công đoàn Công Thương Việt Nam đã ký kết chương trình phối hợp giai đoạn 2022 - 2027.",
				"Đoàn viên, người lao động được chăm lo tốt hơn.",
			},
			Organisations: []model.OrgMention{
				{Name: "Công đoàn Công Thương Hà Nội", Aliases: []string{"Công đoàn ngành Công Thương Hà Nội"}},
				{Name: "Công đoàn Công Thương Việt Nam"},
			},
		},
		{ // 1
			Title:  "LĐLĐ tỉnh Lạng Sơn tổng kết công tác năm",
			Date:   model.Date{Year: 2022, Month: 6, Day: 15, Precision: model.PrecisionDay},
			Source: "Báo Lạng Sơn", URL: "https://baolangson.vn/ldld-tinh.html",
			Body: []string{
				"Liên đoàn Lao động tỉnh Lạng Sơn tổ chức hội nghị tổng kết. Chủ tịch LĐLĐ tỉnh phát biểu.",
				"Các cấp công đoàn trong tỉnh đã thăm hỏi đoàn viên có hoàn cảnh khó khăn.",
			},
			Organisations: []model.OrgMention{
				{Name: "Liên đoàn Lao động tỉnh Lạng Sơn", Aliases: []string{"LĐLĐ tỉnh Lạng Sơn", "LĐLĐ tỉnh"}},
			},
		},
		{ // 2
			Title:  "Thừa Thiên Huế: chăm lo Tết cho công nhân",
			Date:   model.Date{Year: 2021, Month: 4, Day: 15, Hour: 21, Minute: 4, HasTime: true, Precision: model.PrecisionExact},
			Source: "Báo Thừa Thiên Huế", URL: "https://baothuathienhue.vn/x.html",
			Body: []string{
				"Liên đoàn Lao động tỉnh Thừa Thiên Huế trao quà cho công nhân. Ủy ban nhân dân tỉnh hỗ trợ thêm.",
				"Mẹ tôi nói: má ơi, hòa bình là hạnh phúc.",
			},
			Organisations: []model.OrgMention{{Name: "Liên đoàn Lao động tỉnh Thừa Thiên Huế"}},
		},
		{ // 3
			Title:  "Ma trận đề thi và những điều cần biết",
			Date:   model.Date{Year: 2021, Month: 3, Day: 2, Precision: model.PrecisionInferred},
			Source: "Người Lao Động", URL: "https://nld.com.vn/ma-tran.htm",
			Body: []string{
				"Nhưng mà học sinh vẫn lo lắng. Uỷ ban nói hoà giải thành công.",
			},
		},
		{ // 4
			Title:  "Công đoàn Vietsovpetro tổ chức Hội nghị sơ kết",
			Date:   model.Date{Year: 2020, Month: 9, Day: 29, Hour: 8, HasTime: true, Precision: model.PrecisionExact},
			Source: "Dầu khí", URL: "https://www.pvn.vn/vsp.html",
			Body: []string{
				"Công đoàn Vietsovpetro sẽ tiếp tục thực hiện tốt các chức năng. Đời sống người lao động được nâng cao.",
			},
			Organisations: []model.OrgMention{{Name: "Công đoàn Vietsovpetro"}},
		},
		{ // 5: unknown date
			Title:  "Bản tin không rõ ngày",
			Source: "Người Lao Động",
			Body:   []string{"Đồng chí Nguyễn Văn Á dự hội nghị công đoàn."},
		},
	}
	for i := range arts {
		arts[i].ID = i
	}
	return arts
}

func mustParse(t *testing.T, s string) Query {
	t.Helper()
	q, err := Parse(s)
	if err != nil {
		t.Fatalf("Parse(%q): %v", s, err)
	}
	return q
}

// ids returns the set of matching IDs in ascending order.
func ids(t *testing.T, ix *Index, s string) []int32 {
	t.Helper()
	r := ix.Search(mustParse(t, s), ByDate, 0)
	if r.Total != len(r.IDs) {
		t.Fatalf("%q: Total %d but %d IDs", s, r.Total, len(r.IDs))
	}
	return r.IDs
}

func TestMatching(t *testing.T) {
	ix := Build(testArticles())
	cases := []struct {
		q    string
		want []int32
	}{
		// Folding: case, diacritics, đ.
		{"cong doan", []int32{0, 1, 2, 4, 5}},
		{`"cong doan"`, []int32{0, 1, 4, 5}},
		{"công đoàn", []int32{0, 1, 2, 4, 5}},
		{"CÔNG ĐOÀN", []int32{0, 1, 2, 4, 5}},
		{"ĐOÀN VIÊN", []int32{0, 1}},
		{"thua thien hue", []int32{2}},
		{"Thừa Thiên Huế", []int32{2}},
		{norm.NFD.String("Thừa Thiên Huế"), []int32{2}},
		{"ldld", []int32{1}},
		{"LĐLĐ", []int32{1}},
		// Both tone placements: hòa/hoà, ủy/uỷ.
		{"hoà ", []int32{2, 3}},
		{"hòa ", []int32{2, 3}},
		{"ủy ", []int32{2, 3}},
		{"uỷ ", []int32{2, 3}},
		// Whole syllables: "ma" is not "mang" once the word is finished.
		{"ma ", []int32{2, 3}},
		{"lang ", []int32{1, 3}}, // Lạng and lắng
		// Prefix while typing: the last word.
		{"cong doa", []int32{0, 1, 2, 4, 5}},
		{"vietsov", []int32{4}},
		{"lang so", []int32{1}},
		{"nguoi lao d", []int32{0, 4}},
		{"xyz", nil},
		// AND.
		{"cong doan lang son", []int32{1}},
		{"cong doan hanh phuc", []int32{2}},
		{"cong doan hanh phuc vietsovpetro", nil},
		// Phrases: adjacent, in order, within one paragraph or the title.
		{`"lao dong tinh"`, []int32{1, 2}},
		{`"tinh lao dong"`, nil},
		{`"cong thuong viet nam"`, []int32{0}},
		{`"tổng kết công tác"`, []int32{1}},
		{`"hanh phuc dong chi"`, nil},
		{"covid-19", nil},
		// Exclusion.
		{"cong doan -vietsovpetro", []int32{0, 1, 2, 5}},
		{`cong doan -"lang son"`, []int32{0, 2, 4, 5}},
		{"-vietsovpetro -ldld", []int32{0, 2, 3, 5}},
		// Fields.
		{"org:vietsovpetro", []int32{4}},
		{"org:ldld", []int32{1, 2}},
		{`org:"ldld lang son"`, []int32{1}},
		{"org:ldld_lang_son", []int32{1}},
		{`org:"lien doan lao dong tinh thua thien hue"`, []int32{2}},
		{`org:"Công đoàn ngành Công Thương"`, []int32{0}},
		{`org:"cd cong thuong ha noi"`, []int32{0}},
		{"org:ldld lang son", []int32{1}},
		{"from:2021", []int32{0, 1, 2, 3}},
		{"to:2021", []int32{2, 3, 4}},
		{"to:2022-06", []int32{1, 2, 3, 4}},
		{"from:2022-06-15 to:2022-06-15", []int32{1}},
		{"date:2021-04", []int32{2}},
		{"date:15/04/2021", []int32{2}},
		{"date:2021", []int32{2, 3}},
		{"source:baolangson.vn", []int32{1}},
		{"source:baolangson", []int32{1}},
		{`source:"lao dong"`, []int32{0, 3, 5}},
		{`source:"nguoi lao dong"`, []int32{3, 5}},
		{"source:pvn.vn", []int32{4}},
		{"source:nld source:pvn", []int32{3, 4}},
		{"cong doan from:2021 source:laodongthudo", []int32{0}},
		{"", []int32{0, 1, 2, 3, 4, 5}},
	}
	for _, c := range cases {
		got := ids(t, ix, c.q)
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.q, got, c.want)
		}
	}
}

func TestRankingExactDiacriticsFirst(t *testing.T) {
	arts := []model.Article{
		{Title: "Ma", Body: []string{"ma ma ma ma ma"}},     // 0: ma
		{Title: "Tin tức", Body: []string{"bà má nói"}},     // 1: má
		{Title: "Mà", Body: []string{"mà mà mà"}},           // 2: mà
		{Title: "Tin khác", Body: []string{"má má và mạ"}},  // 3: má twice
		{Title: "Không", Body: []string{"mang mai manh"}},   // 4: no ma
		{Title: "Hòa bình", Body: []string{"hòa hòa hòa"}},  // 5
		{Title: "Tin", Body: []string{"hoà bình, hoa nở"}},  // 6
		{Title: "Hoa", Body: []string{"hoa hoa hoa hoa"}},   // 7
		{Title: "Thủy", Body: []string{"Thủy điện"}},        // 8
		{Title: "Khác", Body: []string{"thuỷ sản và thuy"}}, // 9
	}
	for i := range arts {
		arts[i].ID = i
	}
	ix := Build(arts)
	check := func(q string, wantFirst []int32, wantTotal int) {
		t.Helper()
		r := ix.Search(mustParse(t, q), ByRelevance, 0)
		if r.Total != wantTotal {
			t.Errorf("%q: Total %d, want %d", q, r.Total, wantTotal)
		}
		if len(r.IDs) < len(wantFirst) || !slices.Equal(r.IDs[:len(wantFirst)], wantFirst) {
			t.Errorf("%q: ranked %v, want first %v", q, r.IDs, wantFirst)
		}
	}
	// má first (3 has two, 1 has one), although "ma" and "mà" articles
	// have many more occurrences of the folded word.
	check("má ", []int32{3, 1}, 4)
	// mà first.
	check("mà ", []int32{2}, 4)
	// Without diacritics no exact preference: BM25 alone (title boost,
	// term frequency) puts 0 and 2 on top.
	r := ix.Search(mustParse(t, "ma "), ByRelevance, 2)
	if !slices.Contains(r.IDs, 0) || !slices.Contains(r.IDs, 2) {
		t.Errorf("ma: top two %v, want 0 and 2", r.IDs)
	}
	// Both tone placements rank as exact: hòa and hoà.
	r = ix.Search(mustParse(t, "hoà "), ByRelevance, 0)
	if r.Total != 3 || !slices.Equal(sorted(r.IDs[:2]), []int32{5, 6}) || r.IDs[2] != 7 {
		t.Errorf("hoà: %v, want 5 and 6 before 7", r.IDs)
	}
	r = ix.Search(mustParse(t, "thuỷ "), ByRelevance, 0)
	if r.Total != 2 || r.IDs[0] != 8 && r.IDs[0] != 9 {
		t.Errorf("thuỷ: %v", r.IDs)
	}
	// A word being typed with diacritics ranks its exact prefix first.
	check("bà m", []int32{1}, 1)
	check("hòa b", []int32{5, 6}, 2)
}

func sorted(s []int32) []int32 {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

func TestRankingTitleBoostAndOrders(t *testing.T) {
	arts := []model.Article{
		{Title: "Tin tức trong ngày", Body: []string{"Hội nghị bàn về lương tối thiểu và nhiều việc khác nữa."}},
		{Title: "Lương tối thiểu vùng tăng từ tháng 7", Body: []string{"Mức tăng bình quân 6 phần trăm."}},
		{Title: "Bản tin", Body: []string{"Không nói gì về chuyện này."}},
	}
	for i := range arts {
		arts[i].ID = i
	}
	ix := Build(arts)
	q := mustParse(t, "luong toi thieu")
	r := ix.Search(q, ByRelevance, 10)
	if !slices.Equal(r.IDs, []int32{1, 0}) || r.Total != 2 {
		t.Fatalf("relevance: %v (total %d), want title match 1 before body match 0", r.IDs, r.Total)
	}
	if r.Scores[0] <= r.Scores[1] || r.Scores[1] <= 0 {
		t.Errorf("scores %v: want decreasing and positive", r.Scores)
	}
	r = ix.Search(q, ByDate, 10)
	if !slices.Equal(r.IDs, []int32{0, 1}) {
		t.Errorf("date order: %v, want newest (lowest ID) first", r.IDs)
	}
	// Limit keeps the best, Total counts all.
	r = ix.Search(q, ByRelevance, 1)
	if !slices.Equal(r.IDs, []int32{1}) || r.Total != 2 {
		t.Errorf("limit 1: %v total %d", r.IDs, r.Total)
	}
}

func TestHighlight(t *testing.T) {
	text := "Công đoàn ngành Công Thương Hà Nội: ĐOÀN VIÊN và hoà bình, hòa giải"
	span := func(sub string, nth int) [2]int {
		i := -1
		for k := 0; k <= nth; k++ {
			j := strings.Index(text[i+1:], sub)
			if j < 0 {
				t.Fatalf("no %q", sub)
			}
			i += 1 + j
		}
		return [2]int{i, i + len(sub)}
	}
	cases := []struct {
		q    string
		want [][2]int
	}{
		{"cong doan ", [][2]int{span("Công", 0), span("đoàn", 0), span("Công", 1), span("ĐOÀN", 0)}},
		{"doa", [][2]int{{span("đoàn", 0)[0], span("đoàn", 0)[0] + len("đoà")}, {span("ĐOÀN", 0)[0], span("ĐOÀN", 0)[0] + len("ĐOÀ")}}},
		{`"cong thuong ha noi"`, [][2]int{{span("Công", 1)[0], span("Nội", 0)[1]}}},
		{"hoà ", [][2]int{span("hoà", 0), span("hòa", 0)}},
		{"-cong org:x", nil},
		{"nganh ha", [][2]int{span("ngành", 0), span("Hà", 0)}},
	}
	ix := Build(nil)
	for _, c := range cases {
		got := ix.Highlight(mustParse(t, c.q), text)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %v, want %v", c.q, got, c.want)
			for _, s := range got {
				t.Logf("   %q", text[s[0]:s[1]])
			}
		}
	}
	// Decomposed text: spans cover the combining marks.
	nfd := norm.NFD.String("Thừa Thiên Huế")
	got := Highlight(mustParse(t, "hue "), nfd)
	if len(got) != 1 || nfd[got[0][0]:got[0][1]] != norm.NFD.String("Huế") {
		t.Errorf("NFD highlight: %v", got)
	}
	got = Highlight(mustParse(t, "hu"), nfd)
	if len(got) != 1 || nfd[got[0][0]:got[0][1]] != "Hu" {
		t.Errorf("NFD prefix highlight: %v %q", got, nfd[got[0][0]:got[0][1]])
	}
}

func TestExactForm(t *testing.T) {
	same := [][2]string{
		{"hoà", "hòa"}, {"uỷ", "ủy"}, {"Thuỷ", "thủy"}, {"HOÀ", "hòa"},
		{norm.NFD.String("hòa"), "hoà"}, {"quá", "qúa"},
	}
	for _, p := range same {
		if a, b := exactForm(p[0]), exactForm(p[1]); a != b || a == "" {
			t.Errorf("exact(%q)=%q exact(%q)=%q: want equal", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{{"má", "mà"}, {"má", "mạ"}, {"công", "cống"}, {"đa", "dá"}, {"ơ", "ô"}}
	for _, p := range differ {
		if a, b := exactForm(p[0]), exactForm(p[1]); a == b {
			t.Errorf("exact(%q) == exact(%q) = %q: want different", p[0], p[1], a)
		}
	}
	if exactForm("ma") != "" || exactForm("Vietsovpetro") != "" {
		t.Error("plain ASCII words have no exact form")
	}
	if exactForm("đ") == "" {
		t.Error("đ is a diacritic")
	}
}

func TestFoldingPairs(t *testing.T) {
	pairs := [][2]string{
		{"Đ", "d"}, {"đ", "D"}, {"Công Đoàn", "cong doan"}, {"CÔNG ĐOÀN", "công đoàn"},
		{"hoà", "hoa"}, {"hòa", "hoa"}, {"uỷ", "uy"}, {"ủy", "uy"},
		{norm.NFD.String("Liên đoàn"), "lien doan"}, {"Thừa Thiên Huế", "thua thien hue"},
		{"Nguyễn", "nguyen"}, {"Bà Rịa - Vũng Tàu", "ba ria vung tau"},
	}
	for _, p := range pairs {
		a, b := foldTokens(p[0]), foldTokens(p[1])
		if !slices.Equal(a, b) {
			t.Errorf("%q → %v, %q → %v", p[0], a, p[1], b)
		}
	}
}

func TestParse(t *testing.T) {
	q := mustParse(t, `công đoàn "Hà Nội" -tết -"hội nghị" org:"ldld lang son" source:nld.com.vn from:2021 to:2022-06 doa`)
	want := Query{
		Terms:          []string{"công", "đoàn", "doa"},
		Prefix:         true,
		Phrases:        [][]string{{"Hà", "Nội"}},
		Exclude:        []string{"tết"},
		ExcludePhrases: [][]string{{"hội", "nghị"}},
		Orgs:           []string{"ldld lang son"},
		Sources:        []string{"nld.com.vn"},
		From:           Period{Year: 2021},
		To:             Period{Year: 2022, Month: 6},
	}
	if !reflect.DeepEqual(q, want) {
		t.Fatalf("got  %+v\nwant %+v", q, want)
	}
	// String gives the query back.
	q2 := mustParse(t, q.String())
	if !reflect.DeepEqual(q2, want) {
		t.Errorf("round trip via %q: %+v", q.String(), q2)
	}
	if q.Empty() || !mustParse(t, "  ").Empty() || !(Query{}).Empty() {
		t.Error("Empty")
	}
	if mustParse(t, "cong ").Prefix || !mustParse(t, "cong").Prefix {
		t.Error("prefix only while the last word is being typed")
	}
	if d := mustParse(t, "date:2021-04"); d.From != d.To || d.From != (Period{2021, 4, 0}) || d.String() != "date:2021-04" {
		t.Errorf("date: %+v %q", d, d.String())
	}
	// A lone dash is punctuation; a multi-syllable word is a phrase.
	if p := mustParse(t, "Bà Rịa - Vũng Tàu covid-19"); len(p.Terms) != 4 || !reflect.DeepEqual(p.Phrases, [][]string{{"covid", "19"}}) {
		t.Errorf("%+v", p)
	}
	// A pasted URL is words, not a field.
	if p := mustParse(t, "https://laodong.vn/cong-doan "); !reflect.DeepEqual(p.Phrases, [][]string{{"https", "laodong", "vn", "cong", "doan"}}) {
		t.Errorf("URL: %+v", p)
	}
	// Smart quotes and a colon inside a word.
	if p := mustParse(t, "“lao động” 9:20"); !reflect.DeepEqual(p.Phrases, [][]string{{"lao", "động"}, {"9", "20"}}) {
		t.Errorf("%+v", p)
	}
}

func TestParseErrors(t *testing.T) {
	cases := []struct {
		q   string
		pos int
		msg string
	}{
		{`cong "doan`, 5, "never closed"},
		{`org:`, 0, "org: needs a value"},
		{`cong org:"`, 9, "never closed"},
		{`cong source: x`, 5, "source: needs a value"},
		{`from:abc`, 5, "expected a date"},
		{`to:2022-13`, 3, "no month 13"},
		{`date:2021-02-30`, 5, "no day 30"},
		{`from:21`, 5, "expected a date"},
		{`from:0021`, 5, "four digits"},
		{`orgs:ldld`, 0, "unknown field"},
		{`x from:2023 to:2021`, 0, "period is empty"},
		{`""`, 0, "empty quotes"},
		{`cong -org:ldld`, 5, "cannot be excluded"},
	}
	for _, c := range cases {
		_, err := Parse(c.q)
		pe, ok := err.(*ParseError)
		if !ok {
			t.Errorf("%q: error %v, want a *ParseError", c.q, err)
			continue
		}
		if pe.Pos != c.pos || !strings.Contains(pe.Msg, c.msg) {
			t.Errorf("%q: %v (pos %d), want pos %d and %q", c.q, pe, pe.Pos, c.pos, c.msg)
		}
	}
	// The partial query is still usable while a quote is open.
	q, err := Parse(`cong "lang so`)
	if err == nil || !reflect.DeepEqual(q.Phrases, [][]string{{"lang", "so"}}) {
		t.Errorf("partial: %+v %v", q, err)
	}
}

func TestEmptyIndexAndOddInput(t *testing.T) {
	ix := Build(nil)
	if r := ix.Search(mustParse(t, "cong"), ByRelevance, 10); r.Total != 0 || len(r.IDs) != 0 {
		t.Errorf("empty index: %+v", r)
	}
	if r := ix.Search(Query{}, ByDate, 10); r.Total != 0 {
		t.Errorf("empty index, empty query: %+v", r)
	}
	arts := []model.Article{
		{Title: strings.Repeat("a", 500), Body: []string{"\x00\xff\xfe invalid", "", "\u202ebidi", "日本語 テキスト"}},
		{},
	}
	ix = Build(arts)
	if got := ids(t, ix, "invalid "); !slices.Equal(got, []int32{0}) {
		t.Errorf("invalid UTF-8 around a word: %v", got)
	}
	if got := ids(t, ix, strings.Repeat("a", 500)+" "); len(got) != 0 {
		t.Errorf("overlong words are not indexed: %v", got)
	}
	if got := ids(t, ix, "日本語 "); !slices.Equal(got, []int32{0}) {
		t.Errorf("other scripts: %v", got)
	}
}

// TestConcurrentSearches: one index, many goroutines (sessions) at once;
// run with -race.
func TestConcurrentSearches(t *testing.T) {
	ix := Build(testArticles())
	queries := []string{"cong doan", "cong doa", `"lao dong tinh"`, "má", "org:ldld", "-vietsovpetro", "hoà "}
	want := make([]Result, len(queries))
	for i, s := range queries {
		want[i] = ix.Search(mustParse(t, s), ByRelevance, 3)
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 200; k++ {
				i := (g + k) % len(queries)
				q, _ := Parse(queries[i])
				if got := ix.Search(q, ByRelevance, 3); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("%q: %+v, want %+v", queries[i], got, want[i])
					return
				}
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}

// TestExactAcrossBuildWorkers: a corpus large enough for several build
// workers keeps the exact-form lists whole across their boundaries.
func TestExactAcrossBuildWorkers(t *testing.T) {
	arts := make([]model.Article, 1000)
	for i := range arts {
		w := "ma ma ma"
		if i%3 == 0 {
			w = "má"
		}
		arts[i] = model.Article{ID: i, Title: "Tin", Body: []string{"Bà nói " + w}}
	}
	ix := Build(arts)
	r := ix.Search(mustParse(t, "má "), ByRelevance, 0)
	if r.Total != 1000 {
		t.Fatalf("Total %d", r.Total)
	}
	for k, id := range r.IDs {
		if exact := id%3 == 0; exact != (k < 334) {
			t.Fatalf("rank %d: article %d (exact %v)", k, id, exact)
		}
	}
	// Phrases ignore diacritics too: all 1000; with diacritics, exact first.
	r = ix.Search(mustParse(t, `"nói má"`), ByRelevance, 334)
	if r.Total != 1000 || r.IDs[0]%3 != 0 || r.IDs[333]%3 != 0 {
		t.Errorf("phrase across workers: %d %v", r.Total, r.IDs[:5])
	}
}

// TestDecomposedArticleText: text that reached the index decomposed (NFD)
// matches and ranks like composed text.
func TestDecomposedArticleText(t *testing.T) {
	arts := []model.Article{
		{ID: 0, Title: norm.NFD.String("Thừa Thiên Huế: má và hòa"), Body: []string{"ma"}},
		{ID: 1, Title: "Tin", Body: []string{"ma ma ma ma mà"}},
	}
	ix := Build(arts)
	if got := ids(t, ix, "Thừa Thiên Huế "); !slices.Equal(got, []int32{0}) {
		t.Errorf("NFC query on NFD text: %v", got)
	}
	if got := ids(t, ix, "thua thien hue"); !slices.Equal(got, []int32{0}) {
		t.Errorf("plain query on NFD text: %v", got)
	}
	r := ix.Search(mustParse(t, "má "), ByRelevance, 0)
	if !slices.Equal(r.IDs, []int32{0, 1}) {
		t.Errorf("exact form in NFD text ranks first: %v", r.IDs)
	}
	r = ix.Search(mustParse(t, "mà "), ByRelevance, 0)
	if !slices.Equal(r.IDs, []int32{1, 0}) {
		t.Errorf("mà: %v", r.IDs)
	}
	r = ix.Search(mustParse(t, "hoà "), ByRelevance, 0)
	if r.Total != 1 {
		t.Errorf("hoà vs NFD hòa: %v", r.IDs)
	}
}

// TestProximity: of two articles with the same words, the one where words
// typed side by side stand side by side ranks first, at every limit.
func TestProximity(t *testing.T) {
	arts := []model.Article{
		{ID: 0, Title: "Tin", Body: []string{"Hà Tĩnh có nội dung mới"}},
		{ID: 1, Title: "Tin", Body: []string{"Hà Nội có dung mới nhất"}},
		{ID: 2, Title: "Tin", Body: []string{"Nội dung Hà Tĩnh mới nhất"}},
	}
	ix := Build(arts)
	for _, limit := range []int{1, 2, 0} {
		r := ix.Search(mustParse(t, "ha noi "), ByRelevance, limit)
		if r.Total != 3 || r.IDs[0] != 1 {
			t.Errorf("limit %d: %v, want 1 first", limit, r.IDs)
		}
	}
	// Typed the other way round: no pair stands so; equal BM25, so the
	// newest (lowest ID) first.
	r := ix.Search(mustParse(t, "noi ha "), ByRelevance, 0)
	if r.Total != 3 || !slices.Equal(r.IDs, []int32{0, 1, 2}) {
		t.Errorf("noi ha: %v", r.IDs)
	}
}

// A word in every article still ranks by where and how often it appears,
// with scores a reader can tell apart (BM25's idf alone falls to ~0 when
// every one of many articles has the word).
func TestUbiquitousWordStillRanks(t *testing.T) {
	arts := []model.Article{
		{Title: "Tin trong ngày", Body: []string{"Công đoàn họp."}},
		{Title: "Công đoàn ngành Giáo dục", Body: []string{"Công đoàn ngành tổ chức hội nghị; công đoàn cơ sở tham dự."}},
		{Title: "Bản tin", Body: []string{"Ban chấp hành công đoàn và công đoàn viên."}},
	}
	for len(arts) < 200 {
		arts = append(arts, model.Article{Title: "Tin trong ngày", Body: []string{"Công đoàn họp."}})
	}
	for i := range arts {
		arts[i].ID = i
	}
	ix := Build(arts)
	r := ix.Search(mustParse(t, "cong doan "), ByRelevance, 3)
	if r.Total != 200 || !slices.Equal(r.IDs, []int32{1, 2, 0}) {
		t.Fatalf("cong doan: %v (total %d), want the title match, then the body with it twice, then the newest of the rest", r.IDs, r.Total)
	}
	shown := func(f float32) string { return fmt.Sprintf("%.2f", f) }
	if r.Scores[2] < 0.05 || shown(r.Scores[0]) == shown(r.Scores[1]) || shown(r.Scores[1]) == shown(r.Scores[2]) {
		t.Errorf("scores %v: want them apart at the two decimals bantin search shows", r.Scores)
	}
}

// An open quote narrows while its last word is being typed, as a bare word
// does; what is highlighted is the phrase up to the typed part.
func TestOpenQuoteNarrowsWhileTyping(t *testing.T) {
	ix := Build(testArticles())
	search := func(s string) (Query, []int32) {
		q, err := Parse(s)
		if err == nil || !strings.Contains(err.Error(), "never closed") {
			t.Fatalf("%q: error %v, want the open quote reported", s, err)
		}
		return q, sorted(ix.Search(q, ByDate, 0).IDs)
	}
	whole := sorted(ix.Search(mustParse(t, `"cong doan"`), ByDate, 0).IDs)
	for _, s := range []string{`"cong doa`, `"công đoà`, `"cong doan`, `"cong doan `, `lao "cong doa`} {
		q, got := search(s)
		want := whole
		if strings.HasPrefix(s, "lao") {
			want = sorted(ix.Search(mustParse(t, `lao "cong doan"`), ByDate, 0).IDs)
		}
		if !slices.Equal(got, want) || len(want) == 0 {
			t.Errorf("%q (%+v): %v, want %v", s, q, got, want)
		}
	}
	if q, _ := search(`"cong doan `); q.PhrasePrefix {
		t.Errorf("a space after the last word ends it: %+v", q)
	}
	if _, got := search(`"tinh lao do`); len(got) != 0 {
		t.Errorf(`"tinh lao do: %v, want nothing (no such phrase)`, got)
	}
	if _, got := search(`"cong thuong ha no`); !slices.Equal(got, []int32{0}) {
		t.Errorf(`"cong thuong ha no: %v, want [0]`, got)
	}
	// A one-word open quote is a word being typed.
	q, got := search(`"doa`)
	if want := sorted(ix.Search(mustParse(t, "doa"), ByDate, 0).IDs); !slices.Equal(got, want) {
		t.Errorf(`"doa: %v (%+v), want %v`, got, q, want)
	}
	text := "Công đoàn ngành Công Thương Hà Nội: hoà bình"
	q, _ = search(`"cong thuong ha no`)
	start := strings.Index(text, "Công Thương")
	end := strings.Index(text, "Nội") + len("Nộ")
	if got := ix.Highlight(q, text); !reflect.DeepEqual(got, [][2]int{{start, end}}) {
		t.Errorf("highlight %v, want [[%d %d]] (%q)", got, start, end, text[start:end])
	}
	// Written back, the quote stays open and last.
	q, _ = search(`"cong thuong ha no`)
	if s := q.String(); s != `"cong thuong ha no` {
		t.Errorf("String() = %q", s)
	}
}

func TestParseErrorOpen(t *testing.T) {
	for _, c := range []struct {
		q    string
		open bool
	}{
		{`cong "doan`, true},
		{`cong org:"lang so`, true},
		{`"`, true},
		{`orgs:x "cong`, false}, // an earlier fault
		{`cong org:`, false},
	} {
		_, err := Parse(c.q)
		pe, ok := err.(*ParseError)
		if !ok || pe.Open() != c.open {
			t.Errorf("%q: error %v, open %v, want open %v", c.q, err, ok && pe.Open(), c.open)
		}
	}
}
