package data

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bantin/bantin/model"
)

// outletByDomain names the outlet behind a site's domain (without "www."
// or "m."). An unknown domain is shown as the bare domain. Built once,
// only read.
var outletByDomain = map[string]string{
	"cand.com.vn":         "CAND",
	"cand.vn":             "CAND",
	"baolangson.vn":       "Báo Lạng Sơn",
	"laodongthudo.vn":     "Lao Động Thủ Đô",
	"laodong.vn":          "Lao Động",
	"nld.com.vn":          "Người Lao Động",
	"vnexpress.net":       "VnExpress",
	"tuoitre.vn":          "Tuổi Trẻ",
	"thanhnien.vn":        "Thanh Niên",
	"dantri.com.vn":       "Dân Trí",
	"vietnamnet.vn":       "VietNamNet",
	"congdoan.vn":         "Công đoàn Việt Nam",
	"congdoanvn.org.vn":   "Công đoàn Việt Nam",
	"baohaiphong.vn":      "Báo Hải Phòng",
	"baohaiphong.com.vn":  "Báo Hải Phòng",
	"baoquangninh.vn":     "Báo Quảng Ninh",
	"baoquangninh.com.vn": "Báo Quảng Ninh",
	"baobacninh.vn":       "Báo Bắc Ninh",
	"baonghean.vn":        "Báo Nghệ An",
	"baothanhhoa.vn":      "Báo Thanh Hóa",
	"baodanang.vn":        "Báo Đà Nẵng",
	"baodongnai.com.vn":   "Báo Đồng Nai",
	"baobinhduong.vn":     "Báo Bình Dương",
	"baocantho.com.vn":    "Báo Cần Thơ",
	"hanoimoi.vn":         "Hà Nội Mới",
	"hanoimoi.com.vn":     "Hà Nội Mới",
	"sggp.org.vn":         "Sài Gòn Giải Phóng",
	"plo.vn":              "Pháp Luật TP.HCM",
	"nhandan.vn":          "Nhân Dân",
	"qdnd.vn":             "Quân đội nhân dân",
	"baochinhphu.vn":      "Báo Chính phủ",
	"chinhphu.vn":         "Báo Chính phủ",
	"vietnamplus.vn":      "VietnamPlus",
	"baotintuc.vn":        "Báo Tin tức",
	"vov.vn":              "VOV",
	"vtv.vn":              "VTV",
	"vtc.vn":              "VTC News",
	"znews.vn":            "Znews",
	"zingnews.vn":         "Znews",
	"tienphong.vn":        "Tiền Phong",
	"anninhthudo.vn":      "An ninh Thủ đô",
	"kinhtedothi.vn":      "Kinh tế & Đô thị",
	"giaoducthoidai.vn":   "Giáo dục và Thời đại",
	"suckhoedoisong.vn":   "Sức khỏe & Đời sống",
	"dangcongsan.vn":      "Báo điện tử Đảng Cộng sản Việt Nam",
	"baomoi.com":          "Báo Mới",
	"congthuong.vn":       "Báo Công Thương",
	"nguoilaodong.vn":     "Người Lao Động",
	// National and provincial papers seen in union news beyond the samples.
	"baodautu.vn":            "Báo Đầu tư",
	"baophapluat.vn":         "Báo Pháp luật Việt Nam",
	"baoquocte.vn":           "Báo Thế giới và Việt Nam",
	"toquoc.vn":              "Báo điện tử Tổ Quốc",
	"baothainguyen.vn":       "Báo Thái Nguyên",
	"baotuyenquang.com.vn":   "Báo Tuyên Quang",
	"baoquangnam.vn":         "Báo Quảng Nam",
	"baohoabinh.com.vn":      "Báo Hòa Bình",
	"baovinhphuc.com.vn":     "Báo Vĩnh Phúc",
	"baohatinh.vn":           "Báo Hà Tĩnh",
	"baobacgiang.vn":         "Báo Bắc Giang",
	"baobacgiang.com.vn":     "Báo Bắc Giang",
	"baolongan.vn":           "Báo Long An",
	"baothaibinh.com.vn":     "Báo Thái Bình",
	"baonamdinh.vn":          "Báo Nam Định",
	"baohaiduong.vn":         "Báo Hải Dương",
	"baophutho.vn":           "Báo Phú Thọ",
	"baoquangngai.vn":        "Báo Quảng Ngãi",
	"baokhanhhoa.vn":         "Báo Khánh Hòa",
	"baodaklak.vn":           "Báo Đắk Lắk",
	"baogialai.com.vn":       "Báo Gia Lai",
	"baoangiang.com.vn":      "Báo An Giang",
	"baocamau.vn":            "Báo Cà Mau",
	"baokiengiang.vn":        "Báo Kiên Giang",
	"baobinhdinh.vn":         "Báo Bình Định",
	"baobinhphuoc.com.vn":    "Báo Bình Phước",
	"baotayninh.vn":          "Báo Tây Ninh",
	"baolamdong.vn":          "Báo Lâm Đồng",
	"baoninhbinh.org.vn":     "Báo Ninh Bình",
	"baohungyen.vn":          "Báo Hưng Yên",
	"baoyenbai.com.vn":       "Báo Yên Bái",
	"baolaocai.vn":           "Báo Lào Cai",
	"baosonla.vn":            "Báo Sơn La",
	"baovinhlong.com.vn":     "Báo Vĩnh Long",
	"baotravinh.vn":          "Báo Trà Vinh",
	"baodongthap.vn":         "Báo Đồng Tháp",
	"baohaugiang.com.vn":     "Báo Hậu Giang",
	"baobaclieu.vn":          "Báo Bạc Liêu",
	"baosoctrang.org.vn":     "Báo Sóc Trăng",
	"baobentre.com.vn":       "Báo Bến Tre",
	"baotiengiang.vn":        "Báo Tiền Giang",
	"baobinhthuan.com.vn":    "Báo Bình Thuận",
	"baoninhthuan.com.vn":    "Báo Ninh Thuận",
	"baophuyen.vn":           "Báo Phú Yên",
	"baoquangbinh.vn":        "Báo Quảng Bình",
	"baoquangtri.vn":         "Báo Quảng Trị",
	"baothuathienhue.vn":     "Báo Thừa Thiên Huế",
	"baokontum.com.vn":       "Báo Kon Tum",
	"baodaknong.vn":          "Báo Đắk Nông",
	"baohagiang.vn":          "Báo Hà Giang",
	"baocaobang.vn":          "Báo Cao Bằng",
	"baobackan.vn":           "Báo Bắc Kạn",
	"baodienbienphu.info.vn": "Báo Điện Biên Phủ",
	"baolaichau.vn":          "Báo Lai Châu",
	"baohanam.com.vn":        "Báo Hà Nam",
	// Magazines: the union confederation's own, and those union news
	// quotes most. Their names have lower-case words ("và", "sản"), so a
	// masthead is known by name, not by shape (see isOutletLine).
	"laodongcongdoan.vn":   "Tạp chí Lao động và Công đoàn",
	"tapchicongsan.org.vn": "Tạp chí Cộng sản",
	"tapchitaichinh.vn":    "Tạp chí Tài chính",
	"tapchicongthuong.vn":  "Tạp chí Công Thương",
}

