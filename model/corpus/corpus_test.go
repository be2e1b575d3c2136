package corpus

import (
	"testing"

	"github.com/bantin/bantin/model"
)

func TestNewOrdersNewestFirst(t *testing.T) {
	day := func(y, m, d int) model.Date {
		return model.Date{Year: y, Month: m, Day: d, Precision: model.PrecisionDay}
	}
	arts := []model.Article{
		{File: "b.txt", Date: day(2021, 4, 15)},
		{File: "unknown.txt", Date: model.Date{Precision: model.PrecisionUnknown}},
		{File: "a.txt", Date: day(2021, 4, 15)},
		{File: "new.txt", Date: day(2024, 11, 7)},
		{File: "old.txt", Date: day(2020, 9, 29)},
	}
	c := New(arts)
	want := []string{"new.txt", "a.txt", "b.txt", "old.txt", "unknown.txt"}
	if c.Len() != len(want) {
		t.Fatalf("Len = %d, want %d", c.Len(), len(want))
	}
	for i, f := range want {
		if got := c.Articles[i].File; got != f {
			t.Errorf("article %d is %s, want %s", i, got, f)
		}
		if c.Articles[i].ID != i {
			t.Errorf("article %s has ID %d, want %d", f, c.Articles[i].ID, i)
		}
	}
	if c.Index == nil || c.Orgs == nil {
		t.Fatal("index or directory not built")
	}
}
