/** Plural forms in Belarusian and Russian, as the summaries and labels print them (Intl.PluralRules). */
import { describe, expect, it } from "vitest";
import { stagesPhrase } from "../../src/charts/pardons/text";
import { translator } from "../../src/i18n";
import { formatList, pluralCategory, type Lang } from "../../src/i18n/format";
import { daysText } from "../../src/people/text";

const stages = (n: number, lang: Lang) => stagesPhrase(n, lang, translator(lang)).replace(/\u00a0/g, " ");
const days = (value: number, qualifier: "exact" | "about" | "more_than", lang: Lang) =>
  daysText({ value, qualifier }, lang, translator(lang)).replace(/\u00a0/g, " ");

describe("plural forms", () => {
  it("counts pardon stages: 1 этап, 2 этапы / этапа, 5 этапаў / этапов, 21 этап, 1 275", () => {
    expect([1, 2, 5, 11, 21, 22].map((n) => stages(n, "be"))).toEqual([
      "1 этап",
      "2 этапы",
      "5 этапаў",
      "11 этапаў",
      "21 этап",
      "22 этапы",
    ]);
    expect([1, 2, 5, 11, 21, 22].map((n) => stages(n, "ru"))).toEqual([
      "1 этап",
      "2 этапа",
      "5 этапов",
      "11 этапов",
      "21 этап",
      "22 этапа",
    ]);
    expect([1, 2, 5].map((n) => stages(n, "en"))).toEqual(["1 stage", "2 stages", "5 stages"]);
    expect(stages(1275, "ru")).toBe("1 275 этапов");
  });

  it("puts days in the case the qualifier governs", () => {
    expect(days(602, "exact", "ru")).toBe("602 дня");
    expect(days(602, "more_than", "ru")).toBe("более 602 дней");
    expect(days(21, "about", "ru")).toBe("около 21 дня");
    expect(days(21, "exact", "ru")).toBe("21 день");
    expect(days(602, "more_than", "be")).toBe("больш за 602 дні");
    expect(days(22, "about", "be")).toBe("каля 22 дзён");
    expect(days(5, "exact", "be")).toBe("5 дзён");
    expect(days(1, "exact", "en")).toBe("1 day");
  });

  it("offers the categories the catalogues are written for", () => {
    expect(["be", "ru"].map((l) => [1, 3, 7, 1.5].map((n) => pluralCategory(n, l as Lang)))).toEqual([
      ["one", "few", "many", "other"],
      ["one", "few", "many", "other"],
    ]);
    expect([1, 3].map((n) => pluralCategory(n, "en"))).toEqual(["one", "other"]);
    const more = (n: number, lang: Lang) => translator(lang)(`frame.moreSources.${pluralCategory(n, lang)}`, { n });
    expect([1, 3, 60].map((n) => more(n, "be"))).toEqual(["і яшчэ 1 крыніца", "і яшчэ 3 крыніцы", "і яшчэ 60 крыніц"]);
    expect([1, 3, 60].map((n) => more(n, "ru"))).toEqual([
      "и ещё 1 источник",
      "и ещё 3 источника",
      "и ещё 60 источников",
    ]);
  });

  it("joins lists with the language's conjunction", () => {
    expect(formatList(["Смаргонь", "Слонім", "Ліда"], "be")).toBe("Смаргонь, Слонім і Ліда");
    expect(formatList(["Сморгонь", "Слоним"], "ru")).toBe("Сморгонь и Слоним");
    expect(formatList(["Smarhon", "Slonim", "Lida"], "en")).toBe("Smarhon, Slonim and Lida");
  });
});

describe("sentences", () => {
  it("end with one full stop after a date that brings its own (5 сакавіка 2026 г.)", () => {
    const t = translator("be");
    expect(t("embed.newer.release", { id: "2026-03-05", date: "5 сакавіка 2026 г." })).toBe(
      "Выпуск 2026-03-05, па стане на 5 сакавіка 2026 г.",
    );
    expect(translator("en")("embed.newer.release", { id: "x", date: "5 March 2026" })).toBe(
      "Release x, as of 5 March 2026.",
    );
  });
});
