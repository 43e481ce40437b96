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

export interface PackageDescriptor {
  readonly name: string;
  readonly title: string;
  readonly titleVi: string;
  readonly version: string;
  readonly licenses?: readonly { readonly name: string; readonly path?: string; readonly title?: string }[];
  readonly resources: readonly ResourceDescriptor[];
}

const FIELD_TYPES: readonly string[] = ["string", "number", "integer", "boolean", "date"];
const CONSTRAINT_KEYS: readonly string[] = ["required", "unique", "enum", "pattern", "minimum", "maximum", "minLength", "maxLength"];

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
  const bad = (where: string, vi: string, en: string) =>
    problems.push(message("descriptor", `${where}: ${vi}`, `${where}: ${en}`));
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
  json["resources"].forEach((resource: unknown, r: number) => {
    const at = `resources[${r}]`;
    if (!isRecord(resource)) return bad(at, "phải là một đối tượng", "must be an object");
    const name = resource["name"];
    if (typeof name !== "string") bad(`${at}.name`, "thiếu tên bảng", "table name missing");
    else if (names.has(name)) bad(`${at}.name`, `tên bảng "${name}" bị trùng`, `table name "${name}" is repeated`);
    else names.add(name);
    if (typeof resource["path"] !== "string" || !/^[a-z0-9_-]+\.csv$/.test(resource["path"])) {
      bad(`${at}.path`, "phải là tên tệp .csv trong cùng thư mục", "must be a .csv file name in the same folder");
    }
    const schema = resource["schema"];
    if (!isRecord(schema) || !Array.isArray(schema["fields"])) {
      return bad(`${at}.schema.fields`, "thiếu danh sách cột", "list of fields missing");
    }
    const fieldNames = new Set<string>();
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
      const constraints = field["constraints"];
      if (constraints !== undefined) {
        if (!isRecord(constraints)) return bad(`${fat}.constraints`, "phải là một đối tượng", "must be an object");
        for (const key of Object.keys(constraints)) {
          if (!CONSTRAINT_KEYS.includes(key)) bad(`${fat}.constraints.${key}`, "ràng buộc không được hỗ trợ", "unsupported constraint");
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
    if (Array.isArray(schema["foreignKeys"])) {
      for (const fk of schema["foreignKeys"]) keyLists.push(isRecord(fk) ? fk["fields"] : undefined);
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
        const target = isRecord(fk) && isRecord(fk["reference"]) ? fk["reference"]["resource"] : undefined;
        if (typeof target !== "string" || (target !== "" && !names.has(target))) {
          bad(`${String(isRecord(resource) ? resource["name"] : "?")}.foreignKeys`, `bảng tham chiếu "${String(target)}" không có`, `referenced table "${String(target)}" does not exist`);
        }
      }
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, descriptor: json as unknown as PackageDescriptor };
}

/** Frictionless patterns are implicitly anchored (XML Schema style); JavaScript's are not. */
export function anchoredPattern(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, "u");
}
