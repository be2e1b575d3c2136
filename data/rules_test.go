package data

import (
	"strings"
	"testing"
)

// article joins lines into a raw article and parses it without
// organisation recognition.
func article(lines ...string) (a articleView) {
	art := Parse("t.txt", []byte(strings.Join(lines, "\n")), skipOrgs)
	return articleView{Title: art.Title, Date: art.Date.DayString(), Time: art.Date.TimeString(),
		Prec: string(art.Date.Precision), Source: art.Source, Author: art.Author, URL: art.URL, Body: art.Body}
}

type articleView struct {
	Title, Date, Time, Prec, Source, Author, URL string
	Body                                         []string
}

const (
	qaHeadline = "Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2023"
	qaLead     = "Sáng nay, Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị với 200 đại biểu tham dự tại TP Vinh."
	qaPara     = "Theo báo cáo, trong năm qua công đoàn các cấp đã tổ chức 320 hoạt động thăm hỏi, tặng quà cho đoàn viên khó khăn."
)

// TestNavigationAboveHeadline: menu, section and account lines above the
// headline (one or several) are navigation; the date line next to the
// headline, before or after it, is still found.
func TestNavigationAboveHeadline(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		date  string
	}{
		{"section then date after", []string{"Thời sự", qaHeadline, "12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"section, date before headline", []string{"Thời sự", "Thứ sáu, 12/5/2023, 08:30 (GMT+7)", qaHeadline, qaLead}, "2023-05-12"},
		{"two-part section", []string{"Lao động - Việc làm", qaHeadline, "Thứ bảy, 13/05/2023 - 07:15", qaLead}, "2023-05-13"},
		{"stacked sections", []string{"Chính trị", "Xã hội", qaHeadline, "Thứ Sáu, 12-05-2023, 08:30", qaLead}, "2023-05-12"},
		{"account links", []string{"Đăng nhập", "Đăng ký", qaHeadline, "12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"site name", []string{"VOV.VN", "Thứ Sáu, 08:30, 12/05/2023", qaHeadline, "VOV.VN - " + qaLead}, "2023-05-12"},
		{"five-word section", []string{"Công đoàn ngành Giáo dục", qaHeadline, "12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"junk, section, date, counter", []string{"M", "Tin tức - Sự kiện", "Ngày đăng: 12/05/2023 | 08:30", "Lượt xem: 2.341", qaHeadline, qaLead}, "2023-05-12"},
		{"menu and home link", []string{"Công đoàn", "Trang chủ", qaHeadline, "Thứ hai, 07/11/2022 09:20 (GMT+7)", qaLead}, "2022-11-07"},
		{"sections, no date line, lead date", []string{"Thời sự", "Chính trị", qaHeadline, "Chiều nay (12/5), LĐLĐ tỉnh tổ chức hội nghị năm 2023 tại TP Vinh.", qaPara}, "2023-05-12"},
		{"place section, no date", []string{"Đà Nẵng", qaHeadline, qaLead, qaPara}, ""},
		{"byline between headline and date", []string{qaHeadline, "Thu Hà - Minh Anh", "Thứ Sáu, 12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"date below a sapo", []string{qaHeadline, "Sapo ngắn không có dấu chấm cuối về việc công đoàn tỉnh Nghệ An tổ chức hội nghị", "12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"section glued to the date", []string{"Thời sự - Thứ Sáu, 12/05/2023 08:30", qaHeadline, qaLead}, "2023-05-12"},
		{"date | time | byline", []string{qaHeadline, "Thứ sáu, 12/05/2023 | 08:30 | Thu Hà", qaLead}, "2023-05-12"},
		{"menu row", []string{"Trang chủ | Thời sự | Xã hội", qaHeadline, "12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"menu row, byline and outlet row", []string{"Trang chủ | Thời sự", qaHeadline, "Thu Hà | Báo Tin tức", "12/05/2023 08:30", qaLead}, "2023-05-12"},
		{"many menu lines", []string{"English", "Trang chủ", "Thời sự", "Xã hội", "Lao động", qaHeadline, "12/05/2023 08:30", "A- A A+"}, "2023-05-12"},
	}
	for _, c := range cases {
		a := article(c.lines...)
		if a.Title != qaHeadline {
			t.Errorf("%s: title %q, want the headline", c.name, a.Title)
		}
		if a.Date != c.date {
			t.Errorf("%s: date %q, want %q", c.name, a.Date, c.date)
		}
		for _, p := range a.Body {
			if p == qaHeadline || p == c.lines[0] {
				t.Errorf("%s: header line %q left in the body", c.name, p)
			}
		}
	}
}

// TestShortHeadlines: a short headline is still the headline when article
// text follows it.
func TestShortHeadlines(t *testing.T) {
	cases := []struct {
		lines []string
		title string
	}{
		{[]string{"Tăng lương tối thiểu vùng", "12/05/2023 08:30", qaLead, qaPara}, "Tăng lương tối thiểu vùng"},
		{[]string{"Xã hội", "Tăng lương tối thiểu vùng", qaLead, qaPara}, "Tăng lương tối thiểu vùng"},
		{[]string{"Tiêu đề", "Tiêu đề bài viết", "Nội dung"}, "Tiêu đề"},
		{[]string{"Xã hội", "Công nhân mất việc: làm gì để vượt qua…", qaLead, qaPara}, "Công nhân mất việc: làm gì để vượt qua…"},
		{[]string{"Xã hội", "Vì sao công nhân bỏ việc?", "12/05/2023 08:30", qaLead}, "Vì sao công nhân bỏ việc?"},
	}
	for _, c := range cases {
		if a := article(c.lines...); a.Title != c.title {
			t.Errorf("%q: title %q, want %q", c.lines, a.Title, c.title)
		}
	}
}

// TestOutletLineUnderHeadline: a line naming the outlet under the headline
// is the source, never the author.
func TestOutletLineUnderHeadline(t *testing.T) {
	a := article(qaHeadline, "2023-05-12T08:30:00+07:00", "Thanh Niên", qaLead, qaPara, "Thùy Linh")
	if a.Source != "Thanh Niên" || a.Author != "Thùy Linh" {
		t.Errorf("source %q author %q, want Thanh Niên / Thùy Linh", a.Source, a.Author)
	}
	if a.Body[0] != qaLead {
		t.Errorf("body[0] %q, want the lead", a.Body[0])
	}
}

// TestClosingLines: bylines, outlet lines and site chrome at the end of an
// article, in the styles of several outlets.
func TestClosingLines(t *testing.T) {
	cases := []struct {
		name           string
		tail           []string
		author, source string
		url            string
	}{
		{"VnExpress: name, share, comments, related, URL", []string{"Hồng Chiêu", "Chia sẻ", "Facebook", "Twitter", "Sao chép liên kết", "Ý kiến (12)",
			"Hãy là người đầu tiên bình luận", "Tin cùng chuyên mục", "Lương tối thiểu vùng tăng 6% từ 1/7/2024",
			"https://vnexpress.net/cong-nhan-duoc-de-xuat-4604012.html"}, "Hồng Chiêu", "VnExpress", "https://vnexpress.net/cong-nhan-duoc-de-xuat-4604012.html"},
		{"Thanh Niên: name, comment counter", []string{"Thùy Linh", "Bình luận (0)", "Gửi bình luận", "Bài viết liên quan", "Tăng phụ cấp nghề cho y tế dự phòng từ 2024"}, "Thùy Linh", "", ""},
		{"Dân trí: reactions, share, Nguồn URL after related", []string{"Minh Quân", "Bạn cảm thấy bài viết này thế nào?", "Chia sẻ bài viết", "Tin cùng chuyên mục",
			"EVN tăng giá điện 3% từ ngày 4/5/2023", "Nguồn: https://dantri.com.vn/lao-dong-viec-lam/mai-am-20230513071500123.htm"},
			"Minh Quân", "Dân Trí", "https://dantri.com.vn/lao-dong-viec-lam/mai-am-20230513071500123.htm"},
		{"provincial CMS: photo credit, print, send", []string{"Hoàng Quý", "Ảnh: Thu Chung", "Lượt xem: 532", "In bài viết", "Gửi bài viết", "Các tin khác", "Công đoàn TKV trao 200 suất học bổng năm 2022"}, "Hoàng Quý", "", ""},
		{"Nhân Dân: capitals, label alone, outlet", []string{"ĐỨC THỊNH", "Bài và ảnh", "Nhân Dân", "Bài viết liên quan", "Tổng LĐLĐ Việt Nam tổng kết năm 2022",
			"https://nhandan.vn/doan-chu-tich-post752345.html"}, "Đức Thịnh", "Nhân Dân", "https://nhandan.vn/doan-chu-tich-post752345.html"},
		{"outlet name under the byline", []string{"Lê Hùng", "Báo Bà Rịa - Vũng Tàu", "https://baobariavungtau.com.vn/xa-hoi/202507/ldld-1045678/", "Bình luận", "Chia sẻ:"},
			"Lê Hùng", "Báo Bà Rịa - Vũng Tàu", "https://baobariavungtau.com.vn/xa-hoi/202507/ldld-1045678/"},
		{"initials, Theo Báo X, print/email, old news", []string{"Q.Thắng", "Theo Báo Lao Động", "In", "Gửi email", "Các tin đã đưa", "Công đoàn KCN Đồng Nai tổ chức Tết Sum vầy 2023 (20/01/2023)"}, "Q.Thắng", "Lao Động", ""},
		{"Tiền Phong: name, hashtags", []string{"Nguyễn Hoàn", "#Tổng LĐLĐ #giảm giờ làm #công nhân", "Cùng chuyên mục", "Công nhân mong giảm giờ làm (11/05/2023)"}, "Nguyễn Hoàn", "", ""},
		{"Tin, ảnh", []string{"Tin, ảnh: Hồng Nhung"}, "Hồng Nhung", "", ""},
		{"related links given as URLs", []string{"Thu Hà", "Tin liên quan", "https://x.vn/bai-1.html", "https://x.vn/bai-2.html"}, "Thu Hà", "", ""},
		{"Bài, ảnh", []string{"Bài, ảnh: Thanh Tùng", "Tin mới nhất", "Công nhân Bình Dương được hỗ trợ tiền thuê trọ 2022"}, "Thanh Tùng", "", ""},
		{"Bài và ảnh with photo", []string{"Bài: Thu Hà - Ảnh: Ngọc Thành"}, "Thu Hà", "", ""},
		{"regional desk", []string{"Quốc Huy/VOV-Tây Nguyên"}, "Quốc Huy", "VOV", ""},
		{"bare domain", []string{"Baonghean.vn"}, "", "Báo Nghệ An", ""},
		{"Nam Định name that folds like Báo", []string{"BẢO ANH", "Chia sẻ"}, "Bảo Anh", "", ""},
		{"VietnamPlus desk", []string{"Minh Anh (TTXVN/Vietnam+)"}, "Minh Anh", "TTXVN", ""},
		{"follow invitation", []string{"Ngọc Hiếu", "Theo dõi Báo Dân trí trên Google News"}, "Ngọc Hiếu", "", ""},
		{"same-topic block", []string{"Thu Hà", "Bài viết cùng chủ đề", "Công nhân mong giảm giờ làm"}, "Thu Hà", "", ""},
		{"share row and read-on", []string{"Hồng Nhung", "Zalo", "Facebook", "In bài", "Đọc tiếp", "Công nhân mong giảm giờ làm"}, "Hồng Nhung", "", ""},
		{"name | outlet", []string{"Thảo Nguyên | Báo Tin tức"}, "Thảo Nguyên", "Báo Tin tức", ""},
		{"agency alone", []string{"(TTXVN/Vietnam+)", "Tags: công đoàn"}, "", "TTXVN", ""},
		{"agency after byline", []string{"Minh Anh", "(Vietnam+)"}, "Minh Anh", "VietnamPlus", ""},
		{"byline with e-mail", []string{"Thùy Linh thuylinh@thanhnien.vn", "Bình luận (0)"}, "Thùy Linh", "", ""},
		{"editor credit", []string{"Tác giả: Thu Hà", "Biên tập: Minh Anh"}, "Thu Hà", "", ""},
	}
	for _, c := range cases {
		lines := append([]string{qaHeadline, "12/05/2023 08:30", qaLead, qaPara}, c.tail...)
		a := article(lines...)
		if a.Author != c.author || a.Source != c.source || a.URL != c.url {
			t.Errorf("%s: author %q source %q url %q, want %q %q %q", c.name, a.Author, a.Source, a.URL, c.author, c.source, c.url)
		}
		if len(a.Body) != 2 || a.Body[1] != qaPara {
			t.Errorf("%s: body %q, want the two paragraphs only", c.name, a.Body)
		}
	}
}

// TestLeadMarkers: outlet markers opening the lead give the outlet and
// leave the lead.
func TestLeadMarkers(t *testing.T) {
	for marker, outlet := range map[string]string{"TTO - ": "Tuổi Trẻ", "TPO - ": "Tiền Phong", "(Dân trí) - ": "Dân Trí",
		"VOV.VN - ": "VOV", "(NLĐO) - ": "Người Lao Động", "(LĐ) - ": "Lao Động", "(Chinhphu.vn) - ": "Báo Chính phủ"} {
		a := article(qaHeadline, "12/05/2023 08:30", marker+qaLead, qaPara)
		if a.Source != outlet || a.Body[0] != qaLead {
			t.Errorf("%q: source %q, lead %q; want %q and the lead without marker", marker, a.Source, a.Body[0], outlet)
		}
	}
}

// TestMidArticleBox: a related-links box inside the article removes only
// the box; the same heading near the end still cuts everything after it.
func TestMidArticleBox(t *testing.T) {
	para2 := "Tại ngày hội, Chủ tịch Công đoàn Dệt May Việt Nam cho biết năm 2023 ngành dệt may có hơn 100.000 lao động bị giảm giờ làm, công đoàn các cấp đã hỗ trợ 5.000 suất quà."
	para3 := "Ngày hội có các hoạt động: thi nấu ăn, kéo co, văn nghệ và tư vấn pháp luật miễn phí cho công nhân."
	for _, heading := range []string{"Tin liên quan", "Bài liên quan", "Đọc thêm", "Xem thêm", "TIN LIÊN QUAN", "Bài viết liên quan"} {
		a := article(qaHeadline, "12/05/2023 08:30", qaLead, qaPara, heading,
			"Công đoàn Dệt May Việt Nam trao quà Tết 2023", "Công nhân dệt may giảm giờ làm",
			para2, para3, "Phương Anh")
		want := []string{qaLead, qaPara, para2, para3}
		if strings.Join(a.Body, "|") != strings.Join(want, "|") || a.Author != "Phương Anh" {
			t.Errorf("%s in the middle: body %q author %q", heading, a.Body, a.Author)
		}
		// At the end: headlines only, then nothing article-like.
		a = article(qaHeadline, "12/05/2023 08:30", qaLead, qaPara, "Phương Anh", heading,
			"Công đoàn Dệt May Việt Nam trao quà Tết 2023", "Công nhân dệt may giảm giờ làm (11/05/2023)", "Phiên bản di động")
		if strings.Join(a.Body, "|") != qaLead+"|"+qaPara || a.Author != "Phương Anh" {
			t.Errorf("%s at the end: body %q author %q", heading, a.Body, a.Author)
		}
	}
	// A closing list of headlines with their summaries still ends the article.
	sapo := "Sáng 11/5, Công đoàn Dệt May Việt Nam trao 500 suất quà cho công nhân có hoàn cảnh khó khăn tại Nam Định."
	a := article(qaHeadline, "12/05/2023 08:30", qaLead, qaPara, "Phương Anh", "Xem thêm",
		"Công đoàn Dệt May trao quà", sapo, "Công nhân dệt may giảm giờ làm", sapo, "Công nhân được tăng lương", sapo)
	if strings.Join(a.Body, "|") != qaLead+"|"+qaPara || a.Author != "Phương Anh" {
		t.Errorf("headline + summary list: body %q author %q", a.Body, a.Author)
	}
	// Inline linked headlines.
	a = article(qaHeadline, "12/05/2023 08:30", qaLead, "Xem thêm: Công nhân cao su được tăng lương từ 1/7", qaPara,
		">> Công nhân cao su đón Tết 2023 ấm áp", para3)
	if strings.Join(a.Body, "|") != qaLead+"|"+qaPara+"|"+para3 {
		t.Errorf("inline related links kept: %q", a.Body)
	}
}

// TestAMPMAndUpdatedStamps: AM/PM alone does not make a date month first;
// a line with a published and an updated stamp gives the published one.
func TestAMPMAndUpdatedStamps(t *testing.T) {
	cases := []struct{ line, date, time string }{
		{"Thứ Tư, 10/5/2023 8:00 AM", "2023-05-10", "08:00"}, // the weekday proves day first
		{"10/05/2023 08:00 AM", "2023-05-10", "08:00"},
		{"Thứ tư, 10/05/2023, 08:00 AM (GMT+7)", "2023-05-10", "08:00"},
		{"Thứ 6, 12/5/2023 | 8:30 SA", "2023-05-12", "08:30"}, // SA = sáng
		{"12/5/2023 2:30 CH", "2023-05-12", "14:30"},          // CH = chiều
		{"05:30 PM 12/05/2023", "2023-05-12", "17:30"},        // time first
		{"Ngày phát hành: 9/29/2020 8:00:56 AM", "2020-09-29", "08:00:56"},
		{"Ngày phát hành: 12/11/2018 8:00:56 AM", "2018-12-11", "08:00:56"}, // .NET US timestamp: nothing padded
		{"Thứ Tư, 5/10/2023 8:00 AM", "2023-05-10", "08:00"},                // the weekday agrees with month first only
		{"Thứ Năm, 5/10/2023 8:00 AM", "2023-10-05", "08:00"},               // and here with day first
		{"Ngày đăng: 10/05/2023 08:00 - Cập nhật: 12/05/2023 16:45", "2023-05-10", "08:00"},
		{"10/05/2023 08:00 (cập nhật 12/05/2023 16:45)", "2023-05-10", "08:00"},
		{"Đăng lúc: 08:00 - 10/05/2023 | Cập nhật: 16:45 - 12/05/2023", "2023-05-10", "08:00"},
		{"Xuất bản: 10/05/2023 08:00 | Cập nhật: 12/05/2023 16:45", "2023-05-10", "08:00"},
		{"T4, 10/05/2023 08:00", "2023-05-10", "08:00"},
		{"10 tháng 5, 2023 | 08:00", "2023-05-10", "08:00"},
		{"Thứ Tư, 10 tháng 5 năm 2023 08:00", "2023-05-10", "08:00"},
		{"Thứ Tư, 10/05/2023 08:00 | Theo dõi Báo Dân trí trên Google News", "2023-05-10", "08:00"},
	}
	for _, c := range cases {
		a := article(qaHeadline, c.line, qaLead, qaPara)
		if a.Date != c.date || a.Time != c.time {
			t.Errorf("%q: %s %s, want %s %s", c.line, a.Date, a.Time, c.date, c.time)
		}
		if a.Body[0] != qaLead {
			t.Errorf("%q: left in the body (%q)", c.line, a.Body[0])
		}
	}
	for _, l := range []string{"Hệ thống được cập nhật 12/05/2023", "10/05/2023 08:00 cập nhật tin tức mới"} {
		if d, ok := parseDateLine(l); ok {
			t.Errorf("%q parsed as a date line: %v", l, d)
		}
	}
}

// TestYearInferenceBounds: years that bound a period or set a target do
// not date the news, and no year after the current one is inferred.
func TestYearInferenceBounds(t *testing.T) {
	lead := "Ngày 12/5, Liên đoàn Lao động tỉnh Nghệ An trao 100 Mái ấm Công đoàn cho đoàn viên khó khăn."
	cases := []struct {
		name, text, date string
	}{
		{"since", "Từ năm 2019 đến nay, LĐLĐ tỉnh đã hỗ trợ xây dựng 1.200 căn nhà.", ""},
		{"since, then plan", "Từ năm 2019 đến nay, LĐLĐ tỉnh đã hỗ trợ 1.200 căn nhà. Kế hoạch năm 2023 là 300 căn.", "2023-05-12"},
		{"target and term", "Chỉ tiêu đến năm 2030 là 5.000 căn; nhiệm kỳ 2023 - 2028.", "2023-05-12"},
		{"before", "Trước năm 2020, tỉnh chỉ có 10 mái ấm; năm 2024 có thêm 100 căn.", "2024-05-12"},
		{"year 2019 up to now", "Năm 2019 đến nay, tỉnh đã xây 1.200 căn.", ""},
		{"future only", "Năm 2099 tỉnh sẽ có 10.000 căn nhà.", ""},
	}
	for _, c := range cases {
		a := article("Liên đoàn Lao động tỉnh Nghệ An trao 100 Mái ấm Công đoàn", lead, c.text)
		if a.Date != c.date {
			t.Errorf("%s: date %q (%s), want %q", c.name, a.Date, a.Prec, c.date)
		}
	}
}

// TestJSONLFeedShapes: keys in any case, feed and compact dates, author
// objects, description as body, and clear messages for wrong types.
func TestJSONLFeedShapes(t *testing.T) {
	cases := []struct {
		line                string
		title, date, author string
		body, warn, skipWhy string
	}{
		{line: `{"Title": "Công đoàn Giáo dục họp", "Date": "2023-05-12", "URL": "https://x.vn/c", "Content": "Công đoàn Giáo dục Việt Nam tổ chức hội nghị."}`,
			title: "Công đoàn Giáo dục họp", date: "2023-05-12", body: "Công đoàn Giáo dục Việt Nam tổ chức hội nghị."},
		{line: `{"title": "RSS", "pubDate": "Fri, 12 May 2023 08:30:00 +0700", "description": "LĐLĐ TP.HCM tổ chức hội nghị."}`,
			title: "RSS", date: "2023-05-12", body: "LĐLĐ TP.HCM tổ chức hội nghị."},
		{line: `{"title": "Compact", "date": "20230512", "content": "Nội dung bài."}`, title: "Compact", date: "2023-05-12", body: "Nội dung bài."},
		{line: `{"title": "Authors", "datePublished": "2023-05-12T01:30:00Z", "authors": [{"name": "Thu Hà"}, {"name": "Minh Anh"}], "article": "Nội dung bài."}`,
			title: "Authors", date: "2023-05-12", author: "Thu Hà - Minh Anh", body: "Nội dung bài."},
		{line: `{"title": "Mongo", "date": {"$date": "2023-05-12"}, "content": "Nội dung bài."}`, title: "Mongo", date: "2023-05-12", body: "Nội dung bài."},
		{line: `{"title": "Số", "author": 7, "content": "Nội dung bài."}`, title: "Số", body: "Nội dung bài.", warn: `field "author" is a number, not text`},
		{line: `{"title": 5, "content": 3}`, skipWhy: `field "title" is a number, not text`},
	}
	for _, c := range cases {
		a, _, why := parseJSONLine("f.jsonl:1", []byte(c.line), skipOrgs)
		if c.skipWhy != "" {
			if !strings.Contains(why, c.skipWhy) {
				t.Errorf("%s: skip message %q, want it to say %q", c.line, why, c.skipWhy)
			}
			continue
		}
		if why != "" {
			t.Errorf("%s: skipped: %s", c.line, why)
			continue
		}
		ws := strings.Join(a.Warnings, "; ")
		if a.Title != c.title || a.Date.DayString() != c.date || a.Author != c.author || strings.Join(a.Body, "|") != c.body {
			t.Errorf("%s: got %q %q %q %q", c.line, a.Title, a.Date.DayString(), a.Author, a.Body)
		}
		if c.date != "" && strings.Contains(ws, "no publication date") {
			t.Errorf("%s: false warning %q", c.line, ws)
		}
		if c.warn != "" && !strings.Contains(ws, c.warn) {
			t.Errorf("%s: warnings %q lack %q", c.line, ws, c.warn)
		}
	}
}

// TestZeroWidthSpace: a zero-width space between two words becomes a
// space; inside one syllable it just goes.
func TestZeroWidthSpace(t *testing.T) {
	cases := map[string]string{
		"và\u200bzero width":          "và zero width",
		"công\u200bnhân":              "công nhân",
		"Côn\u200bg đoàn":             "Công đoàn",
		"ngư\u200bời lao động":        "người lao động",
		"\u200bCông đoàn\u200b":       "Công đoàn",
		"Công đoàn \u200bViệt Nam":    "Công đoàn Việt Nam",
		"https://a.vn/\u200bbai-viet": "https://a.vn/bai-viet",
	}
	for in, want := range cases {
		if got := CleanString(in); got != want {
			t.Errorf("CleanString(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestHeaderEdgeCases: a byline under a short headline is not the title;
// a site's imprint after closing related links does not resume the body.
func TestHeaderEdgeCases(t *testing.T) {
	a := article("Tăng lương tối thiểu 6%", "Thu Hà", qaLead, qaPara)
	if a.Title != "Tăng lương tối thiểu 6%" || a.Author != "Thu Hà" {
		t.Errorf("short headline + byline: title %q author %q", a.Title, a.Author)
	}
	a = article("Xã hội", "Tăng lương tối thiểu 6%", "Thu Hà", qaLead, qaPara)
	if a.Title != "Tăng lương tối thiểu 6%" || a.Author != "Thu Hà" {
		t.Errorf("section + short headline + byline: title %q author %q", a.Title, a.Author)
	}
	a = article(qaHeadline, "12/05/2023 08:30", qaLead, qaPara, "Thu Hà", "Tin liên quan", "Công nhân dệt may giảm giờ làm",
		"Giấy phép số 123/GP-BTTTT do Bộ Thông tin và Truyền thông cấp; Tổng biên tập: Nguyễn Văn A; ghi rõ nguồn khi phát hành lại thông tin.")
	if len(a.Body) != 2 || a.Author != "Thu Hà" {
		t.Errorf("imprint after related links: body %q author %q", a.Body, a.Author)
	}
	a = article(qaHeadline, "12/05/2023 08:30", qaLead, "#1 trong các kiến nghị là tăng lương tối thiểu cho công nhân", qaPara)
	if len(a.Body) != 3 {
		t.Errorf("a line opening with #1 is text: body %q", a.Body)
	}
}

// TestAgencyLeads: news-agency datelines, dates in words, more markers.
func TestAgencyLeads(t *testing.T) {
	title := "LĐLĐ tỉnh Nghệ An tổ chức hội nghị tổng kết công tác năm 2023"
	cases := []struct{ lead, date, prec, source string }{
		{"Hà Nội - Sáng 12/5/2023, LĐLĐ tỉnh tổ chức hội nghị.", "2023-05-12", "day", ""},
		{"Hà Nội, 12/5/2023 (TTXVN) - LĐLĐ tỉnh tổ chức hội nghị năm 2023.", "2023-05-12", "day", "TTXVN"},
		{"Hà Nội (TTXVN/Vietnam+) - Sáng 12/5, LĐLĐ tỉnh tổ chức hội nghị năm 2023.", "2023-05-12", "inferred", "TTXVN"},
		{"Ngày 12 tháng 5, LĐLĐ tỉnh tổ chức hội nghị năm 2023.", "2023-05-12", "inferred", ""},
		{"Sáng 12 tháng 5 năm 2023, LĐLĐ tỉnh tổ chức hội nghị.", "2023-05-12", "day", ""},
		{"Vietnamnet - Sáng 12/5, LĐLĐ tỉnh tổ chức hội nghị năm 2023.", "2023-05-12", "inferred", "VietNamNet"},
		{"Bà Lan (CĐCS) - Chủ tịch công đoàn, cho biết năm 2023 có 300 đoàn viên.", "", "unknown", ""},
	}
	for _, c := range cases {
		a := article(title, c.lead, qaPara)
		if a.Date != c.date || a.Prec != c.prec || a.Source != c.source {
			t.Errorf("%q: %s %s source %q, want %s %s %q", c.lead, a.Date, a.Prec, a.Source, c.date, c.prec, c.source)
		}
	}
}

// TestMastheadAboveHeadline: a site name among the menu lines names the
// outlet; a section that shares an outlet's name does not.
func TestMastheadAboveHeadline(t *testing.T) {
	cases := []struct{ top, source string }{
		{"VOV.VN", "VOV"},
		{"Baonghean.vn", "Báo Nghệ An"},
		{"Báo Bà Rịa - Vũng Tàu", "Báo Bà Rịa - Vũng Tàu"},
		{"Lao động", ""},
		{"Thanh niên", ""},
	}
	for _, c := range cases {
		a := article(c.top, "Xã hội", qaHeadline, "12/05/2023 08:30", qaLead, qaPara)
		if a.Title != qaHeadline || a.Source != c.source {
			t.Errorf("%q above the headline: title %q source %q, want source %q", c.top, a.Title, a.Source, c.source)
		}
	}
}
