import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { decodeUtf8, formatCsv, parseCsv } from "../../scripts/lib/csv";
import { csvToRecords, describeProblem, schemaProblems } from "../../scripts/lib/csv-import";
import { releaseToCsv } from "../../scripts/lib/csv-tables";
import { validateCsvImport } from "../../scripts/lib/csv-validate";
import { RELEASE_FILE_NAMES, type ReleaseEntry, type ReleaseFileName } from "../../src/data/schema";
import { copyDataAsOf } from "../testing/dataDir";
import { fixtureRecords } from "../testing/fixture";
import { renameColumn, rowOf, setCell } from "../fixtures/csv-edits";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PUBLIC = path.join(ROOT, "public/data");
const realIds = (
  JSON.parse(readFileSync(path.join(PUBLIC, "manifest.json"), "utf8")) as { releases: { id: string }[] }
).releases.map((r) => r.id);
const readRelease = (dir: string, id: string) =>
  Object.fromEntries(
    RELEASE_FILE_NAMES.map((n) => [n, JSON.parse(readFileSync(path.join(dir, "releases", id, n), "utf8"))]),
  ) as Record<ReleaseFileName, unknown>;

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "csv-roundtrip-"));
  temps.push(d);
  return d;
}

function run(script: string, args: string[], dataDir: string) {
  const r = spawnSync("npm", ["run", "-s", script, "--", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("CSV files", () => {
  it("quotes commas, quotes and line breaks and reads them back, with a byte-order mark for Excel", () => {
    const rows = [
      ["id", "note"],
      ["a", 'He said "no", twice\nand left'],
      ["b", " spaced "],
    ];
    const text = formatCsv(rows);
    expect(text.startsWith("\uFEFFid,note\r\n")).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
    expect(parseCsv("a,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("writes text a spreadsheet would run as a formula with an apostrophe, numbers as numbers, and reads both back", () => {
    const rows = [
      ["note", "value"],
      ['=HYPERLINK("http://evil.example","open")', "-5"],
      ["@SUM(A1)", "53.15"],
      ["+cmd", "+2"],
      ["-1 cmd", "-0.5"],
      ["\t=1+1", "1e3"],
      ["'=typed with an apostrophe", "'plain"],
    ];
    const text = formatCsv(rows);
    expect(text.slice(1).split("\r\n")).toEqual([
      "note,value",
      `"'=HYPERLINK(""http://evil.example"",""open"")",-5`,
      "'@SUM(A1),53.15",
      "'+cmd,+2",
      "'-1 cmd,-0.5",
      "'\t=1+1,1e3",
      "''=typed with an apostrophe,'plain",
      "",
    ]);
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe("a release whose texts start like formulas", () => {
  it("exports them neutralised and imports them unchanged", () => {
    const files = fixtureRecords() as Record<ReleaseFileName, unknown>;
    const sources = (files["sources.json"] as { sources: Record<string, unknown>[] }).sources;
    sources[0]!.title = '=HYPERLINK("http://evil.example","Newsletter")';
    sources[1]!.note = "-1 cmd, then @SUM";
    const texts = releaseToCsv(files);
    expect(texts.get("sources.csv")).toContain(`"'=HYPERLINK(""http://evil.example"",""Newsletter"")"`);
    expect(texts.get("sources.csv")).toContain(`"'-1 cmd, then @SUM"`);
    const parsed = csvToRecords(texts);
    expect(parsed.problems).toEqual([]);
    expect(parsed.files["sources.json"]).toStrictEqual(files["sources.json"]);
  });
});

describe.each(realIds)("release %s round trip", (id) => {
  const files = readRelease(PUBLIC, id);

  it("export then import gives the same records (in memory)", () => {
    const parsed = csvToRecords(releaseToCsv(files));
    expect(parsed.problems).toEqual([]);
    expect(schemaProblems(parsed)).toEqual([]);
    for (const name of RELEASE_FILE_NAMES) expect(parsed.files[name], name).toStrictEqual(files[name]);
  });

  it("npm run data:export-csv then data:import-csv into a new release writes byte-identical files", () => {
    const data = tempDir();
    // The data as it stood when `id` was the newest release, so the new one follows it directly.
    copyDataAsOf(data, id);
    // This test is about losslessness: the small-count policy is tested elsewhere.
    writeFileSync(path.join(data, "policy.json"), JSON.stringify({ minCountForTownLevel: 0 }));
    const csv = path.join(tempDir(), "csv");
    const next = new Date(Date.parse(id.slice(0, 10)) + 86_400_000).toISOString().slice(0, 10);
    expect(run("data:new-release", [next, "--from", id], data).code).toBe(0);
    const exported = run("data:export-csv", [id, csv], data);
    expect(exported.code, exported.err).toBe(0);
    const imported = run("data:import-csv", [next, csv], data);
    expect(imported.code, imported.err).toBe(0);
    expect(imported.out).toContain(`changes from ${id} to ${next}: no changes`);
    for (const name of RELEASE_FILE_NAMES) {
      const original = readFileSync(path.join(PUBLIC, "releases", id, name), "utf8");
      expect(readFileSync(path.join(data, "releases", next, name), "utf8"), name).toBe(original);
    }
    expect(readdirSync(data).filter((f) => f.startsWith("."))).toEqual([]);
  }, 60_000);
});

describe("import messages name the file, row and column in plain language", () => {
  const texts = releaseToCsv(fixtureRecords() as Record<ReleaseFileName, unknown>);
  const entry = { id: "2024-11-29", asOf: "2024-11-29" } as ReleaseEntry;
  const policy = { minCountForTownLevel: 5 };
  const messages = (edits: Record<string, string>) => {
    const result = validateCsvImport(new Map([...texts, ...Object.entries(edits)]), entry, policy);
    return result.ok ? [] : result.problems.map(describeProblem);
  };
  const detentions = texts.get("detentions.csv")!;

  it("explains a qualifier written into a number cell", () => {
    expect(messages({ "detentions.csv": setCell(detentions, 2, "count_value", "about 20") })).toEqual([
      'detentions.csv row 2, column count_value: "about 20" is not a number; use count_qualifier about and count_value 20',
    ]);
    expect(messages({ "detentions.csv": setCell(detentions, 2, "count_value", "15-20") })).toEqual([
      'detentions.csv row 2, column count_value: "15-20" is not a number; use count_qualifier range, count_value 15 and count_hi 20',
    ]);
    expect(messages({ "detentions.csv": setCell(detentions, 2, "count_value", "1,275") })[0]).toContain(
      "write it without separators: 1275",
    );
  });

  it("explains dates changed by a spreadsheet, unknown words and empty required cells", () => {
    const bad = setCell(
      setCell(setCell(detentions, 2, "start", "31/10/2024"), 2, "count_qualifier", "roughly"),
      2,
      "id",
      "",
    );
    expect(messages({ "detentions.csv": bad })).toEqual([
      "detentions.csv row 2, column id: this cell is empty; fill it in",
      'detentions.csv row 2, column start: "31/10/2024": expected a date as YYYY, YYYY-MM or YYYY-MM-DD (it looks like your spreadsheet program changed a date: write dates as YYYY-MM-DD, YYYY-MM or YYYY and format the column as text)',
      'detentions.csv row 2, column count_qualifier: "roughly" is not allowed here; write one of: exact, at_least, about, more_than, fewer_than, range',
    ]);
  });

  it("names an unknown column, an unknown source id and an observation of an unknown series", () => {
    expect(messages({ "detentions.csv": renameColumn(detentions, "category", "categroy") })).toContain(
      'detentions.csv column categroy: "categroy" is not a known column (check the spelling; see docs/maintaining-data.md for column names)',
    );
    expect(messages({ "detentions.csv": setCell(detentions, 2, "count_sources", "hc; nosuch") })).toEqual([
      'detentions.csv row 2, column count_sources: unknown source id "nosuch" (not in sources.csv)',
    ]);
    const obs = texts.get("observations.csv")!;
    expect(messages({ "observations.csv": setCell(obs, rowOf(obs, "value", "1275"), "series", "prisoners") })).toEqual([
      'observations.csv row 3, column series: there is no series "prisoners" in series.csv',
    ]);
  });

  it("enforces the small-count policy at import, naming the display column", () => {
    const small = setCell(detentions, 2, "count_value", "3");
    expect(messages({ "detentions.csv": small })[0]).toMatch(
      /^detentions\.csv row 2, column display: a count of 3 at Smarhon, Slonim is below 5/,
    );
    expect(messages({ "detentions.csv": setCell(small, 2, "display", "oblast") })).toEqual([]);
  });

  it("reports a broken quote by line", () => {
    expect(messages({ "events.csv": 'id,date\n"unclosed,2024' })).toContain(
      'events.csv: line 2: a quoted cell is never closed (a closing quote " is missing)',
    );
  });

  it("reports every broken quote of a file, where it opened, and reads the lines after it", () => {
    const events = [
      "id,date,end,kind,title_en,title_be,title_ru,sources",
      'e1,2024-10-23,,election,"Election date set,,,hc',
      'e2,2024-10-24,,election,"Vote, first round",,,hc',
      'e3,2024-10-25,,election,"Second" round,,,hc',
      "e4,2024-10-26,,election,Runoff,,,nosuch",
      'e5,2024-10-27,,election,Result,,,"hc',
    ].join("\r\n");
    const found = messages({ "events.csv": events });
    expect(found.filter((m) => m.includes("line"))).toEqual([
      'events.csv: line 2: a quoted cell is never closed (a closing quote " is missing)',
      'events.csv: line 4: a quoted cell has text after its closing quote; put the whole cell inside the quotes and write a quote inside it as two ("")',
      'events.csv: line 6: a quoted cell is never closed (a closing quote " is missing)',
    ]);
    // The unclosed quote of line 2 does not swallow line 3 into stray cells, and line 5 is still checked.
    expect(found.some((m) => m.includes("column without a name"))).toBe(false);
    expect(found).toContain('events.csv row 5, column sources: unknown source id "nosuch" (not in sources.csv)');
  });

  it("reports every problem of every file in one run: cells, schema and ids that point nowhere", () => {
    const obs = texts.get("observations.csv")!;
    expect(
      messages({
        "detentions.csv": setCell(setCell(detentions, 2, "count_value", "about 20"), 2, "sources", "hc; nosuch"),
        "places.csv": setCell(texts.get("places.csv")!, 3, "sources", "gone"),
        "observations.csv": setCell(obs, rowOf(obs, "value", "1275"), "series", "prisoners"),
      }),
    ).toEqual([
      'detentions.csv row 2, column count_value: "about 20" is not a number; use count_qualifier about and count_value 20',
      'observations.csv row 3, column series: there is no series "prisoners" in series.csv',
      'places.csv row 3, column sources: unknown source id "gone" (not in sources.csv)',
      'detentions.csv row 2, column sources: unknown source id "nosuch" (not in sources.csv)',
    ]);
  });
});

describe("files as spreadsheets save them", () => {
  const texts = releaseToCsv(fixtureRecords() as Record<ReleaseFileName, unknown>);
  const entry = { id: "2024-11-29", asOf: "2024-11-29" } as ReleaseEntry;
  const policy = { minCountForTownLevel: 5 };

  it("reads files separated by semicolons (spreadsheets in Belarusian or Russian)", () => {
    // As Excel writes it: ";" between cells, cells holding ";" (our lists) quoted.
    const rows = parseCsv(texts.get("detentions.csv")!);
    const text = rows
      .map((r) => r.map((c) => (/[;",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(";"))
      .join("\r\n");
    const result = validateCsvImport(new Map([...texts, ["detentions.csv", text]]), entry, policy);
    expect(result.ok).toBe(true);
  });

  it("recognises text that is not UTF-8", () => {
    expect(decodeUtf8(new TextEncoder().encode("Смаргонь"))).toBe("Смаргонь");
    expect(decodeUtf8(new Uint8Array([0xd1, 0xec, 0xe0]))).toBeNull(); // "Сма" in Windows-1251
  });

  it("refuses a cell in a column without a name rather than dropping it", () => {
    const rows = parseCsv(texts.get("events.csv")!);
    rows[1]!.push("", "stray note");
    const result = validateCsvImport(new Map([...texts, ["events.csv", formatCsv(rows)]]), entry, policy);
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'events.csv row 2: "stray note" is in a column without a name; move it into a named column',
    ]);
  });
});
