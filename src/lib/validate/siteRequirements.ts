import { issueAt, message, type Issue } from "./Issue.ts";
import { str, type Tables } from "./ruleContext.ts";

/*
 * What the pages genuinely require of the data, declared in this one place and checked like any
 * other rule, so the pull-request check fails exactly where the build would. Everything else a
 * page shows is optional: a missing figure is rendered as "no data" (SiteData.latest / need).
 *
 * - exactly one area of level `province`: the site is about one province, and every page asks
 *   for its districts and its figures through it (SiteData.province).
 */
export function checkSiteRequirements(tables: Tables, issues: Issue[]): void {
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
