package data

import (
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

func TestDateLines(t *testing.T) {
	tests := []struct {
		line, day, time string
		prec            model.Precision
	}{
		{"Ngày phát hành: 9/29/2020 8:00:56 AM", "2020-09-29", "08:00:56", model.PrecisionExact},
		{"Ngày phát hành: 9/2/2020 8:00:56 PM", "2020-09-02", "20:00:56", model.PrecisionExact}, // AM/PM: month first
		{"10/3/2021 12:15:00 AM", "2021-10-03", "00:15:00", model.PrecisionExact},
		{"10/3/2021 12:15 PM", "2021-10-03", "12:15", model.PrecisionExact},
		{"Chủ nhật, 06.11.2022 | 09:20:19", "2022-11-06", "09:20:19", model.PrecisionExact},
		{"15/04/2021 21:04", "2021-04-15", "21:04", model.PrecisionExact},
		{"04/15/2021 21:04", "2021-04-15", "21:04", model.PrecisionExact}, // second number > 12: month first
		{"Thứ hai, 06/11/2022 09:20 (GMT+7)", "2022-11-06", "09:20", model.PrecisionExact},
		{"Thứ Hai, 6/11/2023, 09:20 (GMT+7)", "2023-11-06", "09:20", model.PrecisionExact},
		{"Thứ 2, 06/11/2023 - 09:20", "2023-11-06", "09:20", model.PrecisionExact},
		{"06/11/2022", "2022-11-06", "", model.PrecisionDay},
		{"6-11-2022", "2022-11-06", "", model.PrecisionDay},
		{"2022-11-06", "2022-11-06", "", model.PrecisionDay},
		{"2022/11/06 07:05", "2022-11-06", "07:05", model.PrecisionExact},
		{"2022-11-06T09:20:00+07:00", "2022-11-06", "09:20:00", model.PrecisionExact},
		{"2022-11-06T02:20:00Z", "2022-11-06", "09:20:00", model.PrecisionExact},          // UTC → Vietnam time
		{"2022-11-05T20:30:00-05:00", "2022-11-06", "08:30:00", model.PrecisionExact},     // crosses midnight
		{"2022-11-06T09:20:00.123+07:00", "2022-11-06", "09:20:00", model.PrecisionExact}, // fractional seconds
		{"Cập nhật: 09:20 ngày 06/11/2022", "2022-11-06", "09:20", model.PrecisionExact},  // time first
		{"Đăng lúc 9h20 ngày 6/11/2022", "2022-11-06", "09:20", model.PrecisionExact},     // 9h20
		{"Ngày 6 tháng 11 năm 2022", "2022-11-06", "", model.PrecisionDay},                // words
		{"Thứ năm, 09/11/2023 (GMT+7)", "2023-11-09", "", model.PrecisionDay},             // weekday agrees day-first
		{"Thứ hai, 11/06/2023", "2023-11-06", "", model.PrecisionDay},                     // only month first falls on a Monday
		{"Published: 2024-03-01 10:00", "2024-03-01", "10:00", model.PrecisionExact},
		{"06.11.22 09:20", "2022-11-06", "09:20", model.PrecisionExact},
	}
	for _, tt := range tests {
		d, ok := parseDateLine(tt.line)
		if !ok {
			t.Errorf("%q: not recognised as a date line", tt.line)
			continue
		}
		if d.DayString() != tt.day || d.TimeString() != tt.time || d.Precision != tt.prec {
			t.Errorf("%q = %s %s %s, want %s %s %s", tt.line, d.DayString(), d.TimeString(), d.Precision, tt.day, tt.time, tt.prec)
		}
	}
}

func TestNotDateLines(t *testing.T) {
	for _, l := range []string{
		"381 lượt xem",
		"Chiều 7/11, Công đoàn CAND và Công đoàn Dầu khí Việt Nam đã phối hợp tổ chức",
		"Nghị quyết số 02-NQ/TW ngày 12/6/2021",
		"31/02/2022",       // no such day
		"06/11/2022 25:10", // no such hour
		"Giai đoạn 2018 - 2023",
		"1/2/3",
		"M",
		"Tỷ giá USD hôm nay (26/12): Giá USD thị trường tự do tiếp tục tăng",
		"41/41 (100%)",
	} {
		if d, ok := parseDateLine(l); ok {
			t.Errorf("%q taken for a date line: %s", l, d.DayString())
		}
	}
}

func TestLeadDates(t *testing.T) {
	year := "Kế hoạch năm 2024 của đơn vị được triển khai."
	tests := []struct {
		lead, extra, day string
		prec             model.Precision
	}{
		{"Chiều 7/11, Công đoàn CAND tổ chức giao lưu.", year, "2024-11-07", model.PrecisionInferred},
		{"Chiều nay (8/9), tại Hà Nội, hai đơn vị ký kết.", year, "2024-09-08", model.PrecisionInferred},
		{"Sáng 12/3/2021, LĐLĐ tỉnh tổ chức hội nghị.", year, "2021-03-12", model.PrecisionDay},
		{"(LĐTĐ) Ngày 4/11, đoàn công tác làm việc tại tỉnh.", year, "2024-11-04", model.PrecisionInferred},
		{"(NLĐO) - Sáng 5/5, hội nghị khai mạc.", year, "2024-05-05", model.PrecisionInferred},
		{"HÀ NỘI - Tối 20/10, lễ trao giải diễn ra.", year, "2024-10-20", model.PrecisionInferred},
		{"Hôm qua (7/11), hai đơn vị ký kết.", year, "2024-11-08", model.PrecisionInferred}, // "qua": published the day after
		{"TTO - Ngày 22-1, những chuyến xe công đoàn đầu tiên lăn bánh.", year, "2024-01-22", model.PrecisionInferred},
		{"Sáng ngày 27.4, chủ tịch công đoàn tập trung về LĐLĐ huyện.", year, "2024-04-27", model.PrecisionInferred},
		// Weekday picks the year among those the text names: 8/9 was a
		// Monday in 2025, not in 2024.
		{"Sáng thứ Hai (8/9), hội nghị khai mạc.", "Năm 2024 và năm 2025 là hai năm bản lề.", "2025-09-08", model.PrecisionInferred},
		// A full date later in the text with the same day and month settles the year.
		{"Chiều 7/11, hội nghị diễn ra.", "Văn bản ký ngày 7/11/2019 có hiệu lực. Kế hoạch năm 2024.", "2019-11-07", model.PrecisionInferred},
		// No year anywhere: unknown, not invented.
		{"Chiều 7/11, hội nghị diễn ra.", "Hội nghị thành công tốt đẹp.", "", model.PrecisionUnknown},
		// Not a lead date: a date inside the sentence.
		{"Chương trình phối hợp số 19 ngày 2/7/2021 được ký.", "", "", model.PrecisionUnknown},
	}
	for _, tt := range tests {
		raw := "Tiêu đề bài viết về công đoàn\n\n" + tt.lead + "\n\n" + tt.extra + "\n"
		a := Parse("t.txt", []byte(raw), nil)
		if a.Date.DayString() != tt.day || precisionOf(a.Date) != tt.prec {
			t.Errorf("%q: date %q %s, want %q %s", tt.lead, a.Date.DayString(), a.Date.Precision, tt.day, tt.prec)
		}
	}
}

func precisionOf(d model.Date) model.Precision {
	if !d.Known() {
		return model.PrecisionUnknown
	}
	return d.Precision
}

func TestURLDates(t *testing.T) {
	// No year in the text: the dated URL gives it.
	a := Parse("u.txt", []byte("Tiêu đề về công đoàn ngành\n\nChiều 7/11, hội nghị diễn ra.\n\nhttps://example.vn/2024/11/08/hoi-nghi.html\n"), nil)
	if a.Date.DayString() != "2024-11-07" || a.Date.Precision != model.PrecisionInferred {
		t.Errorf("lead date with dated URL: %s %s", a.Date.DayString(), a.Date.Precision)
	}
	// No date in the text at all: the URL's day, with a warning.
	a = Parse("u.txt", []byte("Tiêu đề về công đoàn ngành\n\nHội nghị diễn ra.\n\nhttps://example.vn/tin/2023/01/31/hoi-nghi\n"), nil)
	if a.Date.DayString() != "2023-01-31" || a.Date.Precision != model.PrecisionDay || !strings.Contains(strings.Join(a.Warnings, ";"), "URL") {
		t.Errorf("dated URL only: %s %s %v", a.Date.DayString(), a.Date.Precision, a.Warnings)
	}
	// A URL month far from the lead's month says nothing about its year.
	a = Parse("u.txt", []byte("Tiêu đề về công đoàn ngành\n\nChiều 7/11, hội nghị diễn ra.\n\nhttps://example.vn/2024/05/08/x.html\n"), nil)
	if a.Date.Known() {
		t.Errorf("URL of another month used: %s", a.Date.DayString())
	}
	for _, u := range []string{"https://cand.com.vn/hoat-dong/cong-doan-i749640/", "https://x.vn/2024/13/01/a", "https://x.vn/12345/11/a"} {
		if y, m, d, ok := urlDate(u); ok {
			t.Errorf("%s: date %d-%d-%d", u, y, m, d)
		}
	}
}

func TestYearInference(t *testing.T) {
	tests := []struct {
		name  string
		texts []string
		want  int
	}{
		{"năm beats old years", []string{"Công đoàn Dầu khí (1991) và Công đoàn CAND (1993) trong CAND năm 2024"}, 2024},
		{"terms: the shared end", []string{"giai đoạn 2018 - 2023 kết thúc", "giai đoạn 2018 – 2023", "ký giai đoạn 2023 - 2028", "giai đoạn 2023-2028", "Giai đoạn 2023 - 2028 là", "Nghị quyết ngày 12/6/2021"}, 2023},
		{"explicit year inside a term", []string{"nhiệm kỳ 2020 - 2025", "nhiệm kỳ 2020 - 2025", "kế hoạch năm 2023"}, 2023},
		{"target year counts less", []string{"phấn đấu đến năm 2030", "kết quả năm 2024", "năm 2024"}, 2024},
	}
	for _, tt := range []struct {
		month, want int
	}{{1, 2025}, {2, 2025}, {12, 2024}, {11, 2024}} {
		texts := []string{"Hội nghị tổng kết công tác công đoàn năm 2024, triển khai nhiệm vụ năm 2025."}
		if y, _ := inferYear(texts, leadDate{day: 10, month: tt.month, weekday: -1}); y != tt.want {
			t.Errorf("year review on 10/%d: got %d, want %d", tt.month, y, tt.want)
		}
	}
	for _, tt := range tests {
		y, ok := inferYear(tt.texts, leadDate{day: 7, month: 11, weekday: -1})
		if !ok || y != tt.want {
			t.Errorf("%s: got %d (%v), want %d", tt.name, y, ok, tt.want)
		}
	}
}

// Articles shaped like other outlets' pages.
func TestOtherOutletShapes(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		w    want
	}{
		{
			name: "VnExpress style: weekday date line with GMT+7, caps byline",
			raw: "Công nhân khu công nghiệp được hỗ trợ tiền thuê nhà\n\n" +
				"Thứ hai, 6/11/2023, 09:20 (GMT+7)\n\n" +
				"HÀ NỘI - Liên đoàn Lao động thành phố Hà Nội hỗ trợ 500 công nhân thuê trọ.\n\n" +
				"Công nhân nhận tiền hỗ trợ tại trụ sở. Ảnh: Ngọc Thành\n\n" +
				"Theo ông Nguyễn Văn A, chương trình sẽ tiếp tục trong năm 2024.\n\n" +
				"NGỌC THÀNH\n",
			w: want{title: "Công nhân khu công nghiệp được hỗ trợ tiền thuê nhà", date: "2023-11-06", time: "09:20",
				prec: model.PrecisionExact, author: "Ngọc Thành",
				kept: []string{"HÀ NỘI - Liên đoàn", "Công nhân nhận tiền hỗ trợ tại trụ sở. Ảnh: Ngọc Thành", "Theo ông Nguyễn Văn A"}},
		},
		{
			name: "Người Lao Động style: marker, Theo line",
			raw: "Công đoàn ngành Giáo dục trao quà cho giáo viên\n\n" +
				"Thứ ba, 07/11/2023 10:15 (GMT+7)\n\n" +
				"(NLĐO) - Sáng 7/11, Công đoàn Giáo dục Việt Nam trao 200 suất quà.\n\n" +
				"Các giáo viên nhận quà.\n\n" +
				"Bài và ảnh: Hoàng Lan\n\n" +
				"Theo Người Lao Động\n",
			w: want{title: "Công đoàn ngành Giáo dục trao quà cho giáo viên", date: "2023-11-07", time: "10:15",
				prec: model.PrecisionExact, source: "Người Lao Động", author: "Hoàng Lan",
				gone: []string{"(NLĐO)", "Theo Người Lao Động", "Bài và ảnh"},
				kept: []string{"Sáng 7/11, Công đoàn Giáo dục Việt Nam"}},
		},
		{
			name: "ISO date, Tác giả and Nguồn: URL",
			raw: "LĐLĐ tỉnh Quảng Ninh tổ chức Tháng Công nhân\n" +
				"2024-05-02T08:30:00+07:00\n" +
				"Ngày 1/5, LĐLĐ tỉnh Quảng Ninh phát động Tháng Công nhân năm 2024.\n" +
				"Tác giả: Thu Hà\n" +
				"Nguồn: https://www.baoquangninh.vn/ldld-tinh-to-chuc-thang-cong-nhan-3300000.html\n",
			w: want{title: "LĐLĐ tỉnh Quảng Ninh tổ chức Tháng Công nhân", date: "2024-05-02", time: "08:30:00",
				prec: model.PrecisionExact, source: "Báo Quảng Ninh", author: "Thu Hà",
				url:  "https://www.baoquangninh.vn/ldld-tinh-to-chuc-thang-cong-nhan-3300000.html",
				gone: []string{"Tác giả", "Nguồn"}},
		},
		{
			name: "unknown outlet domain shown bare; (Theo TTXVN) after byline",
			raw: "Công đoàn Điện lực Việt Nam ra quân tháng an toàn\n\n" +
				"01/06/2023\n\n" +
				"Công đoàn Điện lực Việt Nam tổ chức lễ ra quân.\n\n" +
				"Minh Anh (Theo TTXVN)\n\n" +
				"https://tin.example-news.vn/cong-doan-dien-luc-ra-quan.html\n",
			w: want{title: "Công đoàn Điện lực Việt Nam ra quân tháng an toàn", date: "2023-06-01",
				prec: model.PrecisionDay, source: "TTXVN", author: "Minh Anh",
				url: "https://tin.example-news.vn/cong-doan-dien-luc-ra-quan.html"},
		},
		{
			name: "bare URL of an unknown site, breadcrumb and counters, tags line",
			raw: "Trang chủ > Công đoàn > Tin tức\n" +
				"Người lao động được tăng lương từ ngày 1/7\n" +
				"Lượt xem: 1.234\n" +
				"12/06/2024 07:00\n" +
				"Từ ngày 1/7/2024, lương tối thiểu vùng tăng 6%.\n" +
				"Chia sẻ\n" +
				"https://congdoanxyz.vn/tang-luong.html\n" +
				"Thẻ:\n" +
				"Tags: lương tối thiểu, người lao động\n" +
				"Tin mới nhất\n" +
				"Giá vàng hôm nay tăng mạnh\n",
			w: want{title: "Người lao động được tăng lương từ ngày 1/7", date: "2024-06-12", time: "07:00",
				prec: model.PrecisionExact, source: "congdoanxyz.vn", url: "https://congdoanxyz.vn/tang-luong.html",
				gone: []string{"Lượt xem", "Chia sẻ", "Tags", "Tin mới nhất", "Giá vàng", "Trang chủ"},
				kept: []string{"Từ ngày 1/7/2024, lương tối thiểu vùng tăng 6%."}},
		},
		{
			name: "Tuổi Trẻ style: section label, bare TTO marker, labelled link, byline with photo credit",
			raw: "Thời sự\n" +
				"Công nhân được hỗ trợ khám sức khỏe miễn phí\n" +
				"06/11/2023 09:20 GMT+7\n\n" +
				"TTO - Sáng 6/11, Liên đoàn Lao động TP.HCM tổ chức khám sức khỏe cho 1.000 công nhân.\n\n" +
				"Bài: Thu Hà - Ảnh: Ngọc Thành\n\n" +
				"Link bài gốc: https://tuoitre.vn/cong-nhan-duoc-ho-tro-2023110609.htm\n",
			w: want{title: "Công nhân được hỗ trợ khám sức khỏe miễn phí", date: "2023-11-06", time: "09:20",
				prec: model.PrecisionExact, source: "Tuổi Trẻ", author: "Thu Hà",
				url:  "https://tuoitre.vn/cong-nhan-duoc-ho-tro-2023110609.htm",
				gone: []string{"TTO", "Thời sự", "Link bài gốc", "Bài:"},
				kept: []string{"Sáng 6/11, Liên đoàn Lao động TP.HCM"}},
		},
		{
			name: "Nguồn bài viết: URL gives the site as outlet; NHÓM PV byline",
			raw: "Hội nghị người lao động năm 2024\n\n15/01/2024\n\nHội nghị diễn ra sáng nay.\n\nNHÓM PV\n\n" +
				"Nguồn bài viết: https://dantri.com.vn/lao-dong-viec-lam/hoi-nghi.htm\n",
			w: want{title: "Hội nghị người lao động năm 2024", date: "2024-01-15", prec: model.PrecisionDay,
				source: "Dân Trí", author: "Nhóm PV", url: "https://dantri.com.vn/lao-dong-viec-lam/hoi-nghi.htm"},
		},
		{
			name: "metadata line with segments: byline, date, counter",
			raw: "Đoàn viên được hỗ trợ vay vốn\n" +
				"Thu Hà | Thứ ba, 07/11/2023 08:05 | 1.234 lượt xem\n\n" +
				"Công đoàn ngành Xây dựng hỗ trợ 30 đoàn viên vay vốn.\n",
			w: want{title: "Đoàn viên được hỗ trợ vay vốn", date: "2023-11-07", time: "08:05",
				prec: model.PrecisionExact, author: "Thu Hà", gone: []string{"Thu Hà |"},
				kept: []string{"Công đoàn ngành Xây dựng hỗ trợ 30 đoàn viên vay vốn."}},
		},
		{
			name: "source and byline under the headline",
			raw: "Công đoàn Than - Khoáng sản Việt Nam tổng kết năm\n" +
				"Nguồn: Báo Quảng Ninh\n" +
				"Tác giả: Thanh Hằng\n" +
				"20/12/2023\n\n" +
				"Công đoàn TKV tổng kết hoạt động năm 2023.\n",
			w: want{title: "Công đoàn Than - Khoáng sản Việt Nam tổng kết năm", date: "2023-12-20", prec: model.PrecisionDay,
				source: "Báo Quảng Ninh", author: "Thanh Hằng", gone: []string{"Nguồn", "Tác giả"},
				kept: []string{"Công đoàn TKV tổng kết hoạt động năm 2023."}},
		},
		{
			name: "byline above the lead",
			raw: "Công đoàn Dệt May Việt Nam ký thỏa ước lao động tập thể ngành\n\n" +
				"Thứ tư, 08/11/2023 14:00 (GMT+7)\n\n" +
				"HOÀNG MẠNH\n\n" +
				"Sáng 8/11, Công đoàn Dệt May Việt Nam và Hiệp hội Dệt May Việt Nam ký kết thỏa ước lao động tập thể ngành lần thứ ba, áp dụng cho hơn 100 doanh nghiệp.\n\n" +
				"Thỏa ước có nhiều điểm mới có lợi cho người lao động.\n",
			w: want{title: "Công đoàn Dệt May Việt Nam ký thỏa ước lao động tập thể ngành", date: "2023-11-08", time: "14:00",
				prec: model.PrecisionExact, author: "Hoàng Mạnh", gone: []string{"HOÀNG MẠNH"},
				kept: []string{"Sáng 8/11, Công đoàn Dệt May", "Thỏa ước có nhiều điểm mới có lợi cho người lao động."}},
		},
		{
			name: "no date anywhere: unknown, with a warning",
			raw:  "Hội nghị người lao động\n\nHội nghị diễn ra thành công tốt đẹp.\n",
			w: want{title: "Hội nghị người lao động", prec: model.PrecisionUnknown,
				kept: []string{"Hội nghị diễn ra thành công tốt đẹp."}},
		},
		{
			name: "an ordinary last sentence is not a byline",
			raw:  "Tin ngắn về công đoàn\n\n06/11/2022\n\nHội nghị kết thúc.\n\nToàn cảnh hội nghị\n",
			w: want{title: "Tin ngắn về công đoàn", date: "2022-11-06", prec: model.PrecisionDay,
				kept: []string{"Toàn cảnh hội nghị"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Parse("x.txt", []byte(tt.raw), nil)
			if tt.w.prec == model.PrecisionUnknown {
				if a.Date.Known() {
					t.Errorf("date %s, want unknown", a.Date.DayString())
				}
				if !strings.Contains(strings.Join(a.Warnings, "; "), "no publication date") {
					t.Errorf("no warning about the missing date: %v", a.Warnings)
				}
				tt.w.prec = a.Date.Precision
			}
			checkArticle(t, a, tt.w)
		})
	}
}

func TestTitleOutletSuffix(t *testing.T) {
	tests := []struct{ in, title, outlet string }{
		{"Công đoàn ngành Y tế trao quà - Báo Lao Động điện tử", "Công đoàn ngành Y tế trao quà", "Lao Động"},
		{"Công nhân được hỗ trợ thuê nhà | VnExpress", "Công nhân được hỗ trợ thuê nhà", "VnExpress"},
		{"Hội nghị người lao động năm 2024 - baolangson.vn", "Hội nghị người lao động năm 2024", "Báo Lạng Sơn"},
		{"Giai đoạn 2018 - 2023", "Giai đoạn 2018 - 2023", ""},
		{"Bà Rịa - Vũng Tàu: công nhân nhận quà", "Bà Rịa - Vũng Tàu: công nhân nhận quà", ""},
		{"Công đoàn Than - Khoáng sản Việt Nam", "Công đoàn Than - Khoáng sản Việt Nam", ""},
	}
	for _, tt := range tests {
		title, outlet, _ := splitTitleOutlet(tt.in)
		if title != tt.title || outlet != tt.outlet {
			t.Errorf("%q = %q, %q; want %q, %q", tt.in, title, outlet, tt.title, tt.outlet)
		}
	}
	a := Parse("x.txt", []byte("Công đoàn ngành Y tế trao quà - Báo Lao Động điện tử\n\n06/11/2022\n\nNội dung.\n"), nil)
	if a.Title != "Công đoàn ngành Y tế trao quà" || a.Source != "Lao Động" {
		t.Errorf("title %q source %q", a.Title, a.Source)
	}
}

func TestTeasers(t *testing.T) {
	teasers := []string{
		"Nhiều mô hình hiệu quả trong thực hiện Chỉ thị 05-CT/TW Chú trọng nhiều hoạt động hướng về người lao động",
		"Triển khai nhiều hoạt động thiết thực vì người lao động Người lao động mong giảm giờ làm để có thêm thời gian chăm sóc gia đình BHXH tự nguyện: “Giá đỡ” an sinh giúp người lao động tự do có lương hưu",
		"Tăng cường kiểm tra an toàn lao động tại doanh nghiệp Hỗ trợ công nhân khó khăn dịp cuối năm",
		"Tăng lương tối thiểu vùng từ ngày 1/7/2026 BHXH tự nguyện: “Giá đỡ” an sinh giúp người lao động tự do có lương hưu",
	}
	notTeasers := []string{
		"Đồng chí Ngọ Duy Hiểu, Phó Chủ tịch Tổng LĐLĐ VN, Chủ tịch CĐVC VN phát biểu tại buổi làm việc",
		"Chủ tịch Công đoàn ngành Giáo dục Hà Nội phát biểu tại hội nghị tổng kết năm học",
		"Lãnh đạo Liên đoàn Lao động tỉnh Lạng Sơn trao quà cho đoàn viên có hoàn cảnh khó khăn",
		"Công đoàn Dầu khí Việt Nam và Công đoàn Công an nhân dân ký kết chương trình phối hợp",
		"Đại diện Công ty Cổ phần May Sông Hồng nhận cờ thi đua của Tổng Liên đoàn Lao động Việt Nam",
		"Các đại biểu thăm quan Cảng dầu khí Vietsovpetro tại thành phố Vũng Tàu tỉnh Bà Rịa - Vũng Tàu",
		"Xác định chăm lo, bảo vệ quyền lợi hợp pháp của người lao động là nhiệm vụ quan trọng hàng đầu.",
		"Người lao động làm thủ tục hưởng BHXH một lần tại cơ quan bảo hiểm xã hội tỉnh Bình Dương",
		"Liên đoàn Lao động huyện Củ Chi trao 459 suất quà Tết cho đoàn viên có hoàn cảnh khó khăn",
		"Lãnh đạo Công đoàn cơ sở Trường Đại học Bách khoa Hà Nội tặng quà cho đoàn viên, người lao động",
		"Công đoàn cơ sở Công ty Cổ phần Thủy sản Minh Phú tổ chức Hội nghị người lao động năm 2021",
	}
	for _, l := range teasers {
		if !isTeaser(l) {
			t.Errorf("teaser not detected: %q", l)
		}
	}
	for _, l := range notTeasers {
		if isTeaser(l) {
			t.Errorf("taken for a teaser: %q", l)
		}
	}
}

func TestAuthorForms(t *testing.T) {
	tests := []struct{ line, name, src string }{
		{"Minh Khuê", "Minh Khuê", ""},
		{"Phú Lữ - Trần Quyết", "Phú Lữ - Trần Quyết", ""},
		{"P.Ngân", "P.Ngân", ""},
		{"NGỌC HIẾU", "Ngọc Hiếu", ""},
		{"Tác giả: Thu Hà", "Thu Hà", ""},
		{"Bài và ảnh: HOÀNG LAN", "Hoàng Lan", ""},
		{"Minh Anh (Theo TTXVN)", "Minh Anh", "TTXVN"},
		{"Thu Trang (tổng hợp)", "Thu Trang", ""},
		{"Nguyễn Hải (Báo Lao Động)", "Nguyễn Hải", "Báo Lao Động"},
	}
	for _, tt := range tests {
		name, src, ok := authorLine(tt.line, "")
		if !ok || name != tt.name || src != tt.src {
			t.Errorf("%q = %q %q %v, want %q %q", tt.line, name, src, ok, tt.name, tt.src)
		}
	}
	for _, l := range []string{"Toàn cảnh hội nghị.", "Toàn cảnh hội nghị", "Hội nghị kết thúc lúc 17 giờ", "Xem thêm:"} {
		if name, _, ok := authorLine(l, ""); ok {
			t.Errorf("%q taken for a byline: %q", l, name)
		}
	}
	if n, d, ok := authorDomainLine("NGỌC HIẾU/baolangson.vn"); !ok || n != "Ngọc Hiếu" || d != "baolangson.vn" {
		t.Errorf("NAME/domain = %q %q %v", n, d, ok)
	}
}

func TestSourceLines(t *testing.T) {
	tests := []struct{ line, src, url string }{
		{"Nguồn CAND: https://cand.com.vn/a-i1/", "CAND", "https://cand.com.vn/a-i1/"},
		{"Nguồn: https://laodong.vn/cong-doan/abc.ldo", "Lao Động", "https://laodong.vn/cong-doan/abc.ldo"},
		{"Nguồn: báo Lao Động", "Báo Lao Động", ""},
		{"Nguồn: vnexpress.net", "VnExpress", ""},
		{"Nguồn :", "", ""},
	}
	for _, tt := range tests {
		src, url, ok := sourceLine(tt.line)
		if !ok || src != tt.src || url != tt.url {
			t.Errorf("%q = %q %q %v, want %q %q", tt.line, src, url, ok, tt.src, tt.url)
		}
	}
	if _, _, ok := sourceLine("Nguồn tin cho biết: hội nghị diễn ra"); ok {
		t.Error("'Nguồn tin cho biết:' taken for a source line")
	}
	if s, ok := theoLine("Theo baothanhhoa.vn"); !ok || s != "Báo Thanh Hóa" {
		t.Errorf("'Theo baothanhhoa.vn' = %q %v", s, ok)
	}
	if s, ok := theoLine("Theo đó, hai bên thống nhất"); ok {
		t.Errorf("'Theo đó, …' taken for a source: %q", s)
	}
}
