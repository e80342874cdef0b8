/** Words for the changes panel: what a changed record is, what a figure is, what a field is. */
import "virtual:i18n/en/changes";
import type { RecordChange } from "../data/diff";
import type { ReleaseData } from "../data/schema";
import { localText, pickText, type MessageKey, type Translate } from "../i18n";
import { MESSAGES } from "../i18n";
import { formatDate, formatDateRange, type Lang } from "../i18n/format";

const known = (key: string): key is MessageKey => key in MESSAGES.en;

function personName(id: string, releases: readonly ReleaseData[], lang: Lang): string {
  for (const r of releases) {
    const p = r.people.find((x) => x.id === id);
    if (p) return pickText(p.name, lang).text;
  }
  return id;
}

/**
 * A detention event a release leaves out is named by its dates only, without its words or figures, and a source
 * it leaves out by its publisher and date, without its title: events leave a release mostly because the safety
 * policy does not let them be shown (a small count that points at a town), the title of the page that reported
 * one names the same town, and the panel of the newest release must not show either again. The changelog says why.
 */
export const withheld = (change: RecordChange): boolean =>
  change.status === "removed" && (change.kind === "detentions" || change.kind === "sources");

/**
 * A short human name for a changed record. `releases` are the two releases compared (newer first),
 * used to look up people and series titles.
 */
export function recordLabel(change: RecordChange, releases: readonly ReleaseData[], lang: Lang, t: Translate): string {
  const text = (x: { en: string; be?: string; ru?: string }) => localText(x, lang);
  switch (change.kind) {
    case "pardons": {
      const r = (change.after ?? change.before)!;
      return t(`changes.pardon.${r.kind}`, { date: formatDate(r.date, lang) });
    }
    case "observations": {
      const r = (change.after ?? change.before)!;
      const series = releases.flatMap((x) => x.series).find((s) => s.id === r.series);
      return `${series ? text(series.title) : r.series}, ${formatDateRange(r.start ?? r.date, r.date, lang)}`;
    }
    case "detentions": {
      const r = (change.after ?? change.before)!;
      if (withheld(change)) return t("changes.detentionsRemoved", { dates: formatDateRange(r.start, r.end, lang) });
      return `${formatDateRange(r.start, r.end, lang)}: ${text(r.context)}`;
    }
    case "deaths":
      return t("changes.death", { name: personName((change.after ?? change.before)!.person, releases, lang) });
    case "incommunicado":
      return t("changes.incommunicado", { name: personName((change.after ?? change.before)!.person, releases, lang) });
    case "people":
      return text((change.after ?? change.before)!.name);
    case "events": {
      const r = (change.after ?? change.before)!;
      return `${formatDate(r.date, lang)}: ${text(r.title)}`;
    }
    case "series":
      return text((change.after ?? change.before)!.title);
    case "places":
      return (change.after ?? change.before)!.names[lang];
    case "sources": {
      const r = (change.after ?? change.before)!;
      if (withheld(change))
        return r.date
          ? t("changes.sourceRemoved", { publisher: r.publisher, date: formatDate(r.date, lang) })
          : r.publisher;
      return r.title.startsWith(r.publisher) ? r.title : `${r.publisher}: ${r.title}`;
    }
  }
}

/** "People", "Running total", "Of them: women"; an unknown figure keeps its field name. */
export function figureLabel(figure: string, t: Translate): string {
  const [head, group] = figure.split(".");
  if (head === "breakdown" && group) {
    const groupKey = `changes.group.${group}`;
    return t("changes.figure.breakdown", { group: known(groupKey) ? t(groupKey) : group });
  }
  const key = `changes.figure.${figure}`;
  return known(key) ? t(key) : figure;
}

export function fieldLabel(field: string, t: Translate): string {
  const key = `changes.field.${field}`;
  return known(key) ? t(key) : field;
}
