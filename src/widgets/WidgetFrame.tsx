import { memo, useId, useState, type ReactNode } from "react";
import { usePrinting } from "../components/usePrinting";
import { PrintOnlyTable } from "./PrintTable";
import { SourceLinks } from "../components/SourceLinks";
import { formatDate, formatNumber, pluralCategory } from "../i18n/format";
import { useStore } from "../state/store";
import { useEmbedLook, type EmbedLook } from "./embedLook";
import { SummaryIdContext } from "./summaryId";
import { LimitedTable } from "./DataTable";
import type { WidgetContext, WidgetDef } from "./types";

interface WidgetFrameProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** The page's own buttons (the dashboard's Share and "Add to my briefing"; an embed has none, and does not
   * download their code). */
  actions?: ReactNode;
}

/**
 * Title, as-of line, generated summary, chart or table, qualifier legend and source line. An embed's options
 * (embedLook.ts) trim it: `plain` keeps the title and summary for screen readers only and moves the as-of
 * date into the source line; `compact` drops the table button; both fold a long source list into one link.
 */
export function WidgetFrame({ def, ctx, actions }: WidgetFrameProps) {
  const { t, release, lang } = ctx;
  const id = useId();
  const look = useEmbedLook();
  const plain = look?.plain ?? false;
  const tableButton = !plain && !look?.compact;
  const showTable = useStore((s) => tableButton && s.tables.includes(def.id));
  const toggleTable = useStore((s) => s.toggleTable);
  const summary = def.summary(ctx);
  const sources = def.sources(ctx);
  const asOf = t("app.asOf", { date: formatDate(release.entry.asOf, lang) });
  return (
    <section className="widget" id={def.id} aria-labelledby={`${id}-title`} data-widget={def.id}>
      {/* Plain: the host article has its own headline; the title and summary still name and describe the chart. */}
      <header className={plain ? "widget-head visually-hidden" : "widget-head"}>
        <h2 id={`${id}-title`}>{def.title(t)}</h2>
        {!plain && (
          <p className="as-of">
            {asOf} · {t("app.releaseLine", { id: release.entry.id })}
          </p>
        )}
        <p className="summary" id={`${id}-summary`} aria-live="polite">
          {summary}
        </p>
        {tableButton && (
          <button type="button" className="table-toggle" aria-pressed={showTable} onClick={() => toggleTable(def.id)}>
            {showTable ? t("frame.showChart") : t("frame.showTable")}
          </button>
        )}
        {!plain && actions}
      </header>
      <SummaryIdContext.Provider value={`${id}-summary`}>
        {showTable ? <WidgetTableView def={def} ctx={ctx} /> : <def.Component ctx={ctx} />}
      </SummaryIdContext.Provider>
      {!showTable && <PrintOnlyTable def={def} ctx={ctx} />}
      <footer className="widget-foot">
        {def.hasQualifiers(ctx) && <p className="qualifier-legend">{t("qualifier.legend")}</p>}
        {/* A range with nothing in it cites nothing: no bare "Source:" label. */}
        {look ? (
          <EmbedSourceLine ctx={ctx} ids={sources} look={look} asOf={asOf} />
        ) : (
          sources.length > 0 && <SourceLine ctx={ctx} ids={sources} />
        )}
      </footer>
    </section>
  );
}

/** Sources shown inline before the rest fold into "and N more sources" (a chart can cite 60). */
const INLINE_SOURCES = 6;

/**
 * The frame's source line: the first few inline, the rest behind a native disclosure, every link reachable.
 * Memoised by what it reads: `def.sources(ctx)` is a new array on every render, and ctx a new object on
 * every range change, though the cited sources seldom change with it.
 */
const SourceLine = memo(SourceLineImpl, (a, b) => {
  if (a.ctx.release !== b.ctx.release || a.ctx.lang !== b.ctx.lang || a.ctx.t !== b.ctx.t) return false;
  return a.ids === b.ids || (a.ids.length === b.ids.length && a.ids.every((id, i) => id === b.ids[i]));
});

function SourceLineImpl({ ctx, ids }: { ctx: WidgetContext; ids: readonly string[] }) {
  const { release, lang, t } = ctx;
  const unique = [...new Set(ids)];
  const rest = unique.slice(INLINE_SOURCES);
  if (rest.length === 0) {
    return (
      <p className="source-line">
        <SourceLinks release={release} ids={unique} />
      </p>
    );
  }
  return (
    <div className="source-line">
      <p>
        <SourceLinks release={release} ids={unique.slice(0, INLINE_SOURCES)} />
      </p>
      <FoldedSources
        summary={t(`frame.moreSources.${pluralCategory(rest.length, lang)}`, { n: formatNumber(rest.length, lang) })}
      >
        {() => <SourceLinks release={release} ids={rest} label={false} />}
      </FoldedSources>
    </div>
  );
}

/**
 * The folded rest of a long source line ("and 60 more sources"). Its links are in the page only once opened, or
 * printed (unfolded, print.css): the dashboard's markup in index.html, and the page hydrated from it, carry about
 * 100 kB and 1,500 elements fewer (decision 010).
 */
function FoldedSources({ summary, children }: { summary: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  const printing = usePrinting();
  return (
    <details className="sources-more" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {(open || printing) && <p>{children()}</p>}
    </details>
  );
}

/**
 * An embed's source line with options: the sources inline when they are few, else one link to the dashboard
 * that lists them all (nothing to expand). Plain adds the as-of date and the link back, its only credit line.
 */
function EmbedSourceLine({
  ctx,
  ids,
  look,
  asOf,
}: {
  ctx: WidgetContext;
  ids: readonly string[];
  look: EmbedLook;
  asOf: string;
}) {
  const { release, lang, t } = ctx;
  const unique = [...new Set(ids)];
  const sources =
    unique.length === 0 ? null : unique.length <= INLINE_SOURCES ? (
      <SourceLinks release={release} ids={unique} />
    ) : (
      <a href={look.dashboardHref} target="_blank" rel="noopener">
        {t("embed.sourcesCount", { n: formatNumber(unique.length, lang) })}
      </a>
    );
  if (!look.plain) return sources && <p className="source-line">{sources}</p>;
  return (
    <p className="source-line embed-plain-line">
      {sources}
      {sources && " · "}
      {asOf} ·{" "}
      <a href={look.dashboardHref} target="_blank" rel="noopener">
        {t("embed.plainCredit")}
      </a>
    </p>
  );
}

function WidgetTableView({ def, ctx }: WidgetFrameProps) {
  return (
    <LimitedTable
      def={def}
      ctx={ctx}
      wrap={(table) => (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={def.title(ctx.t)}>
          {table}
        </div>
      )}
    />
  );
}
