import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, inject, it } from "vitest";
import { expectNone, htmlFiles, urlPathForFile } from "./site.ts";

/*
 * The W3C Nu HTML Checker (vnu.jar, from the vnu-jar devDependency) over every .html file of
 * the build, in one Java process: 0 errors. It runs on the system's Java (the package's own JRE
 * download is not allowed here); `.ci/run` installs Debian's default-jre-headless when `java` is
 * missing, and JAVA names another one. Each error is reported as page:line:column, the message,
 * and the piece of markup it is about. A known-bad canary page goes through the same run, so a
 * checker that silently checks nothing (a changed report format, say) fails the test too.
 */

const dist = inject("distDir");
const java = process.env["JAVA"] ?? "java";
const vnuJar = join(dirname(createRequire(import.meta.url).resolve("vnu-jar/package.json")), "build", "dist", "vnu.jar");

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  firstLine?: number;
  lastLine?: number;
  firstColumn?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

describe("W3C Nu HTML Checker (vnu.jar)", () => {
  it("finds 0 errors in every .html file of the build", async () => {
    expect(existsSync(vnuJar), `${vnuJar} (npm ci installs the vnu-jar devDependency)`).toBe(true);
    const files = await htmlFiles(dist);
    expect(files.length, `HTML files in ${dist}`).toBeGreaterThan(0);

    const canaryDir = mkdtempSync(join(tmpdir(), "vnu-canary-"));
    const canary = join(canaryDir, "canary.html");
    writeFileSync(canary, `<!doctype html><html lang="en"><head><title>canary</title></head><body><img src="x.png"></body></html>`);
    const run = spawnSync(java, ["-jar", vnuJar, "--errors-only", "--format", "json", ...files, canary], {
      cwd: dist,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    rmSync(canaryDir, { recursive: true, force: true });
    if (run.error)
      throw new Error(
        `could not run "${java}" (${run.error.message}): the HTML checker needs Java 11 or later; ` +
          "on Debian: apt-get install default-jre-headless (.ci/run does it), or set JAVA to a java binary",
      );
    // vnu writes its JSON report to stderr; exit status 1 means "errors found", anything else went wrong.
    let report: { messages?: VnuMessage[] };
    try {
      report = JSON.parse(run.stderr) as typeof report;
    } catch {
      throw new Error(`vnu.jar exited with ${run.status} and no JSON report:\n${run.stderr.slice(0, 4000)}${run.stdout.slice(0, 2000)}`);
    }
    const all = report.messages ?? [];
    const isCanary = (m: VnuMessage) => m.url !== undefined && fileURLToPath(m.url) === canary;
    expect(
      all.filter(isCanary).map((m) => m.message),
      "vnu.jar reports the canary's <img> without alt (else it checked nothing)",
    ).toEqual([expect.stringMatching(/“img” element must have an “alt” attribute/)]);
    const messages = all.filter((m) => !isCanary(m));

    const pageOf = (url: string | undefined) => {
      if (url === undefined) return "(no file)";
      const file = fileURLToPath(url)
        .slice(dist.length + 1)
        .split("\\")
        .join("/");
      return `${urlPathForFile(file)} (${file})`;
    };
    const problems = messages
      .filter((m) => m.type === "error" || m.type === "non-document-error" || m.subType === "fatal")
      .map((m) => {
        const where = `${pageOf(m.url)}:${m.lastLine ?? m.firstLine ?? "?"}:${m.firstColumn ?? m.lastColumn ?? "?"}`;
        const extract = m.extract ? `  ⟨${m.extract.replace(/\s+/g, " ").trim()}⟩` : "";
        return `${where}: ${m.message}${extract}`;
      });
    console.log(`vnu.jar checked ${files.length} HTML files: ${problems.length} error(s)`);
    expectNone(problems, `HTML errors in ${files.length} pages of ${dist}`);
  });
});
