import { z } from "zod";
import { storySchema } from "./storySchema.ts";

const START = "<!-- story-fields:start (npm run generate writes this section) -->";
const END = "<!-- story-fields:end -->";

interface JsonField {
  type?: string;
  description?: string;
  items?: { type?: string };
  enum?: string[];
  properties?: Record<string, JsonField>;
}

function typeOf(field: JsonField): string {
  if (field.enum) return field.enum.join(" \\| ");
  if (field.type === "array") return "list";
  if (field.type === "object") return "group";
  return field.type === "string" ? "text" : (field.type ?? "");
}

/** The story frontmatter fields as a Markdown table, from the schema the check uses. */
export function storyFieldsMarkdown(): string {
  const json = z.toJSONSchema(storySchema, { io: "input" }) as { properties: Record<string, JsonField>; required?: string[] };
  const required = new Set(json.required ?? []);
  const rows: string[] = [];
  const add = (name: string, field: JsonField, isRequired: boolean) => {
    const [vi, en] = (field.description ?? "").split(" / ");
    rows.push(`| \`${name}\` | ${typeOf(field)} | ${isRequired ? "có / yes" : "không / no"} | ${vi ?? ""} | ${en ?? ""} |`);
  };
  for (const [name, field] of Object.entries(json.properties)) {
    add(name, field, required.has(name));
    const photo = field as JsonField & { required?: string[] };
    if (field.properties)
      for (const [sub, f] of Object.entries(field.properties)) add(`${name}.${sub}`, f, photo.required?.includes(sub) ?? false);
  }
  return ["| Trường / field | Kiểu / type | Bắt buộc / required | Ý nghĩa | Meaning |", "| --- | --- | --- | --- | --- |", ...rows].join(
    "\n",
  );
}

export function replaceStoryFields(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error("data/stories/README.md lacks the story-fields markers");
  return `${readme.slice(0, start + START.length)}\n\n${storyFieldsMarkdown()}\n\n${readme.slice(end)}`;
}
