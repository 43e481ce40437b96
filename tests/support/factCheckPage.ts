import { parseHTML } from "linkedom";

/*
 * What a page says, as the fact-check reads it: the text a reader sees with JavaScript off (the
 * charts are static SVG, so their labels are text too), what a screen reader also hears
 * (aria-label, alt, title attributes), and the head's <title> and description (what a search
 * result or a tab shows). The text is cut into segments at element boundaries, so numbers in
 * neighbouring table cells or chart labels never run together; inline elements (<a>, <strong>,
 * <time>…) do not cut a sentence. Each segment keeps what the rules need: its language, whether it
 * is a chart's axis tick label, its table cell, the <time> elements inside it.
 */

export type Lang = "vi" | "en";

/** Where a reader meets the text. */
export type Channel = "text" | "aria-label" | "title attribute" | "alt" | "document title" | "description";

/** A table as the page shows it: header texts and each body row's cell texts. */
export interface TableModel {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Segment {
  readonly text: string;
  readonly channel: Channel;
  readonly lang: Lang;
  /** Offset of the segment in `PageText.text`. */
  readonly start: number;
  /** The texts of the chart axis this segment is a tick label of (Plot's tabular-nums tick group). */
  readonly ticks?: readonly string[];
  /** The table cell this segment is in. */
  readonly cell?: { readonly table: TableModel; readonly row: number; readonly column: number };
  /** `<time datetime>` elements inside the segment, by offset within the segment's text. */
  readonly times: readonly { readonly start: number; readonly end: number; readonly datetime: string }[];
  /** A story's figures (`<span class="story-figure"><data value title>`), by offset within the segment's text. */
  readonly figures?: readonly StoryFigure[];
  /**
   * A story figure's source mark (`<a class="story-figure-source" href="#source-…"><sup>[n]</sup></a>`):
   * in the text, by offset; in its aria-label ("Nguồn n: …"), the whole label.
   */
  readonly sourceMarks?: readonly SourceMark[];
}

/** A figure of a story as the page marks it up: what it shows, what its markup says it is. */
export interface StoryFigure {
  readonly start: number;
  readonly end: number;
  /** The `value` attribute, as written. */
  readonly value: string;
  /** The `title` attribute: the figure's period in words ("Số liệu 2022"). */
  readonly title: string;
  /** The id of the sources-list entry its source mark links to ("ldxh-2022" for #source-ldxh-2022), if it has one. */
  readonly source: string | null;
}

/** The number of a story figure's source, and the entry of the page's sources list its link points at. */
export interface SourceMark {
  readonly start: number;
  readonly end: number;
  readonly href: string;
  /** 1-based position of the linked `<li>` in its `<ol>`; null when the link points at no list entry. */
  readonly position: number | null;
}

export interface PageText {
  /** Every segment's text, joined by "\n" (no number spans a segment boundary). */
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly lang: Lang;
}

/** Elements that sit inside a line of text: their text joins their neighbours' without a break. */
const INLINE = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "wbr",
]);

/** Never read: code, styles, and SVG definitions (patterns, gradients). */
const SKIPPED = new Set(["script", "style", "template", "defs"]);

const ATTRIBUTES: [attribute: string, channel: Channel][] = [
  ["aria-label", "aria-label"],
  ["alt", "alt"],
  ["title", "title attribute"],
];

type Node = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<Node>;
  parentNode: Node | null;
  getAttribute?(name: string): string | null;
  localName?: string;
  parentElement?: Node | null;
  children?: ArrayLike<Node>;
};

const hasClass = (el: Node | null | undefined, name: string) => (el?.getAttribute?.("class") ?? "").split(/\s+/).includes(name);

/** Where a story figure's source mark points: "#source-x" → the 1-based position of li#source-x in its <ol>. */
function markedPosition(document: { getElementById(id: string): unknown }, href: string): number | null {
  if (!href.startsWith("#")) return null;
  const target = document.getElementById(decodeURIComponent(href.slice(1))) as Node | null;
  const list = target?.parentNode;
  if (!target || target.localName !== "li" || !list || list.localName !== "ol") return null;
  const items = Array.from(list.childNodes).filter((c) => c.nodeType === 1 && c.localName === "li");
  return items.indexOf(target) + 1;
}

