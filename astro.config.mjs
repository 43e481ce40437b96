// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import sitemap from "@astrojs/sitemap";
import { defineConfig } from "astro/config";
import { isPlaceholderSite, siteUrl } from "./src/lib/discovery/siteUrl.ts";
import { searchIndex } from "./src/integrations/searchIndex.ts";
import { validateData } from "./src/integrations/validateData.ts";
import { sanitizeMarkdown } from "./src/lib/markdown/sanitizeMarkdown.ts";

/*
 * The site can be served from a sub-path (a GitHub Pages project site, say): set BASE_PATH at
 * build time, e.g. BASE_PATH=/vinhphuc/ npm run build. SITE_URL sets the public origin that
 * every absolute link starts with (canonical, hreflang, Open Graph, feeds, sitemap, citation);
 * its default, a placeholder, is in src/lib/discovery/siteUrl.ts.
 */
const base = process.env.BASE_PATH ?? "/";
const site = siteUrl(process.env);

/**
 * Says on every build that the absolute links point at the placeholder, not a real host.
 * @type {import("astro").AstroIntegration}
 */
const siteUrlNotice = {
  name: "site-url-notice",
  hooks: {
    "astro:build:start": ({ logger }) => {
      if (isPlaceholderSite(site))
        logger.warn(
          `SITE_URL is not set: absolute links (canonical, feeds, sitemap, citation) use the placeholder ${site}. Set SITE_URL=https://… to publish.`,
        );
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  outDir: process.env.OUT_DIR ?? "./dist",
  build: { format: "directory", inlineStylesheets: "always" },
  i18n: {
    defaultLocale: "vi",
    locales: ["vi", "en"],
    routing: { prefixDefaultLocale: false },
  },
  /*
   * Any Markdown Astro renders (stories, content collections) goes through the schema that
   * renders the changelog: Sätteri keeps raw HTML as `raw` nodes and runs user plugins after
   * them, so sanitizeMarkdown drops it; Astro's own image and heading-id plugins run after ours.
   * No syntax highlighting: its inline colours would be stripped by the schema anyway.
   */
  markdown: {
    processor: satteri({ hastPlugins: [sanitizeMarkdown] }),
    syntaxHighlight: false,
  },
  /*
   * A Content-Security-Policy <meta> on every page. Scripts: only this site's, inline ones by the
   * hash Astro computes at build: no 'unsafe-inline', so no event-handler attribute runs either. Styles: the
   * charts' SVGs carry their own <style> and style attributes, which no build step can hash, and
   * CSS cannot run script; with default-src 'self' it cannot fetch from another host either.
   * Nothing may be framed, embedded, or used as the page's base or a form's target elsewhere.
   */
  security: {
    csp: {
      algorithm: "SHA-256",
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  /*
   * The sitemap lists every page but the 404, without its i18n option: that option pairs pages
   * by equal paths, and a story has a different slug in each language. Each page's own hreflang
   * links (Base.astro) pair them correctly.
   */
  integrations: [
    validateData(),
    siteUrlNotice,
    // Not the 404, and not the embed pages: a figure alone, noindex, whose canonical is its page on the site.
    sitemap({ filter: (page) => !/\/404(\.html|\/)?$|\/embed\//.test(new URL(page).pathname) }),
    searchIndex(),
  ],
  devToolbar: { enabled: false },
});
