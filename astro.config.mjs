// @ts-check
import { satteri } from "@astrojs/markdown-satteri";
import { defineConfig } from "astro/config";
import { validateData } from "./src/integrations/validateData.ts";
import { sanitizeMarkdown } from "./src/lib/markdown/sanitizeMarkdown.ts";

/*
 * The site can be served from a sub-path (a GitHub Pages project site, say): set BASE_PATH at
 * build time, e.g. BASE_PATH=/vinhphuc/ npm run build. SITE_URL sets the absolute origin used
 * in embed and citation links when known.
 */
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "http://127.0.0.1:4321",
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
  integrations: [validateData()],
  devToolbar: { enabled: false },
});
