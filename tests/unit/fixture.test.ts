import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDescriptor, type PackageDescriptor } from "../../src/lib/validate/Descriptor.ts";

/*
 * The fixture package (tests/fixtures/data/) keeps its own figures, frozen, but must have the real
 * package's table schemas: code tested on a fixture of another shape would be tested on nothing.
 * Only what the validator and the row types read is compared — names, paths, types, constraints,
 * keys — not titles, descriptions or examples, which editors may reword in data/ at any time.
 */

function descriptorOf(path: string): PackageDescriptor {
  const read = readDescriptor(JSON.parse(readFileSync(path, "utf8")));
  if (!read.ok) throw new Error(`${path} is unreadable: ${read.problems.map((p) => p.en).join("; ")}`);
  return read.descriptor;
}

/** The shape of every table and geometry, without the words around it. */
function shapes(descriptor: PackageDescriptor) {
  return {
    tables: descriptor.resources.map((r) => ({
      name: r.name,
      path: r.path,
      dialect: r.dialect,
      primaryKey: r.schema.primaryKey,
      foreignKeys: r.schema.foreignKeys,
      missingValues: r.schema.missingValues,
      fields: r.schema.fields.map((f) => ({
        name: f.name,
        type: f.type,
        format: f.format,
        trueValues: f.trueValues,
        falseValues: f.falseValues,
        constraints: f.constraints,
      })),
    })),
    geometries: descriptor.geometries.map((g) => ({ name: g.name, path: g.path, format: g.format, geometry: g.geometry })),
  };
}

describe("the fixture package", () => {
  it("has the same table schemas as data/datapackage.json (add a new column to both)", () => {
    expect(shapes(descriptorOf("tests/fixtures/data/datapackage.json"))).toEqual(shapes(descriptorOf("data/datapackage.json")));
  });

  it("a schema difference is seen: a constraint changed in one copy only", () => {
    const real = descriptorOf("data/datapackage.json");
    const [first, ...rest] = real.resources;
    const [id, ...fields] = first!.schema.fields;
    const changed: PackageDescriptor = {
      ...real,
      resources: [{ ...first!, schema: { ...first!.schema, fields: [{ ...id!, constraints: { required: false } }, ...fields] } }, ...rest],
    };
    expect(shapes(changed)).not.toEqual(shapes(real));
  });
});
