/** The registry: every widget the dashboard, embeds, briefing and exports can show. */
import { pardonTimeline } from "../charts/pardons/widget";
import { detentionMap } from "../map/widget";
import { prisonersTrend, treasonTrend } from "../charts/trends/widget";
import { keyFiguresWidget } from "../widgets/keyFiguresWidget";
import { deathsInCustody, incommunicado, namedPeople } from "../people/widgets";
import type { WidgetDef } from "../widgets/types";

export const WIDGETS: readonly WidgetDef[] = [
  pardonTimeline,
  prisonersTrend,
  treasonTrend,
  detentionMap,
  deathsInCustody,
  incommunicado,
  namedPeople,
];

/** What embeds and briefing slides can show: the dashboard widgets plus the key-figures card (which the
 * dashboard renders on its own, above the widgets). The embed entry loads these lazily via src/embed/lazyWidgets.ts. */
export const EMBED_WIDGETS: readonly WidgetDef[] = [...WIDGETS, keyFiguresWidget];
