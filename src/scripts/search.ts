/*
 * The search page's script. It costs the page a few kilobytes; Pagefind itself (its script,
 * WebAssembly and index) is fetched only when the reader focuses the search box, types or
 * submits, or when the page is opened with ?q=. Results are built with DOM calls and text
 * nodes only: an excerpt's <mark> tags become <mark> elements, everything else stays text.
 */
import type { Lang } from "../lib/i18n/lang.ts";
import { excerptParts } from "../lib/search/excerptParts.ts";
import { mergeResults } from "../lib/search/mergeResults.ts";
import { sameSiteUrl } from "../lib/search/resultLanguage.ts";
import { SEARCH_TEXT } from "../lib/search/searchText.ts";
import { strokeVariants } from "../lib/search/strokeVariants.ts";

/** The part of Pagefind's browser API this page uses (pagefind.js; https://pagefind.app/docs/api/). */
interface Pagefind {
  init(): Promise<void>;
  search(term: string, options: { filters: { lang: Lang } }): Promise<{ results: PagefindResult[] }>;
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Shown {
  url: string;
  title: string;
  excerpt: string;
}
/** One language's answer: how many pages match, and the best of them, loaded. */
interface Group {
  lang: Lang;
  total: number;
  shown: Shown[];
}

/** How many of a language's best results are loaded (one small file each) and shown. */
const SHOWN = 10;
const DEBOUNCE_MS = 250;

const form = document.querySelector<HTMLFormElement>("form.search-form");
const input = form?.querySelector<HTMLInputElement>("input[name=q]");
const status = document.getElementById("search-status");
const output = document.getElementById("search-results");

if (form && input && status && output) {
  const lang: Lang = form.dataset["lang"] === "en" ? "en" : "vi";
  const base = form.dataset["base"] ?? "/";
  const bundle = form.dataset["bundle"] ?? `${base}pagefind/pagefind.js`;
  const t = SEARCH_TEXT[lang];
  /** The reader's language first, then the other. */
  const order: Lang[] = lang === "vi" ? ["vi", "en"] : ["en", "vi"];
  let engine: Promise<Pagefind> | null = null;
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = (): Promise<Pagefind> => {
    engine ??= (import(/* @vite-ignore */ bundle) as Promise<Pagefind>).then(async (pagefind) => {
      await pagefind.init();
      return pagefind;
    });
    // A failed load (offline, say) is tried again on the next search.
    engine.catch(() => (engine = null));
    return engine;
  };

  /** The pages of one language that match `query`, written with or without "đ". */
  const searchIn = async (pagefind: Pagefind, query: string, groupLang: Lang): Promise<Group> => {
    const lists = await Promise.all(strokeVariants(query).map((term) => pagefind.search(term, { filters: { lang: groupLang } })));
    const ranked = mergeResults(lists.map((l) => l.results));
    const data = await Promise.all(ranked.slice(0, SHOWN).map((r) => r.data()));
    const shown = data.flatMap((d) => {
      const url = sameSiteUrl(d.url, base);
      return url === null ? [] : [{ url, title: d.meta.title ?? url, excerpt: d.excerpt }];
    });
    return { lang: groupLang, total: ranked.length, shown };
  };

  const run = async (typed: string) => {
    const query = typed.trim();
    const id = ++latest;
    if (query === "") {
      status.textContent = "";
      output.replaceChildren();
      return;
    }
    status.textContent = t.searching(query);
    let groups: Group[];
    try {
      const pagefind = await load();
      groups = await Promise.all(order.map((l) => searchIn(pagefind, query, l)));
    } catch {
      if (id === latest) status.textContent = t.failed;
      return;
    }
    if (id !== latest) return; // a newer search has started
    render(
      query,
      groups.filter((g) => g.total > 0),
    );
  };

  const render = (query: string, groups: Group[]) => {
    const total = groups.reduce((sum, g) => sum + g.total, 0);
    if (total === 0) {
      status.textContent = t.none(query);
      output.replaceChildren();
      return;
    }
    status.textContent = t.found(total, query, groups.map((g) => t.inLanguage(g.total, t.languageName[g.lang])).join(", "));
    output.replaceChildren(
      ...groups.map((group) => {
        const section = document.createElement("section");
        const heading = document.createElement("h2");
        heading.id = `search-results-${group.lang}`;
        heading.textContent = t.groupHeading(t.languageName[group.lang]);
        section.setAttribute("aria-labelledby", heading.id);
        section.append(heading);
        if (group.total > group.shown.length) {
          const note = document.createElement("p");
          note.className = "meta";
          note.textContent = t.shownFirst(group.shown.length, group.total);
          section.append(note);
        }
        const list = document.createElement("ol");
        for (const result of group.shown) list.append(item(result, group.lang === lang ? null : group.lang));
        section.append(list);
        return section;
      }),
    );
  };

  const item = (result: Shown, otherLang: Lang | null): HTMLLIElement => {
    const li = document.createElement("li");
    if (otherLang) li.lang = otherLang;
    const link = document.createElement("a");
    link.href = result.url;
    link.textContent = result.title;
    const excerpt = document.createElement("p");
    for (const part of excerptParts(result.excerpt)) {
      if (part.mark) {
        const mark = document.createElement("mark");
        mark.textContent = part.text;
        excerpt.append(mark);
      } else excerpt.append(document.createTextNode(part.text));
    }
    li.append(link, excerpt);
    return li;
  };

  input.addEventListener("focus", () => void load().catch(() => undefined), { once: true });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), DEBOUNCE_MS);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    if (input.value.trim() === "") {
      status.textContent = t.empty;
      return;
    }
    const url = new URL(location.href);
    url.searchParams.set("q", input.value.trim());
    history.replaceState(null, "", url);
    void run(input.value);
  });

  const asked = new URLSearchParams(location.search).get("q");
  if (asked !== null && asked.trim() !== "") {
    input.value = asked;
    void run(asked);
  }
}
