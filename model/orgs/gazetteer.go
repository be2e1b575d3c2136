package orgs

import (
	"slices"
	"strings"

	"github.com/bantin/bantin/model"
)

// place is a province-level unit or a district-level unit of the gazetteer.
// Places are built once and only read afterwards.
type place struct {
	name  string // display name: "Lạng Sơn", "Hồ Chí Minh", "Sóc Sơn"
	level string // "tỉnh" or "thành phố" for provinces; "quận", "huyện", "thị xã", "thành phố" for districts
	// prov is the province of a district (nil for a province, or for a
	// district that is not in the gazetteer).
	prov    *place
	central bool // a centrally-run city (thành phố trực thuộc trung ương)
	// successor is the province-level unit it belongs to after the 2025
	// merger (the same name when it kept its name).
	successor string
	// personLike: the name is also a person's name (Hồ Chí Minh), so a bare
	// mention does not count as the article naming the place.
	personLike bool
	// sectorName is how the place is written after a sector union's name.
	sectorName string
	// district: a district-level unit (quận, huyện, thị xã, provincial city).
	district bool
	// fed is the canonical name of its federation (gazetteer places).
	fed string
}

// provinceRow: name, level, post-2025 successor, extra spellings.
type provinceRow struct {
	name, level, successor string
	spellings              []string
}

// provinceTable lists the 63 provinces and centrally-run cities in force
// before the 2025 merger, with the 34 units after it as successors (every
// post-2025 unit kept the name of one of its members), plus Hà Tây (merged
// into Hà Nội in 2008) because older articles name it.
var provinceTable = []provinceRow{
	{"Hà Nội", "thành phố", "Hà Nội", []string{"HN"}},
	{"Hồ Chí Minh", "thành phố", "Hồ Chí Minh", []string{"HCM", "TPHCM", "TP.HCM", "TP HCM", "Sài Gòn"}},
	{"Hải Phòng", "thành phố", "Hải Phòng", nil},
	{"Đà Nẵng", "thành phố", "Đà Nẵng", nil},
	{"Cần Thơ", "thành phố", "Cần Thơ", nil},
	{"Huế", "thành phố", "Huế", []string{"Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế", "TT Huế"}},
	{"An Giang", "tỉnh", "An Giang", nil},
	{"Bà Rịa - Vũng Tàu", "tỉnh", "Hồ Chí Minh", []string{"Bà Rịa Vũng Tàu", "BR-VT", "BRVT"}},
	{"Bắc Giang", "tỉnh", "Bắc Ninh", nil},
	{"Bắc Kạn", "tỉnh", "Thái Nguyên", []string{"Bắc Cạn"}},
	{"Bạc Liêu", "tỉnh", "Cà Mau", nil},
	{"Bắc Ninh", "tỉnh", "Bắc Ninh", nil},
	{"Bến Tre", "tỉnh", "Vĩnh Long", nil},
	{"Bình Định", "tỉnh", "Gia Lai", nil},
	{"Bình Dương", "tỉnh", "Hồ Chí Minh", nil},
	{"Bình Phước", "tỉnh", "Đồng Nai", nil},
	{"Bình Thuận", "tỉnh", "Lâm Đồng", nil},
	{"Cà Mau", "tỉnh", "Cà Mau", nil},
	{"Cao Bằng", "tỉnh", "Cao Bằng", nil},
	{"Đắk Lắk", "tỉnh", "Đắk Lắk", []string{"Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Daklak", "Dak Lak"}},
	{"Đắk Nông", "tỉnh", "Lâm Đồng", []string{"Đắc Nông", "Đăk Nông", "Daknong", "Dak Nong"}},
	{"Điện Biên", "tỉnh", "Điện Biên", nil},
	{"Đồng Nai", "tỉnh", "Đồng Nai", nil},
	{"Đồng Tháp", "tỉnh", "Đồng Tháp", nil},
	{"Gia Lai", "tỉnh", "Gia Lai", nil},
	{"Hà Giang", "tỉnh", "Tuyên Quang", nil},
	{"Hà Nam", "tỉnh", "Ninh Bình", nil},
	{"Hà Tĩnh", "tỉnh", "Hà Tĩnh", nil},
	{"Hải Dương", "tỉnh", "Hải Phòng", nil},
	{"Hậu Giang", "tỉnh", "Cần Thơ", nil},
	{"Hòa Bình", "tỉnh", "Phú Thọ", nil},
	{"Hưng Yên", "tỉnh", "Hưng Yên", nil},
	{"Khánh Hòa", "tỉnh", "Khánh Hòa", nil},
	{"Kiên Giang", "tỉnh", "An Giang", nil},
	{"Kon Tum", "tỉnh", "Quảng Ngãi", []string{"Kontum"}},
	{"Lai Châu", "tỉnh", "Lai Châu", nil},
	{"Lâm Đồng", "tỉnh", "Lâm Đồng", nil},
	{"Lạng Sơn", "tỉnh", "Lạng Sơn", nil},
	{"Lào Cai", "tỉnh", "Lào Cai", nil},
	{"Long An", "tỉnh", "Tây Ninh", nil},
	{"Nam Định", "tỉnh", "Ninh Bình", nil},
	{"Nghệ An", "tỉnh", "Nghệ An", nil},
	{"Ninh Bình", "tỉnh", "Ninh Bình", nil},
	{"Ninh Thuận", "tỉnh", "Khánh Hòa", nil},
	{"Phú Thọ", "tỉnh", "Phú Thọ", nil},
	{"Phú Yên", "tỉnh", "Đắk Lắk", nil},
	{"Quảng Bình", "tỉnh", "Quảng Trị", nil},
	{"Quảng Nam", "tỉnh", "Đà Nẵng", nil},
	{"Quảng Ngãi", "tỉnh", "Quảng Ngãi", nil},
	{"Quảng Ninh", "tỉnh", "Quảng Ninh", nil},
	{"Quảng Trị", "tỉnh", "Quảng Trị", nil},
	{"Sóc Trăng", "tỉnh", "Cần Thơ", nil},
	{"Sơn La", "tỉnh", "Sơn La", nil},
	{"Tây Ninh", "tỉnh", "Tây Ninh", nil},
	{"Thái Bình", "tỉnh", "Hưng Yên", nil},
	{"Thái Nguyên", "tỉnh", "Thái Nguyên", nil},
	{"Thanh Hóa", "tỉnh", "Thanh Hóa", nil},
	{"Tiền Giang", "tỉnh", "Đồng Tháp", nil},
	{"Trà Vinh", "tỉnh", "Vĩnh Long", nil},
	{"Tuyên Quang", "tỉnh", "Tuyên Quang", nil},
	{"Vĩnh Long", "tỉnh", "Vĩnh Long", nil},
	{"Vĩnh Phúc", "tỉnh", "Phú Thọ", nil},
	{"Yên Bái", "tỉnh", "Lào Cai", nil},
	{"Hà Tây", "tỉnh", "Hà Nội", nil},
}