// outletByMarker names the outlet behind a lead marker such as "(LĐTĐ)",
// keyed by the marker's folded text. An unknown marker is shown as written.
var outletByMarker = map[string]string{
	"ldtd":           "Lao Động Thủ Đô",
	"tpo":            "Tiền Phong",
	"vov.vn":         "VOV",
	"vtv.vn":         "VTV",
	"vna":            "TTXVN",
	"nd":             "Nhân Dân",
	"ndo":            "Nhân Dân",
	"vtc news":       "VTC News",
	"vnn":            "VietNamNet",
	"vietnamnet":     "VietNamNet",
	"vietnam+":       "VietnamPlus",
	"znews":          "Znews",
	"zingnews":       "Znews",
	"thanh nien":     "Thanh Niên",
	"nhan dan":       "Nhân Dân",
	"lao dong":       "Lao Động",
	"nldo":           "Người Lao Động",
	"nld":            "Người Lao Động",
	"ld":             "Lao Động",
	"cand":           "CAND",
	"antd":           "An ninh Thủ đô",
	"hnm":            "Hà Nội Mới",
	"hnmo":           "Hà Nội Mới",
	"plo":            "Pháp Luật TP.HCM",
	"sggp":           "Sài Gòn Giải Phóng",
	"sggpo":          "Sài Gòn Giải Phóng",
	"dan tri":        "Dân Trí",
	"vov":            "VOV",
	"vtv":            "VTV",
	"ttxvn":          "TTXVN",
	"vnexpress":      "VnExpress",
	"tuoi tre":       "Tuổi Trẻ",
	"tto":            "Tuổi Trẻ",
	"tno":            "Thanh Niên",
	"gdvn":           "Giáo dục Việt Nam",
	"gd&td":          "Giáo dục và Thời đại",
	"dcsvn":          "Báo điện tử Đảng Cộng sản Việt Nam",
	"chinhphu.vn":    "Báo Chính phủ",
	"baochinhphu.vn": "Báo Chính phủ",
	"vietnamplus":    "VietnamPlus",
	"qdnd":           "Quân đội nhân dân",
	"tbtcvn":         "Tài chính",
	"kinhtedothi":    "Kinh tế & Đô thị",
	"ktdt":           "Kinh tế & Đô thị",
	"congdoan.vn":    "Công đoàn Việt Nam",
}

// hostOf returns the lower-case host of an http(s) URL without "www." or
// "m.", or "".
func hostOf(url string) string {
	rest, ok := cutPrefixFold(url, "https://")
	if !ok {
		rest, ok = cutPrefixFold(url, "http://")
	}
	if !ok {
		return ""
	}
	if i := strings.IndexAny(rest, "/?#"); i >= 0 {
		rest = rest[:i]
	}
	if i := strings.LastIndexByte(rest, '@'); i >= 0 {
		rest = rest[i+1:]
	}
	if i := strings.IndexByte(rest, ':'); i >= 0 {
		rest = rest[:i]
	}
	return bareDomain(rest)
}

