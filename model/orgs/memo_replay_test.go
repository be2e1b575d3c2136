package orgs

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/bantin/bantin/data/gen"
	"github.com/bantin/bantin/model"
)

// A memo hit copies the tokens the rules had read (replay) instead of
// tokenizing them again. The scan must go on exactly as if it had
// tokenized them: each window ends with the tokens a fresh tokenization of
// its text gives, and ends where it ended when replay tokenized (as the
// code before it did: atEnd growing the window bytesGrow at a time). A
// memo hit also reuses the name's surface as written, which must be the
// text's.

type windowEnd struct {
	para      int32
	from, end int
	ntoks     int
}

// withHooks returns a copy of r whose scans call h's hooks; r itself is
// left alone (other tests may read with it at the same time).
func withHooks(r *Recognizer, h scanHooks) *Recognizer {
	c := *r
	c.hooks = &h
	return &c
}

// scanWindowsLog reads the articles in turn through one scratch and
// returns every window's end, checking its tokens on the way.
func scanWindowsLog(t *testing.T, arts []model.Article, noReplay bool) []windowEnd {
	t.Helper()
	var log []windowEnd
	bad := 0
	check := func(s *scan, from int) {
		log = append(log, windowEnd{s.wPara, from, s.wEnd, len(s.toks)})
		if s.tokEnd != s.wEnd {
			t.Errorf("window %d–%d of %q: tokenized to %d only", from, s.wEnd, s.paras[s.wPara], s.tokEnd)
		}
		want, wbuf := tokenizeRange(s.wPara, s.paras[s.wPara], from, s.wEnd, nil, nil)
		got := s.toks
		if !reflect.DeepEqual(got, want) || s.folded != string(wbuf) {
			if bad++; bad < 5 {
				t.Errorf("window %d–%d of %q: tokens differ from a fresh tokenization\n got  %v %q\n want %v %q",
					from, s.wEnd, s.paras[s.wPara], got, s.folded, want, wbuf)
			}
		}
	}
	sc := &scratch{}
	r := withHooks(Default(), scanHooks{windowEnd: check, noReplay: noReplay})
	for i := range arts {
		if i%97 == 96 {
			sc.glob.reset()
		}
		r.extract(sc, &arts[i])
	}
	if len(log) == 0 {
		t.Fatal("no window was read")
	}
	return log
}

// randomArticles mixes generated paragraphs with random runs of heads,
// names, punctuation and odd spacing, repeated so that the memo hits, and
// paragraphs that end just after a name.
func randomArticles(n int, seed int64) []model.Article {
	rng := rand.New(rand.NewSource(seed))
	_, raws := gen.Corpus(n, seed)
	parts := []string{
		"Công đoàn", "công đoàn", "Liên đoàn Lao động", "LĐLĐ", "CĐ", "Tổng LĐLĐ", "CĐCS", "CĐVC", "TLĐ",
		"Tổng Liên đoàn Lao động Việt Nam", "Cong doan", "LDLD",
		"ngành Giáo dục", "tỉnh Nghệ An", "Công ty TNHH Minh Anh", "huyện Yên Thành", "Việt Nam", "thành phố Hà Nội",
		"TP. Hồ Chí Minh", "cơ sở", "Trường THPT Phan Bội Châu", "quận 1", "Khu công nghiệp VSIP",
		",", ".", "(", ")", "(CĐGD)", "(LĐ)", "“", "”", "-", "2024", "các", "hai",
		"đã", "tổ chức", "hội nghị", "và", "ông Nguyễn Văn An", "đoàn viên", "Đoàn Thanh niên",
	}
	spaces := []string{" ", " ", " ", " ", "  ", "\u00a0", ""}
	arts := make([]model.Article, n)
	for i, raw := range raws {
		lines := strings.Split(string(raw), "\n")
		a := model.Article{Title: lines[0], Body: lines[1:]}
		for k := rng.Intn(4); k > 0; k-- {
			var b strings.Builder
			for w := 1 + rng.Intn(30); w > 0; w-- {
				b.WriteString(parts[rng.Intn(len(parts))])
				b.WriteString(spaces[rng.Intn(len(spaces))])
			}
			p := b.String()
			at := rng.Intn(len(a.Body) + 1)
			a.Body = append(a.Body[:at:at], append([]string{p, p}, a.Body[at:]...)...)
		}
		if rng.Intn(3) == 0 && len(a.Body) > 0 {
			// A paragraph cut after a few words.
			k := rng.Intn(len(a.Body))
			if f := strings.Fields(a.Body[k]); len(f) > 3 {
				a.Body = append(a.Body, strings.Join(f[:3+rng.Intn(len(f)-3)], " "))
			}
		}
		arts[i] = a
	}
	return arts
}

func TestReplayTokens(t *testing.T) {
	n := 600
	if testing.Short() {
		n = 100
	}
	arts := randomArticles(n, 3)
	got := scanWindowsLog(t, arts, false)
	want := scanWindowsLog(t, arts, true)
	if len(got) != len(want) {
		t.Fatalf("%d windows with replay, %d without", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("window %d: with replay %+v, without %+v", i, got[i], want[i])
		}
	}
	// The outputs too (surfaces included), article by article.
	sc, sc2 := &scratch{}, &scratch{}
	r, noReplay := Default(), withHooks(Default(), scanHooks{noReplay: true})
	for i := range arts {
		a := r.extract(sc, &arts[i])
		b := noReplay.extract(sc2, &arts[i])
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("article %d: with replay %s\n without %s", i, show(a), show(b))
		}
	}
}

// keyAt is a plain comparison of p[s0:s0+len(key)] with key.
func TestKeyAt(t *testing.T) {
	rng := rand.New(rand.NewSource(9))
	alpha := "abĐđ "
	for n := 0; n < 200000; n++ {
		var b strings.Builder
		for k := rng.Intn(40); k > 0; k-- {
			b.WriteByte(alpha[rng.Intn(len(alpha))])
		}
		p := b.String()
		s0 := 0
		if len(p) > 0 {
			s0 = rng.Intn(len(p) + 1)
		}
		var key string
		if rng.Intn(2) == 0 && s0 < len(p) {
			key = p[s0 : s0+rng.Intn(len(p)-s0+1)]
			if len(key) > 0 && rng.Intn(2) == 0 {
				// Change one byte.
				kb := []byte(key)
				kb[rng.Intn(len(kb))] ^= 1
				key = string(kb)
			}
		} else {
			for k := rng.Intn(20); k > 0; k-- {
				key += string(alpha[rng.Intn(len(alpha))])
			}
		}
		want := s0+len(key) <= len(p) && p[s0:s0+len(key)] == key
		if got := keyAt(p, s0, key); got != want {
			t.Fatalf("keyAt(%q, %d, %q) = %v", p, s0, key, got)
		}
	}
}
