/** Messages of the pardons view. */
export const pardons = {
  en: {},
  be: {},
  ru: {},
} as const;
