package orgs

import (
	"reflect"
	"testing"

	"github.com/bantin/bantin/model"
)

// The windows must read like the whole text in the cases FuzzExtract
// found where they did not (see docs/organisations.md).
func TestWindowsLikeFullTextFixed(t *testing.T) {
	for _, s := range []string{
		// "đO": the pre-scan looked for "đo" in lower case only, the
		// rules read "đoàn" in any case.
		"Công đOàn CtY 0",
		"Hôm qua Công đOÀN Giáo dục tỉnh Nghệ An họp.",
		// Head abbreviations in letters that fold alike: the pre-scan
		// knew "LĐLĐ" and "LĐ" + marks + "LĐ" only.
		"LĐLĎ tỉnh",
		"Tại Nghệ An, LĐLĎ tỉnh Nghệ An họp.",
		"LĎLĐ Hà Nội họp.",
		"LĐLD tỉnh Nghệ An",
		"LĐĹĐ tỉnh Nghệ An",
		"Ông A (TĽĐ) nói.",
		// A lower-case word after "công đoàn" spelt otherwise than
		// usual (FuzzExtract): the pre-scan compared the usual spellings.
		"công đoàn cáC    Khu Chế Xuất 0à A0000",
		"Hội nghị công đoàn cÁc Khu công nghiệp tỉnh Bắc Ninh.",
		// An abbreviation without a head's "Đ" introduced inside a name:
		// its later uses were looked for only when introduced at the end.
		"Liên đoàn LAo động(LĐ)Hà Nội LĐ",
		"Liên đoàn Lao động (LĐ) Hà Nội họp. Sau đó LĐ tổ chức hội nghị lớn ở ngoại thành Hà Nội.",
	} {
		a := model.Article{Title: "x", Body: []string{s}}
		got := Default().extract(&scratch{}, &a)
		full := ExtractFullText(Default(), &a)
		if len(full) == 0 || !reflect.DeepEqual(got, full) {
			t.Errorf("%q:\n windows   %s\n full text %s", s, show(got), show(full))
		}
	}
}
