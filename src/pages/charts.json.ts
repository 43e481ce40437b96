import type { APIRoute } from "astro";
import { buildDate } from "../lib/buildDate.ts";
import { loadData } from "../lib/data/loadData.ts";
import { catalogue } from "../lib/embed/catalogue.ts";
import { chartsJson } from "../lib/embed/chartsJson.ts";
import { loadStories } from "../lib/stories/loadStories.ts";

/** /charts.json: every chart and map of the site, with its pages, embeds, oEmbed, downloads and licences. */
export const GET: APIRoute = ({ site }) => {
  const data = loadData();
  // astro.config.mjs always sets `site`, from src/lib/discovery/siteUrl.ts (never a loopback).
  const address = { origin: site!.origin, base: import.meta.env.BASE_URL };
  const body = chartsJson(data, catalogue(data, loadStories()), address, buildDate());
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { "Content-Type": "application/json" } });
};
