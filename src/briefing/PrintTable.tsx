/** The data table of a view, for paper: every row with its sources, header repeated on each page. */
import { DataTable } from "../widgets/DataTable";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { usePrinting } from "./usePrinting";

export function PrintTable({ def, ctx }: { def: WidgetDef; ctx: WidgetContext }) {
  const table = def.table(ctx);
  if (table.rows.length === 0) return null;
  return <DataTable def={def} ctx={ctx} columns={table.columns} rows={table.rows} className="data-table print-table" />;
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
