/** Messages of the trends view. */
export const trends = {
  en: {},
  be: {},
  ru: {},
} as const;
