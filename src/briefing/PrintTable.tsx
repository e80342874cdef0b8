/** The data table of a view, for paper: every row with its sources, header repeated on each page. */
import { SourceLinks } from "../components/SourceLinks";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { usePrinting } from "./usePrinting";

export function PrintTable({ def, ctx }: { def: WidgetDef; ctx: WidgetContext }) {
  const table = def.table(ctx);
  if (table.rows.length === 0) return null;
  return (
    <table className="data-table print-table">
      <caption className="visually-hidden">{def.summary(ctx)}</caption>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          <th scope="col">{ctx.t("frame.sources")}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell}</td>
            ))}
            <td>
              <SourceLinks release={ctx.release} ids={row.sources} label={false} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
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
