import Papa from "papaparse";
import type { Chart } from "../charts/Chart.ts";
import type { SiteData } from "../data/SiteData.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { MAP_ATTRIBUTION } from "../maps/mapLayers.ts";
import { dataLicence, drawsBoundaries } from "./figureCredits.ts";

const M = defineMessages(
  { source: "Nguồn", licence: "Giấy phép", boundaries: (l: string) => `ranh giới: ${l}` },
  { source: "Source", licence: "Licence", boundaries: (l) => `boundaries: ${l}` },
);

/** A number as the table shows it ("-3", "+21,5%", "189.178"): a spreadsheet cannot run it. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,\u00a0 ]\d+)*%?$/;

/**
 * A cell a spreadsheet would take for a formula (starting with =, +, -, @, or a tab or carriage
 * return, OWASP's list) gets a leading apostrophe, so Excel and LibreOffice show it as text. A
 * number in a numeric column stays as it is: "-3" is a value, not an instruction.
 */
export function neutraliseCell(cell: string, numeric: boolean): string {
  if (!/^[=+\-@\t\r]/.test(cell)) return cell;
  return numeric && PLAIN_NUMBER.test(cell) ? cell : `'${cell}`;
}

/**
 * The data behind a chart, exactly as its table shows it (same rows, same columns, same text),
 * plus the sources and the licence on every row, so a row copied elsewhere keeps its credit.
 *
 * UTF-8 with a byte-order mark and CRLF line ends: without the mark, Excel on Windows (what most
 * newsrooms open a CSV with) reads the file in the machine's code page and garbles every
 * Vietnamese diacritic; LibreOffice, Google Sheets, pandas and R all skip the mark.
 */
export function chartCsv(data: SiteData, chart: Chart, lang: Lang): string {
  const m = M[lang];
  const sources = chart.sources.map((s) => `${s.label} [${s.id}]`).join("; ");
  const licence = dataLicence(data) + (drawsBoundaries(chart) ? `; ${m.boundaries(MAP_ATTRIBUTION[lang].text)}` : "");
  const fields = [...chart.table.columns.map((c) => c.label), m.source, m.licence];
  const rows = chart.table.rows.map((row) => [
    ...row.map((cell, i) => neutraliseCell(cell, chart.table.columns[i]?.numeric === true)),
    neutraliseCell(sources, false),
    licence,
  ]);
  return `\uFEFF${Papa.unparse({ fields: fields.map((f) => neutraliseCell(f, false)), data: rows }, { newline: "\r\n" })}\r\n`;
}
