/** The first sentence of a summary: a widget's headline when it has no shorter figure line of its own. */
export function firstSentence(text: string): string {
  const match = /^(.+?[.!?])(\s|$)/u.exec(text);
  return match ? match[1]! : text;
}
