package gen

// Word lists the generator draws from. They are package-level tables built
// once and only read, so any number of goroutines may generate at once.

// place is a province-level unit: its name and whether it is a centrally
// governed city ("thành phố") rather than a province ("tỉnh").
type place struct {
	name string
	city bool
	// districts below it, each with its kind (huyện, quận, thị xã, thành phố).
	districts [][2]string
}

var places = []place{
	{"Hà Nội", true, [][2]string{{"huyện", "Sóc Sơn"}, {"huyện", "Đông Anh"}, {"huyện", "Gia Lâm"}, {"quận", "Hoàn Kiếm"}, {"quận", "Cầu Giấy"}, {"thị xã", "Sơn Tây"}}},
	{"Hải Phòng", true, [][2]string{{"huyện", "Thủy Nguyên"}, {"quận", "Lê Chân"}, {"huyện", "An Lão"}}},
	{"Hồ Chí Minh", true, [][2]string{{"huyện", "Củ Chi"}, {"huyện", "Hóc Môn"}, {"quận", "Bình Tân"}, {"thành phố", "Thủ Đức"}}},
	{"Đà Nẵng", true, [][2]string{{"quận", "Liên Chiểu"}, {"huyện", "Hòa Vang"}}},
	{"Cần Thơ", true, [][2]string{{"quận", "Ninh Kiều"}, {"huyện", "Phong Điền"}}},
	{"Lạng Sơn", false, [][2]string{{"huyện", "Cao Lộc"}, {"huyện", "Hữu Lũng"}, {"huyện", "Chi Lăng"}}},
	{"Bà Rịa - Vũng Tàu", false, [][2]string{{"thành phố", "Vũng Tàu"}, {"thị xã", "Phú Mỹ"}, {"huyện", "Châu Đức"}}},
	{"Thừa Thiên Huế", false, [][2]string{{"thị xã", "Hương Thủy"}, {"huyện", "Phú Vang"}}},
	{"Quảng Ninh", false, [][2]string{{"thành phố", "Hạ Long"}, {"thành phố", "Cẩm Phả"}, {"thị xã", "Đông Triều"}}},
	{"Nghệ An", false, [][2]string{{"huyện", "Quỳnh Lưu"}, {"thị xã", "Hoàng Mai"}, {"huyện", "Diễn Châu"}}},
	{"Thanh Hóa", false, [][2]string{{"thị xã", "Nghi Sơn"}, {"huyện", "Hoằng Hóa"}}},
	{"Bắc Ninh", false, [][2]string{{"thị xã", "Quế Võ"}, {"huyện", "Tiên Du"}, {"thành phố", "Từ Sơn"}}},
	{"Bình Dương", false, [][2]string{{"thành phố", "Thuận An"}, {"thành phố", "Dĩ An"}, {"huyện", "Bàu Bàng"}}},
	{"Đồng Nai", false, [][2]string{{"thành phố", "Biên Hòa"}, {"huyện", "Trảng Bom"}, {"huyện", "Nhơn Trạch"}}},
	{"Khánh Hòa", false, [][2]string{{"thành phố", "Nha Trang"}, {"thị xã", "Ninh Hòa"}}},
	{"Đắk Lắk", false, [][2]string{{"thành phố", "Buôn Ma Thuột"}, {"huyện", "Krông Pắc"}}},
	{"Hà Tĩnh", false, [][2]string{{"huyện", "Kỳ Anh"}, {"thị xã", "Hồng Lĩnh"}}},
	{"Quảng Nam", false, [][2]string{{"thành phố", "Tam Kỳ"}, {"huyện", "Núi Thành"}}},
	{"Thái Bình", false, [][2]string{{"huyện", "Đông Hưng"}, {"huyện", "Tiền Hải"}}},
	{"Long An", false, [][2]string{{"huyện", "Đức Hòa"}, {"huyện", "Bến Lức"}}},
	{"An Giang", false, [][2]string{{"thành phố", "Long Xuyên"}, {"huyện", "Chợ Mới"}}},
	{"Lào Cai", false, [][2]string{{"huyện", "Bảo Thắng"}, {"thị xã", "Sa Pa"}}},
	{"Phú Thọ", false, [][2]string{{"thành phố", "Việt Trì"}, {"huyện", "Lâm Thao"}}},
	{"Hải Dương", false, [][2]string{{"thành phố", "Chí Linh"}, {"huyện", "Cẩm Giàng"}}},
	{"Vĩnh Phúc", false, [][2]string{{"thành phố", "Phúc Yên"}, {"huyện", "Bình Xuyên"}}},
	{"Hưng Yên", false, [][2]string{{"huyện", "Văn Lâm"}, {"thị xã", "Mỹ Hào"}}},
}

