import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { dataDirectory, loadData } from "../../lib/data/loadData.ts";

/** Publishes each validated CSV, each map geometry and the descriptor byte for byte, at /data/<path>. */
export const getStaticPaths = (() => {
  const data = loadData();
  return [...data.descriptor.resources, ...data.descriptor.geometries].map((r) => r.path).concat("datapackage.json").map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params["file"]);
  const type = file.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8";
  return new Response(readFileSync(join(dataDirectory(), file)), { headers: { "Content-Type": type } });
};