/** The source id a story figure links to: the href of the source mark beside its <data>. */
function figureSource(data: Node): string | null {
  const mark = Array.from(data.parentNode?.childNodes ?? []).find((c) => c.nodeType === 1 && hasClass(c, "story-figure-source"));
  const href = mark?.getAttribute?.("href") ?? "";
  return href.startsWith("#source-") ? decodeURIComponent(href.slice("#source-".length)) : null;
}

const asLang = (value: string | null | undefined): Lang | null => {
  const v = (value ?? "").toLowerCase();
  return v.startsWith("vi") ? "vi" : v.startsWith("en") ? "en" : null;
};

const squash = (s: string) => s.replace(/\s+/g, " ");

/** Plot marks its axes' tick labels with font-variant: tabular-nums (made a style by renderSvg). */
const isTickGroup = (el: Node) =>
  el.localName === "g" && /font-variant:\s*tabular-nums/.test(el.getAttribute?.("style") ?? "") && hasOnlyTextChildren(el);

function hasOnlyTextChildren(el: Node): boolean {
  const children = Array.from(el.childNodes).filter((c) => c.nodeType === 1);
  return children.length > 0 && children.every((c) => c.localName === "text");
}

function tableModel(table: Node): TableModel {
  const rowsOf = (el: Node): Node[] =>
    Array.from(el.childNodes).flatMap((c) =>
      c.nodeType !== 1 ? [] : c.localName === "tr" ? [c] : ["thead", "tbody", "tfoot"].includes(c.localName ?? "") ? rowsOf(c) : [],
    );
  const cells = (tr: Node) =>
    Array.from(tr.childNodes)
      .filter((c) => c.nodeType === 1 && (c.localName === "td" || c.localName === "th"))
      .map((c) => squash(c.textContent ?? "").trim());
  const rows = rowsOf(table);
  const headerRow = rows.find((tr) => tr.parentNode?.localName === "thead") ?? rows[0];
  return {
    headers: headerRow ? cells(headerRow) : [],
    rows: rows.filter((tr) => tr !== headerRow).map(cells),
  };
}

