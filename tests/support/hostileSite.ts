import { NUMBER_PAYLOADS, TEXT_PAYLOADS } from "./hostilePayloads.ts";
import { addChangelogBullet, setCells, withDescriptor, withGeometry, csvColumns } from "./hostilePackage.ts";
import { bodyMarkdown, FRONTMATTER_PLACES, STORY_PLACES, storyWith, type StoryPlace } from "./hostileStories.ts";
import { FIXTURE_DIR, readPackage, text, withFiles, type PackageFiles } from "./packageFiles.ts";

/*
 * The one package tests/build/hostileSite.test.ts builds and opens in Chromium: every payload the
 * check lets through, each in its own place, where the pages show it. The unit suite
 * (tests/unit/hostilePullRequests.test.ts) fails when the check accepts a payload somewhere and
 * it is not listed here, so nothing accepted goes unseen by the browser.
 */

export type Surface = "csv" | "number" | "changelog" | "descriptor" | "geo" | "story";

export type Placement =
  /** A text cell of a CSV file (line 2 is the first row). */
  | { readonly surface: "csv"; readonly payload: string; readonly path: string; readonly line: number; readonly field: string }
  /** A value in a numeric column. */
  | { readonly surface: "number"; readonly payload: string; readonly path: string; readonly line: number; readonly field: string }
  /**
   * A bullet of the newest CHANGELOG.md entry: the text itself, or the address of a link.
   * `shown` is the text the page must then show, where Markdown renders it as written.
   */
  | { readonly surface: "changelog"; readonly payload: string; readonly form: "text" | "link"; readonly shown?: string }
  /** A text of datapackage.json that the data page shows: the package's, or a column's. */
  | {
      readonly surface: "descriptor";
      readonly payload: string;
      readonly resource?: string;
      readonly field?: string;
      readonly key: "title" | "titleVi" | "description" | "descriptionVi";
    }
  /** A property of a district's shape in geo/districts.topo.json (no page shows it). */
  | { readonly surface: "geo"; readonly payload: string; readonly feature: number }
  /** A place in a story (tests/support/hostileStories.ts): the payload's own story holds it in every place it is placed. */
  | { readonly surface: "story"; readonly payload: string; readonly place: StoryPlace };

const csv = (path: string, line: number, field: string, payload: string): Placement => ({ surface: "csv", payload, path, line, field });

/**
 * CSV cells, chosen where the pages show them: sources on /data/ (publisher, title, notes, the link),
 * district names and seats in page titles, attributes, map labels and SVG text, group and
 * indicator names in chart titles and aria-labels, notes, events and the club on district pages.
 */
const CSV_PLACEMENTS: readonly Placement[] = [
  csv("sources.csv", 2, "publisher", "javascript-url"),
  csv("sources.csv", 2, "title", "javascript-mixed-case"),
  csv("sources.csv", 2, "notes", "javascript-newline"),
  csv("sources.csv", 3, "publisher", "javascript-entity"),
  csv("sources.csv", 3, "title", "javascript-entity-colon"),
  csv("sources.csv", 3, "notes", "javascript-percent"),
  csv("sources.csv", 3, "url", "https-quote-breakout"),
  csv("sources.csv", 4, "publisher", "data-html"),
  csv("sources.csv", 4, "title", "data-svg-base64"),
  csv("sources.csv", 4, "notes", "vbscript"),
  csv("sources.csv", 4, "url", "https-single-quote-breakout"),
  csv("sources.csv", 5, "publisher", "file-url"),
  csv("sources.csv", 5, "title", "protocol-relative"),
  csv("sources.csv", 5, "notes", "url-credentials"),
  csv("sources.csv", 6, "publisher", "workflow-newline-error"),
  csv("sources.csv", 6, "title", "workflow-stop-commands"),
  csv("sources.csv", 6, "notes", "workflow-encoded-newline"),
  csv("sources.csv", 7, "publisher", "workflow-crlf-notice"),
  csv("sources.csv", 7, "title", "workflow-add-mask"),
  csv("sources.csv", 8, "publisher", "https-quote-breakout"),
  csv("sources.csv", 8, "title", "https-single-quote-breakout"),
  csv("sources.csv", 29, "notes", "huge-cell"),
  csv("areas.csv", 4, "name_vi", "double-quote-breakout"),
  csv("areas.csv", 4, "name_en", "single-quote-breakout"),
  csv("areas.csv", 4, "seat", "unquoted-breakout"),
  csv("areas.csv", 5, "name_vi", "title-breakout"),
  csv("areas.csv", 5, "name_en", "svg-text-breakout"),
  csv("areas.csv", 5, "seat", "script"),
  csv("areas.csv", 6, "name_vi", "script-breakout"),
  csv("areas.csv", 6, "name_en", "style-breakout"),
  csv("areas.csv", 6, "seat", "textarea-breakout"),
  csv("areas.csv", 7, "name_vi", "img-onerror"),
  csv("areas.csv", 7, "name_en", "svg-onload"),
  csv("groups.csv", 2, "name_vi", "iframe"),
  csv("groups.csv", 2, "name_en", "object-embed"),
  csv("groups.csv", 3, "name_vi", "base-href"),
  csv("groups.csv", 3, "name_en", "meta-refresh"),
  csv("groups.csv", 4, "name_vi", "style-import"),
  csv("groups.csv", 4, "name_en", "escaped-markup"),
  csv("indicators.csv", 6, "name_vi", "double-quote-breakout"),
  csv("indicators.csv", 6, "name_en", "script"),
  csv("indicators.csv", 2, "name_vi", "svg-text-breakout"),
  csv("indicators.csv", 2, "name_en", "title-breakout"),
  csv("observations.csv", 4, "note_vi", "img-onerror"),
  csv("observations.csv", 4, "note_en", "iframe"),
  csv("area-events.csv", 2, "event_vi", "textarea-breakout"),
  csv("area-events.csv", 2, "event_en", "style-import"),
  csv("clubs.csv", 2, "name_vi", "script"),
  csv("clubs.csv", 2, "name_en", "double-quote-breakout"),
  csv("clubs.csv", 2, "commune", "single-quote-breakout"),
  csv("clubs.csv", 2, "village", "unquoted-breakout"),
  csv("clubs.csv", 2, "notes_vi", "workflow-newline-error"),
  csv("clubs.csv", 2, "notes_en", "base-href"),
];

