import type { FieldDescriptor, PackageDescriptor } from "../validate/Descriptor.ts";
import type { Lang } from "../i18n/lang.ts";

/** The data dictionary of one table, in one language, generated from datapackage.json. */
export interface TableDictionary {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly description: string;
  readonly primaryKey: readonly string[];
  readonly fields: readonly {
    readonly name: string;
    readonly type: string;
    readonly rules: readonly string[];
    readonly title: string;
    readonly description: string;
  }[];
}

const TYPES: Record<FieldDescriptor["type"], Record<Lang, string>> = {
  string: { vi: "chữ", en: "text" },
  number: { vi: "số", en: "number" },
  integer: { vi: "số nguyên", en: "whole number" },
  boolean: { vi: "đúng/sai", en: "true/false" },
  date: { vi: "ngày (YYYY-MM-DD)", en: "date (YYYY-MM-DD)" },
};

function rules(field: FieldDescriptor, descriptor: PackageDescriptor, resourceName: string, lang: Lang): string[] {
  const c = field.constraints ?? {};
  const vi = lang === "vi";
  const out: string[] = [];
  out.push(c.required ? (vi ? "bắt buộc" : "required") : (vi ? "có thể để trống" : "may be empty"));
  if (c.unique) out.push(vi ? "không trùng" : "unique");
  if (c.enum) out.push(`${vi ? "một trong" : "one of"}: ${c.enum.join(", ")}`);
  if (c.minimum !== undefined) out.push(`≥ ${c.minimum}`);
  if (c.maximum !== undefined) out.push(`≤ ${c.maximum}`);
  if (c.pattern !== undefined && field.example) out.push(`${vi ? "dạng như" : "shaped like"} ${field.example}`);
  if (field.type === "boolean" && field.trueValues && field.falseValues) out.push(`${field.trueValues.join("/")} ${vi ? "hoặc" : "or"} ${field.falseValues.join("/")}`);
  const resource = descriptor.resources.find((r) => r.name === resourceName);
  for (const fk of resource?.schema.foreignKeys ?? []) {
    if (fk.fields.includes(field.name)) {
      const target = fk.reference.resource === "" ? resource : descriptor.resources.find((r) => r.name === fk.reference.resource);
      out.push(`${vi ? "phải có trong" : "must exist in"} ${target?.path ?? "?"} (${fk.reference.fields.join(", ")})`);
    }
  }
  return out;
}

export function dictionary(descriptor: PackageDescriptor, lang: Lang): readonly TableDictionary[] {
  return descriptor.resources.map((r) => ({
    name: r.name,
    path: r.path,
    title: lang === "vi" ? r.titleVi : r.title,
    description: lang === "vi" ? r.descriptionVi : r.description,
    primaryKey: r.schema.primaryKey ?? [],
    fields: r.schema.fields.map((f) => ({
      name: f.name,
      type: TYPES[f.type][lang],
      rules: rules(f, descriptor, r.name, lang),
      title: lang === "vi" ? f.titleVi : f.title,
      description: lang === "vi" ? f.descriptionVi : f.description,
    })),
  }));
}
