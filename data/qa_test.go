package data

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// qaWants are the values a careful reader finds in the articles of
// testdata/qa, written by QA in the styles of other outlets (section lines
// above the headline, dates before or after it, bylines before share and
// comment blocks, related links in the middle, URLs after them).
var qaWants = []fieldWant{
	{"01_laodong.txt", "Tổng LĐLĐ Việt Nam ký kết chương trình phối hợp với UBND tỉnh Quảng Ninh giai đoạn 2022 - 2027", "2022-11-07", "09:20", "exact", "", "Văn Duẩn", ""},
	{"02_nld.txt", "LĐLĐ TP HCM: Hơn 15.000 suất quà cho công nhân khó khăn dịp Tháng Công nhân", "2023-05-12", "08:30", "exact", "Người Lao Động", "Hoàng Triều", ""},
	{"03_vnexpress.txt", "Công nhân được đề xuất tăng lương tối thiểu 6% từ năm 2024", "2023-05-12", "08:30", "exact", "VnExpress", "Hồng Chiêu", "https://vnexpress.net/cong-nhan-duoc-de-xuat-tang-luong-toi-thieu-6-tu-nam-2024-4604012.html"},
	{"04_tuoitre.txt", "Công đoàn Khu công nghiệp Bắc Ninh tổ chức 'Phiên chợ Công đoàn' cho 3.000 công nhân", "2023-05-12", "14:05", "exact", "Tuổi Trẻ", "Bảo Anh", ""},
	{"05_thanhnien.txt", "Công đoàn Y tế Việt Nam đề xuất tăng phụ cấp cho nhân viên y tế cơ sở", "2023-05-12", "08:30:00", "exact", "Thanh Niên", "Thùy Linh", ""},
	{"06_dantri.txt", "Công đoàn Tập đoàn Điện lực Việt Nam trao 100 Mái ấm Công đoàn cho công nhân khó khăn", "2023-05-13", "07:15", "exact", "Dân Trí", "Minh Quân", "https://dantri.com.vn/lao-dong-viec-lam/cong-doan-dien-luc-trao-100-mai-am-20230513071500123.htm"},
	{"07_congthuong.txt", "Công đoàn Công Thương Việt Nam tổng kết Tháng Công nhân", "2023-05-12", "10:15", "exact", "Báo Công Thương", "", ""},
	{"08_haiphong.txt", "LĐLĐ huyện Thủy Nguyên đối thoại với công nhân Khu công nghiệp VSIP Hải Phòng", "2023-05-12", "", "inferred", "", "Minh Hà", ""},
	{"09_quangninh.txt", "Công đoàn TKV phát động thi đua đảm bảo an toàn mùa mưa bão", "2023-05-12", "", "day", "", "Hoàng Quý", ""},
	{"10_vungtau.txt", "LĐLĐ TP.HCM tiếp nhận bộ máy công đoàn tỉnh Bà Rịa - Vũng Tàu sau sáp nhập", "2025-07-12", "08:30", "exact", "Báo Bà Rịa - Vũng Tàu", "Lê Hùng", "https://baobariavungtau.com.vn/xa-hoi/202507/ldld-tphcm-tiep-nhan-bo-may-cong-doan-1045678/"},
	{"11_danang.txt", "LĐLĐ quận Liên Chiểu trao 200 suất quà cho công nhân nhà trọ", "2023-05-12", "", "inferred", "Báo Đà Nẵng", "Hoàng Hiệp", ""},
	{"12_nghean.txt", "Công đoàn ngành Giáo dục Nghệ An tặng 300 suất quà cho giáo viên vùng khó", "2023-05-12", "14:05", "exact", "Báo Nghệ An", "Thanh Thủy", ""},
	{"13_vov.txt", "Công đoàn Viên chức Việt Nam và Công đoàn ngành Y tế Hà Nội ký kết phối hợp", "2023-05-12", "08:30", "exact", "VOV", "Phương Thảo", ""},
	{"14_nhandan.txt", "Đoàn Chủ tịch Tổng LĐLĐ Việt Nam họp phiên thường kỳ tháng 5", "2023-05-12", "08:30", "exact", "Nhân Dân", "Đức Thịnh", "https://nhandan.vn/doan-chu-tich-tong-ldld-viet-nam-hop-phien-thuong-ky-post752345.html"},
	{"15_congdoanvn.txt", "Công đoàn Khu công nghiệp Đồng Nai ký thỏa ước lao động tập thể nhóm doanh nghiệp", "2023-05-12", "08:30", "exact", "Lao Động", "Q.Thắng", ""},
	{"16_ldldhcm.txt", "Công đoàn Tổng Công ty Công nghiệp Sài Gòn tổ chức Hội thao công nhân năm 2024", "2024-05-14", "15:40", "exact", "Liên đoàn Lao động TP.HCM", "Thanh Tâm", ""},
	{"17_tienphong.txt", "Tổng LĐLĐ Việt Nam đề xuất giảm giờ làm xuống 44 giờ/tuần", "2023-05-12", "08:30", "exact", "Tiền Phong", "Nguyễn Hoàn", ""},
	{"18_baochinhphu.txt", "Phó Thủ tướng làm việc với Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam", "2023-05-12", "08:30", "exact", "Báo Chính phủ", "Minh Khôi", ""},
	{"19_binhduong.txt", "LĐLĐ TP Thủ Dầu Một trao 500 phần quà cho công nhân", "2023-05-12", "", "inferred", "", "Thanh Tùng", ""},
	// Written for this package after QA's review, in the styles of
	// VietnamPlus, Pháp Luật TP.HCM and a provincial union site.
	{"x_vnplus.txt", "Công đoàn Việt Nam đề xuất tăng lương tối thiểu vùng từ 1/7/2024", "2023-05-12", "08:30", "exact", "TTXVN", "", ""},
	{"x_plo.txt", "Công nhân TP.HCM được hỗ trợ 500.000 đồng tiền thuê trọ", "2023-05-12", "08:30", "exact", "Pháp Luật TP.HCM", "Thanh Tâm",
		"https://plo.vn/cong-nhan-tphcm-duoc-ho-tro-500000-dong-post732000.html"},
	{"x_province.txt", "LĐLĐ tỉnh Đắk Lắk tổ chức Tháng Công nhân năm 2023", "2023-05-12", "", "day", "", "H.Nhung", ""},
}

