/**
 * The regions (oblasts, and Minsk city) by every spelling readers search with: their names in English,
 * Belarusian and Russian, transliterations and common variants ("Grodno region", "Гродненская область",
 * "Hrodna voblast"). Search terms, not words shown to readers: those are `map.oblast.*` in the catalogues.
 * `centre` is the place the region is named after (its spellings come from the release's gazetteer).
 */
import type { Oblast } from "../data/schema";

export interface RegionTerms {
  centre: string;
  names: readonly string[];
}

/** "X region", "X oblast", "X voblast" for each English spelling of the centre. */
const en = (...stems: string[]) => stems.flatMap((s) => [`${s} region`, `${s} oblast`, `${s} voblast`]);

export const REGION_TERMS: Record<Oblast, RegionTerms> = {
  "BY-BR": {
    centre: "brest",
    names: [
      ...en("Brest"),
      "Brestskaya oblast",
      "Bresckaja voblasć",
      "Брэсцкая вобласць",
      "Брестская область",
      "Брестчина",
      "Берасцейшчына",
    ],
  },
  "BY-HO": {
    centre: "homiel",
    names: [
      ...en("Homiel", "Homel", "Homyel", "Gomel"),
      "Gomelskaya oblast",
      "Homieĺskaja voblasć",
      "Гомельская вобласць",
      "Гомельская область",
      "Гомельщина",
      "Гомельшчына",
    ],
  },
  "BY-HR": {
    centre: "hrodna",
    names: [
      ...en("Hrodna", "Grodno"),
      "Grodnenskaya oblast",
      "Hrodzienskaja voblasć",
      "Гродзенская вобласць",
      "Гродненская область",
      "Гродненщина",
      "Гродзеншчына",
    ],
  },
  "BY-MA": {
    centre: "mahiliou",
    names: [
      ...en("Mahiliou", "Mahilyow", "Mahilyou", "Mahileu", "Mogilev", "Mogilyov"),
      "Mogilevskaya oblast",
      "Mahilioŭskaja voblasć",
      "Магілёўская вобласць",
      "Могилёвская область",
      "Могилёвщина",
      "Магілёўшчына",
    ],
  },
  "BY-MI": {
    centre: "minsk",
    names: [
      ...en("Minsk"),
      "Minskaya oblast",
      "Minskaja voblasć",
      "Мінская вобласць",
      "Минская область",
      "Минщина",
      "Міншчына",
    ],
  },
  "BY-VI": {
    centre: "vitsebsk",
    names: [
      ...en("Vitsebsk", "Viciebsk", "Vitebsk", "Vitsyebsk"),
      "Vitebskaya oblast",
      "Viciebskaja voblasć",
      "Віцебская вобласць",
      "Витебская область",
      "Витебщина",
      "Віцебшчына",
    ],
  },
  "BY-HM": {
    centre: "minsk",
    names: [
      "Minsk city",
      "City of Minsk",
      "Minsk (city)",
      "Мінск (горад)",
      "горад Мінск",
      "Минск (город)",
      "город Минск",
    ],
  },
};
