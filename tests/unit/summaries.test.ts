/**
 * Every widget's summary reads as written sentences in en, be and ru, with the noun (and verb) in the form the
 * count needs: 1, 21 → one; 2, 22 → few; 5, 11, 25, 1 140 → many; and the genitive after "at least"
 * (не менш за / не менее). Releases here are made up so that each count is hit; whole sentences are asserted.
 */
import { describe, expect, it } from "vitest";
// The map's English comes with the map's code; these tests read its messages without it.
import "virtual:i18n/en/map";
import type { DeathInCustody, Incommunicado, Measure, Person, ReleaseData } from "../../src/data/schema";
import { prisonersTrend, treasonTrend } from "../../src/charts/trends/widget";
import { pardonTimeline } from "../../src/charts/pardons/widget";
import { breakdownItems } from "../../src/charts/pardons/text";
import { keyFigureList } from "../../src/widgets/keyFiguresWidget";
import { deathsInCustody, incommunicado as incommunicadoWidget, namedPeople } from "../../src/people/widgets";
import { translator } from "../../src/i18n";
import type { Lang } from "../../src/i18n/format";
import { countCategory, plural } from "../../src/i18n/plural";
import { firstSentence } from "../../src/widgets/headline";
import { widgetContext } from "../testing/widgetContext";

const COUNTS = [1, 2, 5, 11, 21, 22, 25, 1140] as const;
/** Russian groups thousands with a no-break space, Belarusian (in Node's ICU) not at all below 10 000. */
const plain = (s: string) => s.replace(/\u00a0/g, " ");
/** How each language prints the count in these sentences. */
const num = (n: number, lang: Lang) =>
  lang !== "en" && n >= 1000 ? `${Math.floor(n / 1000)} ${String(n % 1000).padStart(3, "0")}` : String(n);

function release(patch: Partial<ReleaseData>): ReleaseData {
  return {
    entry: {
      id: "2024-11-15",
      title: { en: "Summaries fixture" },
      period: { start: "2024-11-01", end: "2024-11-15" },
      asOf: "2024-11-15",
      published: "2024-11-15",
      changelog: ["fixture"],
      files: [],
    },
    sources: [{ id: "hc", title: "Newsletter", publisher: "Human Constanta", date: "2024-11-15" }],
    places: [],
    people: [],
    pardons: [],
    detentions: [],
    series: [],
    deaths: [],
    incommunicado: [],
    events: [],
    ...patch,
  };
}

const ctx = (r: ReleaseData, lang: Lang) => widgetContext(r, { lang, t: translator(lang) });

function custody(value: number, qualifier: Measure["qualifier"] = "exact"): ReleaseData {
  return release({
    series: [
      {
        id: "prisoners_in_custody",
        title: { en: "Political prisoners in custody" },
        unit: "persons",
        observations: [{ date: "2024-11-15", value, qualifier, sources: ["hc"] }],
      },
    ],
  });
}

function treason(value: number, qualifier: Measure["qualifier"] = "exact"): ReleaseData {
  return release({
    series: [
      {
        id: "treason_convictions_cumulative",
        title: { en: "Treason convictions" },
        unit: "persons",
        observations: [{ date: "2024-11-06", start: "2020-08-09", value, qualifier, sources: ["hc"] }],
      },
    ],
  });
}

