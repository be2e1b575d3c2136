package data

import (
	"slices"
	"testing"
)

// TestDeskCredits: a union department signing the article at its end
// ("Ban Tuyên giáo LĐLĐ tỉnh Nghệ An") is its author and leaves the body;
// a sentence about such a department stays in the body.
func TestDeskCredits(t *testing.T) {
	cases := []struct{ last, author string }{
		{"Ban Tuyên giáo LĐLĐ tỉnh Nghệ An", "Ban Tuyên giáo LĐLĐ tỉnh Nghệ An"},
		{"Ban Tuyên giáo Công đoàn ngành Y tế", "Ban Tuyên giáo Công đoàn ngành Y tế"},
		{"Ban Tuyên giáo - Nữ công", "Ban Tuyên giáo - Nữ công"},
		{"Ban Chính sách - Pháp luật LĐLĐ thành phố Hà Nội", "Ban Chính sách - Pháp luật LĐLĐ thành phố Hà Nội"},
		{"Văn phòng LĐLĐ tỉnh Hà Tĩnh", "Văn phòng LĐLĐ tỉnh Hà Tĩnh"},
		{"Ban Tuyên giáo Tỉnh ủy Nghệ An", "Ban Tuyên giáo Tỉnh ủy Nghệ An"},
		{"BAN TUYÊN GIÁO", "Ban Tuyên Giáo"}, // as before: a name in capitals
	}
	for _, c := range cases {
		a := article(qaHeadline, "12/05/2023 08:30", qaLead, qaPara, c.last)
		if a.Author != c.author || !slices.Equal(a.Body, []string{qaLead, qaPara}) {
			t.Errorf("%q: author %q, body %q; want %q and the two paragraphs", c.last, a.Author, a.Body, c.author)
		}
	}
	for _, last := range []string{
		"Ban Tuyên giáo LĐLĐ tỉnh đã phát hành 500 tờ rơi về an toàn lao động.",
		"Ban Tổ chức cho biết giải đấu sẽ tiếp tục vào năm sau",
		"Ban nhạc công nhân biểu diễn",
		// Headlines of related links or captions left without a full stop.
		"Văn phòng Chính phủ ban hành Công điện",
		"Văn phòng Tổng LĐLĐ Việt Nam trao quà Tết",
		"Ban Tổ chức Hội thi trao giải Nhất",
		"Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức Hội nghị",
	} {
		a := article(qaHeadline, "12/05/2023 08:30", qaLead, qaPara, last)
		if a.Author != "" || !slices.Contains(a.Body, last) {
			t.Errorf("%q: author %q, body %q; want no author and the line kept", last, a.Author, a.Body)
		}
	}
}
