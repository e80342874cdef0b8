/**
 * Search text, the same in every language: what a query and a record's words are compared as. Readers type
 * names the way they know them ("Гродно" on a Belarusian page, "Mogilev" for Mahiliou, "Zabinka" for Żabinka),
 * so case, diacritics, the letters Belarusian and Russian spell differently (і/и, ў/у, ё/е, э/е) and
 * apostrophes do not count.
 */

/** Lower case, no diacritics, і→и, ў→у, ё→е, э→е, ł→l, no apostrophes, punctuation as spaces: "Магілёў" → "магилеу". */
export function normalizeSearch(s: string): string {
  return (
    s
      .normalize("NFD")
      // Marks go: š→s, ž→z, ė→e, ń→n, ŭ→u, and in Cyrillic ў→у, ё→е, й→и (close enough for a search).
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/ł/g, "l")
      .replace(/і/g, "и")
      .replace(/э/g, "е")
      .replace(/[’'`ʼʻ‘]/g, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim()
  );
}

/** Whether a name (normalised) answers the query (normalised): it starts with it, or holds it once the query
 * has three letters ("Mahil", "hilio"). */
export function nameMatches(name: string, q: string): boolean {
  return !!q && (name.startsWith(q) || (q.length >= 3 && name.includes(q)));
}

/** The distinct words of a text (normalised), for keyword search. */
export function searchWords(text: string): string[] {
  return [...new Set(normalizeSearch(text).split(" ").filter(Boolean))];
}

/**
 * Whether every word of the query (normalised) starts a word of the text: "задерж завод" finds "задержаны
 * рабочие завода". Queries shorter than three letters find no keyword (one letter starts half the words).
 */
export function wordsMatch(words: readonly string[], q: string): boolean {
  if (q.length < 3) return false;
  return q.split(" ").every((w) => words.some((word) => word.startsWith(w)));
}

/** Every language of a record's text (plain strings, or {en, be?, ru?} objects). */
export function allTexts(text: string | { en: string; be?: string; ru?: string } | undefined): string[] {
  if (!text) return [];
  if (typeof text === "string") return [text];
  return [text.en, text.be, text.ru].filter((s): s is string => !!s);
}
