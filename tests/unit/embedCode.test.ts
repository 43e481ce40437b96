import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { embedCode, embedScriptTag } from "../../src/lib/embed/embedCode.ts";
import { embedFigure } from "../../src/lib/embed/embedFigure.ts";
import { embedHeight, embedHeightAt, lineCount } from "../../src/lib/embed/embedHeight.ts";
import { EMBED_WIDTHS } from "../../src/lib/embed/embedLayout.ts";
import { EMBED_MESSAGE } from "../../src/lib/embed/embedMessage.ts";
import { embedPath, oembedPath, siteAddress } from "../../src/lib/embed/embedUrls.ts";
import { figureById, figureIds } from "../../src/lib/embed/figureById.ts";
import { FIXTURE_DIR, mustLoad, readPackage } from "../support/packageFiles.ts";

const data = mustLoad(readPackage(FIXTURE_DIR));
const ORIGIN = "https://vinhphuc.example.org";

describe("embedPath / oembedPath / siteAddress", () => {
  it("follow the URL scheme: Vietnamese at embed/<id>/, English under en/, oEmbed beside the page", () => {
    expect(embedPath("club-plan", "vi")).toBe("embed/club-plan/");
    expect(embedPath("club-plan", "en")).toBe("en/embed/club-plan/");
    expect(oembedPath("locator", "en")).toBe("en/embed/locator/oembed.json");
    expect(siteAddress(ORIGIN, "/vinhphuc/", embedPath("locator", "vi"))).toBe(`${ORIGIN}/vinhphuc/embed/locator/`);
  });
});

describe("lineCount", () => {
  it("breaks between words, and a longer text never takes fewer lines", () => {
    expect(lineCount("", 300, 16)).toBe(0);
    expect(lineCount("một hai", 300, 16)).toBe(1);
    const words = "Người cao tuổi hưởng trợ cấp xã hội hằng tháng ở Vĩnh Phúc".split(" ");
    let previous = 0;
    for (let n = 1; n <= words.length; n++) {
      const lines = lineCount(words.slice(0, n).join(" "), 120, 16);
      expect(lines).toBeGreaterThanOrEqual(previous);
      previous = lines;
    }
    expect(previous).toBeGreaterThan(1);
  });

  it("wraps a word longer than the box onto lines of its own", () => {
    expect(lineCount("x".repeat(100), 100, 16)).toBeGreaterThanOrEqual(10);
  });
});

const cases = figureIds(data).flatMap((id) => (["vi", "en"] as const).map((lang) => ({ id, lang })));

describe("embedHeight", () => {
  it.each(cases)("$id ($lang): the height fits the tallest layout from 320 to 1280 px, and is not absurdly taller", ({ id, lang }) => {
    const figure = embedFigure(figureById(data, lang, id)!, lang, { source: () => "", back: "" });
    const height = embedHeight(figure);
    let tallest = 0;
    for (let w = EMBED_WIDTHS.min; w <= EMBED_WIDTHS.max; w += 7) {
      const at = embedHeightAt(figure, w);
      expect(at).toBeLessThanOrEqual(height);
      tallest = Math.max(tallest, at);
    }
    expect(height - tallest).toBeLessThan(10);
  });
});

describe("embedCode", () => {
  const chart = figureById(data, "en", "club-plan")!;
  const url = siteAddress(ORIGIN, "/", embedPath("club-plan", "en"));
  const code = embedCode(chart, "en", url);

  it("is a plain iframe: title, absolute src, lazy, full width by style, and the height that fits without a script", () => {
    expect(code.html).toBe(
      `<iframe title="${chart.title}" src="${url}" loading="lazy" height="${code.height}" style="border:0;width:100%"></iframe>`,
    );
    expect(code.height).toBe(embedHeight(embedFigure(chart, "en", { source: () => "", back: "" })));
    expect(code.width).toBe(664);
  });

  it("escapes what a title could carry into the attribute", () => {
    const hostile = { ...chart, title: `A "quoted" <b>title</b> & more` };
    expect(embedCode(hostile, "en", url).html).toContain(`title="A &quot;quoted&quot; &lt;b&gt;title&lt;/b&gt; &amp; more"`);
  });

  it("embedScriptTag loads /embed.js from the site, async", () => {
    expect(embedScriptTag(ORIGIN, "/vinhphuc/")).toBe(`<script async src="${ORIGIN}/vinhphuc/embed.js"></script>`);
  });
});

