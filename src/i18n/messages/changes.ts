/** Messages of the changes feature. */
export const changes = {
  en: {},
  be: {},
  ru: {},
} as const;
