import type { FieldDescriptor, PackageDescriptor } from "../validate/Descriptor.ts";
import { defineMessages } from "../i18n/defineMessages.ts";
import type { Lang } from "../i18n/lang.ts";
import { pickDescribed } from "../i18n/pickDescribed.ts";

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

/** A field's type and rules as an editor reads them. */
const M = defineMessages(
  {
    type: {
      string: "chữ",
      number: "số",
      integer: "số nguyên",
      boolean: "đúng/sai",
      date: "ngày (YYYY-MM-DD)",
    } satisfies Record<FieldDescriptor["type"], string>,
    required: "bắt buộc",
    optional: "có thể để trống",
    unique: "không trùng",
    oneOf: (values: readonly string[]) => `một trong: ${values.join(", ")}`,
    shapedLike: (example: string) => `dạng như ${example}`,
    trueOrFalse: (trueValues: readonly string[], falseValues: readonly string[]) => `${trueValues.join("/")} hoặc ${falseValues.join("/")}`,
    mustExistIn: (path: string, fields: readonly string[]) => `phải có trong ${path} (${fields.join(", ")})`,
  },
  {
    type: { string: "text", number: "number", integer: "whole number", boolean: "true/false", date: "date (YYYY-MM-DD)" },
    required: "required",
    optional: "may be empty",
    unique: "unique",
    oneOf: (values) => `one of: ${values.join(", ")}`,
    shapedLike: (example) => `shaped like ${example}`,
    trueOrFalse: (trueValues, falseValues) => `${trueValues.join("/")} or ${falseValues.join("/")}`,
    mustExistIn: (path, fields) => `must exist in ${path} (${fields.join(", ")})`,
  },
);

function rules(field: FieldDescriptor, descriptor: PackageDescriptor, resourceName: string, lang: Lang): string[] {
  const c = field.constraints ?? {};
  const m = M[lang];
  const out: string[] = [];
  out.push(c.required ? m.required : m.optional);
  if (c.unique) out.push(m.unique);
  if (c.enum) out.push(m.oneOf(c.enum));
  if (c.minimum !== undefined) out.push(`≥ ${c.minimum}`);
  if (c.maximum !== undefined) out.push(`≤ ${c.maximum}`);
  if (c.pattern !== undefined && field.example) out.push(m.shapedLike(field.example));
  if (field.type === "boolean" && field.trueValues && field.falseValues) out.push(m.trueOrFalse(field.trueValues, field.falseValues));
  const resource = descriptor.resources.find((r) => r.name === resourceName);
  for (const fk of resource?.schema.foreignKeys ?? []) {
    if (fk.fields.includes(field.name)) {
      const target = fk.reference.resource === "" ? resource : descriptor.resources.find((r) => r.name === fk.reference.resource);
      out.push(m.mustExistIn(target?.path ?? "?", fk.reference.fields));
    }
  }
  return out;
}

export function dictionary(descriptor: PackageDescriptor, lang: Lang): readonly TableDictionary[] {
  return descriptor.resources.map((r) => ({
    name: r.name,
    path: r.path,
    title: pickDescribed(r, "title", lang),
    description: pickDescribed(r, "description", lang),
    primaryKey: r.schema.primaryKey ?? [],
    fields: r.schema.fields.map((f) => ({
      name: f.name,
      type: M[lang].type[f.type],
      rules: rules(f, descriptor, r.name, lang),
      title: pickDescribed(f, "title", lang),
      description: pickDescribed(f, "description", lang),
    })),
  }));
}
