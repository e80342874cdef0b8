import "virtual:i18n/en/people";
import { QualifierMark } from "../charts/common/QualifierMark";
import type { WidgetContext } from "../widgets/types";
import { precisionOf } from "../data/dates";
import type { DeathView, SpanView } from "./model";

/** Legend of the deaths strip: only the shapes the view draws. Shapes, not colour, carry the meaning. */
export function DeathsLegend({ ctx, views }: { ctx: WidgetContext; views: readonly DeathView[] }) {
  const { t } = ctx;
  const partial = views.some((v) => precisionOf(v.death.died[0]!.date) !== "day");
  const later = views.some((v) => v.reportedLater.length > 0);
  const uncounted = views.some((v) => v.death.ordinal === undefined);
  return (
    <ul className="people-legend" aria-label={t("people.legend")}>
      <li>
        <Icon>
          <QualifierMark x={10} y={9} r={5} qualifier="exact" color="var(--text)" />
          <text x={10} y={-1} textAnchor="middle" className="legend-num">
            7
          </text>
        </Icon>
        {t("people.deaths.legend.counted")}
      </li>
      {partial && (
        <li>
          <Icon>
            <line className="death-uncertain" x1={10} x2={26} y1={9} y2={9} />
            <QualifierMark x={10} y={9} r={5} qualifier="about" color="var(--text)" />
          </Icon>
          {t("people.deaths.legend.partial")}
        </li>
      )}
      {later && (
        <li>
          <Icon>
            <line className="death-delay" x1={4} x2={24} y1={9} y2={9} />
            <line className="death-reported" x1={24} x2={24} y1={3} y2={15} />
          </Icon>
          {t("people.deaths.legend.reported")}
        </li>
      )}
      {uncounted && (
        <li>
          <Icon>
            <rect className="death-uncounted" x={5} y={4} width={10} height={10} />
          </Icon>
          {t("people.deaths.legend.uncounted")}
        </li>
      )}
    </ul>
  );
}

/** Legend of the incommunicado spans. */
export function SpansLegend({ ctx, spans }: { ctx: WidgetContext; spans: readonly SpanView[] }) {
  const { t } = ctx;
  const has = (f: (s: SpanView) => boolean) => spans.some(f);
  return (
    <ul className="people-legend" aria-label={t("people.legend")}>
      <li>
        <Icon>
          <rect className="inc-span" x={2} y={4} width={24} height={10} />
        </Icon>
        {t("people.inc.legend.span")}
      </li>
      {has((s) => s.uncertainUntil !== null) && (
        <li>
          <Icon>
            <rect className="inc-uncertain" x={2} y={4} width={24} height={10} />
          </Icon>
          {t("people.inc.legend.uncertain")}
        </li>
      )}
      {has((s) => s.open) && (
        <li>
          <Icon>
            <rect className="inc-span" x={2} y={4} width={16} height={10} />
            <path className="inc-open" d="M18,1L27,9L18,17Z" />
          </Icon>
          {t("people.inc.legend.open")}
        </li>
      )}
      {has((s) => s.record.ended?.how === "contact_resumed") && (
        <li>
          <Icon>
            <circle className="inc-end-contact" cx={14} cy={9} r={5} />
          </Icon>
          {t("people.inc.legend.contact")}
        </li>
      )}
      {has((s) => s.record.ended?.how === "released" || s.laterRelease !== null) && (
        <li>
          <Icon>
            <path className="inc-end-released" d="M14,2L21,9L14,16L7,9Z" />
          </Icon>
          {t("people.inc.legend.released")}
        </li>
      )}
    </ul>
  );
}

function Icon({ children }: { children: React.ReactNode }) {
  return (
    <svg width="30" height="18" viewBox="0 -4 30 22" aria-hidden="true" className="legend-icon">
      {children}
    </svg>
  );
}
