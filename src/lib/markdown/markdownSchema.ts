import { defaultSchema, type Schema } from "hast-util-sanitize";

type PropertyDefinition = NonNullable<Schema["attributes"]>[string][number];

/*
 * What editors' Markdown may become on a page: GitHub's sanitising schema (hast-util-sanitize's
 * defaultSchema), narrowed to the elements Markdown itself writes. Raw HTML never reaches it (the
 * parser keeps it as `raw` nodes, which the sanitiser drops), so anything outside this list
 * could only come from a bug or a future plugin, and is dropped too.
 */

/** Elements that Markdown and GFM produce (headings, lists, tables, task lists, code). */
const MARKDOWN_TAGS = new Set([
  "a",
  "blockquote",
  "br",
  "code",
  "del",
  "em",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "hr",
  "img",
  "input",
  "li",
  "ol",
  "p",
  "pre",
  "strong",
  "table",
  "tbody",
  "td",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** GFM writes a table column's alignment as this one declaration, and nothing else. */
const CELL_ALIGN: PropertyDefinition = ["style", /^text-align: ?(?:left|center|right);?$/u];

const schema: Schema = {
  ...defaultSchema,
  tagNames: (defaultSchema.tagNames ?? []).filter((tag) => MARKDOWN_TAGS.has(tag)),
  // No attribute on every element: no id (nothing an editor writes can take an id the page or
  // its script relies on), no class, no style, no event handler.
  attributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title"],
    code: [["className", /^language-[\w-]+$/u]],
    ol: ["start", ["className", "contains-task-list"]],
    ul: [["className", "contains-task-list"]],
    li: [["className", "task-list-item"]],
    input: [["type", "checkbox"], ["disabled", true], "checked"],
    th: [CELL_ALIGN],
    td: [CELL_ALIGN],
  },
  // The sanitiser's own scheme filter, the first of two: links are then held to safeHref, which
  // also refuses `//other.host` and stray spaces; images may only come from this site.
  protocols: { href: ["http", "https"], src: [] },
  required: { input: { type: "checkbox", disabled: true } },
  allowComments: false,
  allowDoctypes: false,
};

export const MARKDOWN_SCHEMA: Readonly<Schema> = Object.freeze(schema);
