import type { Area } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";

/** A figure in the intro, with its period. */
interface Dated {
  readonly figure: string;
  readonly period: string;
}

interface Intro {
  /** The unit with its kind, capitalised, as a sentence starts with it: "Huyện Tam Đảo", "Tam Đảo district". */
  readonly unit: string;
  readonly name: string;
  /** Where the unit was run from, by name, when data/ gives it. */
  readonly seat: string | null;
  readonly province: string;
  /** The day the unit ceased to exist, when it has. */
  readonly ended: string | null;
  readonly population: Dated | null;
  readonly communes: Dated | null;
}

/** The words of a district page around its figures. */
export const DISTRICT_PAGE = defineMessages(
  {
    kind: {
      "quốc gia": "Quốc gia",
      tỉnh: "Tỉnh",
      "thành phố": "Thành phố",
      "thị xã": "Thị xã",
      huyện: "Huyện",
    } satisfies Record<Area["kind"], string>,
    intro: (p: Intro) =>
      `${p.unit} là một đơn vị hành chính cấp huyện của tỉnh ${p.province}${p.ended ? ` cho đến ngày ${p.ended}` : ""}${p.seat ? `, trụ sở đặt tại ${p.seat}` : ""}.${p.population ? ` Dân số ${p.population.figure} người (${p.population.period}).` : ""}${p.communes ? ` Ngày ${p.communes.period}, ${p.name} có ${p.communes.figure} xã, phường, thị trấn.` : ""}`,
    figuresHeading: "Số liệu",
    noFigures: "Chưa có số liệu nào cho đơn vị này.",
    missing: (indicators: readonly string[]) => `Chưa có số liệu: ${indicators.join("; ")}.`,
    mapsHeading: "Trên bản đồ",
    compareHeading: (name: string) => `So sánh ${name} với các huyện, thành phố khác`,
    clubsHeading: "Câu lạc bộ Liên thế hệ tự giúp nhau",
    allClubs: "Mọi câu lạc bộ và chương trình được nêu tên",
    storiesHeading: "Bài viết về huyện này",
    noClubs: (unit: string) =>
      `Chưa biết tên câu lạc bộ nào ở ${unit}: chưa có nguồn công khai nào nêu tên. Điều đó không có nghĩa là ở đây không có câu lạc bộ.`,
    /** Beside the locator map, when the seat has no coordinates: named, never "unknown". */
    seatUnplaced: (p: { unit: string; seat: string | null }) =>
      p.seat
        ? `Trụ sở của ${p.unit} đặt tại ${p.seat}; nơi này chưa có tọa độ nên chưa được đánh dấu trên bản đồ định vị.`
        : `Chưa có số liệu về nơi đặt trụ sở của ${p.unit}, nên bản đồ định vị chưa đánh dấu.`,
    historyHeading: "Lịch sử hành chính",
    noHistory: "Chưa có mốc nào được ghi.",
    neighboursHeading: "Giáp ranh",
    /** Before the linked list of neighbours: only districts of the province are listed, so it says so. */
    neighbours: (province: string) => `Các huyện, thành phố giáp ranh trong tỉnh ${province}: `,
    noNeighbours: (p: { unit: string; province: string }) => `${p.unit} không giáp huyện, thành phố nào khác của tỉnh ${p.province}.`,
    previousNextLabel: "Huyện, thành phố trước và sau",
  },
  {
    kind: { "quốc gia": "Country", tỉnh: "Province", "thành phố": "City", "thị xã": "Town", huyện: "District" },
    intro: (p) =>
      `${p.unit} was a district-level unit of ${p.province} province${p.ended ? ` until ${p.ended}` : ""}${p.seat ? `, run from ${p.seat}` : ""}.${p.population ? ` Population ${p.population.figure} (${p.population.period}).` : ""}${p.communes ? ` On ${p.communes.period}, ${p.name} had ${p.communes.figure} communes, wards and townships.` : ""}`,
    figuresHeading: "Figures",
    noFigures: "No figures for this unit yet.",
    missing: (indicators) => `No figures yet for: ${indicators.join("; ")}.`,
    mapsHeading: "On the map",
    compareHeading: (name) => `${name} beside the other districts and cities`,
    clubsHeading: "Intergenerational Self-Help Clubs",
    allClubs: "All clubs and programmes named by a source",
    storiesHeading: "Stories about this district",
    noClubs: (unit) => `No club in ${unit} is known by name: no public source names one yet. That does not mean there is none.`,
    seatUnplaced: (p) =>
      p.seat
        ? `The seat of ${p.unit} was ${p.seat}; it has no coordinates yet, so the locator map does not mark it.`
        : `There is no data yet on where ${p.unit} was run from, so the locator map does not mark it.`,
    historyHeading: "Administrative history",
    noHistory: "No dated events recorded yet.",
    neighboursHeading: "Neighbours",
    neighbours: (province) => `Neighbouring districts and cities in ${province} province: `,
    noNeighbours: (p) => `${p.unit} borders no other district or city of ${p.province} province.`,
    previousNextLabel: "Previous and next district",
  },
);
