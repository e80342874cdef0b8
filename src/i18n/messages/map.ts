/** Messages of the map view. */
export const map = {
  en: {},
  be: {},
  ru: {},
} as const;
