import { message, type Message } from "./Issue.ts";

/**
 * The subset of Frictionless Data Package / Table Schema that this project uses. The validator,
 * the generated row types and the data dictionary all read `data/datapackage.json` through this
 * one reader, so a property it does not understand is an error rather than a silently skipped rule.
 */
export type FieldType = "string" | "number" | "integer" | "boolean" | "date";

export interface FieldConstraints {
  readonly required?: boolean;
  readonly unique?: boolean;
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
}

export interface FieldDescriptor {
  readonly name: string;
  readonly type: FieldType;
  readonly format?: string;
  readonly title: string;
  readonly titleVi: string;
  readonly description: string;
  readonly descriptionVi: string;
  readonly example?: string;
  readonly trueValues?: readonly string[];
  readonly falseValues?: readonly string[];
  readonly constraints?: FieldConstraints;
}

export interface ForeignKey {
  readonly fields: readonly string[];
  /** `resource: ""` points at the same table, as in the Table Schema spec. */
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface TableSchema {
  readonly fields: readonly FieldDescriptor[];
  readonly primaryKey?: readonly string[];
  readonly foreignKeys?: readonly ForeignKey[];
  readonly missingValues?: readonly string[];
}

export interface ResourceDescriptor {
  readonly name: string;
  readonly path: string;
  readonly title: string;
  readonly titleVi: string;
  readonly description: string;
  readonly descriptionVi: string;
  readonly encoding?: string;
  readonly dialect?: { readonly delimiter?: string; readonly header?: boolean };
  readonly schema: TableSchema;
}

/**
 * A map geometry (TopoJSON). `geometry.object` names the object whose features are the units of
 * `geometry.level` in areas.csv, keyed by GSO code (feature `id` or `properties.code`).
 */
export interface GeometryDescriptor {
  readonly name: string;
  readonly path: string;
  readonly format: "topojson";
  readonly title: string;
  readonly titleVi: string;
  readonly description: string;
  readonly descriptionVi: string;
  readonly geometry: { readonly object: string; readonly level: "district" | "province" };
}

export interface PackageDescriptor {
  readonly name: string;
  readonly title: string;
  readonly titleVi: string;
  readonly version: string;
  readonly licenses?: readonly { readonly name: string; readonly path?: string; readonly title?: string }[];
  readonly resources: readonly ResourceDescriptor[];
  /** Map geometries: resources with `"format": "topojson"`, kept apart from the tables. */
  readonly geometries: readonly GeometryDescriptor[];
}

const FIELD_TYPES: readonly string[] = ["string", "number", "integer", "boolean", "date"];

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === "string");
const isBoolean = (value: unknown) => typeof value === "boolean";
const isNumber = (value: unknown) => typeof value === "number" && Number.isFinite(value);
const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

/**
 * Each supported constraint and the JSON type its value must have: a value of another type would
 * make the checks misbehave (or the checker crash) instead of naming this file.
 */
const CONSTRAINTS: Readonly<Record<string, { test: (value: unknown) => boolean; vi: string; en: string }>> = {
  required: { test: isBoolean, vi: "true hoặc false", en: "true or false" },
  unique: { test: isBoolean, vi: "true hoặc false", en: "true or false" },
  enum: { test: isStringList, vi: "một danh sách chuỗi", en: "a list of strings" },
  pattern: { test: (v) => typeof v === "string", vi: "một chuỗi", en: "a string" },
  minimum: { test: isNumber, vi: "một số", en: "a number" },
  maximum: { test: isNumber, vi: "một số", en: "a number" },
  minLength: { test: isCount, vi: "một số nguyên không âm", en: "a whole number, 0 or more" },
  maxLength: { test: isCount, vi: "một số nguyên không âm", en: "a whole number, 0 or more" },
};