/** Reads a built page into segments (see the comment at the top of this file). */
export function pageText(html: string): PageText {
  const { document } = parseHTML(html);
  const pageLang = asLang(document.documentElement.getAttribute("lang")) ?? "vi";
  const segments: Segment[] = [];
  let offset = 0;
  const push = (segment: Omit<Segment, "start">) => {
    const text = segment.text.trim() === "" ? "" : segment.text;
    if (text === "") return;
    segments.push({ ...segment, start: offset });
    offset += text.length + 1;
  };

  const headTitle = document.querySelector("head > title")?.textContent ?? "";
  push({ text: squash(headTitle).trim(), channel: "document title", lang: pageLang, times: [] });
  const description = document.querySelector('head > meta[name="description"]')?.getAttribute("content") ?? "";
  push({ text: squash(description).trim(), channel: "description", lang: pageLang, times: [] });

  const tables = new Map<Node, TableModel>();
  const sourceMarkOf = (node: Node, applies: boolean): Omit<SourceMark, "start" | "end"> | null => {
    if (!applies || node.localName !== "a" || !hasClass(node, "story-figure-source")) return null;
    const href = node.getAttribute?.("href") ?? "";
    return { href, position: markedPosition(document, href) };
  };
  // The open run of inline text: flushed as one segment at the next block boundary.
  let run = "";
  let runTimes: { start: number; end: number; datetime: string }[] = [];
  let runFigures: StoryFigure[] = [];
  let runMarks: SourceMark[] = [];
  let runContext: { lang: Lang; ticks?: readonly string[]; cell?: Segment["cell"] } | null = null;
  const flush = () => {
    if (runContext) {
      const leading = run.length - run.trimStart().length;
      const text = run.trim();
      push({
        text,
        channel: "text",
        lang: runContext.lang,
        times: runTimes.map((t) => ({ ...t, start: t.start - leading, end: t.end - leading })),
        ...(runFigures.length > 0 ? { figures: runFigures.map((f) => ({ ...f, start: f.start - leading, end: f.end - leading })) } : {}),
        ...(runMarks.length > 0 ? { sourceMarks: runMarks.map((m) => ({ ...m, start: m.start - leading, end: m.end - leading })) } : {}),
        ...(runContext.ticks ? { ticks: runContext.ticks } : {}),
        ...(runContext.cell ? { cell: runContext.cell } : {}),
      });
    }
    run = "";
    runTimes = [];
    runFigures = [];
    runMarks = [];
    runContext = null;
  };

  const walk = (node: Node, lang: Lang, ticks: readonly string[] | undefined, cell: Segment["cell"] | undefined) => {
    if (node.nodeType === 3) {
      const text = squash(node.textContent ?? "");
      if (text.trim() === "" && run === "") return;
      if (!runContext) runContext = { lang, ...(ticks ? { ticks } : {}), ...(cell ? { cell } : {}) };
      run += text;
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.localName ?? node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) return;
    const ownLang = asLang(node.getAttribute?.("lang")) ?? lang;
    const inline = INLINE.has(name) || name === "tspan";
    if (!inline) flush();
    // An SVG label's lines (<tspan>s) read as one label, a space between lines.
    if (name === "tspan" && run !== "" && !/\s$/.test(run)) run += " ";
    for (const [attribute, channel] of ATTRIBUTES) {
      const value = node.getAttribute?.(attribute);
      if (value && value.trim() !== "") {
        const saved = { run, runTimes, runFigures, runMarks, runContext };
        run = "";
        runTimes = [];
        runContext = null;
        const text = squash(value).trim();
        // A source mark's label names its source by the same number: "Nguồn 2: …".
        const mark = sourceMarkOf(node, attribute === "aria-label");
        push({ text, channel, lang: ownLang, times: [], ...(mark ? { sourceMarks: [{ ...mark, start: 0, end: text.length }] } : {}) });
        ({ run, runTimes, runFigures, runMarks, runContext } = saved);
      }
    }
    let childTicks = ticks;
    if (isTickGroup(node)) {
      childTicks = Array.from(node.childNodes)
        .filter((c) => c.nodeType === 1)
        .map((c) => squash(c.textContent ?? "").trim());
    }
    let childCell = cell;
    if (name === "td" || name === "th") {
      let table: Node | null = node.parentNode;
      while (table && table.localName !== "table") table = table.parentNode;
      const tr = node.parentNode!;
      if (table) {
        if (!tables.has(table)) tables.set(table, tableModel(table));
        const model = tables.get(table)!;
        const rowCells = Array.from(tr.childNodes).filter((c) => c.nodeType === 1 && (c.localName === "td" || c.localName === "th"));
        const column = rowCells.indexOf(node);
        const rowText = rowCells.map((c) => squash(c.textContent ?? "").trim());
        const row = model.rows.findIndex((r) => r.join("\u0000") === rowText.join("\u0000"));
        childCell = { table: model, row, column };
      }
    }
    const timeStart = run.length;
    for (const child of Array.from(node.childNodes)) walk(child, ownLang, childTicks, childCell);
    if (name === "time" && node.getAttribute?.("datetime")) {
      runTimes.push({ start: timeStart, end: run.length, datetime: node.getAttribute("datetime")! });
    }
    if (name === "data" && hasClass(node.parentNode, "story-figure")) {
      runFigures.push({
        start: timeStart,
        end: run.length,
        value: node.getAttribute?.("value") ?? "",
        title: node.getAttribute?.("title") ?? "",
        source: figureSource(node),
      });
    }
    const mark = sourceMarkOf(node, true);
    if (mark) runMarks.push({ ...mark, start: timeStart, end: run.length });
    if (!inline) flush();
  };

  const body = document.body as unknown as Node | null;
  if (body) walk(body, asLang(document.body.getAttribute("lang")) ?? pageLang, undefined, undefined);
  flush();
  return { text: segments.map((s) => s.text).join("\n"), segments, lang: pageLang };
}
