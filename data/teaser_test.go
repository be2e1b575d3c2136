package data

import (
	"strings"
	"testing"

	"github.com/bantin/bantin/data/gen"
)

// TestTeaserRuleSparesCaptions runs the teaser rule over every line of
// generated articles that is not a teaser (captions without final
// punctuation, names of bodies and places, sentences): none may be taken
// for one.
func TestTeaserRuleSparesCaptions(t *testing.T) {
	teaserParts := []string{"Người lao động mong giảm giờ làm", "Chú trọng nhiều hoạt động", "Tăng lương tối thiểu vùng",
		"BHXH tự nguyện", "Triển khai nhiều hoạt động thiết thực", "Nhiều mô hình hiệu quả"}
	checked := 0
	for i := 0; i < 1500; i++ {
		for _, l := range strings.Split(string(gen.Article(5, i)), "\n") {
			l = strings.TrimSpace(l)
			isTeaserLine := false
			for _, p := range teaserParts {
				if strings.Contains(l, p) {
					isTeaserLine = true
				}
			}
			if l == "" || isTeaserLine {
				continue
			}
			checked++
			if isTeaser(l) {
				t.Errorf("article %d: %q taken for a teaser", i, l)
			}
			// Lines of six words or more are never site chrome either.
			if len(strings.Fields(l)) >= 6 && (isCutLine(l) || isChromeLine(l) || isInlineRelated(l)) {
				t.Errorf("article %d: %q taken for site chrome", i, l)
			}
		}
	}
	if checked < 10000 {
		t.Fatalf("only %d lines checked", checked)
	}
}
