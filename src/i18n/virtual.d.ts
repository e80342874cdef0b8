/** The per-language message modules made by splitPlugin.ts. */
declare module "virtual:i18n/*" {
  const messages: Record<string, string>;
  export default messages;
}
