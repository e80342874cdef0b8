import type { ElementType } from "react";
import { pickText, translator, type DataText } from "../i18n";
import type { Lang } from "../i18n/format";

interface LocalTextProps {
  /** A record's text (en with optional be/ru), or a plain string the data holds in English only (claim notes). */
  text: DataText;
  lang: Lang;
  /** The element to render (default span). */
  as?: ElementType;
  className?: string;
  /** Put the text in brackets, as a note after a figure: "52 (Political prisoners only.) (in English)". */
  parens?: boolean;
}

/**
 * A record's text in the reader's language. Where the record has only English, the text is marked
 * lang="en" (screen readers switch voice) and followed by a visible "(in English)" in the reader's language.
 */
export function LocalText({ text, lang, as: Tag = "span", className, parens = false }: LocalTextProps) {
  const picked = pickText(text, lang);
  const body = parens ? `(${picked.text})` : picked.text;
  if (!picked.fallback) return <Tag className={className}>{body}</Tag>;
  return (
    <Tag className={className}>
      <span lang="en">{body}</span> <span className="in-english">{translator(lang)("text.inEnglish")}</span>
    </Tag>
  );
}
