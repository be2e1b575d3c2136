package orgs

import "github.com/bantin/bantin/model"

// ExtractFullText is Extract reading every word of the article, for tests
// comparing it with the windowed reading.
func ExtractFullText(r *Recognizer, a *model.Article) []model.OrgMention {
	paras := append([]string{a.Title}, a.Body...)
	return r.scanParas(&scratch{}, paras, a, false).mentions()
}
