package orgs

import (
	"slices"
	"strings"

	"github.com/bantin/bantin/model"
)

// Word lists used by the rules. Keys are folded (lower case, no diacritics,
// đ→d); where a folded key is ambiguous the rule also checks the raw word.

// confederationName is the canonical name of the national confederation.
const confederationName = "Tổng Liên đoàn Lao động Việt Nam"

// pluralBefore: a head preceded by one of these words names several bodies
// or bodies in general ("các công đoàn cơ sở", "những công đoàn ngành").
// Raw (accented, lower-case) forms, compared case-insensitively.
var pluralBefore = []string{"các", "những", "mỗi", "từng", "nhiều", "mọi"}

// numberWords: written in lower case before or after a head, they count
// bodies ("hai Công đoàn", "Công đoàn ngành Công Thương hai Thành phố").
// Compared case-sensitively: "Hai Bà Trưng" and "Ba Đình" are places.
var numberWords = []string{"hai", "ba", "bốn", "2", "3", "4"}

// pluralAfter: a name followed by one of these is plural or generic
// ("Công đoàn ngành Công Thương hai Thành phố", "công đoàn các cấp",
// "LĐLĐ hai Thành phố").
var pluralAfter = []string{"các", "cấp", "những", "mỗi", "từng", "cả"}

// pluralFolds: the folded forms of pluralBefore and pluralAfter, a quick
// test before comparing the accented words.
var pluralFolds = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range append(slices.Clone(pluralBefore), pluralAfter...) {
		m[model.Fold(w)] = true
	}
	return m
}()

// genericMovementBefore: "Công đoàn Việt Nam" after these words is the
// union movement or system in general, not the confederation
// ("tổ chức Công đoàn Việt Nam", "hệ thống Công đoàn Việt Nam").
var genericMovementBefore = map[string]bool{
	"to chuc": true, "he thong": true, "phong trao": true, "hoat dong": true,
	"can bo": true, "doan vien": true, "lich su": true, "truyen thong": true,
	"giai cap": true, "nganh": true,
}

