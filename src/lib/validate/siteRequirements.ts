import { issueAt, message, type Issue } from "./Issue.ts";
import { str, type Tables } from "./ruleContext.ts";

/*
 * What the pages genuinely require of the data, declared in this one place and checked like any
 * other rule, so the pull-request check fails exactly where the build would. Everything else a
 * page shows is optional: a missing figure is rendered as "no data" (SiteData.latest / need).
 *
 * - exactly one area of level `province`: the site is about one province, and every page asks
 *   for its districts and its figures through it (SiteData.province).
 * - no club named `district` or `programme`: /clubs/<id>/ shares its folder with the filter
 *   pages /clubs/district/… and /clubs/programme/…, and one would hide the other.
 */
export function checkSiteRequirements(tables: Tables, issues: Issue[]): void {
  checkReservedClubIds(tables, issues);
  const areas = tables.get("areas");
  const column = areas?.columns["level"];
  if (!areas || column === undefined) return;
  const provinces = areas.rows.filter((r) => str(r, "level") === "province");
  // A province row rejected for another mistake is already reported; an unreadable file too.
  const written = areas.rawRows.some((r) => r["level"]?.trim() === "province");
  if (provinces.length === 0 && areas.complete && !written) {
    issues.push(
      issueAt(
        areas.file,
        1,
        column,
        "level",
        message(
          "province-missing",
          "không có dòng nào có level là province: trang web nói về một tỉnh và cần đúng một dòng như vậy",
          "no row has level province: the site is about one province and needs exactly one such row",
          { vi: "thêm lại dòng của tỉnh", en: "put the province's row back" },
        ),
      ),
    );
  }
  for (const extra of provinces.slice(1)) {
    issues.push(
      issueAt(
        areas.file,
        extra.lines["level"] ?? extra.line,
        column,
        "level",
        message(
          "province-second",
          `đã có tỉnh ${str(provinces[0]!, "code")} ở dòng ${provinces[0]!.line}: trang web nói về đúng một tỉnh`,
          `province ${str(provinces[0]!, "code")} is already on line ${provinces[0]!.line}: the site is about exactly one province`,
          { vi: "kiểm tra cột level", en: "check the level column" },
        ),
      ),
    );
  }
}

const RESERVED_CLUB_IDS = new Set(["district", "programme"]);

function checkReservedClubIds(tables: Tables, issues: Issue[]): void {
  const clubs = tables.get("clubs");
  const column = clubs?.columns["id"];
  if (!clubs || column === undefined) return;
  for (const row of clubs.rows) {
    const id = str(row, "id");
    if (id === null || !RESERVED_CLUB_IDS.has(id)) continue;
    issues.push(
      issueAt(
        clubs.file,
        row.lines["id"] ?? row.line,
        column,
        "id",
        message(
          "club-id-reserved",
          `mã câu lạc bộ "${id}" trùng với tên một trang lọc (/clubs/${id}/…)`,
          `the club id "${id}" is the name of a filter page (/clubs/${id}/…)`,
          { vi: "đặt mã khác, ví dụ thêm tên thôn hoặc xã", en: "choose another id, e.g. add the village or commune" },
        ),
      ),
    );
  }
}