/*
 * public/embed.js, run in a bare context with a made-up host page: two of the site's frames and
 * one frame of another site. What it does with each message is the whole of its contract.
 */
describe("public/embed.js", () => {
  const source = readFileSync(join(import.meta.dirname, "..", "..", "public", "embed.js"), "utf8");
  const SITE = "https://vinhphuc.example.org/vinhphuc/";

  function host() {
    const win = (name: string) => ({
      name,
      posted: [] as unknown[],
      postMessage(m: unknown) {
        this.posted.push(m);
      },
    });
    const frames = [
      { src: `${SITE}embed/club-plan/`, contentWindow: win("a"), style: {} as Record<string, string> },
      { src: `${SITE}en/embed/locator/?theme=dark`, contentWindow: win("b"), style: {} as Record<string, string> },
      { src: "https://other.example/embed/club-plan/", contentWindow: win("c"), style: {} as Record<string, string> },
    ];
    let listener: ((event: unknown) => void) | undefined;
    const window = { addEventListener: (type: string, f: (event: unknown) => void) => type === "message" && (listener = f) };
    const document = { currentScript: { src: `${SITE}embed.js` }, getElementsByTagName: () => frames };
    runInNewContext(source, { window, document, URL });
    const send = (origin: string, from: number, data: unknown) => listener!({ origin, source: frames[from]!.contentWindow, data });
    return { frames, send };
  }
  const ok = (id: string, height: number) => ({ type: EMBED_MESSAGE.height, id, height });

  it("uses the message types the embed pages send", () => {
    expect(source).toContain(`"${EMBED_MESSAGE.height}"`);
    expect(source).toContain(`"${EMBED_MESSAGE.ping}"`);
  });

  it("asks each of the site's frames, and only them, to say its height again", () => {
    const { frames } = host();
    expect(frames.map((f) => f.contentWindow.posted)).toEqual([[{ type: EMBED_MESSAGE.ping }], [{ type: EMBED_MESSAGE.ping }], []]);
  });

  it("sets the height of the frame that sent a valid message, rounded up", () => {
    const { frames, send } = host();
    send("https://vinhphuc.example.org", 0, ok("club-plan", 812.2));
    send("https://vinhphuc.example.org", 1, ok("locator", 640));
    expect(frames.map((f) => f.style["height"])).toEqual(["813px", "640px", undefined]);
  });

  it.each([
    ["another origin", "https://evil.example", 0, ok("club-plan", 300)],
    ["the site's origin over http", "http://vinhphuc.example.org", 0, ok("club-plan", 300)],
    ["a frame of another site", "https://vinhphuc.example.org", 2, ok("club-plan", 300)],
    ["another frame's id", "https://vinhphuc.example.org", 0, ok("locator", 300)],
    ["a wrong type", "https://vinhphuc.example.org", 0, { type: "resize", id: "club-plan", height: 300 }],
    ["NaN", "https://vinhphuc.example.org", 0, ok("club-plan", NaN)],
    ["Infinity", "https://vinhphuc.example.org", 0, ok("club-plan", Infinity)],
    ["a huge height", "https://vinhphuc.example.org", 0, ok("club-plan", 1e6)],
    ["a tiny height", "https://vinhphuc.example.org", 0, ok("club-plan", 10)],
    ["a height as text", "https://vinhphuc.example.org", 0, { type: EMBED_MESSAGE.height, id: "club-plan", height: "300px" }],
    ["an extra key", "https://vinhphuc.example.org", 0, { ...ok("club-plan", 300), html: "<img src=x onerror=alert(1)>" }],
    ["a string", "https://vinhphuc.example.org", 0, JSON.stringify(ok("club-plan", 300))],
    ["null", "https://vinhphuc.example.org", 0, null],
  ])("ignores a message from %s", (_, origin, from, payload) => {
    const { frames, send } = host();
    send(origin as string, from as number, payload);
    expect(frames.map((f) => f.style["height"])).toEqual([undefined, undefined, undefined]);
  });
});
