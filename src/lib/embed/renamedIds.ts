/**
 * Chart ids that were published and later renamed: old id → new id. A published id keeps its
 * URL, so each old id here gets a page at its old embed URLs (`embed/<old>/`, `en/embed/<old>/`)
 * that sends the reader to the new one (embedRedirects.ts), and tests/unit/stableIds.test.ts
 * accepts the old id's absence from the catalogue only when it is listed here.
 *
 * To rename a chart: change its id, add `"old-id": "new-id"` here, and keep the old id in
 * tests/fixtures/charts.json (it is the record of what was published).
 */
export const RENAMED_IDS: Readonly<Record<string, string>> = {};
