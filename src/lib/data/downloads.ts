import { statSync } from "node:fs";
import { join } from "node:path";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pickDescribed } from "../i18n/pickDescribed.ts";
import type { SiteData } from "./SiteData.ts";

export interface Download {
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly rows: number | null;
  readonly bytes: number;
}

/** The descriptor file describes itself in no descriptor: its title and description are written here. */
const M = defineMessages(
  {
    descriptorTitle: "Mô tả bộ dữ liệu",
    descriptorDescription: "Cấu trúc, kiểu và quy tắc của từng bảng (chuẩn Frictionless Data Package).",
  },
  {
    descriptorTitle: "Dataset description",
    descriptorDescription: "Structure, types and rules of every table (Frictionless Data Package standard).",
  },
);

const ROWS: Record<string, (d: SiteData) => number> = {
  sources: (d) => d.sources.length,
  areas: (d) => d.areas.length,
  indicators: (d) => d.indicators.length,
  groups: (d) => d.groups.length,
  observations: (d) => d.observations.length,
  clubs: (d) => d.clubs.length,
  programmes: (d) => d.programmes.length,
  "area-events": (d) => d.areas.reduce((n, a) => n + d.events(a.code).length, 0),
};

/** Every file a reader can download from the data page: each table, then the package descriptor. */
export function downloads(data: SiteData, dir: string, lang: Lang): readonly Download[] {
  return [
    ...[...data.descriptor.resources, ...data.descriptor.geometries].map((r) => ({
      path: r.path,
      title: pickDescribed(r, "title", lang),
      description: pickDescribed(r, "description", lang),
      rows: ROWS[r.name]?.(data) ?? null,
      bytes: statSync(join(dir, r.path)).size,
    })),
    {
      path: "datapackage.json",
      title: M[lang].descriptorTitle,
      description: M[lang].descriptorDescription,
      rows: null,
      bytes: statSync(join(dir, "datapackage.json")).size,
    },
  ];
}
