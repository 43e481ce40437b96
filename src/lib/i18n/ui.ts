import type { Lang } from "./lang.ts";

/** Interface text. Vietnamese is the reference; English must have every key (the type checks it). */
const vi = {
  siteName: "Người cao tuổi Vĩnh Phúc",
  siteTagline: "Số liệu về người cao tuổi và Câu lạc bộ Liên thế hệ tự giúp nhau",
  skipToContent: "Bỏ qua, đến nội dung chính",
  navHome: "Trang chủ",
  navData: "Dữ liệu",
  switchLanguage: "English",
  switchLanguageLabel: "Read this page in English",
  footerDataVersion: "Phiên bản dữ liệu",
  footerBuilt: "Cập nhật trang",
  footerLicence: "Dữ liệu: giấy phép CC BY 4.0 — được dùng lại, ghi rõ nguồn.",
  footerSources: "Tất cả nguồn số liệu",
  sourceLabel: "Nguồn",
  reliabilityC: "nguồn tổng hợp, chưa đối chiếu với bản gốc",
  homeTitle: "Người cao tuổi ở Vĩnh Phúc và các Câu lạc bộ Liên thế hệ tự giúp nhau",
  homeLead:
    "Trang này tập hợp những con số công khai về người cao tuổi ở Vĩnh Phúc, về trợ cấp xã hội hằng tháng và về các câu lạc bộ nơi người già và người trẻ giúp nhau — con số nào cũng kèm nguồn.",
  headlinesHeading: "Những con số chính",
  reformNote:
    "Từ ngày {ended}, tỉnh Vĩnh Phúc hợp nhất vào tỉnh Phú Thọ và cấp huyện không còn. Số liệu trên trang này mô tả tỉnh Vĩnh Phúc cũ và {districts} huyện, thành phố của tỉnh trước ngày đó.",
  missingHeading: "Những gì chưa có số liệu",
  missingText:
    "Chúng tôi chưa tìm thấy số liệu công khai về số người cao tuổi, số người hưởng trợ cấp hay số người từ 80 tuổi trở lên theo từng huyện, cũng như tên và địa chỉ của hầu hết các câu lạc bộ VIE070. Khi có nguồn, dữ liệu sẽ được bổ sung.",
  dataTitle: "Dữ liệu",
  dataLead: "Mọi con số trên trang đều lấy từ các tệp dưới đây. Bạn được tự do tải về và dùng lại, ghi rõ nguồn.",
  downloadsHeading: "Tải dữ liệu",
  row: "dòng",
  rows: "dòng",
  descriptorFile: "Mô tả bộ dữ liệu (Frictionless Data Package)",
  citeHeading: "Trích dẫn",
  dictionaryHeading: "Từ điển dữ liệu",
  fieldName: "Cột",
  fieldType: "Kiểu",
  fieldRules: "Quy tắc",
  fieldMeaning: "Ý nghĩa",
  sourcesHeading: "Nguồn",
  reliability: "Độ tin cậy",
  undated: "không ghi ngày",
  changelogHeading: "Nhật ký thay đổi",
  notFoundTitle: "Không tìm thấy trang",
  notFoundText: "Trang bạn tìm không có ở đây. Có thể đường dẫn đã thay đổi.",
  notFoundHome: "Về trang chủ",
} as const;

type Ui = { readonly [K in keyof typeof vi]: string };

const en: Ui = {
  siteName: "Older people in Vĩnh Phúc",
  siteTagline: "Figures on older people and Intergenerational Self-Help Clubs",
  skipToContent: "Skip to main content",
  navHome: "Home",
  navData: "Data",
  switchLanguage: "Tiếng Việt",
  switchLanguageLabel: "Đọc trang này bằng tiếng Việt",
  footerDataVersion: "Data version",
  footerBuilt: "Page updated",
  footerLicence: "Data: licensed CC BY 4.0 — free to reuse with credit.",
  footerSources: "All sources",
  sourceLabel: "Source",
  reliabilityC: "aggregator source, not checked against the original",
  homeTitle: "Older people in Vĩnh Phúc and the Intergenerational Self-Help Clubs",
  homeLead:
    "This site gathers the public figures on older people in Vĩnh Phúc, on the monthly social allowance, and on the clubs where old and young help each other — every figure with its source.",
  headlinesHeading: "Key figures",
  reformNote:
    "On {ended} Vĩnh Phúc province was merged into Phú Thọ and district-level units were abolished. The figures here describe the former Vĩnh Phúc and its {districts} districts and cities as they were before that date.",
  missingHeading: "What has no figures yet",
  missingText:
    "We have found no public figures, district by district, for the number of older people, of allowance recipients or of people aged 80 and over, nor the names and places of most VIE070 clubs. They will be added when a source is found.",
  dataTitle: "Data",
  dataLead: "Every figure on this site comes from the files below. You are free to download and reuse them with credit.",
  downloadsHeading: "Download the data",
  row: "row",
  rows: "rows",
  descriptorFile: "Description of the dataset (Frictionless Data Package)",
  citeHeading: "How to cite",
  dictionaryHeading: "Data dictionary",
  fieldName: "Column",
  fieldType: "Type",
  fieldRules: "Rules",
  fieldMeaning: "Meaning",
  sourcesHeading: "Sources",
  reliability: "Reliability",
  undated: "undated",
  changelogHeading: "Changelog",
  notFoundTitle: "Page not found",
  notFoundText: "The page you are looking for is not here. Its address may have changed.",
  notFoundHome: "Go to the home page",
};

export const UI: Record<Lang, Ui> = { vi, en };