// districtTable: province → level → district names, as they stood before
// the 2025 abolition of the district level. Hà Nội, TP Hồ Chí Minh, Hải
// Phòng, Đà Nẵng and Cần Thơ are complete; elsewhere the provincial cities
// and towns whose name differs from their province's, and the districts of
// the main industrial provinces. A name listed under two provinces at the
// same level (Chợ Mới, Phong Điền) is ambiguous and gets no province.
var districtTable = []struct {
	prov   string
	level  string
	names  []string
	spells map[string][]string
}{
	{"Hà Nội", "quận", []string{"Ba Đình", "Hoàn Kiếm", "Tây Hồ", "Long Biên", "Cầu Giấy", "Đống Đa", "Hai Bà Trưng", "Hoàng Mai", "Thanh Xuân", "Nam Từ Liêm", "Bắc Từ Liêm", "Hà Đông"}, nil},
	{"Hà Nội", "thị xã", []string{"Sơn Tây"}, nil},
	{"Hà Nội", "huyện", []string{"Ba Vì", "Chương Mỹ", "Đan Phượng", "Đông Anh", "Gia Lâm", "Hoài Đức", "Mê Linh", "Mỹ Đức", "Phú Xuyên", "Phúc Thọ", "Quốc Oai", "Sóc Sơn", "Thạch Thất", "Thanh Oai", "Thanh Trì", "Thường Tín", "Ứng Hòa"}, nil},
	{"Hồ Chí Minh", "quận", []string{"Bình Tân", "Bình Thạnh", "Gò Vấp", "Phú Nhuận", "Tân Bình", "Tân Phú"}, nil},
	{"Hồ Chí Minh", "thành phố", []string{"Thủ Đức"}, nil},
	{"Hồ Chí Minh", "huyện", []string{"Bình Chánh", "Cần Giờ", "Củ Chi", "Hóc Môn", "Nhà Bè"}, nil},
	{"Hải Phòng", "quận", []string{"Hồng Bàng", "Ngô Quyền", "Lê Chân", "Hải An", "Kiến An", "Đồ Sơn", "Dương Kinh"}, nil},
	{"Hải Phòng", "huyện", []string{"An Dương", "An Lão", "Kiến Thụy", "Tiên Lãng", "Vĩnh Bảo", "Cát Hải", "Bạch Long Vĩ"}, nil},
	{"Hải Phòng", "thành phố", []string{"Thủy Nguyên"}, nil},
	{"Đà Nẵng", "quận", []string{"Hải Châu", "Thanh Khê", "Sơn Trà", "Ngũ Hành Sơn", "Liên Chiểu", "Cẩm Lệ"}, nil},
	{"Đà Nẵng", "huyện", []string{"Hòa Vang"}, nil},
	{"Cần Thơ", "quận", []string{"Ninh Kiều", "Bình Thủy", "Cái Răng", "Ô Môn", "Thốt Nốt"}, nil},
	{"Cần Thơ", "huyện", []string{"Phong Điền", "Cờ Đỏ", "Thới Lai", "Vĩnh Thạnh"}, nil},
	{"Đồng Nai", "thành phố", []string{"Biên Hòa", "Long Khánh"}, nil},
	{"Bình Dương", "thành phố", []string{"Thủ Dầu Một", "Dĩ An", "Thuận An"}, nil},
	{"Bà Rịa - Vũng Tàu", "thành phố", []string{"Vũng Tàu", "Bà Rịa"}, nil},
	{"Nghệ An", "thành phố", []string{"Vinh"}, nil},
	{"Quảng Ninh", "thành phố", []string{"Hạ Long", "Cẩm Phả", "Uông Bí", "Móng Cái"}, nil},
	{"Khánh Hòa", "thành phố", []string{"Nha Trang", "Cam Ranh"}, nil},
	{"Lâm Đồng", "thành phố", []string{"Đà Lạt", "Bảo Lộc"}, nil},
	{"Đắk Lắk", "thành phố", []string{"Buôn Ma Thuột"}, nil},
	{"Gia Lai", "thành phố", []string{"Pleiku"}, nil},
	{"Bình Định", "thành phố", []string{"Quy Nhơn"}, nil},
	{"Phú Thọ", "thành phố", []string{"Việt Trì"}, nil},
	{"Tiền Giang", "thành phố", []string{"Mỹ Tho"}, nil},
	{"An Giang", "thành phố", []string{"Long Xuyên", "Châu Đốc"}, nil},
	{"Kiên Giang", "thành phố", []string{"Rạch Giá", "Phú Quốc"}, nil},
	{"Bình Thuận", "thành phố", []string{"Phan Thiết"}, nil},
	{"Phú Yên", "thành phố", []string{"Tuy Hòa"}, nil},
	{"Quảng Nam", "thành phố", []string{"Hội An", "Tam Kỳ"}, nil},
	{"Quảng Bình", "thành phố", []string{"Đồng Hới"}, nil},
	{"Quảng Trị", "thành phố", []string{"Đông Hà"}, nil},
	{"Thanh Hóa", "thành phố", []string{"Sầm Sơn"}, nil},
	{"Bắc Ninh", "thành phố", []string{"Từ Sơn"}, nil},
	{"Vĩnh Phúc", "thành phố", []string{"Vĩnh Yên", "Phúc Yên"}, nil},
	{"Hải Dương", "thành phố", []string{"Chí Linh"}, nil},
	{"Thái Nguyên", "thành phố", []string{"Sông Công", "Phổ Yên"}, nil},
	{"Nghệ An", "thị xã", []string{"Hoàng Mai", "Cửa Lò", "Thái Hòa"}, nil},
	{"Lạng Sơn", "huyện", []string{"Cao Lộc", "Chi Lăng", "Hữu Lũng", "Lộc Bình", "Đình Lập", "Văn Lãng", "Văn Quan", "Bình Gia", "Bắc Sơn", "Tràng Định"}, nil},
	{"Nghệ An", "huyện", []string{"Diễn Châu", "Quỳnh Lưu", "Nghi Lộc", "Hưng Nguyên", "Nam Đàn", "Đô Lương", "Yên Thành", "Thanh Chương", "Anh Sơn", "Con Cuông", "Tương Dương", "Kỳ Sơn", "Quế Phong", "Quỳ Châu", "Quỳ Hợp", "Nghĩa Đàn", "Tân Kỳ"}, nil},
	{"Đồng Nai", "huyện", []string{"Nhơn Trạch", "Trảng Bom", "Long Thành", "Vĩnh Cửu", "Thống Nhất", "Cẩm Mỹ", "Xuân Lộc", "Định Quán", "Tân Phú"}, nil},
	{"Bình Dương", "huyện", []string{"Bàu Bàng", "Bắc Tân Uyên", "Dầu Tiếng", "Phú Giáo"}, nil},
	{"Bình Dương", "thành phố", []string{"Bến Cát", "Tân Uyên"}, nil},
	{"Bà Rịa - Vũng Tàu", "huyện", []string{"Châu Đức", "Xuyên Mộc", "Long Điền", "Đất Đỏ", "Côn Đảo"}, nil},
	{"Bà Rịa - Vũng Tàu", "thị xã", []string{"Phú Mỹ"}, nil},
	{"Thanh Hóa", "huyện", []string{"Hoằng Hóa", "Quảng Xương", "Đông Sơn", "Thiệu Hóa", "Yên Định", "Thọ Xuân", "Triệu Sơn", "Nông Cống", "Hậu Lộc", "Hà Trung", "Nga Sơn", "Vĩnh Lộc", "Thạch Thành", "Cẩm Thủy", "Ngọc Lặc", "Lang Chánh", "Như Xuân", "Như Thanh", "Thường Xuân", "Bá Thước", "Quan Hóa", "Quan Sơn", "Mường Lát"}, nil},
	{"Thanh Hóa", "thị xã", []string{"Nghi Sơn", "Bỉm Sơn"}, nil},
	{"Hà Tĩnh", "huyện", []string{"Cẩm Xuyên", "Thạch Hà", "Can Lộc", "Nghi Xuân", "Đức Thọ", "Hương Sơn", "Hương Khê", "Vũ Quang", "Lộc Hà", "Kỳ Anh"}, nil},
	{"Hà Tĩnh", "thị xã", []string{"Kỳ Anh", "Hồng Lĩnh"}, nil},
	{"Phú Thọ", "huyện", []string{"Lâm Thao", "Phù Ninh", "Thanh Ba", "Hạ Hòa", "Cẩm Khê", "Yên Lập", "Tam Nông", "Thanh Thủy", "Thanh Sơn", "Tân Sơn", "Đoan Hùng"}, nil},
	{"Huế", "thị xã", []string{"Hương Thủy", "Hương Trà"}, nil},
	{"Huế", "huyện", []string{"Phú Vang", "Phú Lộc", "Phong Điền", "Quảng Điền", "A Lưới"}, nil},
	{"Bắc Ninh", "huyện", []string{"Tiên Du", "Yên Phong", "Gia Bình", "Lương Tài"}, nil},
	{"Bắc Ninh", "thị xã", []string{"Quế Võ", "Thuận Thành"}, nil},
	{"Thái Bình", "huyện", []string{"Tiền Hải", "Đông Hưng", "Thái Thụy", "Kiến Xương", "Vũ Thư", "Quỳnh Phụ", "Hưng Hà"}, nil},
	{"Hưng Yên", "huyện", []string{"Văn Lâm", "Văn Giang", "Yên Mỹ", "Khoái Châu", "Kim Động", "Ân Thi", "Phù Cừ", "Tiên Lữ"}, nil},
	{"Hưng Yên", "thị xã", []string{"Mỹ Hào"}, nil},
	{"Long An", "huyện", []string{"Đức Hòa", "Bến Lức", "Cần Giuộc", "Cần Đước", "Đức Huệ", "Thủ Thừa", "Tân Trụ"}, nil},
	{"Vĩnh Phúc", "huyện", []string{"Bình Xuyên", "Tam Đảo", "Tam Dương", "Lập Thạch", "Sông Lô", "Vĩnh Tường", "Yên Lạc"}, nil},
	{"Lào Cai", "huyện", []string{"Bảo Thắng", "Bảo Yên", "Bát Xát", "Văn Bàn", "Mường Khương", "Bắc Hà", "Si Ma Cai"}, nil},
	{"Lào Cai", "thị xã", []string{"Sa Pa"}, nil},
	{"Hải Dương", "huyện", []string{"Cẩm Giàng", "Bình Giang", "Gia Lộc", "Tứ Kỳ", "Thanh Miện", "Ninh Giang", "Thanh Hà", "Nam Sách"}, nil},
	{"Hải Dương", "thị xã", []string{"Kinh Môn"}, nil},
	{"Quảng Nam", "huyện", []string{"Núi Thành", "Duy Xuyên", "Thăng Bình", "Quế Sơn", "Đại Lộc"}, nil},
	{"Quảng Nam", "thị xã", []string{"Điện Bàn"}, nil},
	{"Quảng Ninh", "thị xã", []string{"Đông Triều", "Quảng Yên"}, nil},
	{"Quảng Ninh", "huyện", []string{"Vân Đồn", "Tiên Yên", "Hải Hà", "Đầm Hà", "Ba Chẽ", "Bình Liêu", "Cô Tô"}, nil},
	{"Khánh Hòa", "thị xã", []string{"Ninh Hòa"}, nil},
	{"Khánh Hòa", "huyện", []string{"Diên Khánh", "Cam Lâm", "Vạn Ninh", "Khánh Vĩnh", "Khánh Sơn"}, nil},
	{"An Giang", "huyện", []string{"Chợ Mới", "Phú Tân", "Thoại Sơn", "Tri Tôn"}, nil},
	{"Bắc Kạn", "huyện", []string{"Chợ Mới", "Chợ Đồn", "Ba Bể"}, nil},
	{"Đắk Lắk", "huyện", []string{"Krông Pắc", "Krông Búk", "Krông Năng", "Ea Kar", "Cư M'gar", "Buôn Đôn"}, nil},
	{"Đắk Lắk", "thị xã", []string{"Buôn Hồ"}, nil},
	{"Bắc Giang", "huyện", []string{"Yên Thế", "Lục Nam", "Lục Ngạn", "Lạng Giang", "Hiệp Hòa", "Tân Yên", "Yên Dũng"}, nil},
	{"Bắc Giang", "thị xã", []string{"Việt Yên"}, nil},
	{"Bắc Giang", "huyện", []string{"Sơn Động"}, nil},
	{"Hải Dương", "huyện", []string{"Kim Thành"}, nil},
	{"Khánh Hòa", "huyện", []string{"Trường Sa"}, nil},
	{"Bắc Kạn", "huyện", []string{"Pác Nặm", "Ngân Sơn", "Bạch Thông", "Na Rì"}, nil},
	{"Hà Giang", "huyện", []string{"Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ", "Bắc Mê", "Hoàng Su Phì", "Vị Xuyên", "Xín Mần", "Bắc Quang", "Quang Bình"}, nil},
	{"Cao Bằng", "huyện", []string{"Bảo Lâm", "Bảo Lạc", "Hà Quảng", "Trùng Khánh", "Hạ Lang", "Quảng Hòa", "Hòa An", "Nguyên Bình", "Thạch An"}, nil},
	{"Tuyên Quang", "huyện", []string{"Lâm Bình", "Na Hang", "Chiêm Hóa", "Hàm Yên", "Yên Sơn", "Sơn Dương"}, nil},
	{"Điện Biên", "thành phố", []string{"Điện Biên Phủ"}, nil},
	{"Điện Biên", "thị xã", []string{"Mường Lay"}, nil},
	{"Điện Biên", "huyện", []string{"Mường Nhé", "Mường Chà", "Tủa Chùa", "Tuần Giáo", "Điện Biên", "Điện Biên Đông", "Mường Ảng", "Nậm Pồ"}, nil},
	{"Lai Châu", "huyện", []string{"Tam Đường", "Mường Tè", "Sìn Hồ", "Phong Thổ", "Than Uyên", "Tân Uyên", "Nậm Nhùn"}, nil},
	{"Sơn La", "huyện", []string{"Quỳnh Nhai", "Thuận Châu", "Mường La", "Bắc Yên", "Phù Yên", "Mộc Châu", "Yên Châu", "Mai Sơn", "Sông Mã", "Sốp Cộp", "Vân Hồ"}, nil},
	{"Yên Bái", "thị xã", []string{"Nghĩa Lộ"}, nil},
	{"Yên Bái", "huyện", []string{"Lục Yên", "Văn Yên", "Mù Cang Chải", "Trấn Yên", "Trạm Tấu", "Văn Chấn", "Yên Bình"}, nil},
	{"Hòa Bình", "huyện", []string{"Đà Bắc", "Lương Sơn", "Kim Bôi", "Cao Phong", "Tân Lạc", "Mai Châu", "Lạc Sơn", "Yên Thủy", "Lạc Thủy"}, nil},
	{"Thái Nguyên", "huyện", []string{"Định Hóa", "Phú Lương", "Đồng Hỷ", "Võ Nhai", "Đại Từ", "Phú Bình"}, nil},
	{"Phú Thọ", "thị xã", []string{"Phú Thọ"}, nil},
	{"Hà Nam", "thành phố", []string{"Phủ Lý"}, nil},
	{"Hà Nam", "thị xã", []string{"Duy Tiên"}, nil},
	{"Hà Nam", "huyện", []string{"Kim Bảng", "Lý Nhân", "Thanh Liêm", "Bình Lục"}, nil},
	{"Nam Định", "huyện", []string{"Mỹ Lộc", "Vụ Bản", "Ý Yên", "Nam Trực", "Trực Ninh", "Xuân Trường", "Giao Thủy", "Hải Hậu", "Nghĩa Hưng"}, nil},
	{"Ninh Bình", "thành phố", []string{"Tam Điệp"}, nil},
	{"Ninh Bình", "huyện", []string{"Nho Quan", "Gia Viễn", "Hoa Lư", "Yên Khánh", "Kim Sơn", "Yên Mô"}, nil},
	{"Quảng Bình", "thị xã", []string{"Ba Đồn"}, nil},
	{"Quảng Bình", "huyện", []string{"Minh Hóa", "Tuyên Hóa", "Quảng Trạch", "Bố Trạch", "Quảng Ninh", "Lệ Thủy"}, nil},
	{"Quảng Trị", "thị xã", []string{"Quảng Trị"}, nil},
	{"Quảng Trị", "huyện", []string{"Vĩnh Linh", "Gio Linh", "Cam Lộ", "Triệu Phong", "Hải Lăng", "Hướng Hóa", "Đakrông", "Cồn Cỏ"}, nil},
	{"Quảng Nam", "huyện", []string{"Phú Ninh", "Tiên Phước", "Hiệp Đức", "Nông Sơn", "Bắc Trà My", "Nam Trà My", "Phước Sơn", "Nam Giang", "Đông Giang", "Tây Giang"}, nil},
	{"Quảng Ngãi", "thị xã", []string{"Đức Phổ"}, nil},
	{"Quảng Ngãi", "huyện", []string{"Bình Sơn", "Sơn Tịnh", "Tư Nghĩa", "Nghĩa Hành", "Mộ Đức", "Ba Tơ", "Minh Long", "Sơn Hà", "Sơn Tây", "Trà Bồng", "Lý Sơn"}, nil},
	{"Bình Định", "thị xã", []string{"An Nhơn", "Hoài Nhơn"}, nil},
	{"Bình Định", "huyện", []string{"An Lão", "Hoài Ân", "Phù Mỹ", "Phù Cát", "Tây Sơn", "Vĩnh Thạnh", "Vân Canh", "Tuy Phước"}, nil},
	{"Phú Yên", "thị xã", []string{"Sông Cầu", "Đông Hòa"}, nil},
	{"Phú Yên", "huyện", []string{"Đồng Xuân", "Tuy An", "Sơn Hòa", "Sông Hinh", "Tây Hòa", "Phú Hòa"}, nil},
	{"Ninh Thuận", "thành phố", []string{"Phan Rang - Tháp Chàm"}, nil},
	{"Ninh Thuận", "huyện", []string{"Bác Ái", "Ninh Sơn", "Ninh Hải", "Ninh Phước", "Thuận Bắc", "Thuận Nam"}, nil},
	{"Bình Thuận", "thị xã", []string{"La Gi"}, nil},
	{"Bình Thuận", "huyện", []string{"Tuy Phong", "Bắc Bình", "Hàm Thuận Bắc", "Hàm Thuận Nam", "Tánh Linh", "Đức Linh", "Hàm Tân", "Phú Quý"}, nil},
	{"Kon Tum", "huyện", []string{"Đắk Glei", "Ngọc Hồi", "Đắk Tô", "Kon Plông", "Kon Rẫy", "Đắk Hà", "Sa Thầy", "Tu Mơ Rông"}, nil},
	{"Gia Lai", "thị xã", []string{"An Khê", "Ayun Pa"}, nil},
	{"Gia Lai", "huyện", []string{"Kbang", "Đăk Đoa", "Chư Păh", "Ia Grai", "Mang Yang", "Kông Chro", "Đức Cơ", "Chư Prông", "Chư Sê", "Đăk Pơ", "Ia Pa", "Krông Pa", "Phú Thiện", "Chư Pưh"}, nil},
	{"Đắk Lắk", "huyện", []string{"Ea Súp", "Krông Ana", "Krông Bông", "Lắk", "Cư Kuin"}, nil},
	{"Đắk Nông", "thành phố", []string{"Gia Nghĩa"}, nil},
	{"Đắk Nông", "huyện", []string{"Cư Jút", "Đắk Mil", "Krông Nô", "Đắk Song", "Đắk Glong", "Tuy Đức"}, nil},
	{"Lâm Đồng", "huyện", []string{"Đam Rông", "Lạc Dương", "Lâm Hà", "Đơn Dương", "Đức Trọng", "Di Linh", "Bảo Lâm", "Đạ Huoai", "Đạ Tẻh", "Cát Tiên"}, nil},
	{"Bình Phước", "thành phố", []string{"Đồng Xoài"}, nil},
	{"Bình Phước", "thị xã", []string{"Bình Long", "Phước Long", "Chơn Thành"}, nil},
	{"Bình Phước", "huyện", []string{"Bù Gia Mập", "Lộc Ninh", "Bù Đốp", "Hớn Quản", "Đồng Phú", "Bù Đăng", "Phú Riềng"}, nil},
	{"Tây Ninh", "thị xã", []string{"Hòa Thành", "Trảng Bàng"}, nil},
	{"Tây Ninh", "huyện", []string{"Tân Biên", "Tân Châu", "Dương Minh Châu", "Châu Thành", "Gò Dầu", "Bến Cầu"}, nil},
	{"Long An", "thành phố", []string{"Tân An"}, nil},
	{"Long An", "thị xã", []string{"Kiến Tường"}, nil},
	{"Long An", "huyện", []string{"Tân Hưng", "Vĩnh Hưng", "Mộc Hóa", "Tân Thạnh", "Thạnh Hóa", "Châu Thành"}, nil},
	{"Tiền Giang", "thành phố", []string{"Gò Công"}, nil},
	{"Tiền Giang", "thị xã", []string{"Cai Lậy"}, nil},
	{"Tiền Giang", "huyện", []string{"Tân Phước", "Cái Bè", "Cai Lậy", "Châu Thành", "Chợ Gạo", "Gò Công Tây", "Gò Công Đông", "Tân Phú Đông"}, nil},
	{"Bến Tre", "huyện", []string{"Châu Thành", "Chợ Lách", "Mỏ Cày Nam", "Mỏ Cày Bắc", "Giồng Trôm", "Bình Đại", "Ba Tri", "Thạnh Phú"}, nil},
	{"Trà Vinh", "thị xã", []string{"Duyên Hải"}, nil},
	{"Trà Vinh", "huyện", []string{"Càng Long", "Cầu Kè", "Tiểu Cần", "Châu Thành", "Cầu Ngang", "Trà Cú", "Duyên Hải"}, nil},
	{"Vĩnh Long", "thị xã", []string{"Bình Minh"}, nil},
	{"Vĩnh Long", "huyện", []string{"Long Hồ", "Mang Thít", "Vũng Liêm", "Tam Bình", "Trà Ôn", "Bình Tân"}, nil},
	{"Đồng Tháp", "thành phố", []string{"Cao Lãnh", "Sa Đéc", "Hồng Ngự"}, nil},
	{"Đồng Tháp", "huyện", []string{"Tân Hồng", "Hồng Ngự", "Tam Nông", "Thanh Bình", "Tháp Mười", "Cao Lãnh", "Lấp Vò", "Lai Vung", "Châu Thành"}, nil},
	{"An Giang", "thị xã", []string{"Tân Châu", "Tịnh Biên"}, nil},
	{"An Giang", "huyện", []string{"An Phú", "Châu Phú", "Châu Thành"}, nil},
	{"Kiên Giang", "thành phố", []string{"Hà Tiên"}, nil},
	{"Kiên Giang", "huyện", []string{"Kiên Lương", "Hòn Đất", "Tân Hiệp", "Châu Thành", "Giồng Riềng", "Gò Quao", "An Biên", "An Minh", "Vĩnh Thuận", "U Minh Thượng", "Kiên Hải", "Giang Thành"}, nil},
	{"Hậu Giang", "thành phố", []string{"Vị Thanh", "Ngã Bảy"}, nil},
	{"Hậu Giang", "thị xã", []string{"Long Mỹ"}, nil},
	{"Hậu Giang", "huyện", []string{"Châu Thành A", "Châu Thành", "Phụng Hiệp", "Vị Thủy", "Long Mỹ"}, nil},
	{"Sóc Trăng", "thị xã", []string{"Vĩnh Châu", "Ngã Năm"}, nil},
	{"Sóc Trăng", "huyện", []string{"Châu Thành", "Kế Sách", "Mỹ Tú", "Cù Lao Dung", "Long Phú", "Mỹ Xuyên", "Thạnh Trị", "Trần Đề"}, nil},
	{"Bạc Liêu", "thị xã", []string{"Giá Rai"}, nil},
	{"Bạc Liêu", "huyện", []string{"Hồng Dân", "Phước Long", "Vĩnh Lợi", "Đông Hải", "Hòa Bình"}, nil},
	{"Cà Mau", "huyện", []string{"U Minh", "Thới Bình", "Trần Văn Thời", "Cái Nước", "Đầm Dơi", "Năm Căn", "Phú Tân", "Ngọc Hiển"}, nil},
}

