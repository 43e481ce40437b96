// @ts-check
import { defineConfig } from "astro/config";
import { validateData } from "./src/integrations/validateData.ts";

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
  integrations: [validateData()],
  devToolbar: { enabled: false },
});
