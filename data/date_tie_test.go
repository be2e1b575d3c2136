package data

import "testing"

// Three adjacent years named equally often: the answer must not depend on
// the order in which a map hands out the candidates (it once did, so the
// same file could get a different year on each load).
func TestInferYearOfTiedAdjacentYearsIsStable(t *testing.T) {
	cases := []struct {
		title string
		body  []string
		ld    leadDate
		want  int
	}{
		// Before July: the later neighbour of the best (first named) year.
		{"Tổng kết", []string{"Năm 2020, năm 2021 và năm 2022 đều có nhiều hoạt động."}, leadDate{day: 5, month: 3, weekday: -1}, 2021},
		{"Tổng kết", []string{"Năm 2021, năm 2020 và năm 2022 đều có nhiều hoạt động."}, leadDate{day: 5, month: 3, weekday: -1}, 2022},
		// From July: the earlier neighbour.
		{"Tổng kết", []string{"Năm 2021, năm 2022 và năm 2020 đều có nhiều hoạt động."}, leadDate{day: 5, month: 9, weekday: -1}, 2020},
		{"Tổng kết", []string{"Năm 2022, năm 2021 và năm 2020 đều có nhiều hoạt động."}, leadDate{day: 5, month: 9, weekday: -1}, 2021},
	}
	for _, c := range cases {
		for run := 0; run < 200; run++ {
			y, ok := inferYearOf(c.title, c.body, c.ld)
			if !ok || y != c.want {
				t.Fatalf("%q, month %d: run %d gave %d %v, want %d", c.body[0], c.ld.month, run, y, ok, c.want)
			}
		}
	}
}
