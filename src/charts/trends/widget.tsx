// PLACEHOLDER — replaced by the view's implementation.
import type { WidgetDef } from "../../widgets/types";

export const prisonersTrend: WidgetDef = {
  id: "prisoners-trend",
  title: () => "Political prisoners",
  summary: () => "",
  table: () => ({ columns: [], rows: [] }),
  sources: () => [],
  hasQualifiers: () => false,
  Component: () => null,
};
export const treasonTrend: WidgetDef = { ...prisonersTrend, id: "treason-trend", title: () => "Treason convictions" };
