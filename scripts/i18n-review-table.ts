/**
 * `npx tsx scripts/i18n-review-table.ts > review.csv`: every interface message as a CSV row
 * (catalogue, key, en, be, ru), the table a reviewer reads for a Belarusian or Russian review pass
 * (docs/glossary.md says how to ask for one).
 */
import { CATALOGUE_NAMES, CATALOGUES } from "../src/i18n/catalogues.ts";

const cell = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const rows = [["catalogue", "key", "en", "be", "ru"]];
for (const name of CATALOGUE_NAMES) {
  const { en, be, ru } = CATALOGUES[name] as Record<"en" | "be" | "ru", Record<string, string>>;
  for (const key of Object.keys(en)) rows.push([name, key, en[key]!, be[key] ?? "", ru[key] ?? ""]);
}
process.stdout.write(rows.map((r) => r.map(cell).join(",")).join("\n") + "\n");