/** Numbers the check lets through: none at present (a huge club membership was the last, now refused). */
const NUMBER_PLACEMENTS: readonly Placement[] = [];

/** Markdown the check lets through, as a bullet each (smart quotes change some, so `shown` only where the text stays as written). */
const CHANGELOG_PLACEMENTS: readonly Placement[] = [
  { surface: "changelog", payload: "double-quote-breakout", form: "text" },
  { surface: "changelog", payload: "single-quote-breakout", form: "text" },
  { surface: "changelog", payload: "unquoted-breakout", form: "text", shown: "x data-pwned=1 onmouseover=window.__pwned=1 autofocus" },
  { surface: "changelog", payload: "escaped-markup", form: "text", shown: "<script>window.__pwned=1</script>" },
  { surface: "changelog", payload: "javascript-url", form: "text", shown: "javascript:window.__pwned=1;alert(1)" },
  { surface: "changelog", payload: "javascript-mixed-case", form: "text", shown: "JaVaScRiPt:window.__pwned=1" },
  { surface: "changelog", payload: "javascript-newline", form: "text" },
  { surface: "changelog", payload: "javascript-newline", form: "link" },
  { surface: "changelog", payload: "javascript-tab", form: "text" },
  { surface: "changelog", payload: "javascript-tab", form: "link" },
  { surface: "changelog", payload: "javascript-leading-space", form: "text" },
  { surface: "changelog", payload: "javascript-entity", form: "text" },
  { surface: "changelog", payload: "javascript-entity-colon", form: "text" },
  { surface: "changelog", payload: "javascript-percent", form: "text", shown: "%6Aavascript:window.__pwned=1" },
  { surface: "changelog", payload: "data-svg-base64", form: "text" },
  { surface: "changelog", payload: "vbscript", form: "text", shown: "vbscript:msgbox(1)" },
  { surface: "changelog", payload: "file-url", form: "text", shown: "file:///etc/passwd" },
  { surface: "changelog", payload: "protocol-relative", form: "text", shown: "//evil.example/" },
  { surface: "changelog", payload: "https-quote-breakout", form: "link" },
  { surface: "changelog", payload: "https-single-quote-breakout", form: "text" },
  { surface: "changelog", payload: "https-single-quote-breakout", form: "link" },
  { surface: "changelog", payload: "formula-hyperlink", form: "text" },
  { surface: "changelog", payload: "formula-plus", form: "text", shown: "+1+1" },
  { surface: "changelog", payload: "formula-minus", form: "text", shown: "-2+3" },
  { surface: "changelog", payload: "formula-at", form: "text", shown: "@SUM(A1)" },
  { surface: "changelog", payload: "formula-dde", form: "text" },
  { surface: "changelog", payload: "formula-after-tab", form: "text" },
  { surface: "changelog", payload: "formula-after-cr", form: "text" },
  { surface: "changelog", payload: "workflow-newline-error", form: "text" },
  { surface: "changelog", payload: "workflow-stop-commands", form: "text", shown: "::stop-commands::pwned-token" },
  { surface: "changelog", payload: "workflow-encoded-newline", form: "text", shown: "%0A::warning::forged" },
  { surface: "changelog", payload: "workflow-crlf-notice", form: "text" },
  { surface: "changelog", payload: "workflow-add-mask", form: "text" },
  { surface: "changelog", payload: "huge-cell", form: "text" },
];

