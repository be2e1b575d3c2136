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