var sectors = []string{"Công Thương", "Giáo dục", "Y tế", "Xây dựng", "Giao thông vận tải", "Nông nghiệp và Phát triển nông thôn", "Tài chính", "Văn hóa, Thể thao và Du lịch"}

// nationalUnions are national sector unions: full name and the short form
// outlets use after the first mention.
var nationalUnions = [][2]string{
	{"Công đoàn Công Thương Việt Nam", "Công đoàn Công Thương"},
	{"Công đoàn Dầu khí Việt Nam", "Công đoàn Dầu khí"},
	{"Công đoàn Viên chức Việt Nam", "CĐVC Việt Nam"},
	{"Công đoàn Công an nhân dân", "Công đoàn CAND"},
	{"Công đoàn Giáo dục Việt Nam", "Công đoàn Giáo dục"},
	{"Công đoàn Y tế Việt Nam", "Công đoàn Y tế"},
	{"Công đoàn Điện lực Việt Nam", "Công đoàn Điện lực"},
	{"Công đoàn Ngân hàng Việt Nam", "Công đoàn Ngân hàng"},
	{"Công đoàn Xây dựng Việt Nam", "Công đoàn Xây dựng"},
	{"Công đoàn Giao thông vận tải Việt Nam", "Công đoàn GTVT Việt Nam"},
	{"Công đoàn Dệt May Việt Nam", "Công đoàn Dệt May"},
	{"Công đoàn Than - Khoáng sản Việt Nam", "Công đoàn TKV"},
	{"Công đoàn Quốc phòng", "Công đoàn Quốc phòng"},
}

var enterprises = []string{
	"Vietsovpetro",
	"Tập đoàn Dầu khí Quốc gia Việt Nam",
	"Tổng công ty Điện lực miền Bắc",
	"Công ty Cổ phần May Sông Hồng",
	"Công ty TNHH Samsung Electronics Việt Nam",
	"Công ty TNHH Pouchen Việt Nam",
	"Tổng công ty Đường sắt Việt Nam",
	"Công ty Cổ phần Công nghiệp Hậu cần phía Bắc",
	"Công ty TNHH Canon Việt Nam",
	"Tổng công ty Viglacera",
	"Công ty Cổ phần Than Hà Tu",
	"Ngân hàng TMCP Ngoại thương Việt Nam",
}

var grassrootsUnits = []string{
	"Trường THPT Chu Văn An",
	"Bệnh viện Đa khoa tỉnh",
	"Công ty TNHH Hansae Việt Nam",
	"Công ty TNHH Nidec Việt Nam",
	"Trường Đại học Bách khoa Hà Nội",
	"Công ty Cổ phần Thủy sản Minh Phú",
	"Công ty TNHH Giày Annora Việt Nam",
}

