import "virtual:i18n/en/trends";
import { useId, useRef, useState, type KeyboardEvent } from "react";
import { usePrinting } from "./usePrinting";
import { useT } from "../i18n";
import { DATE_INPUT_PATTERN, formatDateInput, parseDateInput } from "../i18n/dateInput";
import { formatDate } from "../i18n/format";
import { addDays, isCalendarDay } from "../data/dates";
import { useStore, type DateRange } from "../state/store";
import "./RangeControl.css";

type Side = "start" | "end";
type FieldError = "format" | "noDay";

const sameRange = (a: DateRange, b: DateRange) => a?.start === b?.start && a?.end === b?.end;

/**
 * The keyboard and touch alternative to dragging across a chart: two date fields and a reset button. The
 * fields are text in the page's language (01.03.2023 in Belarusian and Russian; a browser's own date field
 * would follow the browser's locale instead) and read what is typed forgivingly (src/i18n/dateInput.ts). The
 * page-wide range updates as soon as both hold a whole, real date, once per such change; the arrow keys step
 * a day. The store (and so the URL) is the single source of truth; a range set elsewhere (a drag, the back
 * button) shows here.
 */
export function RangeControl() {
  const t = useT();
  const id = useId();
  const lang = useStore((s) => s.lang);
  const range = useStore((s) => s.range);
  const setView = useStore((s) => s.setView);
  const printing = usePrinting();
  const shown = (r: DateRange) => ({
    start: r ? formatDateInput(r.start, lang) : "",
    end: r ? formatDateInput(r.end, lang) : "",
  });
  const [draft, setDraft] = useState(() => shown(range));
  const [errors, setErrors] = useState<Partial<Record<Side, FieldError>>>({});
  const [synced, setSynced] = useState<DateRange>(range);
  const [syncedLang, setSyncedLang] = useState(lang);
  // The range this control last committed: when the store comes back with it, what the reader typed stays.
  const committed = useRef<DateRange>(range);
  // A range changed elsewhere (or a new language) replaces what is typed here (derived during render, not in
  // an effect).
  if (!sameRange(synced, range) || syncedLang !== lang) {
    setSynced(range);
    setSyncedLang(lang);
    if (!sameRange(range, committed.current) || syncedLang !== lang) {
      committed.current = range;
      setDraft(shown(range));
      setErrors({});
    }
  }
  const fields = { start: useRef<HTMLInputElement>(null), end: useRef<HTMLInputElement>(null) };
  // Both fields as they hold them now. Not `draft`: the other field may have changed since the last render
  // (autofill or a script setting both at once; the built site's runtime batches renders), and the draft from
  // that render would undo it.
  const typed = () => ({
    start: fields.start.current?.value ?? draft.start,
    end: fields.end.current?.value ?? draft.end,
  });
  const parsed = { start: parseDateInput(draft.start), end: parseDateInput(draft.end) };
  const invalid = parsed.start.kind === "date" && parsed.end.kind === "date" && parsed.start.iso > parsed.end.iso;

  const update = (next: { start: string; end: string }) => {
    setDraft(next);
    const start = parseDateInput(next.start);
    const end = parseDateInput(next.end);
    // A field that reads as a date again (or is emptied) loses its error.
    setErrors((e) => ({
      ...(e.start && start.kind !== "date" && start.kind !== "empty" ? { start: e.start } : {}),
      ...(e.end && end.kind !== "date" && end.kind !== "empty" ? { end: e.end } : {}),
    }));
    // The same rule as a link's from/to (src/state/range.ts): only real calendar days, in order, make a range.
    if (start.kind === "date" && end.kind === "date" && isCalendarDay(start.iso) && start.iso <= end.iso) {
      const r = { start: start.iso, end: end.iso };
      if (!sameRange(r, range)) {
        committed.current = r;
        setView({ range: r });
      }
    } else if (start.kind === "empty" && end.kind === "empty" && range) {
      committed.current = null;
      setView({ range: null });
    }
  };

  // Leaving a field (or Enter): a date is written back in the field's pattern; anything else is named as an error.
  const settle = (side: Side) => {
    const text = fields[side].current?.value ?? draft[side];
    const result = parseDateInput(text);
    if (result.kind === "date") {
      const neat = formatDateInput(result.iso, lang);
      if (neat !== text) setDraft((d) => ({ ...d, [side]: neat }));
    }
    const error: FieldError | undefined =
      result.kind === "incomplete" ? "format" : result.kind === "invalid" ? "noDay" : undefined;
    setErrors((e) => {
      const rest = { ...e };
      delete rest[side];
      return error ? { ...rest, [side]: error } : rest;
    });
  };

  const onKeyDown = (side: Side) => (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      settle(side);
      return;
    }
    if (event.key !== "ArrowUp" && event.key !== "ArrowDown") return;
    // The arrow keys step the day, as in a browser's date field.
    const result = parseDateInput(event.currentTarget.value);
    if (result.kind !== "date") return;
    event.preventDefault();
    const day = formatDateInput(addDays(result.iso, event.key === "ArrowUp" ? 1 : -1), lang);
    event.currentTarget.value = day;
    update({ ...typed(), [side]: day });
  };

  const pattern = DATE_INPUT_PATTERN[lang];
  const label = { start: t("range.from"), end: t("range.to") };
  const errorText = (side: Side, error: FieldError) =>
    t(error === "format" ? "range.badDate" : "range.noDay", {
      text: draft[side].trim(),
      field: label[side],
      pattern,
      example: formatDateInput("2024-03-01", lang),
    });
  const fieldErrors = (["start", "end"] as const).flatMap((side) => {
    const error = errors[side];
    return error ? [errorText(side, error)] : [];
  });

  const field = (side: Side) => (
    <div className="range-field">
      <label htmlFor={`${id}-${side}`}>{label[side]}</label>
      <input
        ref={fields[side]}
        id={`${id}-${side}`}
        className="range-date"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder={pattern}
        size={11}
        value={draft[side]}
        aria-invalid={Boolean(errors[side]) || invalid || undefined}
        aria-describedby={`${id}-hint ${id}-status`}
        onChange={() => update(typed())}
        onBlur={() => settle(side)}
        onKeyDown={onKeyDown(side)}
      />
    </div>
  );

  return (
    <section className="range-control" aria-labelledby={`${id}-legend`}>
      <h2 id={`${id}-legend`} className="range-title">
        {t("range.legend")}
      </h2>
      <div className="range-fields">
        {field("start")}
        {field("end")}
        <button
          type="button"
          onClick={() => {
            committed.current = null;
            setDraft({ start: "", end: "" });
            setErrors({});
            setView({ range: null });
            // The button is disabled once there is nothing to reset, and a disabled button drops the focus:
            // it goes to the first field, where a new range starts.
            fields.start.current?.focus();
          }}
          disabled={!range && !draft.start && !draft.end}
        >
          {t("range.reset")}
        </button>
      </div>
      <p className="range-hint" id={`${id}-hint`}>
        {t("range.hint", { pattern })}
      </p>
      {/* On paper: what is shown, without the screen's "drag or type" instructions (print.css hides the rest). */}
      {printing && (
        <p className="print-only range-print">
          {range
            ? t("range.active", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
            : t("range.printAll")}
        </p>
      )}
      <p className="range-status" id={`${id}-status`} aria-live="polite">
        {fieldErrors.length
          ? fieldErrors.join(" ")
          : invalid
            ? t("range.invalid")
            : range
              ? t("range.active", { start: formatDate(range.start, lang), end: formatDate(range.end, lang) })
              : t("range.all")}
      </p>
    </section>
  );
}