/** `stages` pardon stages, the last releasing `last` people, each earlier one 1 person. */
function pardons(stages: number, last: number): ReleaseData {
  return release({
    pardons: Array.from({ length: stages }, (_, i) => ({
      id: `p-${i}`,
      date: `2024-${String(7 + Math.floor(i / 28)).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
      kind: "pardon" as const,
      count: [{ value: i === stages - 1 ? last : 1, qualifier: "exact" as const, sources: ["hc"] }],
      runningTotal: [],
      stageNumbers: [],
      breakdown: {},
      sources: ["hc"],
    })),
  });
}

const person = (i: number): Person => ({ id: `person-${i}`, name: { en: `Person ${i}` }, nameSources: ["hc"] });

/** n people, each died in custody (Viasna's count) on a day of 2023. */
function deaths(n: number): ReleaseData {
  const people = Array.from({ length: n }, (_, i) => person(i));
  const list: DeathInCustody[] = people.map((p, i) => ({
    id: `death-${i}`,
    person: p.id,
    died: [
      {
        date: `2023-${String(1 + (Math.floor(i / 28) % 12)).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
        sources: ["hc"],
      },
    ],
    reported: [],
    age: [],
    institution: { en: "Penal colony" },
    ordinal: i + 1,
    sources: ["hc"],
  }));
  return release({ people, deaths: list });
}

/** n people held incommunicado since 2023, none heard from since. */
function incommunicado(n: number): ReleaseData {
  const people = Array.from({ length: n }, (_, i) => person(i));
  const list: Incommunicado[] = people.map((p, i) => ({
    id: `inc-${i}`,
    person: p.id,
    since: [{ date: "2023-02", sources: ["hc"] }],
    reportedDays: [],
    sources: ["hc"],
  }));
  return release({ people, incommunicado: list });
}

describe("the plural category of a figure", () => {
  it("follows Intl.PluralRules, and after a qualifier the genitive (a Belarusian thing after «за» excepted)", () => {
    expect(COUNTS.map((n) => countCategory(n, "be"))).toEqual([
      "one",
      "few",
      "many",
      "many",
      "one",
      "few",
      "many",
      "many",
    ]);
    expect(COUNTS.map((n) => countCategory(n, "ru"))).toEqual([
      "one",
      "few",
      "many",
      "many",
      "one",
      "few",
      "many",
      "many",
    ]);
    const atLeast = (value: number, lang: Lang, noun?: "thing") =>
      countCategory({ value, qualifier: "at_least" }, lang, noun);
    expect([21, 22, 25].map((n) => atLeast(n, "ru"))).toEqual(["other", "many", "many"]);
    expect([21, 22, 25].map((n) => atLeast(n, "be"))).toEqual(["other", "many", "many"]);
    expect([21, 22, 25].map((n) => atLeast(n, "be", "thing"))).toEqual(["one", "few", "many"]);
    expect(countCategory({ value: 15, hi: 21, qualifier: "range" }, "ru")).toBe("one");
    expect(countCategory({ value: 1, qualifier: "at_least" }, "en")).toBe("one");
  });
});

describe("prisoners trend summary", () => {
  const be = [
    "быў 1 палітвязень",
    "былі 2 палітвязні",
    "было 5 палітвязняў",
    "было 11 палітвязняў",
    "быў 21 палітвязень",
    "былі 22 палітвязні",
    "было 25 палітвязняў",
    "было 1 140 палітвязняў",
  ];
  const ru = [
    "находился 1 политзаключённый",
    "находились 2 политзаключённых",
    "находились 5 политзаключённых",
    "находились 11 политзаключённых",
    "находился 21 политзаключённый",
    "находились 22 политзаключённых",
    "находились 25 политзаключённых",
    "находились 1 140 политзаключённых",
  ];

  it.each(COUNTS.map((n, i) => [n, i]))("says %i in Belarusian and Russian", (n, i) => {
    expect(plain(prisonersTrend.summary(ctx(custody(n), "be")))).toBe(
      `На 15 лістапада 2024 г. пад вартай ${be[i]} (Human Constanta).`,
    );
    expect(plain(prisonersTrend.summary(ctx(custody(n), "ru")))).toBe(
      `На 15 ноября 2024 г. под стражей ${ru[i]} (Human Constanta).`,
    );
  });

  it("keeps the qualifier and puts the noun in the genitive after it", () => {
    expect(plain(prisonersTrend.summary(ctx(custody(21, "at_least"), "be")))).toBe(
      "На 15 лістапада 2024 г. пад вартай было не менш за 21 палітвязня (Human Constanta).",
    );
    expect(plain(prisonersTrend.summary(ctx(custody(1140, "at_least"), "ru")))).toBe(
      "На 15 ноября 2024 г. под стражей находились не менее 1 140 политзаключённых (Human Constanta).",
    );
    expect(plain(prisonersTrend.summary(ctx(custody(22, "about"), "ru")))).toBe(
      "На 15 ноября 2024 г. под стражей находились около 22 политзаключённых (Human Constanta).",
    );
  });

  it("speaks English, singular and plural", () => {
    expect(prisonersTrend.summary(ctx(custody(1), "en"))).toBe(
      "1 political prisoner was in custody on 15 November 2024 (Human Constanta).",
    );
    expect(prisonersTrend.summary(ctx(custody(1140, "at_least"), "en"))).toBe(
      "At least 1,140 political prisoners were in custody on 15 November 2024 (Human Constanta).",
    );
  });

  it("gives embeds a headline that agrees with the figure", () => {
    const headline = (n: number, lang: Lang) => plain(prisonersTrend.headline!(ctx(custody(n), lang)));
    expect([1, 2, 25].map((n) => headline(n, "be"))).toEqual([
      "1 палітвязень пад вартай на 15 лістапада 2024 г.",
      "2 палітвязні пад вартай на 15 лістапада 2024 г.",
      "25 палітвязняў пад вартай на 15 лістапада 2024 г.",
    ]);
    expect(headline(21, "ru")).toBe("21 политзаключённый под стражей на 15 ноября 2024 г.");
  });
});

describe("treason trend summary", () => {
  const be = ["чалавека", "чалавекі", "чалавек", "чалавек", "чалавека", "чалавекі", "чалавек", "чалавек"];
  const ru = ["человека", "человека", "человек", "человек", "человека", "человека", "человек", "человек"];

  it.each(COUNTS.map((n, i) => [n, i]))("says %i in Belarusian and Russian", (n, i) => {
    expect(plain(treasonTrend.summary(ctx(treason(n), "be")))).toBe(
      `З 9 жніўня 2020 г. па 6 лістапада 2024 г. за «здраду дзяржаве» асудзілі ${num(n, "be")} ${be[i]} (Human Constanta).`,
    );
    expect(plain(treasonTrend.summary(ctx(treason(n), "ru")))).toBe(
      `С 9 августа 2020 г. по 6 ноября 2024 г. за «измену государству» осудили ${num(n, "ru")} ${ru[i]} (Human Constanta).`,
    );
  });

  it("says 'at least 21' with the genitive, and one person in English", () => {
    expect(plain(treasonTrend.summary(ctx(treason(21, "at_least"), "be")))).toBe(
      "З 9 жніўня 2020 г. па 6 лістапада 2024 г. за «здраду дзяржаве» асудзілі не менш за 21 чалавека (Human Constanta).",
    );
    expect(treasonTrend.summary(ctx(treason(1), "en"))).toBe(
      "1 person was convicted of “high treason” between 9 August 2020 and 6 November 2024 (Human Constanta).",
    );
  });
});

describe("pardon timeline summary", () => {
  const summary = (r: ReleaseData, lang: Lang) => plain(pardonTimeline.summary(ctx(r, lang)));

  it.each(COUNTS.map((n) => [n]))("says a last stage of %i in Belarusian and Russian", (n) => {
    const be = { one: "чалавека", few: "чалавекі", many: "чалавек", other: "чалавека" }[countCategory(n, "be")];
    const ru = { one: "человека", few: "человека", many: "человек", other: "человека" }[countCategory(n, "ru")];
    expect(summary(pardons(1, n), "be")).toMatch(
      new RegExp(`^На этапе 1 ліпеня 2024 г\\. вызвалілі ${num(n, "be")} ${be}; `),
    );
    expect(summary(pardons(1, n), "ru")).toMatch(
      new RegExp(`^На этапе 1 июля 2024 г\\. освободили ${num(n, "ru")} ${ru}; `),
    );
  });

  it.each([
    [1, "1 этап", "1 этап"],
    [2, "2 этапы", "2 этапа"],
    [5, "5 этапаў", "5 этапов"],
    [11, "11 этапаў", "11 этапов"],
    [21, "21 этап", "21 этап"],
    [22, "22 этапы", "22 этапа"],
    [25, "25 этапаў", "25 этапов"],
  ] as const)("counts %i stages in the total", (n, be, ru) => {
    expect(summary(pardons(n, 1), "be")).toContain(`; усяго ${n} за ${be} з 3 ліпеня 2024 г.`);
    expect(summary(pardons(n, 1), "ru")).toContain(`; всего ${n} за ${ru} с 3 июля 2024 г.`);
  });
});

describe("key figures", () => {
  const label = (r: ReleaseData, id: string, lang: Lang) =>
    keyFigureList(r, translator(lang), lang).find((k) => k.id === id)!.label;

  it.each([
    [1, "палітвязень пад вартай", "политзаключённый под стражей"],
    [2, "палітвязні пад вартай", "политзаключённых под стражей"],
    [5, "палітвязняў пад вартай", "политзаключённых под стражей"],
    [11, "палітвязняў пад вартай", "политзаключённых под стражей"],
    [21, "палітвязень пад вартай", "политзаключённый под стражей"],
    [22, "палітвязні пад вартай", "политзаключённых под стражей"],
    [25, "палітвязняў пад вартай", "политзаключённых под стражей"],
    [1140, "палітвязняў пад вартай", "политзаключённых под стражей"],
  ] as const)("labels %i political prisoners", (n, be, ru) => {
    expect(label(custody(n), "prisoners", "be")).toBe(be);
    expect(label(custody(n), "prisoners", "ru")).toBe(ru);
  });

  it("labels 'at least 1 140' and 'at least 21' in the genitive", () => {
    expect(label(custody(1140, "at_least"), "prisoners", "be")).toBe("палітвязняў пад вартай");
    expect(label(custody(21, "at_least"), "prisoners", "be")).toBe("палітвязня пад вартай");
    expect(label(custody(21, "at_least"), "prisoners", "ru")).toBe("политзаключённого под стражей");
    expect(label(custody(1), "prisoners", "en")).toBe("political prisoner in custody");
  });

  it.each([
    [1, "у 1 этапе", "в 1 этапе"],
    [2, "у 2 этапах", "в 2 этапах"],
    [5, "у 5 этапах", "в 5 этапах"],
    [11, "у 11 этапах", "в 11 этапах"],
    [21, "у 21 этапе", "в 21 этапе"],
    [22, "у 22 этапах", "в 22 этапах"],
    [25, "у 25 этапах", "в 25 этапах"],
  ] as const)("says the people released in %i stages as a phrase, not 'этапаў: N'", (n, be, ru) => {
    // The last stage releases 25 people: with the earlier ones, 25 + (n − 1) in all.
    const total = 25 + n - 1;
    const beNoun = { one: "чалавек вызвалены", few: "чалавекі вызвалены", many: "чалавек вызвалена", other: "" }[
      countCategory(total, "be")
    ];
    const ruNoun = { one: "человек освобождён", few: "человека освобождены", many: "человек освобождены", other: "" }[
      countCategory(total, "ru")
    ];
    expect(label(pardons(n, 25), "pardoned", "be")).toBe(`${beNoun} з 3 ліпеня 2024 г. ${be}`);
    expect(label(pardons(n, 25), "pardoned", "ru")).toBe(`${ruNoun} с 3 июля 2024 г. ${ru}`);
  });

  it("says the pardoned in English", () => {
    expect(label(pardons(21, 1), "pardoned", "en")).toBe("people released since 3 July 2024, in 21 stages");
    expect(label(pardons(1, 1), "pardoned", "en")).toBe("person released since 3 July 2024, in 1 stage");
  });
});

describe("deaths in custody summary", () => {
  const forms = {
    be: [
      "памёр 1 палітвязень",
      "памерлі 2 палітвязні",
      "памерлі 5 палітвязняў",
      "памерлі 11 палітвязняў",
      "памёр 21 палітвязень",
      "памерлі 22 палітвязні",
      "памерлі 25 палітвязняў",
    ],
    ru: [
      "умер 1 политзаключённый",
      "умерли 2 политзаключённых",
      "умерли 5 политзаключённых",
      "умерли 11 политзаключённых",
      "умер 21 политзаключённый",
      "умерли 22 политзаключённых",
      "умерли 25 политзаключённых",
    ],
  };

  it.each([1, 2, 5, 11, 21, 22, 25].map((n, i) => [n, i]))("says %i deaths in Belarusian and Russian", (n, i) => {
    const be = deathsInCustody.summary(ctx(deaths(n), "be"));
    const ru = deathsInCustody.summary(ctx(deaths(n), "ru"));
    if (n === 1) {
      expect(be).toBe(
        `Паводле падліку «Вясны», 1 студзеня 2023 г. у зняволенні ${forms.be[i]}. Апошняя па даце смерць у зняволенні — Person 0 (1 студзеня 2023 г.).`,
      );
      expect(ru).toBe(
        `По подсчёту «Весны», 1 января 2023 г. в заключении ${forms.ru[i]}. Последняя по дате смерть в заключении — Person 0 (1 января 2023 г.).`,
      );
    } else {
      expect(be).toMatch(
        new RegExp(
          `^Паводле падліку «Вясны», з 1 студзеня 2023 г\\. па .+ г\\. у зняволенні ${forms.be[i]}\\. Апошняя па даце смерць у зняволенні — Person ${n - 1} \\(.+ г\\.\\)\\.$`,
        ),
      );
      expect(ru).toMatch(
        new RegExp(
          `^По подсчёту «Весны», с 1 января 2023 г\\. по .+ г\\. в заключении ${forms.ru[i]}\\. Последняя по дате смерть в заключении — Person ${n - 1} \\(.+ г\\.\\)\\.$`,
        ),
      );
    }
  });

  it("speaks English", () => {
    expect(deathsInCustody.summary(ctx(deaths(2), "en"))).toBe(
      "By Viasna's count, 2 political prisoners died in custody between 1 January 2023 and 2 January 2023. " +
        "The most recent death is that of Person 1, on 2 January 2023.",
    );
  });
});

describe("incommunicado and people summaries", () => {
  it.each([
    [
      1,
      "трымалі 1 чалавека",
      "1 чалавек дагэтуль",
      "0 чалавек вызвалена",
      "держали 1 человека",
      "1 человек по-прежнему",
      "0 человек освобождены",
    ],
    [
      2,
      "трымалі 2 чалавекі",
      "2 чалавекі дагэтуль",
      "0 чалавек вызвалена",
      "держали 2 человека",
      "2 человека по-прежнему",
      "0 человек освобождены",
    ],
    [
      5,
      "трымалі 5 чалавек",
      "5 чалавек дагэтуль",
      "0 чалавек вызвалена",
      "держали 5 человек",
      "5 человек по-прежнему",
      "0 человек освобождены",
    ],
    [
      11,
      "трымалі 11 чалавек",
      "11 чалавек дагэтуль",
      "0 чалавек вызвалена",
      "держали 11 человек",
      "11 человек по-прежнему",
      "0 человек освобождены",
    ],
    [
      21,
      "трымалі 21 чалавека",
      "21 чалавек дагэтуль",
      "0 чалавек вызвалена",
      "держали 21 человека",
      "21 человек по-прежнему",
      "0 человек освобождены",
    ],
    [
      22,
      "трымалі 22 чалавекі",
      "22 чалавекі дагэтуль",
      "0 чалавек вызвалена",
      "держали 22 человека",
      "22 человека по-прежнему",
      "0 человек освобождены",
    ],
    [
      25,
      "трымалі 25 чалавек",
      "25 чалавек дагэтуль",
      "0 чалавек вызвалена",
      "держали 25 человек",
      "25 человек по-прежнему",
      "0 человек освобождены",
    ],
  ] as const)("says %i people held incommunicado", (n, beHeld, beOpen, beReleased, ruHeld, ruOpen, ruReleased) => {
    expect(incommunicadoWidget.summary(ctx(incommunicado(n), "be"))).toBe(
      `Інкамунікада, без сувязі з роднымі і адвакатамі, ${beHeld}. ` +
        `На 15 лістапада 2024 г. ${beOpen} без сувязі, з 0 чалавекамі сувязь адноўлена і ${beReleased}.`,
    );
    expect(incommunicadoWidget.summary(ctx(incommunicado(n), "ru"))).toBe(
      `Инкоммуникадо, без связи с родными и адвокатами, ${ruHeld}. ` +
        `На 15 ноября 2024 г. ${ruOpen} без связи, с 0 людьми связь восстановлена и ${ruReleased}.`,
    );
  });

  it("speaks English", () => {
    expect(incommunicadoWidget.summary(ctx(incommunicado(1), "en"))).toBe(
      "1 person was held incommunicado, without contact with family or lawyers. As of 15 November 2024, " +
        "1 person is still without contact, contact has been resumed with 0 people and 0 people have been released.",
    );
  });

  it.each([
    [1, "названы 1 чалавек", "1 чалавек памёр у", "назван 1 человек", "1 человек умер"],
    [2, "названы 2 чалавекі", "2 чалавекі памерлі ў", "названы 2 человека", "2 человека умерли"],
    [5, "названа 5 чалавек", "5 чалавек памерлі ў", "названы 5 человек", "5 человек умерли"],
    [21, "названы 21 чалавек", "21 чалавек памёр у", "назван 21 человек", "21 человек умер"],
    [22, "названы 22 чалавекі", "22 чалавекі памерлі ў", "названы 22 человека", "22 человека умерли"],
  ] as const)("says %i people named in the release", (n, beNamed, beDied, ruNamed, ruDied) => {
    expect(namedPeople.summary(ctx(deaths(n), "be"))).toMatch(
      new RegExp(
        `^У гэтым выпуску ${beNamed} — .+\\. З іх ${beDied} зняволенні, 0 чалавек трымалі інкамунікада і 0 чалавек названа з іншай нагоды\\.$`,
      ),
    );
    expect(namedPeople.summary(ctx(deaths(n), "ru"))).toMatch(
      new RegExp(
        `^В этом выпуске ${ruNamed} — .+\\. Из них ${ruDied} в заключении, 0 человек держали инкоммуникадо и 0 человек названы по другому поводу\\.$`,
      ),
    );
  });
});

describe("map and list status lines", () => {
  const say = (lang: Lang, base: Parameters<typeof plural>[2], n: number, vars = {}) =>
    plain(plural(translator(lang), lang, base, n, vars));

  it.each([
    [1, "1 найбольшы знак", "1 самый крупный знак", "показан"],
    [2, "2 найбольшыя знакі", "2 самых крупных знака", "показаны"],
    [5, "5 найбольшых знакаў", "5 самых крупных знаков", "показаны"],
    [21, "21 найбольшы знак", "21 самый крупный знак", "показан"],
    [22, "22 найбольшыя знакі", "22 самых крупных знака", "показаны"],
    [300, "300 найбольшых знакаў", "300 самых крупных знаков", "показаны"],
  ] as const)("says that the %i largest symbols are drawn while the map loads", (n, be, ru, shown) => {
    expect(say("be", "map.static.largest", n, { total: "1140" })).toBe(
      `Пакуль мапа загружаецца, паказаны толькі ${be} з 1140.`,
    );
    expect(say("ru", "map.static.largest", n, { total: "1 140" })).toBe(
      `Пока карта загружается, ${shown} только ${ru} из 1 140.`,
    );
  });

  it("counts the rows still to come in the lists, and the symbols of a dense map", () => {
    expect([1, 2, 5, 21, 25].map((n) => say("be", "map.list.copyMore", n))).toEqual([
      "Яшчэ 1 падзея з’явіцца ў спісе пасля загрузкі старонкі.",
      "Яшчэ 2 падзеі з’явяцца ў спісе пасля загрузкі старонкі.",
      "Яшчэ 5 падзей з’явіцца ў спісе пасля загрузкі старонкі.",
      "Яшчэ 21 падзея з’явіцца ў спісе пасля загрузкі старонкі.",
      "Яшчэ 25 падзей з’явіцца ў спісе пасля загрузкі старонкі.",
    ]);
    expect([1, 2, 5, 1140].map((n) => say("ru", "people.list.copyMore", n))).toEqual([
      "Ещё 1 человек появится в списке после загрузки страницы.",
      "Ещё 2 человека появятся в списке после загрузки страницы.",
      "Ещё 5 человек появится в списке после загрузки страницы.",
      "Ещё 1 140 человек появится в списке после загрузки страницы.",
    ]);
    expect(say("be", "map.dense.note", 21)).toMatch(/^Шчыльная мапа з 21 знакам намаляваная адным малюнкам/);
    expect(say("ru", "map.dense.note", 1140)).toMatch(/^Плотная карта с 1 140 знаками нарисована одной картинкой/);
    expect(say("en", "map.list.copyMore", 1)).toBe("1 more event is in the list once the page has loaded.");
  });
});

describe("a stage's published breakdown", () => {
  const women = (n: number, lang: Lang, qualifier: Measure["qualifier"] = "exact") =>
    plain(
      breakdownItems(
        { ...pardons(1, 31).pardons[0]!, breakdown: { women: { value: n, qualifier, sources: ["hc"] } } },
        lang,
        translator(lang),
      )[0]!.text,
    );

  it("counts women and men as phrases, not 'жанчын: 2'", () => {
    expect(COUNTS.map((n) => women(n, "be"))).toEqual([
      "1 жанчына",
      "2 жанчыны",
      "5 жанчын",
      "11 жанчын",
      "21 жанчына",
      "22 жанчыны",
      "25 жанчын",
      "1 140 жанчын",
    ]);
    expect(COUNTS.map((n) => women(n, "ru"))).toEqual([
      "1 женщина",
      "2 женщины",
      "5 женщин",
      "11 женщин",
      "21 женщина",
      "22 женщины",
      "25 женщин",
      "1 140 женщин",
    ]);
    expect(women(21, "ru", "about")).toBe("около 21 женщины");
    expect([1, 2].map((n) => women(n, "en"))).toEqual(["1 woman", "2 women"]);
  });
});

describe("a widget's headline", () => {
  it("is the first sentence, not cut at a date's «г.»", () => {
    const headline = (lang: Lang) => plain(firstSentence(deathsInCustody.summary(ctx(deaths(2), lang))));
    expect(headline("be")).toBe(
      "Паводле падліку «Вясны», з 1 студзеня 2023 г. па 2 студзеня 2023 г. у зняволенні памерлі 2 палітвязні.",
    );
    expect(headline("ru")).toBe(
      "По подсчёту «Весны», с 1 января 2023 г. по 2 января 2023 г. в заключении умерли 2 политзаключённых.",
    );
    expect(headline("en")).toBe(
      "By Viasna's count, 2 political prisoners died in custody between 1 January 2023 and 2 January 2023.",
    );
    expect(firstSentence("Асуджаныя па арт. 356. Далей.")).toBe("Асуджаныя па арт. 356.");
  });
});
