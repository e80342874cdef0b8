/** The map's words: town names, region and group captions and neighbouring countries (the live map, its still
 * picture in the page, and the standalone picture in src/export/picture/map.ts). */
import type { MessageKey, Translate } from "../i18n";
import type { Lang } from "../i18n/format";
import { NEIGHBOUR_LABELS } from "./basemap";
import { countShort, placesText } from "./eventText";
import type { TextLabel } from "./labelLayout";
import type { MapSymbol, TownLabel } from "./symbols";

/** Town names, region and group captions, and neighbouring countries, in the reader's language. */
export function mapLabels(
  symbols: readonly MapSymbol[],
  towns: readonly TownLabel[],
  matches: ReadonlySet<string>,
  lang: Lang,
  t: Translate,
  captions: boolean,
): TextLabel[] {
  const out: TextLabel[] = NEIGHBOUR_LABELS.map(({ iso, at }) => ({
    key: `country-${iso}`,
    at,
    text: t(`map.country.${iso}` as MessageKey),
    placement: "center",
    gap: 0,
    className: "country",
  }));
  for (const { place, dx, left, dy } of towns) {
    out.push({
      key: `town-${place.id}`,
      at: place,
      text: place.names[lang],
      placement: "right",
      gap: dx,
      gapLeft: left,
      gapY: dy,
      className: `town${matches.has(place.id) ? " is-match" : ""}`,
    });
  }
  // A region is named once, under its first symbol: two events of one region would stack the same words.
  const named = new Set<string>();
  for (const s of captions ? symbols : []) {
    // A region is named under its symbol; a group's towns carry their own labels, so it shows its figure.
    if (s.kind === "region") {
      const region = s.view.event.region ?? s.id;
      if (named.has(region)) continue;
      named.add(region);
      const text = placesText(s.view, lang, t).replace(" (", "\n(");
      out.push({ key: `sym-${s.id}`, at: s.anchor, text, placement: "below", gap: s.r + 8, className: "caption" });
    } else if (s.kind === "group") {
      const text = countShort(s.view, lang);
      out.push({ key: `sym-${s.id}`, at: s.anchor, text, placement: "left", gap: s.r + 6, className: "caption" });
    }
  }
  return out;
}