// placeKey is one written form of a place as folded words, and the places
// written so (a district name may exist at several levels or provinces).
type placeKey struct {
	words []string
	ps    []*place
}

// gazetteer indexes places by the first folded word of each spelling.
type gazetteer struct {
	provinces map[string][]placeKey // first word → keys, longest first
	districts map[string][]placeKey
	byName    map[string]*place // folded province name (no spaces) → province
	all       []*place
	hanoi     *place
	hcm       *place
}

func splitFold(s string) []string {
	// Dashes and dots separate words but are not words themselves.
	f := model.Fold(s)
	return strings.FieldsFunc(f, func(r rune) bool {
		return r == ' ' || r == '-' || r == '.' || r == '–'
	})
}

func addKey(m map[string][]placeKey, words []string, p *place) {
	if len(words) == 0 {
		return
	}
	ks := m[words[0]]
	for n, k := range ks {
		if slices.Equal(k.words, words) {
			if !slices.Contains(k.ps, p) {
				ks[n].ps = append(k.ps, p)
			}
			return
		}
	}
	ks = append(ks, placeKey{words, []*place{p}})
	// longest first
	for i := len(ks) - 1; i > 0 && len(ks[i].words) > len(ks[i-1].words); i-- {
		ks[i], ks[i-1] = ks[i-1], ks[i]
	}
	m[words[0]] = ks
}

