/** A view's data table: its columns, then the sources of each row. On screen (WidgetFrame) and on paper (PrintTable). */
import type { ReactNode } from "react";
import { SourceLinks } from "../components/SourceLinks";
import { formatNumber } from "../i18n/format";
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

/**
 * Rows of a data table put on a page or on paper. A 10⁵-row table would stall the page for seconds (and
 * print on two thousand sheets); a longer one shows this many (the widget picks which: the first, or the
 * newest of a time series) and says how many there are and that the CSV download has them all (it asks
 * the widget without a limit).
 */
export const TABLE_ROWS = 500;

interface LimitedTableProps {
  def: WidgetDef;
  ctx: WidgetContext;
  className?: string;
  /** Wraps the table (the screen's scrolling region); the note on a cut table stays outside it. */
  wrap?: (table: ReactNode) => ReactNode;
  /** Nothing at all for a view without rows (paper), instead of the column headings (screen). */
  skipEmpty?: boolean;
}

/** The widget's table, cut to TABLE_ROWS with a note saying so. */
export function LimitedTable({ def, ctx, className, wrap = (table) => table, skipEmpty = false }: LimitedTableProps) {
  const { t, lang } = ctx;
  const table = def.table(ctx, TABLE_ROWS);
  if (skipEmpty && table.rows.length === 0) return null;
  const part = table.part ?? "first";
  const rows =
    table.rows.length <= TABLE_ROWS
      ? table.rows
      : part === "newest"
        ? table.rows.slice(-TABLE_ROWS)
        : table.rows.slice(0, TABLE_ROWS);
  const total = Math.max(table.total ?? 0, table.rows.length);
  return (
    <>
      {rows.length < total && (
        <p className="table-note">
          {t(part === "newest" ? "frame.tableNewest" : "frame.tableFirst", {
            shown: formatNumber(rows.length, lang),
            total: formatNumber(total, lang),
          })}
        </p>
      )}
      {wrap(<DataTable def={def} ctx={ctx} columns={table.columns} rows={rows} className={className} />)}
    </>
  );
}
