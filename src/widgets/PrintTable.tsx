/** The data table of a view, for paper: its rows with their sources, header repeated on each page. */
import { LimitedTable } from "../widgets/DataTable";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { usePrinting } from "../components/usePrinting";

/** As on screen, a table longer than TABLE_ROWS prints that many and says the CSV has every row. */
export function PrintTable({ def, ctx }: { def: WidgetDef; ctx: WidgetContext }) {
  return <LimitedTable def={def} ctx={ctx} className="data-table print-table" skipEmpty />;
}

/** In a dashboard widget: nothing on screen; when printing, the table beside the chart. */
export function PrintOnlyTable({ def, ctx }: { def: WidgetDef; ctx: WidgetContext }) {
  const printing = usePrinting();
  if (!printing) return null;
  return (
    <div className="print-only">
      <PrintTable def={def} ctx={ctx} />
    </div>
  );
}