var surnames = []string{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Ngọ", "Đinh", "Mai", "Trịnh"}
var middles = []string{"Văn", "Thị", "Đức", "Minh", "Thanh", "Quang", "Ngọc", "Hữu", "Thu", "Duy", "Anh", "Hoài", "Xuân", "Thế"}
var givens = []string{"Lâm", "Hiểu", "Minh", "Khuê", "Ngân", "Quyết", "Lữ", "Hà", "Hùng", "Dũng", "Hương", "Lan", "Phương", "Sơn", "Hải", "Tuấn", "Thảo", "Đại", "Hoa", "Bình", "Chiến", "Trang", "Yến", "Long"}

var positions = []string{
	"Chủ tịch", "Phó Chủ tịch", "Phó Chủ tịch Thường trực", "Trưởng ban Tuyên giáo", "Trưởng ban Chính sách - Pháp luật", "Ủy viên Ban Thường vụ",
}

// outlet is a news site: its display name, domain, URL section and the
// layout its pages are scraped in.
type outlet struct {
	name, domain, section string
	style                 int
	marker                string // lead marker such as "(LĐTĐ)", or ""
}

const (
	styleIssued    = iota // "Ngày phát hành: 9/29/2020 8:00:56 AM", no blank lines
	styleSourceURL        // no date line, "Chiều 7/11," lead, "Nguồn X: URL"
	styleViews            // "Chủ nhật, 06.11.2022 | 09:20:19", "381 lượt xem", "NAME/domain", URL, "• Từ khóa"
	styleJunkFirst        // "M", "15/04/2021 21:04", title, "(LĐTĐ)" lead, "Nguồn :"
	styleRelated          // "Chiều nay (8/9)," lead, teaser, author, "Có thể bạn quan tâm" block
	styleGMT              // "Thứ hai, 06/11/2022 09:20 (GMT+7)", "Theo X" closing line
	styleISO              // "2022-11-06T09:20:00+07:00" or "Ngày đăng: 2022-11-06"
	numStyles
)

var outlets = []outlet{
	{"Công đoàn Dầu khí Việt Nam", "congdoandaukhi.vn", "tin-tuc", styleIssued, ""},
	{"CAND", "cand.com.vn", "hoat-dong-ll-cand", styleSourceURL, ""},
	{"Báo Lạng Sơn", "baolangson.vn", "xa-hoi", styleViews, ""},
	{"Báo Hải Phòng", "baohaiphong.vn", "xa-hoi", styleViews, ""},
	{"Lao Động Thủ Đô", "laodongthudo.vn", "cong-doan", styleJunkFirst, "(LĐTĐ)"},
	{"Lao Động", "laodong.vn", "cong-doan", styleRelated, ""},
	{"Người Lao Động", "nld.com.vn", "cong-doan", styleGMT, "(NLĐO)"},
	{"VnExpress", "vnexpress.net", "thoi-su", styleGMT, ""},
	{"Tuổi Trẻ", "tuoitre.vn", "thoi-su", styleGMT, ""},
	{"Thanh Niên", "thanhnien.vn", "thoi-su", styleISO, ""},
	{"Báo Quảng Ninh", "baoquangninh.vn", "xa-hoi", styleViews, ""},
	{"Dân Trí", "dantri.com.vn", "lao-dong-viec-lam", styleISO, ""},
}

var weekdays = []string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"}

var dayParts = []string{"Sáng", "Chiều", "Tối", "Ngày", "Trưa"}

// todayParts open "… nay (8/9)" leads ("Ngày nay" would mean "nowadays").
var todayParts = []string{"Sáng", "Chiều", "Tối", "Trưa", "Chiều"}

// unrelated headlines for related-links blocks, with years far from the
// article's own so a parser that reads them would infer the wrong year.
var relatedHeadlines = []string{
	"Chuẩn bị chu đáo, kỹ lưỡng cho Kỳ họp thứ Nhất, Quốc hội khoá XVI",
	"Tỷ giá USD hôm nay (26/12): Giá USD thị trường tự do tiếp tục tăng",
	"Giá vàng hôm nay (26/12): Vàng miếng, vàng nhẫn đồng loạt giảm",
	"Dự báo thời tiết Hà Nội ngày 26/12: Đêm không mưa, trời rét",
	"Đề xuất bỏ sổ kiểm định xe cơ giới, xe máy chuyên dùng",
	"Giấc mơ an cư trong vòng xoáy giá nhà",
	"Dấu ấn xung kích của tuổi trẻ phường Hai Bà Trưng",
	"Hàng trăm triệu đồng thiện nguyện hướng về đồng bào vùng lũ",
	"Phụ nữ Thủ đô “tiếp sức” cho đồng bào vượt qua mưa, lũ",
	"Hội Chữ thập đỏ Hà Nội kêu gọi hỗ trợ đồng bào miền Trung khắc phục hậu quả bão lũ",
	"Người lao động mong giảm giờ làm để có thêm thời gian chăm sóc gia đình",
	"BHXH tự nguyện: “Giá đỡ” an sinh giúp người lao động tự do có lương hưu",
	"Triển khai nhiều hoạt động thiết thực vì người lao động",
	"Nhiều mô hình hiệu quả trong thực hiện Chỉ thị 05-CT/TW",
	"Chú trọng nhiều hoạt động hướng về người lao động",
	"Tăng lương tối thiểu vùng từ ngày 1/7/2026",
}

var relatedLeads = []string{
	"Tổng Thư ký Quốc hội cho biết, Kỳ họp thứ Nhất dự kiến khai mạc vào thứ Hai, ngày 6/4/2026, bố trí làm 2 đợt họp.",
	"Chiều 10/12, Ban Chấp hành Hội Nông dân thành phố tổ chức Hội nghị lần thứ nhất nhiệm kỳ 2025 - 2030 để xem xét các văn bản định hướng hoạt động trong năm 2026.",
	"Theo Trung tâm Dự báo Khí tượng Thuỷ văn Quốc gia, ngày 26/12, khu vực Hà Nội có mây, đêm không mưa, trời rét.",
	"Mặt bằng giá nhà ở liên tục thiết lập những ngưỡng cao mới trong nhiều năm qua, khiến giấc mơ an cư của người trẻ ngày càng trở nên gian nan.",
	"Hưởng ứng Lời kêu gọi của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, các phường đã tổ chức nhiều hoạt động quyên góp với tinh thần khẩn trương.",
}

var relatedHeadings = []string{"Có thể bạn quan tâm", "Nên xem", "Tin khác", "Tin liên quan", "Xem thêm"}

// Sentence templates. Placeholders: {O} main body, {O2} partner body,
// {P} person with position, {N} number, {Y1}-{Y2} term, {YEAR} the year,
// {PL} a place, {S} sector.
var titleTemplates = []string{
	"{O} tổ chức Hội nghị sơ kết giữa nhiệm kỳ {Y1} – {Y2}",
	"{O} và {O2} giao lưu, trao đổi kinh nghiệm",
	"Đánh giá kết quả triển khai chương trình phối hợp giữa {O} và {O2}",
	"{O}: Tích cực bảo vệ quyền lợi của người lao động",
	"Tiếp tục hợp tác vì mục tiêu bảo vệ quyền lợi cho người lao động",
	"{O} ký kết chương trình phối hợp giai đoạn {Y1} - {Y2} với {O2}",
	"{O} trao {N} suất quà Tết cho đoàn viên có hoàn cảnh khó khăn",
	"{O} tổ chức Hội nghị người lao động năm {YEAR}",
	"Hơn {N} đoàn viên tham gia Ngày hội công nhân do {O} tổ chức",
	"{O} đối thoại với người lao động tại các khu công nghiệp",
	"Nâng cao chất lượng thương lượng tập thể tại {O}",
	"{O} tập huấn nghiệp vụ cho cán bộ công đoàn cơ sở",
}

var sentenceTemplates = []string{
	"Phát biểu tại hội nghị, đồng chí {P} ghi nhận và biểu dương những kết quả đạt được của {O} trong nửa nhiệm kỳ {Y1} – {Y2}, khẳng định tổ chức Công đoàn đã luôn đồng hành cùng chính quyền trong việc bảo vệ quyền và lợi ích hợp pháp, chính đáng cho người lao động.",
	"Hơn một năm qua, {O} và {O2} đã chủ động triển khai, thực hiện tốt các nội dung phối hợp; tăng cường sự chỉ đạo các công đoàn trực thuộc, cán bộ, đoàn viên công đoàn tích cực tham gia xây dựng và triển khai các văn bản pháp luật, chính sách, chế độ có liên quan trực tiếp đến đoàn viên, người lao động.",
	"Theo báo cáo, trong năm {YEAR}, {O} đã tổ chức {N} hội nghị đối thoại, thăm hỏi và tặng quà cho hơn {N} đoàn viên có hoàn cảnh khó khăn với tổng kinh phí trên {N} triệu đồng.",
	"Chương trình phối hợp gồm các nội dung như: tổ chức các phong trào thi đua, cuộc vận động; công tác tổ chức cán bộ, xây dựng công đoàn cơ sở vững mạnh; hoạt động an sinh xã hội từ thiện và công tác thông tin hai chiều.",
	"Đồng chí {P} đề nghị {O} tiếp tục quan tâm, tạo điều kiện để các công đoàn cơ sở nâng cao chất lượng, hiệu quả hoạt động; đẩy mạnh triển khai các phong trào thi đua “Lao động giỏi, lao động sáng tạo”, “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động”.",
	"Đến nay đã có {N}/{N} đơn vị hoàn thành tổ chức Hội nghị cán bộ công chức, viên chức và Hội nghị người lao động; nhiều đơn vị đã sửa đổi, bổ sung, ký mới thỏa ước lao động tập thể với nhiều điều khoản có lợi cho người lao động.",
	"Trong những năm qua, {O} đã làm tốt việc trao đổi thông tin thông qua việc gửi báo cáo quý, năm và mời tham dự các hội nghị quan trọng; phối hợp tổ chức các đoàn cán bộ đi thăm, trao đổi kinh nghiệm công tác tại {PL}.",
	"Thực hiện chỉ đạo của {O2} về phối hợp thực hiện Quy chế dân chủ ở cơ sở, {O} đã chỉ đạo Ban chấp hành các công đoàn cơ sở chủ động phối hợp với chuyên môn tổ chức hội nghị nghiêm túc, đúng quy trình, nội dung thiết thực, hiệu quả.",
	"Bên cạnh đó, công tác tuyên truyền, giáo dục đoàn viên và NLĐ luôn bám sát nhiệm vụ chính trị của ngành {S}, sự chỉ đạo của LĐLĐ {PL} và các sở, ngành liên quan.",
	"Các CĐCS đã đưa ra các giải pháp để ổn định tư tưởng, đảm bảo việc làm, thu nhập cho NLĐ; hỗ trợ đối với NLĐ có hoàn cảnh khó khăn và thành lập các tổ an toàn vệ sinh lao động tại {N} doanh nghiệp.",
	"Nhân dịp này, lãnh đạo {O} đã trao {N} suất quà cho đoàn viên, người lao động có hoàn cảnh đặc biệt khó khăn của các công đoàn cơ sở trên địa bàn {PL}, mỗi suất trị giá {N}0.000 đồng.",
	"Giai đoạn {Y1} - {Y2} là nhiệm kỳ tiếp tục thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam; Nghị quyết số 02-NQ/TW của Bộ Chính trị về đổi mới tổ chức và hoạt động Công đoàn Việt Nam trong tình hình mới.",
	"Chủ tịch {O} {NAME} cho biết, phát huy những kết quả đạt được, trong quý II năm {YEAR}, đơn vị sẽ tiếp tục chỉ đạo công đoàn cơ sở các doanh nghiệp tổ chức thương lượng, ký kết thỏa ước lao động tập thể và tổ chức đối thoại giữa người sử dụng lao động với người lao động.",
	"Hai bên cần tập trung vào những vấn đề cụ thể mà hai bên cùng quan tâm, như công tác chăm lo đời sống đoàn viên, xây dựng văn hóa cơ sở và nâng cao kỹ năng cho cán bộ công đoàn; CNVCLĐ được vận động tích cực ủng hộ các quỹ xã hội, quỹ “Mái ấm Công đoàn”.",
	"Tổng Liên đoàn Lao động Việt Nam đánh giá cao sự chủ động của {O} trong thực hiện chương trình phối hợp; đồng thời đề nghị {O2} tiếp tục quan tâm, tạo điều kiện để cán bộ công đoàn yên tâm công tác.",
	"Tại hội nghị, Tổng LĐLĐ Việt Nam đã tặng Bằng khen cho {N} tập thể và {N} cá nhân có thành tích xuất sắc trong phong trào CNVCLĐ và hoạt động công đoàn năm {YEAR}.",
	"Với mục tiêu cùng hành động vì lợi ích chung của đoàn viên, các đại biểu đã chia sẻ kinh nghiệm về hoạt động CĐCS trong doanh nghiệp ngoài nhà nước, nơi {O} đang quản lý hơn {N} đoàn viên.",
}

var captionTemplates = []string{
	"Đồng chí {P} phát biểu tại buổi làm việc",
	"Các đại biểu thăm quan cơ sở sản xuất tại {PL}.",
	"Lãnh đạo {O} tặng quà cho đoàn viên, người lao động",
	"Toàn cảnh hội nghị.",
	"Ký giao ước thi đua giữa các tổ công đoàn bộ phận.",
	"{O} và {O2} ký kết chương trình phối hợp giai đoạn {Y1} - {Y2}.",
}
