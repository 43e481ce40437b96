import { describe, expect, it } from "vitest";
import { districtPage } from "../../src/lib/content/districtPage.ts";
import { unitName, unitTitle } from "../../src/lib/format/unitName.ts";
import { FIXTURE_DIR, mustLoad, readPackage, text, withFiles } from "../support/packageFiles.ts";

/*
 * What a district page says in words, on the fixture package: names as a native writer puts
 * them, clubs never claimed absent, seats named even without coordinates.
 */

const FILES = readPackage(FIXTURE_DIR);
const data = mustLoad(FILES);
const page = (slug: string, lang: "vi" | "en", from = data) => districtPage(from, lang, "/", slug);

/** The fixture with the seats of Tam Đảo and Sông Lô named but not placed, as facts §2 has them. */
const withSeats = mustLoad(
  withFiles(FILES, {
    "areas.csv": text(FILES, "areas.csv")
      .replace("tam-dao,Tam Đảo,Tam Đảo,huyện,,2025-07-01,,,,", "tam-dao,Tam Đảo,Tam Đảo,huyện,,2025-07-01,Hợp Châu,,,")
      .replace("song-lo,Sông Lô,Sông Lô,huyện,2008-12-23,2025-07-01,,,,", "song-lo,Sông Lô,Sông Lô,huyện,2008-12-23,2025-07-01,Tam Sơn,,,"),
  }),
);

describe("unitName", () => {
  it.each([
    ["243", "thành phố Vĩnh Yên", "Vĩnh Yên city"],
    ["248", "huyện Tam Đảo", "Tam Đảo district"],
    ["26", "tỉnh Vĩnh Phúc", "Vĩnh Phúc province"],
    ["VN", "Việt Nam", "Viet Nam"],
  ])("unitName(%s) puts the kind where each language puts it", (code, vi, en) => {
    expect(unitName(data.area(code), "vi")).toBe(vi);
    expect(unitName(data.area(code), "en")).toBe(en);
  });

  it("unitTitle capitalises the first letter only", () => {
    expect(unitTitle(data.area("248"), "vi")).toBe("Huyện Tam Đảo");
    expect(unitTitle(data.area("243"), "en")).toBe("Vĩnh Yên city");
  });
});

describe("districtPage names the unit as a native writer would", () => {
  it("titles the page 'Huyện Tam Đảo' / 'Tam Đảo district', never 'District Tam Đảo'", () => {
    expect(page("tam-dao", "vi").title).toBe("Huyện Tam Đảo");
    expect(page("tam-dao", "en").title).toBe("Tam Đảo district");
    expect(page("vinh-yen", "en").title).toBe("Vĩnh Yên city");
    expect(page("vinh-yen", "vi").title).toBe("Thành phố Vĩnh Yên");
  });

  it("starts the intro with the unit and its kind in that order", () => {
    expect(page("tam-dao", "vi").intro).toMatch(/^Huyện Tam Đảo là /);
    expect(page("tam-dao", "en").intro).toMatch(/^Tam Đảo district was /);
    expect(page("tam-dao", "en").intro).not.toContain("District Tam Đảo");
  });
});

describe("districtPage clubs", () => {
  it("shows the village once when the club's name already contains it", () => {
    const [club] = page("vinh-tuong", "vi").clubs;
    const line = `${club!.name}, ${club!.place}`;
    expect(line).toBe("CLB Liên thế hệ tự giúp nhau thôn Đông, xã Lũng Hòa");
    expect(line.match(/thôn Đông/g)).toHaveLength(1);
  });

  it("says no club is known by name where none is named, never that there is none", () => {
    const vi = page("tam-dao", "vi");
    const en = page("tam-dao", "en");
    expect(vi.clubs).toEqual([]);
    expect(vi.noClubs).toBe(
      "Chưa biết tên câu lạc bộ nào ở huyện Tam Đảo: chưa có nguồn công khai nào nêu tên. Điều đó không có nghĩa là ở đây không có câu lạc bộ.",
    );
    expect(en.noClubs).toBe(
      "No club in Tam Đảo district is known by name: no public source names one yet. That does not mean there is none.",
    );
    expect(vi.noClubs).not.toMatch(/^Chưa có câu lạc bộ/);
  });
});