/** Characters the check refuses anywhere in datapackage.json and CHANGELOG.md. */
const HIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/u;

/** Payloads datapackage.json's texts let through: any text without hidden characters. */
const DESCRIPTOR_PAYLOADS: readonly string[] = TEXT_PAYLOADS.filter((p) => !HIDDEN.test(p.text)).map((p) => p.name);

/**
 * Each descriptor payload in its own column description (English, then Vietnamese, in turn:
 * /en/data/ shows the one, /data/ the other), and the script in the package's titles too.
 */
function descriptorPlacements(): Placement[] {
  const columns = csvColumns(readPackage(FIXTURE_DIR));
  if (columns.length < DESCRIPTOR_PAYLOADS.length) throw new Error("fewer columns than descriptor payloads");
  return [
    { surface: "descriptor", payload: "script", key: "title" },
    { surface: "descriptor", payload: "script", key: "titleVi" },
    ...DESCRIPTOR_PAYLOADS.map((payload, i): Placement => {
      const c = columns[i]!;
      return { surface: "descriptor", payload, resource: c.resource, field: c.field, key: i % 2 === 0 ? "description" : "descriptionVi" };
    }),
  ];
}

/** Payloads the map files let through: no page reads a shape's other properties. */
const GEO_PAYLOADS: readonly string[] = TEXT_PAYLOADS.map((p) => p.name);

/** What a story's title and summary let through (the same for both: text, shown as text). */
const FREE_TEXT: readonly string[] = [
  "script",
  "img-onerror",
  "svg-onload",
  "iframe",
  "object-embed",
  "base-href",
  "meta-refresh",
  "style-import",
  "double-quote-breakout",
  "single-quote-breakout",
  "unquoted-breakout",
  "textarea-breakout",
  "style-breakout",
  "title-breakout",
  "script-breakout",
  "svg-text-breakout",
  "escaped-markup",
  "javascript-url",
  "javascript-mixed-case",
  "javascript-newline",
  "javascript-tab",
  "javascript-leading-space",
  "javascript-entity",
  "javascript-entity-colon",
  "javascript-percent",
  "data-html",
  "data-svg-base64",
  "vbscript",
  "file-url",
  "protocol-relative",
  "url-credentials",
  "https-quote-breakout",
  "https-single-quote-breakout",
  "formula-hyperlink",
  "formula-plus",
  "formula-minus",
  "formula-at",
  "formula-dde",
  "formula-after-tab",
  "formula-after-cr",
  "workflow-newline-error",
  "workflow-stop-commands",
  "workflow-encoded-newline",
  "workflow-crlf-notice",
  "workflow-add-mask",
];

/**
 * What a story lets through, place by place (tests/unit/hostilePullRequests.test.ts keeps this
 * complete). The title, summary and author are free text, shown as text, with hidden characters
 * refused even written as a YAML escape (a typed number is compared only with the figures of the
 * story's own indicators, and the hostile stories have none); the body refuses every HTML tag,
 * hidden character, refused or relative address and every image.
 */
