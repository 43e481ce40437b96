/**
 * `npm run generate`: rewrites the files that follow from data/datapackage.json — the row types
 * (src/lib/data/rows.generated.ts), the data dictionary section of data/README.md and, from the
 * story schema, the fields section of data/stories/README.md. A unit test
 * fails when either is out of date, so the schema stays the one description of the data.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { replaceDictionary } from "../src/lib/data/dictionaryMarkdown.ts";
import { renderRowTypes } from "../src/lib/data/renderRowTypes.ts";
import { replaceStoryFields } from "../src/lib/stories/storyFieldsMarkdown.ts";
import { readDescriptor } from "../src/lib/validate/Descriptor.ts";

const root = new URL("../", import.meta.url);
const read = readDescriptor(JSON.parse(readFileSync(new URL("data/datapackage.json", root), "utf8")));
if (!read.ok) {
  for (const p of read.problems) console.error(p.en);
  process.exit(1);
}
const types = fileURLToPath(new URL("src/lib/data/rows.generated.ts", root));
writeFileSync(types, renderRowTypes(read.descriptor));
const readme = fileURLToPath(new URL("data/README.md", root));
writeFileSync(readme, replaceDictionary(readFileSync(readme, "utf8"), read.descriptor));
const stories = fileURLToPath(new URL("data/stories/README.md", root));
writeFileSync(stories, replaceStoryFields(readFileSync(stories, "utf8")));
console.log(`wrote ${types}\nwrote ${readme}\nwrote ${stories}`);
