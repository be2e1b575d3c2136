package orgs_test

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/bantin/bantin/data"
	"github.com/bantin/bantin/model/orgs"
)

// testdata/outlets holds articles written the way other outlets write
// (Lao Động, Người Lao Động, VnExpress, Tuổi Trẻ, Dân trí, provincial
// papers, …; synthetic, from the QA session). Each must give exactly the
// bodies a careful reader finds, and the windows must read like the whole
// text.
var outletBodies = map[string][]string{
	"01_laodong.txt":     {"Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh Quảng Ninh", "Công đoàn Than - Khoáng sản Việt Nam"},
	"02_nld.txt":         {"Liên đoàn Lao động thành phố Hồ Chí Minh", "Công đoàn các Khu chế xuất và công nghiệp thành phố Hồ Chí Minh", "Liên đoàn Lao động thành phố Thủ Đức", "Liên đoàn Lao động quận Bình Tân", "Công đoàn Công ty TNHH Nidec Việt Nam", "Công đoàn Công ty TNHH Freetrend Industrial Việt Nam"},
	"03_vnexpress.txt":   {"Tổng Liên đoàn Lao động Việt Nam"},
	"04_tuoitre.txt":     {"Công đoàn các Khu công nghiệp tỉnh Bắc Ninh", "Liên đoàn Lao động tỉnh Bắc Ninh", "Công đoàn Công ty TNHH Samsung Electronics Việt Nam"},
	"05_thanhnien.txt":   {"Công đoàn Y tế Việt Nam", "Công đoàn ngành Y tế Hà Nội", "Công đoàn ngành Y tế thành phố Hồ Chí Minh", "Tổng Liên đoàn Lao động Việt Nam"},
	"06_dantri.txt":      {"Công đoàn Điện lực Việt Nam", "Công đoàn Tổng công ty Điện lực miền Bắc", "Công đoàn Công ty Điện lực Thái Bình"},
	"07_congthuong.txt":  {"Công đoàn Công Thương Việt Nam", "Công đoàn Tổng công ty Thuốc lá Việt Nam", "Công đoàn Tập đoàn Hóa chất Việt Nam"},
	"08_haiphong.txt":    {"Liên đoàn Lao động huyện Thủy Nguyên", "Công đoàn Khu kinh tế Hải Phòng", "Liên đoàn Lao động thành phố Hải Phòng"},
	"09_quangninh.txt":   {"Công đoàn Than - Khoáng sản Việt Nam", "Công đoàn Công ty Than Hà Lầm", "Công đoàn Công ty Than Mông Dương", "Liên đoàn Lao động thành phố Hạ Long", "Liên đoàn Lao động thành phố Cẩm Phả"},
	"10_vungtau.txt":     {"Liên đoàn Lao động thành phố Hồ Chí Minh", "Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Bà Rịa - Vũng Tàu", "Tổng Liên đoàn Lao động Việt Nam", "Công đoàn Công ty TNHH Vina Kyoei Steel"},
	"11_danang.txt":      {"Liên đoàn Lao động quận Liên Chiểu", "Công đoàn các Khu công nghiệp và chế xuất Đà Nẵng", "Liên đoàn Lao động thành phố Đà Nẵng", "Công đoàn Công ty TNHH Mabuchi Motor Đà Nẵng"},
	"12_nghean.txt":      {"Công đoàn ngành Giáo dục tỉnh Nghệ An", "Công đoàn Giáo dục Việt Nam", "Liên đoàn Lao động thị xã Hoàng Mai", "Liên đoàn Lao động huyện Quỳnh Lưu", "Liên đoàn Lao động tỉnh Nghệ An"},
	"13_vov.txt":         {"Công đoàn Viên chức Việt Nam", "Công đoàn ngành Y tế Hà Nội", "Liên đoàn Lao động thành phố Hà Nội", "Công đoàn ngành Giáo dục Hà Nội"},
	"14_nhandan.txt":     {"Tổng Liên đoàn Lao động Việt Nam", "Công đoàn Đường sắt Việt Nam", "Công đoàn Ngân hàng Việt Nam"},
	"15_congdoanvn.txt":  {"Công đoàn các Khu công nghiệp tỉnh Đồng Nai", "Liên đoàn Lao động tỉnh Đồng Nai", "Công đoàn Công ty TNHH Hyosung Việt Nam", "Công đoàn Công ty Cổ phần May Đồng Nai", "Liên đoàn Lao động thành phố Biên Hòa"},
	"16_ldldhcm.txt":     {"Công đoàn Tổng công ty Công nghiệp Sài Gòn", "Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động thành phố Hồ Chí Minh", "Công đoàn Viên chức thành phố Hồ Chí Minh"},
	"17_tienphong.txt":   {"Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh Bình Dương", "Liên đoàn Lao động tỉnh Đồng Nai"},
	"18_baochinhphu.txt": {"Tổng Liên đoàn Lao động Việt Nam"},
	"19_binhduong.txt":   {"Liên đoàn Lao động thành phố Thủ Dầu Một", "Công đoàn Công ty TNHH Pouyuen Việt Nam", "Liên đoàn Lao động thị xã Bến Cát", "Liên đoàn Lao động tỉnh Bình Dương"},
	"t3_caps.txt":        {"Công đoàn ngành Giáo dục tỉnh Thanh Hóa", "Liên đoàn Lao động thành phố Thanh Hóa", "Liên đoàn Lao động huyện Thọ Xuân"},
	"t3_merged2025.txt":  {"Liên đoàn Lao động tỉnh Ninh Bình", "Liên đoàn Lao động tỉnh Hà Nam", "Liên đoàn Lao động tỉnh Nam Định", "Công đoàn phường Hoa Lư", "Công đoàn xã Gia Viễn", "Liên đoàn Lao động tỉnh Lào Cai", "Liên đoàn Lao động tỉnh Yên Bái", "Công đoàn Khu kinh tế tỉnh Ninh Bình"},
	"t3_updated.txt":     {"Liên đoàn Lao động tỉnh Thái Bình", "Công đoàn Xây dựng Việt Nam", "Công đoàn Công ty TNHH ABC", "Công đoàn Bưu điện Việt Nam", "Công đoàn Nông nghiệp và Phát triển nông thôn Việt Nam", "Công đoàn Giao thông vận tải Việt Nam", "Công đoàn Quốc phòng", "Công đoàn Cao su Việt Nam"},
}

func TestOutletArticles(t *testing.T) {
	files, err := filepath.Glob("testdata/outlets/*.txt")
	if err != nil || len(files) != len(outletBodies) {
		t.Fatalf("fixtures: %d files, %d expected (%v)", len(files), len(outletBodies), err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a := data.Parse(filepath.Base(f), raw, nil)
		var got []string
		for _, m := range a.Organisations {
			if m.Unresolved == "" {
				got = append(got, m.Name)
			}
		}
		want := slices.Clone(outletBodies[filepath.Base(f)])
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s\n got  %q\n want %q", f, got, want)
		}
		if w, full := normalise(orgs.Default().Extract(&a)), normalise(orgs.ExtractFullText(orgs.Default(), &a)); !reflect.DeepEqual(w, full) {
			t.Errorf("%s: windows and full text differ\n windows %+v\n full    %+v", f, w, full)
		}
	}
}
