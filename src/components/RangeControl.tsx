import "virtual:i18n/en/trends";
import { useId, useRef, useState } from "react";
import { usePrinting } from "../briefing/usePrinting";
import { useT } from "../i18n";
import { formatDate } from "../i18n/format";
import { isCalendarDay } from "../state/range";
import { selectRelease, useStore, type DateRange } from "../state/store";
import "./RangeControl.css";

const FIRST_DAY = "2020-01-01";

/**
 * The keyboard and touch alternative to dragging across a chart: two date inputs that update the
 * page-wide time range as soon as both hold a valid date, and a reset button. The store (and so the
 * URL) is the single source of truth; a range set elsewhere (a drag, the back button) shows here.
 */
export function RangeControl() {
  const t = useT();
  const id = useId();
  const lang = useStore((s) => s.lang);
  const range = useStore((s) => s.range);
  const setView = useStore((s) => s.setView);
  const asOf = useStore((s) => selectRelease(s)?.entry.asOf);
  const printing = usePrinting();
  const [draft, setDraft] = useState({ start: range?.start ?? "", end: range?.end ?? "" });
  const [synced, setSynced] = useState<DateRange>(range);
  // A range changed elsewhere replaces what is typed here (derived during render, not in an effect).
  if (synced !== range) {
    setSynced(range);
    setDraft({ start: range?.start ?? "", end: range?.end ?? "" });
  }
  const invalid = isCalendarDay(draft.start) && isCalendarDay(draft.end) && draft.start > draft.end;
  const fromField = useRef<HTMLInputElement>(null);
  const toField = useRef<HTMLInputElement>(null);
  // Both dates as the fields hold them now. Not `draft`: the other field may have changed since the last
  // render (autofill or a script setting both at once; the built site's runtime batches renders), and the
  // draft from that render would undo it.
  const typed = () => ({
    start: fromField.current?.value ?? draft.start,
    end: toField.current?.value ?? draft.end,
  });

  const update = (next: { start: string; end: string }) => {
    setDraft(next);
    // The same rule as a link's from/to (src/state/range.ts): only real calendar days make a range.
    if (isCalendarDay(next.start) && isCalendarDay(next.end) && next.start <= next.end) {
      if (next.start !== range?.start || next.end !== range?.end) setView({ range: next });
    } else if (!next.start && !next.end && range) setView({ range: null });
  };

  return (
    <section className="range-control" aria-labelledby={`${id}-legend`}>
      <h2 id={`${id}-legend`} className="range-title">
        {t("range.legend")}
      </h2>
      <div className="range-fields">
        <label>
          {t("range.from")}
          <input
            ref={fromField}
            type="date"
            value={draft.start}
            min={FIRST_DAY}
            max={asOf}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-status`}
            onChange={() => update(typed())}
          />
        </label>
        <label>
          {t("range.to")}
          <input
            ref={toField}
            type="date"
            value={draft.end}
            min={FIRST_DAY}
            max={asOf}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-status`}
            onChange={() => update(typed())}
          />
        </label>
        <button
          type="button"
          onClick={() => {
            setDraft({ start: "", end: "" });
            setView({ range: null });
          }}
          disabled={!range && !draft.start && !draft.end}
        >
          {t("range.reset")}
        </button>
      </div>
      {/* On paper: what is shown, without the screen's "drag or type" instructions (print.css hides the rest). */}
      {printing && (
        <p className="print-only range-print">
          {range
            ? t("range.active", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
            : t("range.printAll")}
        </p>
      )}
      <p className="range-status" id={`${id}-status`} aria-live="polite">
        {invalid
          ? t("range.invalid")
          : range
            ? t("range.active", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
            : t("range.all")}
      </p>
    </section>
  );
}