const STORY_ACCEPTED: Readonly<Record<StoryPlace, readonly string[]>> = {
  title: FREE_TEXT,
  summary: FREE_TEXT,
  author: [
    "script",
    "img-onerror",
    "iframe",
    "base-href",
    "meta-refresh",
    "style-import",
    "double-quote-breakout",
    "single-quote-breakout",
    "unquoted-breakout",
    "textarea-breakout",
    "style-breakout",
    "title-breakout",
    "script-breakout",
    "svg-text-breakout",
    "escaped-markup",
    "javascript-url",
    "javascript-mixed-case",
    "javascript-newline",
    "javascript-tab",
    "javascript-leading-space",
    "javascript-entity",
    "javascript-entity-colon",
    "javascript-percent",
    "data-html",
    "vbscript",
    "file-url",
    "protocol-relative",
    "url-credentials",
    "https-quote-breakout",
    "https-single-quote-breakout",
    "formula-hyperlink",
    "formula-plus",
    "formula-minus",
    "formula-at",
    "formula-dde",
    "formula-after-tab",
    "formula-after-cr",
    "workflow-newline-error",
    "workflow-stop-commands",
    "workflow-encoded-newline",
    "workflow-crlf-notice",
    "workflow-add-mask",
  ],
  paragraph: [
    "double-quote-breakout",
    "single-quote-breakout",
    "unquoted-breakout",
    "escaped-markup",
    "javascript-entity-colon",
    "file-url",
    "protocol-relative",
    "https-single-quote-breakout",
    "formula-hyperlink",
    "formula-plus",
    "formula-minus",
    "formula-at",
    "formula-dde",
    "formula-after-tab",
    "formula-after-cr",
    "workflow-newline-error",
    "workflow-stop-commands",
    "workflow-encoded-newline",
    "workflow-crlf-notice",
    "workflow-add-mask",
    "huge-cell",
  ],
  heading: [
    "double-quote-breakout",
    "single-quote-breakout",
    "unquoted-breakout",
    "escaped-markup",
    "javascript-entity-colon",
    "file-url",
    "protocol-relative",
    "https-single-quote-breakout",
    "formula-hyperlink",
    "formula-plus",
    "formula-minus",
    "formula-at",
    "formula-dde",
    "formula-after-tab",
    "formula-after-cr",
    "workflow-newline-error",
    "workflow-stop-commands",
    "workflow-encoded-newline",
    "workflow-crlf-notice",
    "workflow-add-mask",
    "huge-cell",
  ],
  "link-text": [
    "double-quote-breakout",
    "single-quote-breakout",
    "unquoted-breakout",
    "escaped-markup",
    "javascript-entity-colon",
    "file-url",
    "protocol-relative",
    "https-single-quote-breakout",
    "formula-hyperlink",
    "formula-plus",
    "formula-minus",
    "formula-at",
    "formula-dde",
    "formula-after-tab",
    "formula-after-cr",
    "workflow-newline-error",
    "workflow-stop-commands",
    "workflow-encoded-newline",
    "workflow-crlf-notice",
    "workflow-add-mask",
    "huge-cell",
  ],
  "link-url": [
    "double-quote-breakout",
    "single-quote-breakout",
    "unquoted-breakout",
    "https-quote-breakout",
    "https-single-quote-breakout",
    "formula-dde",
    "workflow-newline-error",
    "workflow-crlf-notice",
    "workflow-add-mask",
    "huge-cell",
  ],
  "image-url": [
    "double-quote-breakout",
    "single-quote-breakout",
    "unquoted-breakout",
    "formula-dde",
    "workflow-newline-error",
    "workflow-crlf-notice",
    "workflow-add-mask",
    "huge-cell",
  ],
  "figure-attribute": [],
};

const STORY_PLACEMENTS: readonly Placement[] = STORY_PLACES.flatMap((place) =>
  STORY_ACCEPTED[place].map((payload): Placement => ({ surface: "story", payload, place })),
);

export const SITE_PLACEMENTS: readonly Placement[] = [
  ...CSV_PLACEMENTS,
  ...NUMBER_PLACEMENTS,
  ...CHANGELOG_PLACEMENTS,
  ...descriptorPlacements(),
  ...GEO_PAYLOADS.map((payload, i): Placement => ({ surface: "geo", payload, feature: i % 9 })),
  ...STORY_PLACEMENTS,
];

/** The file of the hostile site's story holding `payload` in every place it is accepted. */
export const hostileStoryPath = (payload: string): string => `stories/vi/hostile-${payload}.md`;

/** One story per payload, the payload in each of its placements (body places one block each). */
function hostileStories(): Record<string, string> {
  const byPayload = new Map<string, StoryPlace[]>();
  for (const p of SITE_PLACEMENTS) if (p.surface === "story") byPayload.set(p.payload, [...(byPayload.get(p.payload) ?? []), p.place]);
  const stories: Record<string, string> = {};
  for (const [payload, places] of byPayload) {
    const value = payloadText(payload);
    const front = Object.fromEntries(places.filter((p) => FRONTMATTER_PLACES.includes(p)).map((p) => [p, value]));
    const body = places.filter((p) => !FRONTMATTER_PLACES.includes(p)).map((p) => bodyMarkdown(p, value));
    // The frontmatter as storyWith writes it (its texts are JSON strings, on one line each), then the body places.
    const story = storyWith(front);
    const frontmatter = story.slice(0, story.indexOf("\n---\n") + 5);
    stories[hostileStoryPath(payload)] = `${frontmatter}\n${body.length > 0 ? body.join("\n\n") : "Câu lạc bộ ở thôn Đông."}\n`;
  }
  return stories;
}