type Result = { ok: true; descriptor: PackageDescriptor } | { ok: false; problems: Message[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks that a parsed `datapackage.json` has the shape the validator relies on. It does not
 * replace a full Frictionless profile check (the test suite runs one); it guards the properties
 * that drive validation, so a typo such as `"requried": true` cannot switch a rule off.
 */
export function readDescriptor(json: unknown): Result {
  const problems: Message[] = [];
  const bad = (where: string, vi: string, en: string) => problems.push(message("descriptor", `${where}: ${vi}`, `${where}: ${en}`));
  if (!isRecord(json)) {
    bad("datapackage.json", "phải là một đối tượng JSON", "must be a JSON object");
    return { ok: false, problems };
  }
  if (typeof json["version"] !== "string" || !/^\d+\.\d+\.\d+$/.test(json["version"])) {
    bad("version", "phải là số phiên bản dạng 1.2.3", "must be a semantic version such as 1.2.3");
  }
  if (!Array.isArray(json["resources"]) || json["resources"].length === 0) {
    bad("resources", "phải là danh sách bảng, không rỗng", "must be a non-empty list of tables");
    return { ok: false, problems };
  }
  const names = new Set<string>();
  /** Field names of each table, for checking what foreign keys point at. */
  const fieldsOf = new Map<string, Set<string>>();
  json["resources"].forEach((resource: unknown, r: number) => {
    const at = `resources[${r}]`;
    if (!isRecord(resource)) return bad(at, "phải là một đối tượng", "must be an object");
    const name = resource["name"];
    if (typeof name !== "string") bad(`${at}.name`, "thiếu tên bảng", "table name missing");
    else if (names.has(name)) bad(`${at}.name`, `tên bảng "${name}" bị trùng`, `table name "${name}" is repeated`);
    else names.add(name);
    if (resource["format"] === "topojson") {
      if (typeof resource["path"] !== "string" || !/^(geo\/)?[a-z0-9_.-]+\.json$/.test(resource["path"])) {
        bad(`${at}.path`, "phải là tệp .json trong thư mục geo/", "must be a .json file in the geo/ folder");
      }
      const geometry = resource["geometry"];
      if (
        !isRecord(geometry) ||
        typeof geometry["object"] !== "string" ||
        (geometry["level"] !== "district" && geometry["level"] !== "province")
      ) {
        bad(
          `${at}.geometry`,
          "cần { object, level } với level là district hoặc province",
          "needs { object, level } with level district or province",
        );
      }
      for (const key of ["title", "titleVi", "description", "descriptionVi"]) {
        if (typeof resource[key] !== "string")
          bad(`${at}.${key}`, "thiếu mô tả cho từ điển dữ liệu", "missing text for the data dictionary");
      }
      return undefined;
    }
    if (typeof resource["path"] !== "string" || !/^(geo\/)?[a-z0-9_-]+\.csv$/.test(resource["path"])) {
      bad(
        `${at}.path`,
        "phải là tên tệp .csv trong cùng thư mục hoặc trong geo/",
        "must be a .csv file name in the same folder or in geo/",
      );
    }
    const dialect = resource["dialect"];
    if (
      dialect !== undefined &&
      (!isRecord(dialect) ||
        (dialect["delimiter"] !== undefined && (typeof dialect["delimiter"] !== "string" || dialect["delimiter"].length !== 1)))
    ) {
      bad(`${at}.dialect.delimiter`, "phải là đúng một ký tự", "must be exactly one character");
    }
    const schema = resource["schema"];
    if (!isRecord(schema) || !Array.isArray(schema["fields"])) {
      return bad(`${at}.schema.fields`, "thiếu danh sách cột", "list of fields missing");
    }
    if (schema["missingValues"] !== undefined && !isStringList(schema["missingValues"])) {
      bad(`${at}.schema.missingValues`, "phải là một danh sách chuỗi", "must be a list of strings");
    }
    const fieldNames = new Set<string>();
    if (typeof name === "string") fieldsOf.set(name, fieldNames);
    schema["fields"].forEach((field: unknown, f: number) => {
      const fat = `${at}.schema.fields[${f}]`;
      if (!isRecord(field) || typeof field["name"] !== "string") return bad(fat, "thiếu tên cột", "field name missing");
      fieldNames.add(field["name"]);
      if (typeof field["type"] !== "string" || !FIELD_TYPES.includes(field["type"])) {
        bad(`${fat}.type`, `kiểu "${String(field["type"])}" chưa được hỗ trợ`, `type "${String(field["type"])}" is not supported`);
      }
      for (const key of ["title", "titleVi", "description", "descriptionVi"]) {
        if (typeof field[key] !== "string") bad(`${fat}.${key}`, "thiếu mô tả cho từ điển dữ liệu", "missing text for the data dictionary");
      }
      for (const key of ["trueValues", "falseValues"]) {
        if (field[key] !== undefined && !isStringList(field[key]))
          bad(`${fat}.${key}`, "phải là một danh sách chuỗi", "must be a list of strings");
      }
      const constraints = field["constraints"];
      if (constraints !== undefined) {
        if (!isRecord(constraints)) return bad(`${fat}.constraints`, "phải là một đối tượng", "must be an object");
        for (const [key, value] of Object.entries(constraints)) {
          const kind = CONSTRAINTS[key];
          if (!kind) bad(`${fat}.constraints.${key}`, "ràng buộc không được hỗ trợ", "unsupported constraint");
          else if (!kind.test(value)) bad(`${fat}.constraints.${key}`, `phải là ${kind.vi}`, `must be ${kind.en}`);
        }
        if (typeof constraints["pattern"] === "string") {
          try {
            new RegExp(constraints["pattern"], "u");
          } catch {
            bad(`${fat}.constraints.pattern`, "biểu thức chính quy không hợp lệ", "invalid regular expression");
          }
        }
      }
      return undefined;
    });
    const keyLists: unknown[] = [schema["primaryKey"] ?? []];
    const foreignKeys = schema["foreignKeys"];
    if (foreignKeys !== undefined && !Array.isArray(foreignKeys))
      bad(`${at}.schema.foreignKeys`, "phải là một danh sách", "must be a list");
    if (Array.isArray(foreignKeys)) {
      foreignKeys.forEach((fk: unknown, k: number) => {
        keyLists.push(isRecord(fk) ? fk["fields"] : undefined);
        const reference = isRecord(fk) ? fk["reference"] : undefined;
        if (
          !isRecord(fk) ||
          !isStringList(fk["fields"]) ||
          !isRecord(reference) ||
          !isStringList(reference["fields"]) ||
          reference["fields"].length !== fk["fields"].length
        ) {
          bad(
            `${at}.schema.foreignKeys[${k}]`,
            "cần fields và reference { resource, fields } với cùng số cột",
            "needs fields and reference { resource, fields } with as many fields",
          );
        }
      });
    }
    for (const list of keyLists) {
      if (!Array.isArray(list) || list.some((k) => typeof k !== "string" || !fieldNames.has(k))) {
        bad(`${at}.schema`, "khóa chính hoặc khóa ngoại nêu cột không có", "a primary or foreign key names a field that does not exist");
      }
    }
    return undefined;
  });
  if (isRecord(json) && Array.isArray(json["resources"])) {
    for (const resource of json["resources"]) {
      const fks = isRecord(resource) && isRecord(resource["schema"]) ? resource["schema"]["foreignKeys"] : undefined;
      if (!Array.isArray(fks)) continue;
      for (const fk of fks) {
        const reference = isRecord(fk) && isRecord(fk["reference"]) ? fk["reference"] : undefined;
        const target = reference?.["resource"];
        const where = `${String(isRecord(resource) ? resource["name"] : "?")}.foreignKeys`;
        if (typeof target !== "string" || (target !== "" && !names.has(target))) {
          bad(where, `bảng tham chiếu "${String(target)}" không có`, `referenced table "${String(target)}" does not exist`);
          continue;
        }
        // A key pointing at a column the table does not have would find no rows, or be skipped.
        const targetFields = fieldsOf.get(target === "" ? String(isRecord(resource) ? resource["name"] : "") : target);
        const missing = isStringList(reference?.["fields"]) ? reference["fields"].filter((f) => !targetFields?.has(f)) : [];
        if (missing.length > 0)
          bad(
            where,
            `bảng tham chiếu "${target}" không có cột ${missing.join(", ")}`,
            `referenced table "${target}" has no field ${missing.join(", ")}`,
          );
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const all = json["resources"] as readonly Record<string, unknown>[];
  const descriptor = {
    ...json,
    resources: all.filter((r) => r["format"] !== "topojson"),
    geometries: all.filter((r) => r["format"] === "topojson"),
  };
  return { ok: true, descriptor: descriptor as unknown as PackageDescriptor };
}

/** Frictionless patterns are implicitly anchored (XML Schema style); JavaScript's are not. */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}
