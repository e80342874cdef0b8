/** The registry: every widget the dashboard, embeds, briefing and exports can show. */
import { pardonTimeline } from "../charts/pardons/widget";
import { detentionMap } from "../map/widget";
import { prisonersTrend, treasonTrend } from "../charts/trends/widget";
import type { WidgetDef } from "./types";

export const WIDGETS: readonly WidgetDef[] = [pardonTimeline, prisonersTrend, treasonTrend, detentionMap];

export function widgetById(id: string): WidgetDef | undefined {
  return WIDGETS.find((w) => w.id === id);
}
