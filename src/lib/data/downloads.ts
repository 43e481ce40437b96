import { statSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/lang.ts";
import type { SiteData } from "./SiteData.ts";

export interface Download {
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly rows: number | null;
  readonly bytes: number;
}

const ROWS: Record<string, (d: SiteData) => number> = {
  sources: (d) => d.sources.length,
  areas: (d) => d.areas.length,
  indicators: (d) => d.indicators.length,
  groups: (d) => d.groups.length,
  observations: (d) => d.observations.length,
  clubs: (d) => d.clubs.length,
  "area-events": (d) => d.areas.reduce((n, a) => n + d.events(a.code).length, 0),
};

/** Every file a reader can download from the data page: each table, then the package descriptor. */
export function downloads(data: SiteData, dir: string, lang: Lang): readonly Download[] {
  const vi = lang === "vi";
  return [
    ...[...data.descriptor.resources, ...data.descriptor.geometries].map((r) => ({
      path: r.path,
      title: vi ? r.titleVi : r.title,
      description: vi ? r.descriptionVi : r.description,
      rows: ROWS[r.name]?.(data) ?? null,
      bytes: statSync(join(dir, r.path)).size,
    })),
    {
      path: "datapackage.json",
      title: vi ? "Mô tả bộ dữ liệu" : "Dataset description",
      description: vi ? "Cấu trúc, kiểu và quy tắc của từng bảng (chuẩn Frictionless Data Package)." : "Structure, types and rules of every table (Frictionless Data Package standard).",
      rows: null,
      bytes: statSync(join(dir, "datapackage.json")).size,
    },
  ];
}
