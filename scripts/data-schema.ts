/** `npm run data:schema`: writes public/data/schema/*.schema.json from src/data/schema.ts. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DATA_DIR } from "./lib/files.ts";
import { jsonSchemaFiles } from "./lib/json-schema.ts";

const dir = path.join(DATA_DIR, "schema");
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(path.join(dir, file), text);
  console.log(`wrote public/data/schema/${file}`);
}
