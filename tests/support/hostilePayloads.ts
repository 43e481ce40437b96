/*
 * What a careless or hostile contributor can type into a file of data/ (issue 8): markup,
 * addresses that run script, spreadsheet formulas, forged CI commands, numbers no page can show,
 * invisible characters and a huge cell. Every script payload is observable in a browser: it sets
 * `window.__pwned`, opens a dialog, creates an element with id `pwned` (or an attribute
 * `data-pwned`), or asks for something from https://evil.example/, so the browser test can tell
 * "rendered inert" from "ran". tests/unit/hostilePullRequests.test.ts places each one in every
 * editor-controlled file; tests/build/hostileSite.test.ts builds a site out of those the check
 * lets through.
 */

/** The host every payload tries to reach: a request to it means a payload was followed. */
export const EVIL_HOST = "evil.example";

export type PayloadKind = "markup" | "url" | "formula" | "workflow-command" | "unicode" | "size";

export interface TextPayload {
  /** Kebab-case, unique: how failures and the browser placements name it. */
  readonly name: string;
  readonly kind: PayloadKind;
  readonly text: string;
  /**
   * What the check must do with it in every text column of a CSV file, beyond "refuse it at its
   * FILE:LINE:COLUMN or let the browser test show it is inert": `refuse` it everywhere (with
   * `code` where the column is free text, since a key or enum column may refuse it first).
   */
  readonly csv?: { readonly refuse: true; readonly code?: string };
  /**
   * For addresses: `url` says whether `sources.csv`'s url column must refuse it (an absolute
   * http(s) address is allowed), `markdown` whether CHANGELOG.md must refuse it as `[text](address)`
   * (a same-site path is allowed there, and text that is not a link is just text).
   */
  readonly link?: { readonly url: "refuse" | "allow"; readonly markdown: "refuse" | "either" };
  /** For markup: does it hold an HTML tag, which CHANGELOG.md may not contain? */
  readonly tag?: boolean;
}

