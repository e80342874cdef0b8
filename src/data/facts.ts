/**
 * What a widget says about its claims (WidgetDef.claims), for the tidy download: the facts and the two helpers
 * widgets use to state them. Kept apart from the row builder (./tidy.ts), which only the Share dialog and the
 * embed's "Get the data" load, so the dashboard's first load carries no more than this.
 */
import type { Claim, Oblast, Place } from "./schema";

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
  places?: { ids: string[]; names: string[] };
  person?: { id: string; name: string };
  note?: string;
  sources: readonly string[];
}

/** Notes of a record and of a claim as one text: sentences, each ended with a full stop. */
export function joinNotes(...parts: (string | undefined)[]): string | undefined {
  const kept = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  if (kept.length === 0) return undefined;
  return kept.map((p, i) => (i < kept.length - 1 && !/[.!?…)"”»]$/.test(p) ? `${p}.` : p)).join(" ");
}

/** English names of the oblasts, for events the map shows at region level (the gazetteer lists towns only). */
export const OBLAST_NAMES: Record<Oblast, string> = {
  "BY-BR": "Brest region",
  "BY-HO": "Homiel region",
  "BY-HR": "Hrodna region",
  "BY-MA": "Mahiliou region",
  "BY-MI": "Minsk region",
  "BY-VI": "Vitsebsk region",
  "BY-HM": "Minsk city",
};

/** Where an event is shown: its towns, its oblast or the whole country (whatever the map is allowed to show). */
export function tidyPlaces(
  scope: "places" | "region" | "national",
  places: readonly Pick<Place, "id" | "names">[],
  region?: Oblast,
): { ids: string[]; names: string[] } {
  if (scope === "national") return { ids: ["BY"], names: ["Belarus"] };
  if (scope === "region" && region) return { ids: [region], names: [OBLAST_NAMES[region]] };
  return { ids: places.map((p) => p.id), names: places.map((p) => p.names.en) };
}
