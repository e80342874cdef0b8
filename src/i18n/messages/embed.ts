/** Messages of the embed feature. */
export const embed = {
  en: {},
  be: {},
  ru: {},
} as const;
