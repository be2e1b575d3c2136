package ui

import (
	"regexp"
	"testing"
)

func TestFindAcrossLines(t *testing.T) {
	lines := []string{
		"  các cuộc vận động được các công",
		"  đoàn cơ sở cụ thể hoá",
		"",
		"  Công đoàn Viên chức",
	}
	got := findAcrossLines(lines, "cong doan")
	if len(got) != 2 {
		t.Fatalf("found %d matches, want 2 (one split by the wrapping): %+v", len(got), got)
	}
	if m := got[0]; m.line != 0 || len(m.more) != 1 || m.more[0].line != 1 || m.more[0].a != 2 || m.more[0].b != 6 {
		t.Errorf("split match = %+v, want line 0 continued on line 1 columns 2–6", m)
	}
	if m := got[1]; m.line != 3 || m.a != 2 || m.b != 11 || len(m.more) != 0 {
		t.Errorf("second match = %+v, want line 3 columns 2–11", m)
	}
	// A paragraph break is not crossed.
	if got := findAcrossLines([]string{"  công", "", "  đoàn"}, "cong doan"); len(got) != 0 {
		t.Errorf("matched across a paragraph break: %+v", got)
	}
}

// The number of matches the find reports must not depend on the window's
// width, however the wrapping splits the words.
func TestFindCountIndependentOfWidth(t *testing.T) {
	count := regexp.MustCompile(`“cong doan” \d+/(\d+)`)
	var counts []string
	for _, w := range []int{60, 80, 100, 160} {
		tt := newTester(t, sampleCorpus(t), w, 40, Options{})
		tt.press("/")
		tt.typeText("lang son")
		tt.press("enter", "enter", "/")
		tt.typeText("cong doan")
		tt.press("enter")
		m := count.FindStringSubmatch(tt.flat())
		if m == nil {
			t.Fatalf("width %d: no match count on screen:\n%s", w, tt.screen())
		}
		counts = append(counts, m[1])
	}
	for i := range counts {
		if counts[i] != counts[0] {
			t.Fatalf("match counts differ by width (60, 80, 100, 160 columns): %v", counts)
		}
	}
}
