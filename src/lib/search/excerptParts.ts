/** A run of an excerpt's text, marked when it is one of the words the reader searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Turns a Pagefind excerpt into plain text runs, so that the page can show it with text nodes
 * and <mark> elements and never as HTML. Pagefind writes the page's text with only "<" and ">"
 * escaped (as &lt; and &gt;) and wraps each hit in <mark>…</mark>; those tags are therefore the
 * only markup an excerpt can hold, and anything else that looks like a tag is text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (raw: string, mark: boolean) => {
    const text = raw.replaceAll("&lt;", "<").replaceAll("&gt;", ">");
    if (text === "") return;
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let rest = excerpt;
  while (rest !== "") {
    const open = rest.indexOf("<mark>");
    if (open < 0) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, open), false);
    const close = rest.indexOf("</mark>", open);
    if (close < 0) {
      // An unclosed mark (a cut excerpt): the rest is still the page's text, shown plain.
      push(rest.slice(open + "<mark>".length), false);
      break;
    }
    push(rest.slice(open + "<mark>".length, close), true);
    rest = rest.slice(close + "</mark>".length);
  }
  return parts;
}
