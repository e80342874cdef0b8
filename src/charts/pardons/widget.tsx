// PLACEHOLDER — replaced by the view's implementation.
import type { WidgetDef } from "../../widgets/types";

export const pardonTimeline: WidgetDef = {
  id: "pardon-timeline",
  title: () => "Pardon stages",
  summary: () => "",
  table: () => ({ columns: [], rows: [] }),
  sources: () => [],
  hasQualifiers: () => false,
  Component: () => null,
};
