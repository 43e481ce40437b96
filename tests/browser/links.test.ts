import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { siteUrl } from "../../src/lib/discovery/siteUrl.ts";
import { checkBuildLinks } from "./linkCheck.ts";
import { expectNone } from "./site.ts";

/*
 * Internal links and anchors: 0 broken, on every page of the root build (dist/) and of the
 * sub-path build (/vinhphuc/), checked on disk by tests/browser/linkCheck.ts. (subpath.test.ts
 * follows the same links over HTTP, through a server that behaves like a static host.)
 */

/** The `site` the builds write into absolute links (canonical, alternates): internal, not another site. */
const siteOrigins = [siteUrl(process.env)];

const builds = [
  { name: "root build", directory: inject("distDir"), base: "/" },
  { name: "sub-path build (BASE_PATH=/vinhphuc/)", directory: inject("subpathDir"), base: "/vinhphuc/" },
];

describe("the link checker itself", () => {
  const dir = mkdtempSync(join(tmpdir(), "link-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (file: string, html: string) => {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><html lang="en"><head><title>t</title></head><body>\n${html}\n</body></html>`);
  };

  it("finds each kind of broken link and anchor in a small made-up site, and nothing else", async () => {
    write(
      "index.html",
      [
        `<a href="/a/">fine</a> <a href="/a/#here">fine</a> <a href="#top">fine</a> <a href="#me" id="me">fine</a>`,
        `<a href="/missing/">no page</a>`,
        `<a href="/a/#nowhere">no anchor there</a>`,
        `<a href="#gone">no anchor here</a>`,
        `<a href="/a">folder without slash</a>`,
        `<img src="/x.png" alt="">`,
        `<svg aria-labelledby="t1 t2"><title id="t1">t</title><rect fill="url(#pattern)"/></svg>`,
        `<a href="https://elsewhere.example/">another site</a> <a href="${siteOrigins[0]}/a/#here">the site, absolute</a>`,
      ].join("\n"),
    );
    write("a/index.html", `<p id="here">a</p>`);
    write("404.html", `<a href="a/">relative on the 404 page</a>`);
    const result = await checkBuildLinks(dir, "/", siteOrigins);
    const lines = result.broken.map((l) => l.replace(/\s+/g, " "));
    const expected = [
      /^\/:3: a\[href\]="\/missing\/" → \/missing\/: no such file/,
      /^\/:4: a\[href\]="\/a\/#nowhere": \/a\/ has no element with id "nowhere"/,
      /^\/:5: a\[href\]="#gone": no element with id "gone" on the page/,
      /^\/:6: a\[href\]="\/a" → \/a: a folder, written without its trailing slash/,
      /^\/:7: img\[src\]="\/x.png" → \/x.png: no such file/,
      /^\/:8: <svg aria-labelledby="t1 t2">: no element with id "t2"/,
      /^\/:8: <rect fill="url\(#pattern\)">: no element with id "pattern"/,
      /^\/404.html:2: a\[href\]="a\/" is relative, but the 404 page is served at any depth/,
    ];
    for (const pattern of expected)
      expect(
        lines.filter((l) => pattern.test(l)),
        `one problem matching ${pattern} in:\n${lines.join("\n")}`,
      ).toHaveLength(1);
    expect(lines).toHaveLength(expected.length);
    expect(result.checked.external, "the link to another site is left alone").toBe(1);
  });
});

for (const build of builds) {
  describe(build.name, () => {
    it(`every internal href/src/srcset/url() names a file of the build, and every #fragment and id reference an element`, async () => {
      const result = await checkBuildLinks(build.directory, build.base, siteOrigins);
      console.log(
        `${build.name}: ${result.pages} pages; ${result.checked.files} references to files, ${result.checked.fragments} fragments, ` +
          `${result.checked.idrefs} id references checked; ${result.checked.external} links to other sites left alone`,
      );
      expect(result.pages, `HTML pages in ${build.directory}`).toBeGreaterThan(0);
      expect(result.checked.files, "references followed").toBeGreaterThan(result.pages);
      expectNone(result.broken, `broken links or anchors in the ${build.name}`);
    });
  });
}
