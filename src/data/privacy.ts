/**
 * Safety rules for where a detention may be shown. A small count at one town can identify the
 * people detained, so such an event carries `display: "oblast"` (or "national"), the finest level at
 * which the app may show it; public/data/policy.json sets what "small" means and `data:check`
 * refuses a town-level count below it. Views that place events (the map, lists) call
 * displayPlaces() instead of reading `event.places` directly.
 */
import * as z from "zod/mini";
import { IsoDay, type Claim, type DetentionEvent, type Oblast, type Place, type ReleaseEntry } from "./schema";

export const Policy = z.strictObject({
  /** A count at a town below this must be shown at oblast or national level only. */
  minCountForTownLevel: z.int().check(z.nonnegative()),
  /** Releases published before this date are immutable history: data:check reports their small
   * counts as warnings (a correction is a new release), later ones as errors. */
  enforcedForReleasesPublishedFrom: IsoDay,
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

/** Town-level events whose count is below the policy threshold and not marked to show coarser. */
export function smallTownCounts(
  detentions: readonly DetentionEvent[],
  places: readonly Place[],
  policy: Policy,
): SmallCountFinding[] {
  const min = policy.minCountForTownLevel;
  return detentions.flatMap((event, index) => {
    const small = event.count.find((c) => isSmall(c, min));
    if (displayLevel(event) !== "place" || !small) return [];
    const names = event.places.map((id) => places.find((p) => p.id === id)?.names.en ?? id).join(", ");
    return [
      {
        index,
        id: event.id,
        message: `a count of ${small.value} at ${names} is below ${min} (public/data/policy.json): a number this small at one town can identify the people detained; set display to oblast (or national) so the app shows it only at that level`,
      },
    ];
  });
}

/** Whether the policy binds a release: drafts always, published releases from the policy's date. */
export function policyBinds(entry: Pick<ReleaseEntry, "published">, policy: Policy, draft: boolean): boolean {
  return draft || entry.published >= policy.enforcedForReleasesPublishedFrom;
}
