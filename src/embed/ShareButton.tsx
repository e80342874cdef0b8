/** The Share button of a widget frame; the dialog (and the export code) load only when it is opened. */
import { lazy, Suspense, useRef, useState } from "react";
import { useT } from "../i18n";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { useEmbedMode } from "./embedMode";
import "./share.css";

const EmbedDialog = lazy(() => import("./EmbedDialog"));

export function ShareButton({ def, ctx }: { def: WidgetDef; ctx: WidgetContext }) {
  const t = useT();
  const embedded = useEmbedMode();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  if (embedded) return null;
  return (
    <>
      <button
        ref={ref}
        type="button"
        className="share-button"
        aria-haspopup="dialog"
        aria-label={t("embed.shareLabel", { title: def.title(t) })}
        onClick={() => setOpen(true)}
      >
        {t("embed.share")}
      </button>
      {open && (
        <Suspense fallback={null}>
          <EmbedDialog
            def={def}
            ctx={ctx}
            onClose={() => {
              setOpen(false);
              ref.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