func TestQAArticles(t *testing.T) {
	for _, w := range qaWants {
		raw, err := os.ReadFile(filepath.Join("testdata", "qa", w.file))
		if err != nil {
			t.Fatal(err)
		}
		checkFields(t, w, Parse(w.file, raw, skipOrgs), false)
	}
}

// fieldWant is what a careful reader extracts from one test article.
type fieldWant = struct{ file, title, date, time, prec, source, author, url string }

// checkFields compares a parsed article with w, field by field, and checks
// that no boilerplate line (nor, with noURLs, a bare link) stayed in its body.
func checkFields(t *testing.T, w fieldWant, a model.Article, noURLs bool) {
	t.Helper()
	got := [...]string{a.Title, a.Date.DayString(), a.Date.TimeString(), string(a.Date.Precision), a.Source, a.Author, a.URL}
	want := [...]string{w.title, w.date, w.time, w.prec, w.source, w.author, w.url}
	for i, field := range []string{"title", "date", "time", "precision", "source", "author", "url"} {
		if got[i] != want[i] {
			t.Errorf("%s: %s = %q, want %q", w.file, field, got[i], want[i])
		}
	}
	for _, p := range a.Body {
		if p == a.Title || titleCase(p) == a.Author || isChromeLine(p) || isCutLine(p) || (noURLs && strings.HasPrefix(p, "http")) {
			t.Errorf("%s: boilerplate left in the body: %q", w.file, p)
		}
	}
}
