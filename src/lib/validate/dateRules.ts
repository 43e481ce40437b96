import { dayRange } from "../dates.ts";
import { parsePeriod } from "../period.ts";
import { message } from "./Issue.ts";
import { rowsBy, str, type RuleContext } from "./ruleContext.ts";

/*
 * Dates that are well-formed but impossible: in the future, or a figure dated after the
 * publication that reports it. Only a measured figure is held to this: a projection, a plan's
 * target and a rule (a decree's base level, in force from a day after the decree was signed)
 * are about times still to come by nature, and say so in indicators.csv's `kind` column.
 */

const CHECK_DATE = { vi: "kiểm tra lại ngày tháng theo nguồn", en: "check the date against the source" };

/** A source's publication date and a club's founding year cannot lie after today. */
export function futureDates({ tables, report, today }: RuleContext): void {
  const sources = tables.get("sources");
  for (const row of sources?.rows ?? []) {
    const published = str(row, "published");
    const range = published === null ? null : dayRange(published);
    if (range && range.first > today) {
      report(
        sources!,
        row,
        "published",
        message(
          "date-future",
          `ngày phát hành ${published} ở tương lai (hôm nay là ${today})`,
          `the publication date ${published} is in the future (today is ${today})`,
          CHECK_DATE,
        ),
      );
    }
  }
  const clubs = tables.get("clubs");
  const year = Number(today.slice(0, 4));
  for (const row of clubs?.rows ?? []) {
    const founded = row.values["founded"];
    if (typeof founded === "number" && founded > year) {
      report(
        clubs!,
        row,
        "founded",
        message(
          "date-future",
          `năm thành lập ${founded} ở tương lai (năm nay là ${year})`,
          `the founding year ${founded} is in the future (this year is ${year})`,
          CHECK_DATE,
        ),
      );
    }
  }
}

/**
 * A measured figure's period cannot start after today, nor after the day its source was
 * published (at the latest: a source dated `2022` may be from 31 December). An undated source
 * cannot be checked, and a period that does not parse is reported by its own rule.
 */
export function measuredPeriods({ tables, report, today, reported }: RuleContext): void {
  const observations = tables.get("observations");
  if (!observations) return;
  const indicators = rowsBy(tables.get("indicators"), "id");
  const sources = rowsBy(tables.get("sources"), "id");
  for (const row of observations.rows) {
    const indicator = str(row, "indicator") ?? "";
    const definition = indicators.get(indicator);
    if (!definition || str(definition, "kind") !== "measured") continue;
    const text = str(row, "period") ?? "";
    const period = parsePeriod(text);
    // A period already reported (outside its unit's life, written the long way) is not reported twice.
    if (!period || reported(row, "period")) continue;
    if (period.start > today) {
      report(
        observations,
        row,
        "period",
        message(
          "period-future",
          `thời kỳ ${text} chưa bắt đầu (hôm nay là ${today}), mà ${indicator} là số liệu đo (kind là measured trong indicators.csv)`,
          `the period ${text} has not begun (today is ${today}), and ${indicator} is a measured figure (kind is measured in indicators.csv)`,
          {
            vi: "kiểm tra lại thời kỳ; dự báo hay chỉ tiêu kế hoạch cần một chỉ tiêu có kind là projection hoặc target",
            en: "check the period; a projection or a plan's target needs an indicator whose kind is projection or target",
          },
        ),
      );
      continue;
    }
    const sourceId = str(row, "source") ?? "";
    const source = sources.get(sourceId);
    const published = source ? str(source, "published") : null;
    const range = published === null ? null : dayRange(published);
    if (range && period.start > range.last) {
      report(
        observations,
        row,
        "period",
        message(
          "period-after-source",
          `thời kỳ ${text} bắt đầu sau khi nguồn ${sourceId} được phát hành (${published}): nguồn không thể đưa số liệu đo của thời gian chưa đến`,
          `the period ${text} starts after the source ${sourceId} was published (${published}): a source cannot report a measured figure for a time still to come`,
          { vi: "kiểm tra lại thời kỳ hoặc mã nguồn", en: "check the period or the source id" },
        ),
      );
    }
  }
}
