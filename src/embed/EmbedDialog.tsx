/**
 * Share → Embed: a modal <dialog> with the live preview, embed options, code to copy, downloads and the
 * citation kit. Focus stays inside while open (Tab wraps), Esc closes, focus returns to the Share button.
 */
import "virtual:i18n/en/share";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { translator, useMessages } from "../i18n";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { CitationKit } from "./CitationKit";
import { CopyField } from "./CopyField";
import { Downloads } from "./Downloads";
import {
  defaultHeight,
  heightBands,
  iframeCode,
  newFrameId,
  scriptCode,
  SIZE_PRESETS,
  staticImageUrl,
} from "./embedCode";
import { EmbedOptions, type EmbedChoice } from "./EmbedOptions";
import { EmbedPreview } from "./EmbedPreview";
import { usePictureSizes } from "./usePictureSizes";
import { dashboardUrl, embedUrl, parseMaxHeight } from "./params";
import "./embed.css";

interface EmbedDialogProps {
  def: WidgetDef;
  ctx: WidgetContext;
  /** Called after the dialog closed (the caller moves focus back). */
  onClose: () => void;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea, iframe, [tabindex]:not([tabindex="-1"])';

function EmbedDialog({ def, ctx, onClose }: EmbedDialogProps) {
  const { t, release } = ctx;
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [frame] = useState(() => newFrameId());
  const [choice, setChoice] = useState<EmbedChoice>({
    size: "medium",
    pinned: true,
    lang: ctx.lang,
    theme: "auto",
    plain: false,
    transparent: false,
    compact: false,
    maxHeight: "",
  });
  // The iframe's title and the picture's alt text are read by the article's readers: in the embed's language,
  // not the dashboard's (English until that language's messages have arrived).
  useMessages(choice.lang);
  const embedT = translator(choice.lang);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) {
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    }
    closeRef.current?.focus();
  }, []);

  const close = useCallback(() => {
    const dialog = ref.current;
    if (dialog?.open) {
      if (typeof dialog.close === "function") dialog.close();
      else dialog.removeAttribute("open");
    }
    onClose();
  }, [onClose]);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      close();
      return;
    }
    if (e.key !== "Tab" || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((n) => !n.closest("[hidden]"));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  const base = window.location.href;
  const width = SIZE_PRESETS.find((p) => p.id === choice.size)!.width;
  const params = {
    widget: def.id,
    releaseId: choice.pinned ? release.entry.id : null,
    lang: choice.lang,
    theme: choice.theme,
    range: ctx.range,
    plain: choice.plain,
    transparent: choice.transparent,
    compact: choice.compact,
    maxHeight: parseMaxHeight(choice.maxHeight),
  };
  // The code's heights come from the build's renders (heights.json), not from the preview: the preview shows one
  // width in one browser, the code must fit every column width in every browser. Plain and compact embeds are
  // shorter than the measured full frame (space below, never clipped); a height cap is the reader's choice.
  const bands = heightBands(def.id, params.releaseId, choice.lang, width)
    .map((band) => (params.maxHeight ? { ...band, height: Math.min(band.height, params.maxHeight) } : band))
    .filter((band, i, all) => i === 0 || band.height !== all[i - 1]!.height);
  const title = `${def.title(embedT)} — ${embedT("app.title")}`;
  const link = dashboardUrl(base, params);
  // The picture for readers without JavaScript shows the whole release (no time range); its alt text is the
  // summary of the same view, in the embed's language (whose messages may still be loading: English until then).
  const alt = def.summary({ ...ctx, lang: choice.lang, t: embedT, range: null });
  const sizes = usePictureSizes(base, params.releaseId, def.id, choice.lang);
  const fallback = {
    href: link,
    image640: staticImageUrl(base, params, 640),
    image320: staticImageUrl(base, params, 320),
    alt,
    sizes,
  };
  const code = { src: embedUrl(base, { ...params, frame }), title, width, bands, frame, fallback };
  const pinnedLink = dashboardUrl(base, { ...params, releaseId: release.entry.id });

  return (
    <dialog
      ref={ref}
      className="embed-dialog"
      aria-labelledby="embed-dialog-title"
      onKeyDown={onKeyDown}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <header className="embed-dialog-head">
        <h2 id="embed-dialog-title">{t("embed.dialogTitle", { title: def.title(t) })}</h2>
        <button ref={closeRef} type="button" className="embed-dialog-close" onClick={close}>
          {t("embed.close")}
        </button>
      </header>
      <section className="embed-section" aria-labelledby="embed-code-title">
        <h3 id="embed-code-title">{t("embed.heading")}</h3>
        <EmbedOptions
          choice={choice}
          onChange={(patch) => setChoice((c) => ({ ...c, ...patch }))}
          releaseId={release.entry.id}
          t={t}
        />
        {ctx.range && <p className="embed-hint">{t("embed.rangeNote")}</p>}
        <div className="copy-grid">
          <CopyField
            label={t("embed.iframeLabel")}
            hint={t("embed.iframeHint")}
            value={iframeCode(code)}
            action={t("embed.copyIframe")}
            rows={4}
          />
          <CopyField
            label={t("embed.scriptLabel")}
            hint={t("embed.scriptHint")}
            value={scriptCode(code, new URL("embed.js", base).href)}
            action={t("embed.copyScript")}
            rows={4}
          />
          <CopyField
            label={t("embed.linkLabel")}
            hint={t("embed.linkHint")}
            value={link}
            action={t("embed.copyLink")}
            rows={2}
          />
        </div>
        <p className="embed-hint">{t("embed.noscriptNote")}</p>
        <p className="embed-hint">{t("embed.privacy")}</p>
        <EmbedPreview
          src={embedUrl(base, { ...params, frame: `preview-${frame}` })}
          title={t("embed.preview", { title: def.title(t) })}
          frame={`preview-${frame}`}
          width={width}
          fallbackHeight={defaultHeight(width)}
          onEscape={close}
        />
      </section>
      <Downloads def={def} ctx={ctx} url={pinnedLink} />
      <CitationKit def={def} ctx={ctx} url={pinnedLink} />
    </dialog>
  );
}

export default EmbedDialog;
