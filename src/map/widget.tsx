// PLACEHOLDER — replaced by the view's implementation.
import type { WidgetDef } from "../widgets/types";

export const detentionMap: WidgetDef = {
  id: "detention-map",
  title: () => "Detentions",
  summary: () => "",
  table: () => ({ columns: [], rows: [] }),
  sources: () => [],
  hasQualifiers: () => false,
  Component: () => null,
};
