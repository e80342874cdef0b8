/**
 * Safety rules for where a detention may be shown. A small count at one town can identify the
 * people detained, so such an event carries `display: "oblast"` (or "national"), the finest level at
 * which the app may show it; public/data/policy.json sets what "small" means and `data:check`
 * refuses a town-level count below it in the newest release (the one readers see by default) and in drafts. Views that place events (the map, lists) call
 * displayPlaces() instead of reading `event.places` directly.
 */
import * as z from "zod/mini";
import type { Claim, DetentionEvent, Oblast, Place, Text } from "./schema";

export const Policy = z.strictObject({
  /** A count at a town below this must be shown at oblast or national level only, and its words must
   * not name the town. */
  minCountForTownLevel: z.int().check(z.nonnegative()),
});
export type Policy = z.infer<typeof Policy>;

export const DISPLAY_LEVELS = ["place", "oblast", "national"] as const;
export type DisplayLevel = (typeof DISPLAY_LEVELS)[number];

const SCOPE_LEVEL: Record<DetentionEvent["scope"], DisplayLevel> = {
  places: "place",
  region: "oblast",
  national: "national",
};

/** The finest level at which an event may be shown: its scope, made coarser by `display`. */
export function displayLevel(event: Pick<DetentionEvent, "scope" | "display">): DisplayLevel {
  const scope = DISPLAY_LEVELS.indexOf(SCOPE_LEVEL[event.scope]);
  const allowed = DISPLAY_LEVELS.indexOf(event.display ?? "place");
  return DISPLAY_LEVELS[Math.max(scope, allowed)]!;
}

export interface DisplayPlaces {
  level: DisplayLevel;
  /** The places to mark; empty unless level is "place". */
  places: Place[];
  /** The oblasts the event may be shown in: its places' oblasts, or its region; empty at national level. */
  oblasts: Oblast[];
}

/**
 * Where the app may show an event. At "place" level: its places (one figure for all of them,
 * never split); at "oblast" level: only the oblasts, no town; at "national" level: nowhere on the map.
 */
export function displayPlaces(
  event: Pick<DetentionEvent, "scope" | "display" | "places" | "region">,
  places: readonly Place[],
): DisplayPlaces {
  const level = displayLevel(event);
  const own = event.places.map((id) => places.find((p) => p.id === id)).filter((p): p is Place => p !== undefined);
  const oblasts = [...new Set(event.region ? [event.region] : own.flatMap((p) => (p.oblast ? [p.oblast] : [])))];
  if (level === "place") return { level, places: own, oblasts };
  if (level === "oblast" && oblasts.length > 0) return { level, places: [], oblasts };
  return { level: "national", places: [], oblasts: [] };
}

function isSmall(c: Pick<Claim, "value" | "qualifier">, min: number): boolean {
  return c.value < min || (c.qualifier === "fewer_than" && c.value <= min);
}

export interface SmallCountFinding {
  /** Index of the event in detentions.json. */
  index: number;
  id: string;
  message: string;
}

/** A name's stem, so inflected forms match too (Belarusian and Russian decline town names: "у Навагрудку",
 * "в Сморгони"): the name without its last two letters, never shorter than five. */
const stem = (name: string) => name.toLowerCase().slice(0, Math.max(5, name.length - 2));

/** The first of the event's places that its context (or conflict note), in any language, names. */
function namedPlace(event: Pick<DetentionEvent, "places" | "context" | "conflict">, places: readonly Place[]) {
  const words = [event.context, event.conflict]
    .flatMap((t: Text | undefined) => (t ? [t.en, t.be, t.ru] : []))
    .filter((w): w is string => w !== undefined)
    .map((w) => w.toLowerCase());
  for (const id of event.places) {
    const place = places.find((p) => p.id === id);
    const names = place ? [place.names.en, place.names.be, place.names.ru, ...place.alt] : [id];
    if (names.some((n) => n.length >= 3 && words.some((w) => w.includes(stem(n))))) return place?.names.en ?? id;
  }
  return undefined;
}

/**
 * Events whose count is below the policy threshold and that readers would see at a town: shown at
 * place level, or shown coarser while their context names the town (a map at oblast level protects
 * no one when the text beside the figure says "the Navahrudak plant").
 */
export function smallTownCounts(
  detentions: readonly DetentionEvent[],
  places: readonly Place[],
  policy: Policy,
): SmallCountFinding[] {
  const min = policy.minCountForTownLevel;
  return detentions.flatMap((event, index) => {
    const small = event.count.find((c) => isSmall(c, min));
    if (!small) return [];
    const why = `a count of ${small.value} at ${event.places.map((id) => places.find((p) => p.id === id)?.names.en ?? id).join(", ")} is below ${min} (public/data/policy.json): a number this small at one town can identify the people detained`;
    if (displayLevel(event) === "place") {
      const fix = "set display to oblast (or national) so the app shows it only at that level";
      return [{ index, id: event.id, message: `${why}; ${fix}` }];
    }
    const named = namedPlace(event, places);
    if (!named) return [];
    const fix = `its context names ${named}, so it still points at the town when shown at ${displayLevel(event)} level; reword the context so it names no town (nor a workplace there), or leave the event out of the release (keep it as research only)`;
    return [{ index, id: event.id, message: `${why}, and ${fix}` }];
  });
}
