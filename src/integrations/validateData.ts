import type { AstroIntegration } from "astro";
import { dataDirectory } from "../lib/data/loadData.ts";
import { formatIssue } from "../lib/validate/Issue.ts";
import { checkSite } from "../lib/stories/checkSite.ts";
import { directoryFiles } from "../lib/validate/directoryFiles.ts";

/**
 * Runs the data check (tables and stories) before anything is built and stops the build with the same one-line
 * messages `npm run check:data` prints, instead of a stack trace from deep inside a page.
 */
export function validateData(): AstroIntegration {
  return {
    name: "validate-data",
    hooks: {
      "astro:config:setup": ({ logger, command }) => {
        if (command !== "build") return;
        const result = checkSite(directoryFiles(dataDirectory()));
        if (result.issues.length === 0) {
          logger.info(`data package ${result.descriptor?.version} is valid`);
          return;
        }
        for (const issue of result.issues) logger.error(formatIssue(issue));
        const n = result.issues.length;
        logger.error(`${n} lỗi trong dữ liệu — không xây dựng trang / ${n} data problem(s) — the site was not built`);
        process.exit(1);
      },
    },
  };
}
