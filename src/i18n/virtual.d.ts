/** The per-language message modules made by build/i18nSplitPlugin.ts. */
declare module "virtual:i18n/*" {
  const messages: Record<string, string>;
  export default messages;
}
