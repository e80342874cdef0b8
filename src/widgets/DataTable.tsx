/** A view's data table: its columns, then the sources of each row. On screen (WidgetFrame) and on paper (PrintTable). */
import { SourceLinks } from "../components/SourceLinks";
import type { TableRow, WidgetContext, WidgetDef } from "./types";

interface DataTableProps {
  def: WidgetDef;
  ctx: WidgetContext;
  columns: readonly string[];
  rows: readonly TableRow[];
  className?: string;
}

export function DataTable({ def, ctx, columns, rows, className = "data-table" }: DataTableProps) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{def.summary(ctx)}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c} scope="col">
              {c}
            </th>
          ))}
          <th scope="col">{ctx.t("frame.sources")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
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
