package orgs

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
)

// The memo of heads kept across articles (globMemo) must change nothing:
// an article read after others with the same scratch gives what it gives
// read alone. These tests pass articles through one scratch in turn.

func extractAfter(t *testing.T, sc *scratch, before []model.Article, a model.Article) []model.OrgMention {
	t.Helper()
	r := Default()
	for i := range before {
		r.extract(sc, &before[i])
	}
	return r.extract(sc, &a)
}

func alone(a model.Article) []model.OrgMention {
	return Default().extract(&scratch{}, &a)
}

// A bare level word reads the article's places: that reading is the
// article's own.
func TestGlobMemoContext(t *testing.T) {
	langSon := model.Article{Title: "Lạng Sơn: hội nghị công nhân", Body: []string{
		"Tại Lạng Sơn, LĐLĐ tỉnh tổ chức hội nghị. Các doanh nghiệp ở Lạng Sơn tham dự.",
	}}
	caoBang := model.Article{Title: "Cao Bằng: hội nghị công nhân", Body: []string{
		"Tại Cao Bằng, LĐLĐ tỉnh tổ chức hội nghị. Các doanh nghiệp ở Cao Bằng tham dự.",
	}}
	want := alone(caoBang)
	if len(want) != 1 || !strings.Contains(want[0].Name, "Cao Bằng") {
		t.Fatalf("Cao Bằng alone: %s", show(want))
	}
	if got := extractAfter(t, &scratch{}, []model.Article{langSon}, caoBang); !reflect.DeepEqual(got, want) {
		t.Errorf("after the Lạng Sơn article\n got  %s\n want %s", show(got), show(want))
	}
}

// An abbreviation introduced in an article changes how its heads read: a
// reading of the same words in an earlier article without it does not
// hold, nor the other way round.
func TestGlobMemoAbbreviation(t *testing.T) {
	plain := model.Article{Title: "Tin", Body: []string{"Công đoàn CĐGD tổ chức hội nghị."}}
	intro := model.Article{Title: "Tin", Body: []string{
		"Công đoàn Giáo dục Việt Nam (CĐGD) họp. Sau đó Công đoàn CĐGD tổ chức hội nghị.",
	}}
	wantIntro, wantPlain := alone(intro), alone(plain)
	if len(wantIntro) != 1 || wantIntro[0].Mentions != 2 {
		t.Fatalf("introduced alone: %s", show(wantIntro))
	}
	if got := extractAfter(t, &scratch{}, []model.Article{plain}, intro); !reflect.DeepEqual(got, wantIntro) {
		t.Errorf("after the plain article\n got  %s\n want %s", show(got), show(wantIntro))
	}
	if got := extractAfter(t, &scratch{}, []model.Article{intro}, plain); !reflect.DeepEqual(got, wantPlain) {
		t.Errorf("after the introducing article\n got  %s\n want %s", show(got), show(wantPlain))
	}
}

// A reading cut by an invalid byte is not kept for later articles either
// (see TestMemoInvalidUTF8).
func TestGlobMemoInvalidUTF8(t *testing.T) {
	full := model.Article{Title: "x", Body: []string{"Liên đoàn Lao động tỉnh Nghệ An tổ chức hội nghị"}}
	want := alone(full)
	for _, cut := range []string{
		"Liên đoàn Lao động t\xe1\xbb",
		"Liên đoàn Lao động t\xe1",
		"Liên đoàn Lao động t\xe1 và CĐ",
	} {
		before := []model.Article{{Title: "x", Body: []string{cut}}}
		if got := extractAfter(t, &scratch{}, before, full); !reflect.DeepEqual(got, want) {
			t.Errorf("after %+q\n got  %s\n want %s", cut, show(got), show(want))
		}
	}
}

// Generated articles, some with an abbreviation introduced or a bare
// level word added, read in a random order through one scratch (and
// through a memo emptied often, as when it is full), give what each gives
// alone.
func TestGlobMemoGenerated(t *testing.T) {
	n := 1500
	if testing.Short() {
		n = 200
	}
	_, raws := gen.Corpus(n, 11)
	rng := rand.New(rand.NewSource(5))
	extras := []string{
		"Công đoàn Giáo dục Việt Nam (CĐGD) họp. CĐGD tổ chức hội nghị.",
		"LĐLĐ tỉnh tổ chức hội nghị.",
		"Liên đoàn Lao động Thành phố tặng quà.",
		"Công đoàn ngành Y tế (CĐYT) và CĐ ngành Y tế tỉnh Nghệ An.",
		"Liên đoàn Lao động tỉnh Nghệ An (LĐLĐ) chủ trì. LĐLĐ tỉnh Nghệ An nói.",
	}
	arts := make([]model.Article, n)
	for i, raw := range raws {
		lines := strings.Split(string(raw), "\n")
		a := model.Article{Title: lines[0], Body: lines[1:]}
		if rng.Intn(4) == 0 {
			k := rng.Intn(len(a.Body) + 1)
			a.Body = append(a.Body[:k:k], append([]string{extras[rng.Intn(len(extras))]}, a.Body[k:]...)...)
		}
		arts[i] = a
	}
	rng.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	shared := &scratch{}
	r := Default()
	for i := range arts {
		if i%300 == 299 {
			shared.glob.reset()
		}
		got := r.extract(shared, &arts[i])
		if want := alone(arts[i]); !reflect.DeepEqual(got, want) {
			t.Fatalf("article %d (%q) read after %d others\n got  %s\n want %s", i, arts[i].Title, i, show(got), show(want))
		}
	}
	if len(shared.glob.entries) == 0 {
		t.Error("the memo kept no reading")
	}
}

// An article read again finds every reading it kept in the memo (the
// lookup passes over entries by their hash's tag, and must not pass over
// the right one): the second reading adds no entry.
func TestGlobMemoFindsKept(t *testing.T) {
	_, raws := gen.Corpus(50, 3)
	sc := &scratch{}
	r := Default()
	checked := 0
	for _, raw := range raws {
		lines := strings.Split(string(raw), "\n")
		a := model.Article{Title: lines[0], Body: lines[1:]}
		r.extract(sc, &a)
		n := len(sc.glob.entries)
		if n == 0 {
			continue
		}
		checked++
		r.extract(sc, &a)
		if got := len(sc.glob.entries); got != n {
			t.Fatalf("%q read again: the memo holds %d readings, not %d", a.Title, got, n)
		}
	}
	if checked < 40 {
		t.Fatalf("only %d of %d articles were read with readings in the memo", checked, len(raws))
	}
}
