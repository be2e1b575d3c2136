package data

import (
	"slices"
	"testing"
)

// TestMagazineMastheads: a magazine's masthead above the headline
// ("Tạp chí Lao động và Công đoàn", the union confederation's magazine,
// written with lower-case words like most magazines' names) names the
// outlet and is not the title; a headline that merely starts with a
// magazine's name stays the headline.
func TestMagazineMastheads(t *testing.T) {
	cases := []struct {
		name, first, title, source string
	}{
		{"the union magazine", "Tạp chí Lao động và Công đoàn", qaHeadline, "Tạp chí Lao động và Công đoàn"},
		{"its online edition", "Tạp chí điện tử Lao động và Công đoàn", qaHeadline, "Tạp chí Lao động và Công đoàn"},
		{"in capitals", "TẠP CHÍ CỘNG SẢN", qaHeadline, "Tạp chí Cộng sản"},
		{"a headline about a magazine", "Tạp chí Cộng sản tổ chức hội thảo về vai trò của tổ chức công đoàn", "Tạp chí Cộng sản tổ chức hội thảo về vai trò của tổ chức công đoàn", ""},
	}
	for _, c := range cases {
		lines := []string{c.first}
		if c.title != c.first {
			lines = append(lines, c.title)
		}
		lines = append(lines, "12/05/2023 08:30", qaLead, qaPara)
		a := article(lines...)
		if a.Title != c.title || a.Source != c.source {
			t.Errorf("%s: title %q, outlet %q; want %q, %q", c.name, a.Title, a.Source, c.title, c.source)
		}
		if !slices.Equal(a.Body, []string{qaLead, qaPara}) {
			t.Errorf("%s: body = %q", c.name, a.Body)
		}
	}
	// A page title ending with the magazine's name.
	a := article(qaHeadline+" - Tạp chí Lao động và Công đoàn", "12/05/2023 08:30", qaLead, qaPara)
	if a.Title != qaHeadline || a.Source != "Tạp chí Lao động và Công đoàn" {
		t.Errorf("page title: title %q, outlet %q", a.Title, a.Source)
	}
}
