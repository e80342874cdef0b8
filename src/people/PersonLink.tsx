import type { Person } from "../data/schema";
import type { Lang } from "../i18n/format";
import type { ViewState } from "../state/store";
import { personSelection } from "./model";
import { nameOf } from "./text";

interface PersonLinkProps {
  person: Person;
  lang: Lang;
  setView: (patch: Partial<ViewState>) => void;
}

/** A person's name that opens their card (selection "person:<id>", so the open card is a shareable link). */
export function PersonLink({ person, lang, setView }: PersonLinkProps) {
  const name = nameOf(person, lang);
  return (
    <button
      type="button"
      className="person-link"
      aria-haspopup="dialog"
      lang={name.fallback ? "en" : undefined}
      onClick={() => setView({ selection: personSelection(person.id) })}
    >
      {name.text}
    </button>
  );
}