func buildGazetteer() *gazetteer {
	g := &gazetteer{
		provinces: map[string][]placeKey{},
		districts: map[string][]placeKey{},
		byName:    map[string]*place{},
	}
	byDisplay := map[string]*place{}
	for _, row := range provinceTable {
		p := &place{name: row.name, level: row.level, successor: row.successor, sectorName: row.name}
		switch row.name {
		case "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế":
			p.central = true
		}
		// After a sector or a zone a province keeps its level word
		// ("Công đoàn ngành Giáo dục tỉnh Nghệ An"), a centrally-run city
		// does not ("Công đoàn ngành Y tế Hà Nội"), except Hồ Chí Minh,
		// which alone is a person's name.
		if !p.central {
			p.sectorName = row.level + " " + row.name
		}
		if row.name == "Hồ Chí Minh" {
			p.personLike = true
			p.sectorName = "thành phố Hồ Chí Minh"
		}
		byDisplay[row.name] = p
		switch row.name {
		case "Hà Nội":
			g.hanoi = p
		case "Hồ Chí Minh":
			g.hcm = p
		}
		g.all = append(g.all, p)
		addKey(g.provinces, splitFold(row.name), p)
		g.byName[strings.Join(splitFold(row.name), "")] = p
		for _, s := range row.spellings {
			w := splitFold(s)
			addKey(g.provinces, w, p)
			g.byName[strings.Join(w, "")] = p
		}
	}
	for _, p := range g.all {
		p.fed = fedName(p)
	}
	for _, row := range districtTable {
		prov := byDisplay[row.prov]
		for _, n := range row.names {
			d := &place{name: n, level: row.level, prov: prov, sectorName: n, district: true}
			d.fed = fedName(d)
			g.all = append(g.all, d)
			addKey(g.districts, splitFold(n), d)
		}
	}
	return g
}

