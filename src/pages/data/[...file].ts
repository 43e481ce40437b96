import type { APIRoute, GetStaticPaths } from "astro";
import { dataDirectory, loadData } from "../../lib/data/loadData.ts";
import { directoryFiles } from "../../lib/validate/directoryFiles.ts";

/** Publishes each validated CSV, each map geometry and the descriptor byte for byte, at /data/<path>. */
export const getStaticPaths = (() => {
  const data = loadData();
  return [...data.descriptor.resources, ...data.descriptor.geometries].map((r) => r.path).concat("datapackage.json").map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = String(params["file"]);
  const type = file.endsWith(".json") ? "application/json" : "text/csv; charset=utf-8";
  // Through the check's own reader: only regular files inside data/, never a link's target.
  const bytes = directoryFiles(dataDirectory()).read(file);
  if (!bytes) throw new Error(`data/${file} could not be read as a regular file inside data/`);
  return new Response(new Uint8Array(bytes), { headers: { "Content-Type": type } });
};
