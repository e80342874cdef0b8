/** One widget, embeddable: the widget frame, a "newer data" notice for pinned releases, a link back, auto-height. */
import { useEffect, useMemo, useState, type MouseEvent } from "react";
import { ErrorPanel } from "../components/ErrorPanel";
import type { ReadBytes } from "../data/loader";
import { useT, translator } from "../i18n";
import { useStore } from "../state/store";
import type { ReleaseData } from "../data/schema";
import type { WidgetContext } from "../widgets/types";
import { useAutoHeight } from "./autoHeight";
import { EmbedModeContext } from "./embedMode";
import { EmbedView } from "./EmbedView";
import { UnknownWidgetError } from "./lazyWidgets";
import { NewerNotice, NewestSkipped } from "./NewerNotice";
import { dashboardPath, type EmbedParams } from "./params";
import { useEmbedData, useNewestRelease } from "./useEmbedData";

interface EmbedAppProps {
  params: EmbedParams;
  read: ReadBytes;
  /** The page's own URL; links to the dashboard resolve against it. */
  base: string;
}

/** The context an embed's widget is drawn with: the release and the view in the store (see main.tsx's use). */
export function embedContext(
  release: ReleaseData,
  view: Pick<WidgetContext, "lang" | "range" | "selection" | "categories" | "setView">,
): WidgetContext {
  const { lang, range, selection, categories, setView } = view;
  return { release, lang, t: translator(lang), range, selection, categories, setView };
}

export function EmbedApp({ params, read, base }: EmbedAppProps) {
  const t = useT();
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const lang = useStore((s) => s.lang);
  const range = useStore((s) => s.range);
  const selection = useStore((s) => s.selection);
  const categories = useStore((s) => s.categories);
  const setView = useStore((s) => s.setView);
  // ErrorPanel's "open the newest release" switches this embed to follow mode (the reader asked for it).
  const [releaseId, setReleaseId] = useState(params.releaseId);
  const [data, retry] = useEmbedData(read, params.widget, releaseId);
  const ready = data.state === "ready" ? data : null;
  const pinned = releaseId !== null;
  const newestEntry = ready && pinned && ready.manifest.releases[0]!.id !== ready.release.entry.id;
  const newest = useNewestRelease(read, newestEntry ? ready.manifest.releases[0]! : null);
  useAutoHeight(
    root,
    params.widget,
    params.frame,
    data.state !== "loading",
    [data, newest, lang, range, selection, categories],
    params.maxHeight ?? null,
  );

  useEffect(() => {
    if (ready) document.title = `${ready.def.title(translator(lang))} — ${translator(lang)("app.title")}`;
  }, [ready, lang]);

  const ctx: WidgetContext | null = useMemo(
    () => (ready ? embedContext(ready.release, { lang, range, selection, categories, setView }) : null),
    [ready, lang, range, selection, categories, setView],
  );

  // Relative (embed.html and index.html sit side by side): the build renders the same links (src/embed/prerender.tsx).
  const link = (release: string | null) => dashboardPath({ widget: params.widget, releaseId: release, lang, range });

  // Source links without a public URL point at the dashboard's sources page ("?panel=sources#source-x"):
  // inside an embed they must open the dashboard, not navigate the iframe.
  const onClickCapture = (e: MouseEvent) => {
    const a = (e.target as Element).closest?.("a");
    const href = a?.getAttribute("href");
    if (!a || !href?.startsWith("?")) return;
    e.preventDefault();
    const url = new URL(`index.html${href}`, base);
    if (ready) url.searchParams.set("release", ready.release.entry.id);
    url.searchParams.set("lang", lang);
    window.open(url.href, "_blank", "noopener");
  };

  return (
    <EmbedModeContext.Provider value={true}>
      <div
        className={`embed-root${params.plain ? " embed-plain" : ""}${params.compact ? " embed-compact" : ""}`}
        ref={setRoot}
        onClickCapture={onClickCapture}
      >
        {data.state === "loading" && (
          <p className="loading" role="status">
            {t("app.loading")}
          </p>
        )}
        {data.state === "error" && data.error instanceof UnknownWidgetError && (
          <div className="error-panel" role="alert">
            <h2>{t("embed.error.widget")}</h2>
            <p className="error-message" lang="en">
              {data.error.message}
            </p>
          </div>
        )}
        {data.state === "error" && !(data.error instanceof UnknownWidgetError) && (
          <ErrorPanel error={data.error} onRetry={retry} onNewest={releaseId ? () => setReleaseId(null) : undefined} />
        )}
        {ready && ctx && (
          <EmbedView
            def={ready.def}
            ctx={ctx}
            dashboardHref={link(ready.release.entry.id)}
            look={params}
            base={base}
            notice={
              newestEntry && newest ? (
                <NewerNotice
                  def={ready.def}
                  ctx={ctx}
                  newest={newest}
                  newestId={ready.manifest.releases[0]!.id}
                  href={link(null)}
                />
              ) : (
                !pinned && <NewestSkipped manifest={ready.manifest} shown={ready.release.entry} />
              )
            }
          />
        )}
      </div>
    </EmbedModeContext.Provider>
  );
}
