import type { APIRoute, GetStaticPaths } from "astro";
import { dataDirectory } from "../../../lib/data/loadData.ts";
import { loadStories } from "../../../lib/stories/loadStories.ts";
import { directoryFiles } from "../../../lib/validate/directoryFiles.ts";

/**
 * Publishes the photos that checked stories use, byte for byte, at /stories/images/<file>: only
 * those a story names (the check has looked at each: a JPEG, PNG or WebP of at most 1 MB in
 * data/stories/images/), never another file in the folder.
 */
export const getStaticPaths = (() => {
  const used = new Set(loadStories().flatMap((s) => (s.photo ? [s.photo.src.replace(/^images\//, "")] : [])));
  return [...used].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp" };

export const GET: APIRoute = ({ params }) => {
  const file = String(params["file"]);
  const bytes = directoryFiles(dataDirectory()).read(`stories/images/${file}`);
  if (!bytes) throw new Error(`data/stories/images/${file} could not be read as a regular file inside data/`);
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": TYPES[file.split(".").at(-1)!.toLowerCase()] ?? "application/octet-stream" },
  });
};
