import path from "node:path";
import { describe, expect, it } from "vitest";
import { missingWarnings } from "../../scripts/lib/check-extras";
import { loadLocalRelease } from "../../scripts/lib/local-data";
import { releaseFromCsv, releaseToCsv } from "../../scripts/lib/release-csv";
import {
  missingSummary,
  missingTranslations,
  readTranslations,
  translateRecords,
  TranslationError,
} from "../../scripts/lib/translations";
import { disagreeNote, joinNotes, NO_COUNT_NOTE, OBLAST_NAMES } from "../../src/data/facts";
import { OBLASTS } from "../../src/data/schema";
import { messagesOf } from "../../src/i18n/catalogues";
import { tidyRows } from "../../src/data/tidy";

const DATA = path.resolve(import.meta.dirname, "../../public/data");
const NEWEST = "2026-12-06-r3";

describe("the translation memory (data/research/translations/)", () => {
  const csv = (rows: string[]) => ["where,en,be,ru", ...rows].join("\n");

  it("gives a plain English note and an {en} text their languages, and leaves unknown texts English", () => {
    const memory = readTranslations({
      "a.csv": csv(['x,"At least 50, per Viasna.",Не менш за 50 паводле «Вясны».,Не менее 50 по данным «Весны».']),
    });
    const out = translateRecords(
      {
        detentions: [
          { context: { en: "At least 50, per Viasna." }, count: [{ value: 50, note: "At least 50, per Viasna." }] },
          { context: { en: "Not in the memory." }, count: [{ value: 3, note: "Also not." }] },
        ],
      },
      memory,
    );
    const ru = "Не менее 50 по данным «Весны».";
    expect(out.detentions[0]!.context).toEqual({
      en: "At least 50, per Viasna.",
      be: "Не менш за 50 паводле «Вясны».",
      ru,
    });
    expect(out.detentions[0]!.count[0]!.note).toMatchObject({ ru });
    expect(out.detentions[1]!.context).toEqual({ en: "Not in the memory." });
    expect(out.detentions[1]!.count[0]!.note).toBe("Also not.");
  });

  it("refuses two versions of one text and a file without its columns, naming file and line", () => {
    const read = () =>
      readTranslations({
        "a.csv": csv(["x,Released.,Вызвалены.,Освобождены."]),
        "b.csv": csv(["y,Released.,Вызваленыя.,Освобождены."]),
        "c.csv": "where,en,be\nz,Text,Тэкст",
      });
    expect(read).toThrow(TranslationError);
    expect(read).toThrow("b.csv:2: this English text has another Belarusian version at a.csv:2; keep one");
    expect(read).toThrow('c.csv: the column "ru" is missing');
  });
});

describe(`release ${NEWEST}: every text in three languages`, async () => {
  const release = await loadLocalRelease(DATA, NEWEST);
  const older = await loadLocalRelease(DATA, "2026-12-06-r2");

  it("lacks no Belarusian or Russian text, where the release before it was English only", () => {
    expect(missingTranslations(release)).toEqual([]);
    expect(missingWarnings(release)).toEqual([]);
    expect(missingSummary(release)).toEqual([
      `languages: release ${NEWEST}: every text in Belarusian`,
      `languages: release ${NEWEST}: every text in Russian`,
    ]);
    const before = missingWarnings(older);
    expect(before).toHaveLength(2);
    expect(before[0]).toMatch(
      /^releases\/2026-12-06-r2: \d+ text\(s\) have no Belarusian version, so Belarusian readers/,
    );
    expect(before[0]).toMatch(/manifest.json: changelog\[0\] \("Correction to release 2026-12-06/);
    expect(before[0]).toMatch(/; and \d+ more\. Add them to data\/research\/translations\//);
  });

  it("writes people's names in Cyrillic and keeps figures in the translated notes", () => {
    const person = release.people.find((p) => p.name.en === "Andrei Padniabenny")!;
    expect(person.name).toEqual({ en: "Andrei Padniabenny", be: "Андрэй Паднябенны", ru: "Андрей Поднебенный" });
    const raid = release.detentions.find((d) => d.id === "2024-10-31-smarhon-slonim")!;
    expect(raid.context.be).toMatch(/Смаргон/);
    expect(raid.context.ru).toMatch(/Сморгон/);
    expect(release.entry.changelog[0]).toMatchObject({ be: expect.stringMatching(/па-беларуску/) });
  });

  it("carries the languages into the tidy CSV columns, one language never half translated", () => {
    const raid = release.detentions.find((d) => d.id === "2024-10-31-smarhon-slonim")!;
    const note = joinNotes(raid.context, raid.conflict && disagreeNote(raid.conflict));
    const [row] = tidyRows(
      [{ record: raid.id, measure: "detained", date: raid.start, note, sources: raid.sources }],
      release,
    );
    expect(row!.note.startsWith(raid.context.en.slice(0, 40))).toBe(true);
    expect(row!.note_be).toContain(raid.context.be!.slice(0, 20));
    expect(row!.note_ru).toContain(raid.context.ru!.slice(0, 20));
    // A part without Belarusian leaves note_be empty rather than mixing languages.
    const [mixed] = tidyRows(
      [{ record: "x", measure: "m", date: "2024", note: joinNotes(raid.context, "English only"), sources: [] }],
      release,
    );
    expect(mixed!.note_be).toBe("");
  });

  it("keeps the changelog's languages through release.csv", () => {
    const back = releaseFromCsv(releaseToCsv(release.entry));
    expect(back.problems).toEqual([]);
    expect(back.entry!.changelog).toEqual(release.entry.changelog);
    expect(releaseToCsv(release.entry)).toContain("changelog_ru,");
  });
});

describe("the data layer's own words in the CSV download", () => {
  it("name the regions and say 'sources disagree' as the page does, in every language", () => {
    for (const lang of ["en", "be", "ru"] as const) {
      const messages = messagesOf(lang);
      for (const oblast of OBLASTS) expect(OBLAST_NAMES[oblast][lang], oblast).toBe(messages[`map.oblast.${oblast}`]);
      expect(disagreeNote({ en: "x", be: "x", ru: "x" })[lang]).toBe(`${messages["keys.conflict"]} x`);
      expect(NO_COUNT_NOTE[lang]).toMatch(/\.$/);
    }
  });
});
