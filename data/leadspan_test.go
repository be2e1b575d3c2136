package data

import "testing"

// TestLeadDateSpans: a lead opening with a span of days ("Trong 2 ngày 10
// và 11/5, …", "Từ ngày 10 đến 12/5/2023, …", "Trong hai ngày 10-11/5/2023,
// …") dates the article by the span's last day, as a lead opening with
// one day does; counts and periods that are not spans give no date.
func TestLeadDateSpans(t *testing.T) {
	const rest = " LĐLĐ tỉnh Hòa Bình phối hợp Trung tâm Y tế huyện Lương Sơn tổ chức khám sức khỏe định kỳ cho 800 công nhân."
	cases := []struct{ open, date, prec string }{
		{"Trong 2 ngày 10 và 11/5/2023,", "2023-05-11", "day"},
		{"Ngày 10 và 11/5/2023,", "2023-05-11", "day"},
		{"Từ ngày 10 đến 12/5/2023,", "2023-05-12", "day"},
		{"Từ ngày 10 đến ngày 12/5/2023,", "2023-05-12", "day"},
		{"Trong hai ngày 10-11/5/2023,", "2023-05-11", "day"},
		{"Trong 2 ngày 10 và 11/5,", "2023-05-11", "inferred"}, // the year inferred, as for "Ngày 10/5,"
		{"Ngày 10/5/2023,", "2023-05-10", "day"},               // one day, as before
		// Not spans: no date.
		{"Trong 2 năm qua,", "", "unknown"},
		{"Trong năm 2022,", "", "unknown"},
		{"Trong 10 ngày qua,", "", "unknown"},
		{"Trong 3 tháng 10, 11 và 12/2023,", "", "unknown"}, // a count of months, not 3/10
		{"Trong 2 tháng 7, 8 vừa qua,", "", "unknown"},
	}
	for _, c := range cases {
		a := article(qaHeadline, c.open+rest, qaPara)
		if a.Date != c.date || a.Prec != c.prec {
			t.Errorf("%q: date %q (%s), want %q (%s)", c.open, a.Date, a.Prec, c.date, c.prec)
		}
	}
}