func bareDomain(host string) string {
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, p := range []string{"www.", "m.", "amp."} {
		host = strings.TrimPrefix(host, p)
	}
	return host
}

// outletForDomain names the outlet of a domain: the table's name, else the
// bare domain itself.
func outletForDomain(domain string) string {
	d := bareDomain(domain)
	if d == "" {
		return ""
	}
	if name, ok := outletByDomain[d]; ok {
		return name
	}
	return d
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}

// outletByName maps an outlet's folded name, without "báo" and "điện tử",
// to its display name: "Báo Lao Động điện tử" and "Lao Động" both find
// "Lao Động". Built once from the two tables above, only read.
var outletByName = func() map[string]string {
	m := map[string]string{}
	for _, name := range outletByDomain {
		m[outletKey(name)] = name
	}
	for _, name := range outletByMarker {
		if _, ok := m[outletKey(name)]; !ok {
			m[outletKey(name)] = name
		}
	}
	return m
}()

// outletDisplayNames holds the known outlets' names exactly as they write
// them ("Znews", "Quân đội nhân dân", "Kinh tế & Đô thị"): a menu line
// spelled so is the site's masthead, while a section spelled otherwise
// ("Lao động") is not. Built once, only read.
var outletDisplayNames = func() map[string]bool {
	m := map[string]bool{}
	for _, name := range outletByDomain {
		m[name] = true
	}
	for _, name := range outletByMarker {
		m[name] = true
	}
	return m
}()

// markerLine names the outlet of a line that is only a known marker in
// capitals: "QĐND", "SGGPO", "TTXVN" (not "Lao động", not a name).
func markerLine(l string) (string, bool) {
	if strings.ContainsRune(l, ' ') || utf8.RuneCountInString(l) < 3 || len(l) > 20 {
		return "", false
	}
	for _, r := range l {
		if unicode.IsLower(r) {
			return "", false
		}
	}
	return markerName(l)
}

// markerName looks m up in outletByMarker by its fold, made on the stack
// (model.Fold allocates for anything but lower-case ASCII, and a marker
// is in capitals).
func markerName(m string) (string, bool) {
	var fb [64]byte
	name, ok := outletByMarker[foldInto(fb[:0], m)]
	return name, ok
}

func isMarkerLine(l string) bool {
	_, ok := markerLine(l)
	return ok
}

func outletKey(name string) string {
	return outletKeyFolded(model.Fold(name))
}

// outletKeyFolded is outletKey of an already folded name. A magazine
// keeps its "tạp chí" ("Lao động và Công đoàn" alone is a section, not
// the magazine), less an "điện tử" after it.
func outletKeyFolded(k string) string {
	k = strings.TrimPrefix(k, "bao dien tu ")
	k = strings.TrimPrefix(k, "bao ")
	if rest, ok := strings.CutPrefix(k, "tap chi dien tu "); ok {
		k = "tap chi " + rest
	}
	k = strings.TrimSuffix(k, " dien tu")
	k = strings.TrimSuffix(k, " online")
	return strings.TrimSpace(k)
}

// outletKeyFoldedBytes is outletKeyFolded on bytes (the same trims). It
// may write to k.
func outletKeyFoldedBytes(k []byte) []byte {
	k = bytes.TrimPrefix(k, []byte("bao dien tu "))
	k = bytes.TrimPrefix(k, []byte("bao "))
	if rest, ok := bytes.CutPrefix(k, []byte("tap chi dien tu ")); ok {
		// "tap chi dien tu X" → "tap chi X", in place.
		k = append(k[:len("tap chi ")], rest...)
	}
	k = bytes.TrimSuffix(k, []byte(" dien tu"))
	k = bytes.TrimSuffix(k, []byte(" online"))
	return bytes.TrimSpace(k)
}

// splitTitleOutlet splits a page title that ends with its site's name,
// "Công đoàn … - Báo Lao Động điện tử" or "… | VnExpress", into the
// headline and the outlet. Only known outlets and domains are taken off.
func splitTitleOutlet(title string) (headline, outlet string, ok bool) {
	for _, sep := range []string{" | ", " - ", " – "} {
		if strings.IndexByte(title, sep[1]) < 0 {
			continue // a quick search for the separator's second byte first
		}
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		head, tail := strings.TrimSpace(title[:i]), strings.TrimSpace(title[i+len(sep):])
		if fieldCount(head, 3) < 3 || len(tail) > 60 {
			continue
		}
		var buf [96]byte // outletKey(tail), folded on the stack
		if name, known := outletByName[string(outletKeyFoldedBytes(model.AppendFold(buf[:0], tail)))]; known {
			return head, name, true
		}
		if !strings.ContainsRune(tail, ' ') && strings.ContainsRune(tail, '.') {
			if name, known := outletByDomain[bareDomain(tail)]; known {
				return head, name, true
			}
		}
	}
	return title, "", false
}
