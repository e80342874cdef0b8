/** A full stop that ends an abbreviation, not a sentence: "2021 г.", "арт. 356", "ст. 356", "No. 7". */
const ABBREVIATION = /(?:^|[\s(])(?:г|гг|арт|ст|No)\.$/u;

/** The first sentence of a summary: a widget's headline when it has no shorter figure line of its own. */
export function firstSentence(text: string): string {
  for (const m of text.matchAll(/[.!?](?=\s|$)/gu)) {
    const end = m.index + 1;
    if (!ABBREVIATION.test(text.slice(0, end))) return text.slice(0, end);
  }
  return text;
}
