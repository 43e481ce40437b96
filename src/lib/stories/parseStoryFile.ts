import { markdownToMdast, type MdastNode } from "satteri";
import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";

/** Parser features of a story body: the check and the renderer must read the same Markdown. */
export const STORY_FEATURES = { gfm: { footnotes: false }, smartPunctuation: true, directive: true, frontmatter: false } as const;

/** A place in the story file, 1-based as editors see it. */
export interface Place {
  readonly line: number;
  readonly column: number;
}

export interface ParsedStory {
  /** The YAML frontmatter as plain values, or null when it is missing or not valid YAML. */
  readonly frontmatter: unknown;
  /** Where a frontmatter value (by its path, e.g. ["sources", 1]) is written; the block's start when unknown. */
  placeOf(path: readonly PropertyKey[]): Place;
  /** Where a frontmatter key (by its path, e.g. ["photo", "href"]) is written. */
  keyPlaceOf(path: readonly PropertyKey[]): Place;
  /** A scalar value as written in the file (quotes and escapes included) and where it starts, or null. */
  rawScalar(path: readonly PropertyKey[]): { readonly text: string; readonly place: Place } | null;
  /** The Markdown after the frontmatter, its lines blanked so that line numbers match the file. */
  readonly body: string;
  /** The body's Markdown tree, directives included, with positions in the file. */
  readonly tree: MdastNode;
  /** YAML syntax errors, or a missing frontmatter block. */
  readonly problems: readonly { place: Place; en: string; vi: string }[];
}

/**
 * Reads a story file: the `---` YAML block at its top and the Markdown after it. YAML is read
 * as YAML 1.2 core (no dates or yes/no booleans guessed from plain words), duplicate keys are
 * errors, and every value keeps its position so a problem can be named at its line and column.
 */
export function parseStoryFile(text: string): ParsedStory {
  const source = text.replace(/^\ufeff/u, "").replace(/\r\n?/g, "\n");
  const open = /^---\n/.exec(source);
  const close = open ? /^---[ \t]*$/m.exec(source.slice(4)) : null;
  if (!open || !close) {
    return {
      frontmatter: null,
      placeOf: () => ({ line: 1, column: 1 }),
      keyPlaceOf: () => ({ line: 1, column: 1 }),
      rawScalar: () => null,
      body: source,
      tree: markdownToMdast(source, { features: STORY_FEATURES }),
      problems: [
        {
          place: { line: 1, column: 1 },
          vi: "bài phải bắt đầu bằng phần thông tin giữa hai dòng ---",
          en: "a story must start with its frontmatter between two --- lines",
        },
      ],
    };
  }
  const yamlText = source.slice(4, 4 + close.index);
  const end = 4 + close.index + close[0].length;
  const frontLines = source.slice(0, end).split("\n").length;
  const body = "\n".repeat(frontLines - 1) + source.slice(end);
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yamlText, { version: "1.2", schema: "core", uniqueKeys: true, lineCounter, prettyErrors: false });
  // The YAML starts on the file's line 2.
  const at = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + 1, column: pos.col };
  };
  const problems = doc.errors.map((error) => ({
    place: at(error.pos[0]),
    vi: `phần thông tin không phải YAML hợp lệ (${error.code})`,
    en: `the frontmatter is not valid YAML: ${error.message.split("\n")[0]}`,
  }));
  return {
    frontmatter: problems.length > 0 ? null : (doc.toJS() as unknown),
    placeOf(path) {
      for (let n = path.length; n > 0; n--) {
        const node = doc.getIn(path.slice(0, n) as unknown[], true);
        if (isNode(node) && node.range) return at(node.range[0]);
        const key = keyNode(doc, path.slice(0, n));
        if (key) return at(key);
      }
      return { line: 1, column: 1 };
    },
    keyPlaceOf(path) {
      const key = keyNode(doc, path);
      return key === null ? this.placeOf(path) : at(key);
    },
    rawScalar(path) {
      const node = doc.getIn(path as unknown[], true);
      if (!isScalar(node) || !node.range) return null;
      return { text: yamlText.slice(node.range[0], node.range[1]), place: at(node.range[0]) };
    },
    body,
    tree: markdownToMdast(body, { features: STORY_FEATURES }),
    problems,
  };
}

/** The offset of a mapping key in the YAML text, found by its path, or null. */
function keyNode(doc: Document, path: readonly PropertyKey[]): number | null {
  if (path.length === 0) return null;
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  if (!isMap(parent)) return null;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === path.at(-1));
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : null;
}