describe("districtPage seats", () => {
  it("names the seat in the intro even though it has no coordinates", () => {
    expect(page("tam-dao", "vi", withSeats).intro).toContain("cho đến ngày 1/7/2025, trụ sở đặt tại Hợp Châu.");
    expect(page("song-lo", "en", withSeats).intro).toContain("until 1 July 2025, run from Tam Sơn.");
  });

  it("says the named seat has no coordinates yet, never that it is unknown", () => {
    const vi = page("tam-dao", "vi", withSeats).seatUnplaced!;
    const en = page("song-lo", "en", withSeats).seatUnplaced!;
    expect(vi).toBe("Trụ sở của huyện Tam Đảo đặt tại Hợp Châu; nơi này chưa có tọa độ nên chưa được đánh dấu trên bản đồ định vị.");
    expect(en).toBe("The seat of Sông Lô district was Tam Sơn; it has no coordinates yet, so the locator map does not mark it.");
    expect(`${vi} ${en}`).not.toMatch(/chưa biết|unknown/i);
  });

  it("where data/ names no seat, says there is no data, and never makes one up", () => {
    const vi = page("tam-dao", "vi").seatUnplaced!;
    expect(vi).toBe("Chưa có số liệu về nơi đặt trụ sở của huyện Tam Đảo, nên bản đồ định vị chưa đánh dấu.");
    expect(page("tam-dao", "vi").intro).not.toContain("trụ sở");
  });

  it("says nothing more about a seat the locator map shows, nor one named like its unit", () => {
    expect(page("tam-duong", "vi").seatUnplaced).toBeNull();
    expect(page("tam-duong", "vi").intro).toContain("trụ sở đặt tại Hợp Hòa");
    expect(page("vinh-yen", "vi").intro).not.toContain("trụ sở");
  });
});

describe("districtPage neighbours", () => {
  // Worked out from the fixture's TopoJSON directly, not with the site's code: two districts are
  // neighbours exactly when their rings share an arc (arc ~i is arc i walked the other way).
  const topology = JSON.parse(text(FILES, "geo/districts.topo.json")) as {
    objects: { districts: { geometries: { id?: string; type: string; arcs: unknown }[] } };
  };
  const arcsOf = (g: { type: string; arcs: unknown }): Set<number> => {
    const rings = g.type === "Polygon" ? (g.arcs as number[][]) : g.type === "MultiPolygon" ? (g.arcs as number[][][]).flat() : [];
    return new Set(rings.flat().map((i) => (i < 0 ? ~i : i)));
  };
  const arcs = new Map(topology.objects.districts.geometries.map((g) => [String(g.id), arcsOf(g)]));
  const sharing = (code: string) =>
    data.districts.filter((d) => d.code !== code && [...arcs.get(d.code)!].some((i) => arcs.get(code)!.has(i))).map((d) => d.code);

  it("the fixture has real shapes: every district borders at least one other", () => {
    for (const d of data.districts) expect(sharing(d.code), d.name_vi).not.toEqual([]);
  });

  it.each(["vinh-yen", "tam-dao", "phuc-yen", "song-lo"])(
    "%s lists exactly the districts that share an arc with it, in areas.csv order",
    (slug) => {
      const area = data.districts.find((d) => d.slug === slug)!;
      const want = sharing(area.code).map((code) => data.area(code));
      for (const lang of ["vi", "en"] as const) {
        const got = page(slug, lang).neighbours!;
        expect(got.map((n) => n.name)).toEqual(want.map((a) => (lang === "vi" ? a.name_vi : a.name_en)));
        expect(got.map((n) => n.href)).toEqual(want.map((a) => `/${lang === "en" ? "en/" : ""}districts/${a.slug}/`));
      }
    },
  );

  it("every district's neighbours are symmetric: A lists B exactly when B lists A", () => {
    const listed = new Map(data.districts.map((d) => [d.code, page(d.slug, "en").neighbours!.map((n) => n.name)]));
    for (const a of data.districts)
      for (const b of data.districts)
        expect(listed.get(a.code)!.includes(b.name_en), `${a.name_en} ↔ ${b.name_en}`).toBe(listed.get(b.code)!.includes(a.name_en));
  });

  it("says the list in one sentence, vi and en: lead, names joined with commas and 'và'/'and', a full stop", () => {
    const vi = page("vinh-yen", "vi");
    const en = page("vinh-yen", "en");
    const sentence = (p: typeof vi) => p.neighboursLead + p.neighbours!.map((n) => n.name + n.after).join("");
    const names = (lang: "vi" | "en") => sharing("243").map((code) => (lang === "vi" ? data.area(code).name_vi : data.area(code).name_en));
    const join = (xs: string[], and: string) => `${xs.slice(0, -1).join(", ")} ${and} ${xs.at(-1)}.`;
    expect(names("vi").length).toBeGreaterThan(1);
    expect(sentence(vi)).toBe(`Các huyện, thành phố giáp ranh trong tỉnh Vĩnh Phúc: ${join(names("vi"), "và")}`);
    expect(sentence(en)).toBe(`Neighbouring districts and cities in Vĩnh Phúc province: ${join(names("en"), "and")}`);
  });
});