// match finds the longest place spelling starting at token i in m,
// skipping dash tokens between words. It returns all places sharing that
// spelling (a district name may exist at several levels); the slice is the
// gazetteer's own and must not be changed.
func (g *gazetteer) match(m map[string][]placeKey, s *scan, i int) (ps []*place, next int) {
	// s.toks may grow (atEnd): index it afresh each time.
	if s.atEnd(i) || s.toks[i].kind != tWord {
		return nil, i
	}
	for _, k := range m[s.tf(&s.toks[i])] {
		j := i
		ok := true
		for n, w := range k.words {
			if n > 0 {
				for !s.atEnd(j) && s.toks[j].kind == tPunct && (s.tf(&s.toks[j]) == "-" || s.tf(&s.toks[j]) == ".") {
					j++
				}
			}
			if s.atEnd(j) || s.toks[j].kind != tWord || s.tf(&s.toks[j]) != w {
				ok = false
				break
			}
			j++
		}
		if ok {
			return k.ps, j
		}
	}
	return nil, i
}

// sector is a branch of the economy or administration with its own union.
type sector struct {
	name string // as written in the canonical name: "Công Thương"
	// national is the canonical name of the national sector union.
	national string
	// local: the sector has unions at province (and district) level,
	// "Công đoàn ngành <name> <place>".
	local bool
	// civil: named "Công đoàn Viên chức tỉnh X" (no "ngành", level kept).
	civil bool
	// unitHead: after "Công đoàn", the word also starts an enterprise's
	// name (Ngân hàng …), so only "<name> Việt Nam" is the sector union.
	unitHead bool
}

