package orgs

import (
	"fmt"
	"testing"

	"github.com/bantin/bantin/model"
)

// The memo of heads keys a reading by the text the rules read plus the
// character after it. When that character is an invalid or cut-off UTF-8
// sequence, its first byte may begin a valid letter elsewhere ("…động
// t\xe1" is a prefix of "…động tỉnh"), and a later head would get the
// earlier reading: such readings are not memoised. Extract is public, so
// its callers need not have cleaned the text as the loader does.
func TestMemoInvalidUTF8(t *testing.T) {
	full := "Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị"
	alone := Default().Extract(&model.Article{Title: "x", Body: []string{full}})
	if len(alone) == 0 {
		t.Fatal("no body in the reference paragraph")
	}
	for _, cut := range []string{
		"Liên đoàn Lao động t\xe1\xbb",   // "tỉnh" cut short at the end of a paragraph
		"Liên đoàn Lao động t\xe1",       // a lone 0xE1 at the very end
		"Liên đoàn Lao động t\xe1 và CĐ", // an invalid byte mid-paragraph
	} {
		both := Default().Extract(&model.Article{Title: "x", Body: []string{cut, full}})
		if !hasName(both, alone[0].Name) {
			t.Errorf("paragraph %+q before %q: %q is lost\n alone: %s\n both:  %s", cut, full, alone[0].Name, show(alone), show(both))
		}
	}
}

func hasName(ms []model.OrgMention, name string) bool {
	for _, m := range ms {
		if m.Name == name {
			return true
		}
	}
	return false
}

func show(ms []model.OrgMention) string {
	s := ""
	for _, m := range ms {
		s += fmt.Sprintf("[%s %v] ", m.Name, m.Aliases)
	}
	return s
}
