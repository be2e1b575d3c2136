package data

import (
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// want is what a human reading the raw sample finds in it.
type want struct {
	title, date, time string
	prec              model.Precision
	source, author    string
	url               string
	// gone are lines (or line prefixes) of site boilerplate that must not
	// survive in the body; kept are body lines that must stay.
	gone, kept []string
	// once are lines that must appear exactly once in the body.
	once []string
}

var sampleWants = map[string]want{
	"000_cf96302083c138ef.txt": {
		title: "Công đoàn Vietsovpetro tổ chức Hội nghị sơ kết giữa nhiệm kỳ 2018 – 2023",
		date:  "2020-09-29", time: "08:00:56", prec: model.PrecisionExact,
		gone: []string{"Ngày phát hành"},
		kept: []string{"+ Có 228 sáng kiến được công nhận (đạt 46%, chỉ tiêu nhiệm kỳ 500)."},
	},
	"001_b8e17492268fe743.txt": {
		title: "Công đoàn CAND và Công đoàn Dầu khí Việt Nam giao lưu, trao đổi kinh nghiệm",
		date:  "2024-11-07", prec: model.PrecisionInferred,
		source: "CAND", author: "Phú Lữ - Trần Quyết",
		url:  "https://cand.com.vn/hoat-dong-ll-cand/cong-doan-cand-va-cong-doan-dau-khi-viet-nam-giao-luu-trao-doi-kinh-nghiem-i749640/",
		gone: []string{"Nguồn CAND", "Phú Lữ - Trần Quyết"},
		once: []string{"Các đại biểu thăm quan Cảng dầu khí Vietsovpetro.",
			"Công đoàn CAND và Công đoàn Dầu khí Việt Nam giao lưu, trao đổi kinh nghiệm tại Liên doanh Dầu khí Vietsovpetro."},
		kept: []string{"Chiều 7/11, Công đoàn CAND"},
	},
	"002_309be694cfb00f89.txt": {
		title: "Đánh giá kết quả triển khai thực hiện chương trình phối hợp giữa Công đoàn Viên chức Việt Nam và Liên đoàn Lao động tỉnh",
		date:  "2022-11-06", time: "09:20:19", prec: model.PrecisionExact,
		source: "Báo Lạng Sơn", author: "Ngọc Hiếu",
		url:  "https://baolangson.vn/xa-hoi/538624-danh-gia-ket-qua-trien-khai-thuc-hien-chuong-trinh-phoi-hop-giua-cong-doan-vien-chuc-viet-nam-va-lien-doan-lao-dong-tinh.html",
		gone: []string{"381 lượt xem", "• Từ khóa", "Từ khóa", "NGỌC HIẾU", "https://", "Chủ nhật, 06.11.2022"},
		kept: []string{
			// Single image captions without final punctuation are content.
			"Đồng chí Ngọ Duy Hiểu, Phó Chủ tịch Tổng LĐLĐ VN, Chủ tịch CĐVC VN phát biểu tại buổi làm việc",
			"Lãnh đạo CĐVC VN tặng quà cho đoàn viên, người lao động",
		},
	},
	"003_8d3ab1e3418eca81.txt": {
		title: "Liên đoàn Lao động huyện Sóc Sơn: Tích cực bảo vệ quyền lợi của người lao động",
		date:  "2021-04-15", time: "21:04", prec: model.PrecisionExact,
		source: "Lao Động Thủ Đô", author: "P.Ngân",
		gone: []string{"Nguồn", "P.Ngân", "15/04/2021", "(LĐTĐ)",
			"Liên đoàn Lao động huyện Sóc Sơn: Tích cực bảo vệ quyền lợi của người lao động",
			"Nhiều mô hình hiệu quả trong thực hiện Chỉ thị 05-CT/TW"},
		kept: []string{"Nhằm góp phần bảo vệ hiệu quả quyền lợi hợp pháp của người lao động",
			"Ký giao ước thi đua giữa các tổ công đoàn bộ phận của Công ty."},
	},
	"004_c9f3cd5b0f88a17f.txt": {
		title: "Tiếp tục hợp tác vì mục tiêu bảo vệ quyền lợi cho người lao động",
		date:  "2023-09-08", prec: model.PrecisionInferred,
		author: "Minh Khuê",
		gone: []string{"Triển khai nhiều hoạt động thiết thực", "Có thể bạn quan tâm", "Nên xem", "Tin khác",
			"Xem thêm", "Phiên bản di động", "Chuẩn bị chu đáo", "Tỷ giá USD", "Minh Khuê",
			"Tiếp tục hợp tác vì mục tiêu bảo vệ quyền lợi cho người lao động", "Phụ nữ Thủ đô"},
		kept: []string{"Chiều nay (8/9), tại Hà Nội", "Toàn cảnh diễn ra chương trình.",
			"Để thực hiện thắng lợi nhiệm vụ chính trị"},
	},
}

func TestSamples(t *testing.T) {
	arts, warns := LoadSample(Options{})
	if len(warns) > 0 {
		t.Errorf("warnings loading the sample: %v", warns)
	}
	if len(arts) != len(sampleWants) {
		t.Fatalf("loaded %d sample articles, want %d", len(arts), len(sampleWants))
	}
	for _, a := range arts {
		w, ok := sampleWants[a.File]
		if !ok {
			t.Errorf("unexpected sample %s", a.File)
			continue
		}
		t.Run(a.File[:3], func(t *testing.T) {
			checkArticle(t, a, w)
		})
	}
}

func checkArticle(t *testing.T, a model.Article, w want) {
	t.Helper()
	eq := func(field, got, want string) {
		t.Helper()
		if got != want {
			t.Errorf("%s = %q, want %q", field, got, want)
		}
	}
	eq("title", a.Title, w.title)
	eq("date", a.Date.DayString(), w.date)
	eq("time", a.Date.TimeString(), w.time)
	eq("precision", string(a.Date.Precision), string(w.prec))
	eq("source", a.Source, w.source)
	eq("author", a.Author, w.author)
	eq("url", a.URL, w.url)
	if len(a.Body) == 0 {
		t.Fatal("empty body")
	}
	for _, g := range w.gone {
		for i, p := range a.Body {
			if strings.HasPrefix(p, g) {
				t.Errorf("boilerplate %q survived as body paragraph %d: %q", g, i, p)
			}
		}
	}
	for _, k := range w.kept {
		found := false
		for _, p := range a.Body {
			if strings.HasPrefix(p, k) {
				found = true
			}
		}
		if !found {
			t.Errorf("body lost %q", k)
		}
	}
	for _, o := range w.once {
		n := 0
		for _, p := range a.Body {
			if p == o {
				n++
			}
		}
		if n != 1 {
			t.Errorf("%q appears %d times in the body, want once", o, n)
		}
	}
	for i := 1; i < len(a.Body); i++ {
		if a.Body[i] == a.Body[i-1] {
			t.Errorf("paragraph %d repeats the one before: %q", i, a.Body[i])
		}
	}
}
