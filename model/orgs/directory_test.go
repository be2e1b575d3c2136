package orgs

import (
	"fmt"
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"github.com/bantin/bantin/model"
)

// NewDirectoryWith looks names up by their address first and counts pairs
// in its own table; the directory must be the one newDirectoryRef builds:
// on extracted articles (names shared between articles, or not) and on
// random mentions whose equal names are separate strings, some of them
// the same bytes under another case or spelling.
func TestDirectoryAgainstRef(t *testing.T) {
	arts := randomArticles(300, 4)
	r := Default()
	sc := &scratch{}
	for i := range arts {
		if i%2 == 0 {
			arts[i].Organisations = r.extract(sc, &arts[i])
		} else {
			arts[i].Organisations = r.Extract(&arts[i])
		}
		arts[i].ID = 1000 + i
	}
	compareDirectories(t, arts)

	rng := rand.New(rand.NewSource(8))
	names := []string{"Công đoàn A", "CÔNG ĐOÀN A", "Cong doan A", "Liên đoàn Lao động B", "Liên đoàn Lao động C", "Công đoàn Giáo dục", ""}
	for i := 0; i < 40; i++ {
		names = append(names, fmt.Sprintf("Công đoàn cơ sở Công ty %d", i))
	}
	aliases := []string{"CĐ A", "Công đoàn A", "LĐLĐ B", "x", "LĐLĐ tỉnh"}
	for round := 0; round < 30; round++ {
		n := 1 + rng.Intn(400)
		arts := make([]model.Article, n)
		for i := range arts {
			arts[i].ID = rng.Intn(3 * n) // not sorted, may repeat
			for k := rng.Intn(12); k > 0; k-- {
				name := names[rng.Intn(len(names))]
				if rng.Intn(2) == 0 {
					name = strings.Clone(name)
				}
				m := model.OrgMention{Name: name, Kind: []model.OrgKind{model.KindFederation, model.KindEnterprise, model.KindOther}[rng.Intn(3)], Mentions: 1 + rng.Intn(3), Primary: rng.Intn(3) == 0}
				if rng.Intn(3) == 0 {
					m.Parent = names[rng.Intn(len(names))]
				}
				if rng.Intn(10) == 0 {
					m.Unresolved = "the article names no tỉnh"
				}
				for a := rng.Intn(4); a > 0; a-- {
					m.Aliases = append(m.Aliases, aliases[rng.Intn(len(aliases))]+strings.Repeat(" ", rng.Intn(2)))
					if rng.Intn(4) != 0 {
						m.AliasMentions = append(m.AliasMentions, 1+rng.Intn(5))
					}
				}
				arts[i].Organisations = append(arts[i].Organisations, m)
			}
		}
		compareDirectories(t, arts)
	}
}

func compareDirectories(t *testing.T, arts []model.Article) {
	t.Helper()
	got := NewDirectoryWith(arts, Default())
	want := newDirectoryRef(arts, Default())
	if !reflect.DeepEqual(got, want) {
		for i := range min(len(got.orgs), len(want.orgs)) {
			if !reflect.DeepEqual(got.orgs[i], want.orgs[i]) {
				t.Fatalf("org %d:\n got  %+v\n want %+v", i, *got.orgs[i], *want.orgs[i])
			}
		}
		t.Fatalf("directories differ (%d and %d bodies)", len(got.orgs), len(want.orgs))
	}
}