/** The Markdown a changelog placement writes. */
export const changelogMarkdown = (form: "text" | "link", payloadText: string): string =>
  form === "link" ? `[link](${payloadText})` : payloadText;

const payloadText = (name: string): string => {
  const found = TEXT_PAYLOADS.find((p) => p.name === name) ?? NUMBER_PAYLOADS.find((p) => p.name === name);
  if (!found) throw new Error(`SITE_PLACEMENTS names no payload ${name}`);
  return found.text;
};

/** The package `files` with every placement applied. */
export function hostileSitePackage(files: PackageFiles): PackageFiles {
  let out = files;
  const columns = csvColumns(files);
  const cells = new Map<string, Map<number, Map<number, string>>>();
  for (const p of SITE_PLACEMENTS) {
    if (p.surface !== "csv" && p.surface !== "number") continue;
    const column = columns.find((c) => c.path === p.path && c.field === p.field);
    if (!column) throw new Error(`no column ${p.path} ${p.field}`);
    const byLine = cells.get(p.path) ?? new Map<number, Map<number, string>>();
    const values = byLine.get(p.line) ?? new Map<number, string>();
    if (values.has(column.column)) throw new Error(`two placements in ${p.path}:${p.line} ${p.field}`);
    values.set(column.column, payloadText(p.payload));
    byLine.set(p.line, values);
    cells.set(p.path, byLine);
  }
  for (const [path, byLine] of cells) {
    let csv = text(out, path);
    // From the bottom up, so a multi-line cell does not move the lines still to edit.
    for (const line of [...byLine.keys()].sort((a, b) => b - a)) csv = setCells(csv, line, byLine.get(line)!).text;
    out = withFiles(out, { [path]: csv });
  }
  let changelog = text(out, "CHANGELOG.md");
  for (const p of SITE_PLACEMENTS) {
    if (p.surface === "changelog") changelog = addChangelogBullet(changelog, changelogMarkdown(p.form, payloadText(p.payload))).text;
  }
  out = withFiles(out, { "CHANGELOG.md": changelog });
  out = withDescriptor(out, (d) => {
    for (const p of SITE_PLACEMENTS) {
      if (p.surface !== "descriptor") continue;
      const resource = p.resource === undefined ? undefined : d.resources.find((r) => r.name === p.resource);
      const field = p.field === undefined ? undefined : resource?.schema?.fields.find((f) => f.name === p.field);
      const target = (field ?? resource ?? d) as unknown as Record<string, string>;
      target[p.key] = payloadText(p.payload);
    }
  });
  out = withFiles(out, hostileStories());
  // A district renamed in areas.csv is renamed on its shape too, as the check requires (the
  // shape's own name must match): the payload then reaches the page through either.
  const areaLines = text(files, "areas.csv").split("\n");
  const renamed = new Map(
    SITE_PLACEMENTS.flatMap((p) =>
      p.surface === "csv" && p.path === "areas.csv" && p.field === "name_vi"
        ? [[areaLines[p.line - 1]!.split(",")[0]!, payloadText(p.payload)] as const]
        : [],
    ),
  );
  out = withGeometry(out, "geo/districts.topo.json", (topology) => {
    const shapes = topology.objects["districts"]!.geometries;
    for (const shape of shapes) {
      const name = renamed.get(String(shape.id));
      if (name !== undefined) shape.properties = { ...shape.properties, name };
    }
    for (const p of SITE_PLACEMENTS) {
      if (p.surface === "geo")
        shapes[p.feature]!.properties = { ...shapes[p.feature]!.properties, [`name_${p.payload}`]: payloadText(p.payload) };
    }
  });
  return out;
}

/** Whether a payload accepted on `surface` is placed on that surface of the hostile site. */
export const placedOn = (surface: Surface, payload: string): boolean =>
  SITE_PLACEMENTS.some((p) => p.surface === surface && p.payload === payload);

/** Whether a payload accepted at a place of a story is placed there in the hostile site's story. */
export const placedInStory = (place: StoryPlace, payload: string): boolean =>
  SITE_PLACEMENTS.some((p) => p.surface === "story" && p.place === place && p.payload === payload);
