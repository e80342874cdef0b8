/**
 * What a widget says about its claims (WidgetDef.claims), for the tidy download: the facts and the two helpers
 * widgets use to state them. Kept apart from the row builder (./tidy.ts), which only the Share dialog and the
 * embed's "Get the data" load, so the dashboard's first load carries no more than this.
 */
import { englishOf, type Claim, type Note, type Oblast, type Place, type Text } from "./schema";

/** What a widget says about one claim (or one dated fact without a number). */
export interface TidyFact {
  record: string;
  measure: string;
  date: string;
  dateEnd?: string;
  periodStart?: string;
  /** Absent for a fact without a number (a status, a date something became known). */
  figure?: Pick<Claim, "value" | "qualifier" | "hi">;
  basis?: "reported" | "computed";
  category?: string;
  subgroup?: string;
  scope?: string;
  places?: { ids: string[]; names: Text[] };
  person?: { id: string; name: Text };
  /** English, or in languages where the data gives them ({en, be?, ru?}). */
  note?: Note;
  sources: readonly string[];
}

function joinSentences(parts: readonly (string | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  if (kept.length === 0) return undefined;
  return kept.map((p, i) => (i < kept.length - 1 && !/[.!?…)"”»]$/.test(p) ? `${p}.` : p)).join(" ");
}

/**
 * Notes of a record and of a claim as one text: sentences, each ended with a full stop. English alone when
 * every part is plain English; otherwise {en, be?, ru?}, with a language only where every part has it (a note
 * is never half translated).
 */
export function joinNotes(...parts: (Note | undefined)[]): Note | undefined {
  const en = joinSentences(parts.map((p) => (p === undefined ? undefined : englishOf(p))));
  if (en === undefined || parts.every((p) => typeof p !== "object")) return en;
  const joined: Text = { en };
  for (const lang of ["be", "ru"] as const) {
    const given = parts.filter((p) => p !== undefined && englishOf(p).trim() !== "");
    if (given.every((p) => typeof p === "object" && p[lang])) {
      joined[lang] = joinSentences(given.map((p) => (p as Text)[lang]));
    }
  }
  return joined;
}

/** "Sources disagree: …" before a record's conflict note, in the languages the note has. */
export function disagreeNote(conflict: Text): Text {
  return {
    en: `Sources disagree: ${conflict.en}`,
    ...(conflict.be && { be: `Крыніцы разыходзяцца: ${conflict.be}` }),
    ...(conflict.ru && { ru: `Источники расходятся: ${conflict.ru}` }),
  };
}

/** The note of an event no source gives a count for. */
export const NO_COUNT_NOTE: Text = {
  en: "No count reported.",
  be: "Колькасць не паведамляецца.",
  ru: "Число не сообщается.",
};

/**
 * Names of the oblasts, for events the map shows at region level (the gazetteer lists towns only). The data layer
 * reads no catalogue, so these repeat `map.oblast.*`; tests/unit/translations.test.ts keeps the two the same.
 */
export const OBLAST_NAMES: Record<Oblast, Text> = {
  "BY-BR": { en: "Brest region", be: "Брэсцкая вобласць", ru: "Брестская область" },
  "BY-HO": { en: "Homiel region", be: "Гомельская вобласць", ru: "Гомельская область" },
  "BY-HR": { en: "Hrodna region", be: "Гродзенская вобласць", ru: "Гродненская область" },
  "BY-MA": { en: "Mahiliou region", be: "Магілёўская вобласць", ru: "Могилёвская область" },
  "BY-MI": { en: "Minsk region", be: "Мінская вобласць", ru: "Минская область" },
  "BY-VI": { en: "Vitsebsk region", be: "Віцебская вобласць", ru: "Витебская область" },
  "BY-HM": { en: "Minsk city", be: "Мінск (горад)", ru: "Минск (город)" },
};

const BELARUS: Text = { en: "Belarus", be: "Беларусь", ru: "Беларусь" };

/** Where an event is shown: its towns, its oblast or the whole country (whatever the map is allowed to show). */
export function tidyPlaces(
  scope: "places" | "region" | "national",
  places: readonly Pick<Place, "id" | "names">[],
  region?: Oblast,
): { ids: string[]; names: Text[] } {
  if (scope === "national") return { ids: ["BY"], names: [BELARUS] };
  if (scope === "region" && region) return { ids: [region], names: [OBLAST_NAMES[region]] };
  return { ids: places.map((p) => p.id), names: places.map((p) => p.names) };
}
