/** Messages of the people feature. */
export const people = {
  en: {},
  be: {},
  ru: {},
} as const;
