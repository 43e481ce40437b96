/**
 * Writes `src/lib/data/rows.generated.ts` from `data/datapackage.json`, so the row types used by
 * the site follow the one description of the data. `npm run gen:types` after editing the schema;
 * a unit test fails when the committed file is out of date.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readDescriptor } from "../src/lib/validate/Descriptor.ts";
import { renderRowTypes } from "../src/lib/data/renderRowTypes.ts";

const root = new URL("../", import.meta.url);
const read = readDescriptor(JSON.parse(readFileSync(new URL("data/datapackage.json", root), "utf8")));
if (!read.ok) {
  for (const p of read.problems) console.error(p.en);
  process.exit(1);
}
const target = fileURLToPath(new URL("src/lib/data/rows.generated.ts", root));
writeFileSync(target, renderRowTypes(read.descriptor));
console.log(`wrote ${target}`);
