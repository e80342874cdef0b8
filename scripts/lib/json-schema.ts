/** The JSON Schema files published under public/data/schema/, generated from the zod schema. */
import * as z from "zod/mini";
import { Manifest, RELEASE_FILES } from "../../src/data/schema.ts";
import { toJsonText } from "./files.ts";

export function jsonSchemaFiles(): Record<string, string> {
  const out: Record<string, string> = {
    "manifest.schema.json": toJsonText(z.toJSONSchema(Manifest, { io: "input" })),
  };
  for (const [name, schema] of Object.entries(RELEASE_FILES)) {
    out[name.replace(".json", ".schema.json")] = toJsonText(z.toJSONSchema(schema, { io: "input" }));
  }
  return out;
}
