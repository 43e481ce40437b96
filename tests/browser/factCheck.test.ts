import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { siteUrl } from "../../src/lib/discovery/siteUrl.ts";
import { checkPage, factIndex, type PageReport } from "../support/factCheck.ts";
import { readFacts } from "../support/factCheckData.ts";
import { factCheckSummary } from "../support/factCheckSummary.ts";
import { expectNone, htmlFiles, urlPathForFile } from "./site.ts";

/*
 * Fact-check of the built site (issue 9): every number on every page, in both languages, is a
 * row of observations.csv in the page's format, a date of data/, a named computation over rows
 * the output lists, a quote of a text in data/, or a listed structural number (see
 * tests/support/factCheck.ts for the rules). It reads the static HTML, which is what a reader
 * without JavaScript gets and what Chromium renders: the charts and maps are static SVG.
 *
 * The rows are read from the package the site was built from: DATA_DIR when set, data/
 * otherwise; the CSVs the site publishes under /data/ must be byte for byte those files.
 */

const distDir = inject("distDir");
const projectRoot = inject("projectRoot");
const dataDir = resolve(projectRoot, process.env["DATA_DIR"] ?? "data");

describe("fact-check of every page", () => {
  test("the site was built from the package the check reads", () => {
    const facts = readFacts(dataDir);
    const differ = facts.files
      .filter((f) => !readFileSync(join(distDir, "data", f.path)).equals(readFileSync(join(dataDir, f.path))))
      .map(
        (f) =>
          `${f.path}: the published /data/${f.path} differs from ${join(dataDir, f.path)}; set DATA_DIR to the package the site was built from`,
      );
    expectNone(differ, "published data files");
  });

  test("every number is a row, a date, a named computation, data text or a listed structure", async () => {
    const facts = readFacts(dataDir);
    const siteOrigins = [siteUrl(process.env)];
    const index = factIndex(facts, { siteOrigins });
    const files = await htmlFiles(distDir);
    const reports: PageReport[] = files.map((file) => checkPage(index, urlPathForFile(file), readFileSync(join(distDir, file), "utf8")));

    // Both languages, and numbers found on every page (each has at least the data version).
    const langs = new Set(files.map((f) => (f.startsWith("en/") ? "en" : "vi")));
    expect([...langs].sort()).toEqual(["en", "vi"]);
    expectNone(
      reports.filter((r) => r.numbers.length + r.findings.length === 0).map((r) => `${r.page}: no number found at all`),
      "pages read",
    );

    console.log(factCheckSummary(reports));
    expectNone(
      reports.flatMap((r) => {
        const seen = new Set<string>();
        return r.findings.flatMap((f) => {
          const line = `${r.page} [${f.channel}] ${f.context}\n      ${f.why}`;
          if (seen.has(line)) return [];
          seen.add(line);
          return [line];
        });
      }),
      "numbers that no row, date, computation or data text gives (page [where] …text ⟦number⟧ text…)",
    );
  });
});
