import "virtual:i18n/en/people";
import { useId, useLayoutEffect, useRef } from "react";
import { createPortal } from "react-dom";
import type { WidgetContext } from "../widgets/types";
import { cardFor } from "./model";
import { PersonCard } from "./PersonCard";

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A person's card as a modal dialog over the page: focus moves into it, Tab stays inside, Esc, the close
 * button or a click outside close it (clearing the selection), and focus returns to what opened it.
 */
export function PersonDialog({ ctx, personId }: { ctx: WidgetContext; personId: string }) {
  const { release, lang, t, setView } = ctx;
  const card = cardFor(release, personId);
  const ref = useRef<HTMLDivElement>(null);
  const labelId = useId();
  const close = () => setView({ selection: null });

  // A layout effect: focus moves into the card and its keys (Esc, Tab) work before the card is first painted.
  useLayoutEffect(() => {
    const active = document.activeElement;
    // The opener may be an HTML button or an SVG mark of a chart.
    const opener = active instanceof HTMLElement || active instanceof SVGElement ? active : null;
    ref.current?.querySelector<HTMLElement>(".dialog-close")?.focus();
    const onKeyDown = (e: KeyboardEvent) => {
      const dialog = ref.current;
      if (!dialog) return;
      if (e.key === "Escape") {
        e.preventDefault();
        setView({ selection: null });
        return;
      }
      if (e.key !== "Tab") return;
      const items = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
      const first = items[0];
      const last = items[items.length - 1];
      const inside = dialog.contains(document.activeElement);
      if (e.shiftKey && (!inside || document.activeElement === first)) {
        e.preventDefault();
        last?.focus();
      } else if (!e.shiftKey && (!inside || document.activeElement === last)) {
        e.preventDefault();
        first?.focus();
      }
    };
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      if (opener?.isConnected) opener.focus();
    };
  }, [personId, setView]);

  if (!card) return null;

  return createPortal(
    <div
      className="person-dialog-backdrop"
      role="presentation"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) close();
      }}
    >
      <div className="person-dialog" role="dialog" aria-modal="true" aria-labelledby={labelId} ref={ref}>
        <div className="dialog-bar">
          <button type="button" className="dialog-close" onClick={close}>
            {t("people.card.close")}
          </button>
        </div>
        <PersonCard card={card} release={release} lang={lang} t={t} level={2} titleId={labelId} detailed />
      </div>
    </div>,
    document.body,
  );
}