const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export const TEXT_PAYLOADS: readonly TextPayload[] = [
  // Markup, and ways out of every context a text can land in: element, attribute, <title>,
  // <textarea>, <style>, <script>, SVG text.
  { name: "script", kind: "markup", tag: true, text: "<script>window.__pwned=1;alert(1)</script>" },
  {
    name: "img-onerror",
    kind: "markup",
    tag: true,
    text: '<img id="pwned" src="https://evil.example/img.png" onerror="window.__pwned=1;alert(1)">',
  },
  {
    name: "svg-onload",
    kind: "markup",
    tag: true,
    text: '<svg id="pwned" onload="window.__pwned=1;alert(1)"><image href="https://evil.example/svg.png"/></svg>',
  },
  { name: "iframe", kind: "markup", tag: true, text: '<iframe id="pwned" src="https://evil.example/frame"></iframe>' },
  {
    name: "object-embed",
    kind: "markup",
    tag: true,
    text: '<object id="pwned" data="https://evil.example/object"></object><embed src="https://evil.example/embed">',
  },
  { name: "base-href", kind: "markup", tag: true, text: '<base href="https://evil.example/">' },
  { name: "meta-refresh", kind: "markup", tag: true, text: '<meta http-equiv="refresh" content="0;url=https://evil.example/">' },
  { name: "style-import", kind: "markup", tag: true, text: "<style>@import url(https://evil.example/x.css);</style>" },
  {
    name: "double-quote-breakout",
    kind: "markup",
    tag: false,
    text: '" data-pwned="1" onmouseover="window.__pwned=1;alert(1)" autofocus onfocus="window.__pwned=1" x="',
  },
  { name: "single-quote-breakout", kind: "markup", tag: false, text: "' data-pwned='1' onfocus='window.__pwned=1' autofocus x='" },
  { name: "unquoted-breakout", kind: "markup", tag: false, text: "x data-pwned=1 onmouseover=window.__pwned=1 autofocus" },
  { name: "textarea-breakout", kind: "markup", tag: true, text: "</textarea><script>window.__pwned=1</script>" },
  { name: "style-breakout", kind: "markup", tag: true, text: "</style><script>window.__pwned=1</script>" },
  { name: "title-breakout", kind: "markup", tag: true, text: "</title><script>window.__pwned=1</script>" },
  { name: "script-breakout", kind: "markup", tag: true, text: "</script><script>window.__pwned=1</script>" },
  {
    name: "svg-text-breakout",
    kind: "markup",
    tag: true,
    text: '</text></svg><img id="pwned" src="https://evil.example/svg-text.png" onerror="window.__pwned=1">',
  },
  { name: "escaped-markup", kind: "markup", tag: false, text: "&lt;script&gt;window.__pwned=1&lt;/script&gt;" },

  // Addresses: as a source's url, as a Markdown link, and as plain text.
  { name: "javascript-url", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "javascript:window.__pwned=1;alert(1)" },
  { name: "javascript-mixed-case", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "JaVaScRiPt:window.__pwned=1" },
  { name: "javascript-newline", kind: "url", link: { url: "refuse", markdown: "either" }, text: "java\nscript:window.__pwned=1" },
  { name: "javascript-tab", kind: "url", link: { url: "refuse", markdown: "either" }, text: "java\tscript:window.__pwned=1" },
  { name: "javascript-leading-space", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: " javascript:window.__pwned=1" },
  { name: "javascript-entity", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "&#106;avascript:window.__pwned=1" },
  { name: "javascript-entity-colon", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "javascript&colon;window.__pwned=1" },
  { name: "javascript-percent", kind: "url", link: { url: "refuse", markdown: "either" }, text: "%6Aavascript:window.__pwned=1" },
  { name: "data-html", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "data:text/html,<script>window.__pwned=1</script>" },
  {
    name: "data-svg-base64",
    kind: "url",
    link: { url: "refuse", markdown: "refuse" },
    text: `data:image/svg+xml;base64,${base64('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__pwned=1"/>')}`,
  },
  { name: "vbscript", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "vbscript:msgbox(1)" },
  { name: "file-url", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "file:///etc/passwd" },
  { name: "protocol-relative", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "//evil.example/" },
  { name: "url-credentials", kind: "url", link: { url: "refuse", markdown: "refuse" }, text: "https://user:pass@evil.example/" },
  // Real http(s) addresses with markup in them: allowed as links, and must stay inside the attribute.
  {
    name: "https-quote-breakout",
    kind: "url",
    link: { url: "allow", markdown: "either" },
    text: 'https://evil.example/?q="><script>window.__pwned=1</script>',
  },
  {
    name: "https-single-quote-breakout",
    kind: "url",
    link: { url: "allow", markdown: "either" },
    text: "https://evil.example/'onmouseover='window.__pwned=1'",
  },

  // Spreadsheet formulas (CSV injection): refused in every text cell.
  {
    name: "formula-hyperlink",
    kind: "formula",
    csv: { refuse: true, code: "text-formula" },
    text: '=HYPERLINK("https://evil.example","x")',
  },
  { name: "formula-plus", kind: "formula", csv: { refuse: true, code: "text-formula" }, text: "+1+1" },
  { name: "formula-minus", kind: "formula", csv: { refuse: true, code: "text-formula" }, text: "-2+3" },
  { name: "formula-at", kind: "formula", csv: { refuse: true, code: "text-formula" }, text: "@SUM(A1)" },
  { name: "formula-dde", kind: "formula", csv: { refuse: true, code: "text-formula" }, text: "=cmd|' /C calc'!A0" },
  { name: "formula-after-tab", kind: "formula", csv: { refuse: true }, text: "\t=1+1" },
  { name: "formula-after-cr", kind: "formula", csv: { refuse: true }, text: "\r=1+1" },

  // GitHub workflow commands: echoed by `check:data --github`, they would forge or silence annotations.
  { name: "workflow-newline-error", kind: "workflow-command", text: "x\n::error file=x,line=1::forged" },
  { name: "workflow-stop-commands", kind: "workflow-command", text: "::stop-commands::pwned-token" },
  { name: "workflow-encoded-newline", kind: "workflow-command", text: "%0A::warning::forged" },
  { name: "workflow-crlf-notice", kind: "workflow-command", text: "x\r\n::notice::forged" },
  { name: "workflow-add-mask", kind: "workflow-command", text: "x\n::add-mask::secret" },

  // Characters that hide or reorder text.
  { name: "bidi-override", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "abc\u202edcba" },
  { name: "bidi-isolate", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "abc\u2067dcba\u2069" },
  { name: "zero-width-space", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "a\u200bb" },
  { name: "zero-width-joiner", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "a\u200db" },
  { name: "nul", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "a\u0000b" },
  { name: "bom-inside", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "a\ufeffb" },
  { name: "line-separator", kind: "unicode", csv: { refuse: true, code: "invisible-character" }, text: "a\u2028b" },

  // One cell of 100,000 characters.
  { name: "huge-cell", kind: "size", text: `${"Lorem ipsum ".repeat(8333)}end` },
];

export interface NumberPayload {
  readonly name: string;
  readonly text: string;
  /** Refused in every numeric column of every table. */
  readonly refuseEverywhere: boolean;
  /** The code expected as the value of a figure counting persons (observations.csv, line 2). */
  readonly personsCode?: string;
}

/** Values for numeric columns: each must be refused where it cannot be shown as written. */
export const NUMBER_PAYLOADS: readonly NumberPayload[] = [
  { name: "digits-400", text: `1${"0".repeat(399)}`, refuseEverywhere: true, personsCode: "number-not-finite" },
  { name: "digits-20", text: "12345678901234567890", refuseEverywhere: true, personsCode: "number-too-many-digits" },
  { name: "exponent-309", text: "1e309", refuseEverywhere: true },
  { name: "nan", text: "NaN", refuseEverywhere: true },
  { name: "infinity", text: "Infinity", refuseEverywhere: true },
  { name: "minus-infinity", text: "-Infinity", refuseEverywhere: true },
  { name: "hexadecimal", text: "0x1F", refuseEverywhere: true },
  { name: "formula-number", text: "=1+1", refuseEverywhere: true },
  { name: "negative-zero", text: "-0", refuseEverywhere: true, personsCode: "number-negative-zero" },
  // 300 million people: more than Viet Nam has.
  { name: "too-many-persons", text: "300000000", refuseEverywhere: false, personsCode: "number-too-large" },
  { name: "fractional-count", text: "190000.5", refuseEverywhere: false, personsCode: "count-fraction" },
];

export const payloadNamed = (name: string): TextPayload => {
  const found = TEXT_PAYLOADS.find((p) => p.name === name);
  if (!found) throw new Error(`no payload named ${name}`);
  return found;
};