var sectorTable = []struct {
	s         sector
	spellings []string
}{
	{sector{name: "Công Thương", national: "Công đoàn Công Thương Việt Nam", local: true}, []string{"Công Thương"}},
	{sector{name: "Giáo dục", national: "Công đoàn Giáo dục Việt Nam", local: true}, []string{"Giáo dục", "Giáo dục và Đào tạo", "GD&ĐT", "GDĐT"}},
	{sector{name: "Y tế", national: "Công đoàn Y tế Việt Nam", local: true}, []string{"Y tế"}},
	{sector{name: "Giao thông vận tải", national: "Công đoàn Giao thông vận tải Việt Nam", local: true}, []string{"Giao thông vận tải", "GTVT", "Giao thông"}},
	{sector{name: "Xây dựng", national: "Công đoàn Xây dựng Việt Nam", local: true}, []string{"Xây dựng"}},
	{sector{name: "Nông nghiệp và Phát triển nông thôn", national: "Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam", local: true}, []string{"Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và PTNT", "NN&PTNT", "NN và PTNT", "Nông nghiệp"}},
	{sector{name: "Nông nghiệp và Môi trường", national: "Công đoàn Nông nghiệp và Môi trường Việt Nam", local: true}, []string{"Nông nghiệp và Môi trường"}},
	{sector{name: "Tài chính", national: "Công đoàn Tài chính Việt Nam", local: true}, []string{"Tài chính"}},
	{sector{name: "Viên chức", national: "Công đoàn Viên chức Việt Nam", local: true, civil: true}, []string{"Viên chức"}},
	{sector{name: "Dầu khí", national: "Công đoàn Dầu khí Việt Nam"}, []string{"Dầu khí"}},
	{sector{name: "Ngân hàng", national: "Công đoàn Ngân hàng Việt Nam", unitHead: true}, []string{"Ngân hàng"}},
	{sector{name: "Cao su", national: "Công đoàn Cao su Việt Nam"}, []string{"Cao su"}},
	{sector{name: "Dệt may", national: "Công đoàn Dệt may Việt Nam"}, []string{"Dệt may"}},
	{sector{name: "Điện lực", national: "Công đoàn Điện lực Việt Nam"}, []string{"Điện lực"}},
	{sector{name: "Bưu điện", national: "Công đoàn Bưu điện Việt Nam"}, []string{"Bưu điện"}},
	{sector{name: "Thông tin và Truyền thông", national: "Công đoàn Thông tin và Truyền thông Việt Nam"}, []string{"Thông tin và Truyền thông", "Thông tin - Truyền thông", "TT&TT"}},
	{sector{name: "Đường sắt", national: "Công đoàn Đường sắt Việt Nam"}, []string{"Đường sắt"}},
	{sector{name: "Hàng không", national: "Công đoàn Hàng không Việt Nam"}, []string{"Hàng không"}},
	{sector{name: "Hàng hải", national: "Công đoàn Hàng hải Việt Nam"}, []string{"Hàng hải"}},
	{sector{name: "Than - Khoáng sản", national: "Công đoàn Than - Khoáng sản Việt Nam"}, []string{"Than - Khoáng sản", "Than Khoáng sản", "TKV"}},
	{sector{name: "Quốc phòng", national: "Công đoàn Quốc phòng"}, []string{"Quốc phòng", "Bộ Quốc phòng"}},
	{sector{name: "Công an nhân dân", national: "Công đoàn Công an nhân dân"}, []string{"Công an nhân dân", "CAND", "Bộ Công an"}},
}

type sectorKey struct {
	words []string
	s     *sector
}

func buildSectors() map[string][]sectorKey {
	m := map[string][]sectorKey{}
	for i := range sectorTable {
		s := &sectorTable[i].s
		for _, sp := range sectorTable[i].spellings {
			w := strings.FieldsFunc(model.Fold(sp), func(r rune) bool { return r == ' ' || r == '-' })
			// "GD&ĐT" → "gd", "&", "dt": keep '&' as its own word.
			var ws []string
			for _, x := range w {
				parts := strings.Split(x, "&")
				for k, p := range parts {
					if k > 0 {
						ws = append(ws, "&")
					}
					if p != "" {
						ws = append(ws, p)
					}
				}
			}
			ks := append(m[ws[0]], sectorKey{ws, s})
			for j := len(ks) - 1; j > 0 && len(ks[j].words) > len(ks[j-1].words); j-- {
				ks[j], ks[j-1] = ks[j-1], ks[j]
			}
			m[ws[0]] = ks
		}
	}
	return m
}