// stopWords end a unit's name: function words and the verbs a sentence
// continues with after its subject. Compared with the raw lower-case word,
// accents included, since folding merges words ("khí"/"khi", "dầu"/"đầu").
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		tổ chức và đã đang sẽ vừa của tại với cho trong về là có được bị nhằm để
		theo do từ đến khi thì mà này cũng cùng luôn các những trao tặng ký phát
		thực tham nhận hướng lên ra vào năm ngày tháng sáng chiều tối tới chủ phó
		ban người hội đối phối tiếp hỗ giúp làm chăm kiểm giám gửi góp như hay
		hoặc nếu vì sau trước giữa trên dưới qua lại rồi rất đều còn phải nên muốn
		biết thấy nói khai kết triển hiện tuyên thăm đề ghi đánh quan tổng nâng
		tăng đẩy chỉ yêu mong họp mở giao đạt bàn bảo xin gặp ủng vận động tiến
		nhiều ít mới cơ sở cấp trực thuộc toàn`) {
		m[w] = true
	}
	return m
}()

// speechVerbs follow a speaker's name ("… Nguyễn Văn Bình cho biết"):
// raw lower-case words or pairs of words.
var speechVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split("cho biết,phát biểu,khẳng định,nhấn mạnh,chia sẻ,cho rằng,nói,đề nghị,"+
		"thông tin,nêu rõ,bày tỏ,trao đổi,yêu cầu,kiến nghị,đề xuất,thông báo,giải thích,tâm sự,báo cáo,"+
		"nhận định,đánh giá,khai mạc,kết luận,ghi nhận,trình bày,cam kết,hứa,kể,nhớ lại,bộc bạch", ",") {
		m[w] = true
	}
	return m
}()

// legalForms are words of a company's legal form; they do not name it.
var legalForms = map[string]bool{
	"co": true, "phan": true, "tnhh": true, "mtv": true, "tmcp": true, "cp": true, "ctcp": true,
	"trach": true, "nhiem": true, "huu": true, "han": true, "mot": true, "thanh": true,
	"vien": true, "hai": true, "lien": true, "doanh": true, "von": true,
}

// unitHeads start the name of a unit whose union is named after it
// ("Công đoàn Công ty Cổ phần …", "CĐCS Trường THPT …").
var unitHeads = []struct {
	words   []string
	kind    model.OrgKind
	display string // replaces the written head in the canonical name, if set
}{
	{[]string{"tap", "doan"}, model.KindEnterprise, "Tập đoàn"},
	{[]string{"tong", "cong", "ty"}, model.KindEnterprise, "Tổng công ty"},
	{[]string{"tong", "cty"}, model.KindEnterprise, "Tổng công ty"},
	{[]string{"cong", "ty"}, model.KindEnterprise, "Công ty"},
	{[]string{"cty"}, model.KindEnterprise, "Công ty"},
	{[]string{"nha", "may"}, model.KindEnterprise, ""},
	{[]string{"xi", "nghiep"}, model.KindEnterprise, ""},
	{[]string{"khach", "san"}, model.KindEnterprise, ""},
	{[]string{"ngan", "hang"}, model.KindEnterprise, ""},
	{[]string{"hop", "tac", "xa"}, model.KindEnterprise, ""},
	{[]string{"truong"}, model.KindGrassroots, ""},
	{[]string{"benh", "vien"}, model.KindGrassroots, ""},
	{[]string{"so"}, model.KindGrassroots, ""},
	{[]string{"vien"}, model.KindGrassroots, ""},
	{[]string{"hoc", "vien"}, model.KindGrassroots, ""},
	{[]string{"dai", "hoc"}, model.KindGrassroots, ""},
	{[]string{"trung", "tam"}, model.KindGrassroots, ""},
	{[]string{"cuc"}, model.KindGrassroots, ""},
	{[]string{"tong", "cuc"}, model.KindGrassroots, ""},
	{[]string{"van", "phong"}, model.KindGrassroots, ""},
	{[]string{"kho", "bac"}, model.KindGrassroots, ""},
	{[]string{"bao", "hiem", "xa", "hoi"}, model.KindGrassroots, ""},
	{[]string{"bhxh"}, model.KindGrassroots, ""},
	{[]string{"uy", "ban"}, model.KindGrassroots, ""},
	{[]string{"ubnd"}, model.KindGrassroots, ""},
	{[]string{"co", "quan"}, model.KindGrassroots, ""},
	{[]string{"ban", "quan", "ly"}, model.KindGrassroots, ""},
	{[]string{"bo"}, model.KindGrassroots, ""},
	{[]string{"bao"}, model.KindGrassroots, ""},
	{[]string{"dai"}, model.KindGrassroots, ""},
	// Unions of industrial and economic zones sit above the grassroots.
	{[]string{"khu", "kinh", "te"}, model.KindOther, ""},
	{[]string{"khu", "cong", "nghe", "cao"}, model.KindOther, ""},
	{[]string{"khu", "cong", "nghiep", "va", "che", "xuat"}, model.KindOther, ""},
	{[]string{"khu", "che", "xuat", "va", "cong", "nghiep"}, model.KindOther, ""},
	{[]string{"khu", "cong", "nghiep"}, model.KindOther, ""},
	{[]string{"khu", "che", "xuat"}, model.KindOther, ""},
	{[]string{"kcn", "va", "kcx"}, model.KindOther, "Khu công nghiệp và chế xuất"},
	{[]string{"kcx", "va", "kcn"}, model.KindOther, "Khu chế xuất và công nghiệp"},
	{[]string{"kcn"}, model.KindOther, "Khu công nghiệp"},
	{[]string{"kkt"}, model.KindOther, "Khu kinh tế"},
	{[]string{"kcx"}, model.KindOther, "Khu chế xuất"},
}

// unitHeadIndex: the unitHeads starting with each folded word.
var unitHeadIndex = func() map[string][]int {
	m := map[string][]int{}
	for i, h := range unitHeads {
		m[h.words[0]] = append(m[h.words[0]], i)
	}
	return m
}()

// unitHeadRaw: heads that fold to common words must be written so
// ("Sở", not "số"; "Bộ", not "bộ"), checked case-insensitively on the raw text.
var unitHeadRaw = map[string]string{
	"so": "sở", "bo": "bộ", "bao": "báo", "dai": "đài", "vien": "viện", "cuc": "cục",
	"truong": "trường",
}

// surnames: a capitalised surname followed by two more capitalised words
// is a person's name, which ends a unit's name ("… Công ty X Nguyễn Văn A").
var surnames = map[string]bool{
	"nguyen": true, "tran": true, "le": true, "pham": true, "hoang": true, "huynh": true,
	"phan": true, "vu": true, "vo": true, "dang": true, "bui": true, "do": true,
	"ho": true, "ngo": true, "duong": true, "ly": true, "dinh": true, "dao": true,
	"trinh": true, "luong": true, "doan": true, "truong": true, "cao": true, "ta": true,
	"chu": true, "quach": true, "lam": true, "mai": true, "ha": true, "to": true,
}

// roleWords are capitalised words that start a new noun phrase, so "và"
// before them does not continue a name ("Công ty X và Ban Giám đốc").
var roleWords = map[string]bool{
	"ban": true, "chu": true, "pho": true, "giam": true, "uy": true, "ubnd": true,
	"dang": true, "so": true, "bo": true, "hoi": true, "doan": true, "lanh": true,
	"cong": true, "lien": true, "tong": true, "ldld": true, "cd": true, "cdcs": true,
	"cdvc": true, "truong": true, "nguoi": true,
}

// acronymsNotBrands are capitalised ASCII acronyms that are not a company's
// name after "Công đoàn".
var acronymsNotBrands = map[string]bool{
	"vn": true, "tp": true, "hcm": true, "tphcm": true, "kcn": true, "kcx": true, "kkt": true, "bhxh": true,
	"ubnd": true, "cbcnv": true, "cnv": true, "mttq": true, "thpt": true, "thcs": true,
	"gtvt": true, "cand": true, "nld": true, "cnvc": true, "hdnd": true, "bch": true,
	"cnvcld": true, "atvsld": true, "ld": true, "qd": true, "nq": true, "tw": true,
	"ct": true, "dt": true, "gd": true, "pv": true, "tv": true, "xh": true,
}

// outletPlaces: outlets (as their folded name or a folded label of their
// web address) that belong to one province. Outlets named "Báo <province>"
// or with an address "bao<province>…" are recognised by rule, not listed.
var outletPlaces = map[string]string{
	"lao dong thu do": "Hà Nội", "laodongthudo": "Hà Nội", "ldtd": "Hà Nội",
	"ha noi moi": "Hà Nội", "hanoimoi": "Hà Nội", "kinh te & do thi": "Hà Nội",
	"kinhtedothi": "Hà Nội", "nguoi lao dong": "Hồ Chí Minh", "nld": "Hồ Chí Minh",
	"sai gon giai phong": "Hồ Chí Minh", "sggp": "Hồ Chí Minh", "hnm": "Hà Nội",
}
