import "virtual:i18n/en/changesPanel";
import { lazy, Suspense, useEffect, useLayoutEffect, useMemo } from "react";
import { AddToBriefing } from "../briefing/AddToBriefing";
import { ErrorPanel, WidgetBoundary } from "../components/ErrorPanel";
import { KeyFigures } from "../components/KeyFigures";
import { RangeControl } from "../components/RangeControl";
import { Header } from "./Header";
import { useT, translator } from "../i18n";
import { formatDate } from "../i18n/format";
import type { ReaderManifest } from "../data/loader";
import type { ReleaseEntry } from "../data/schema";
import { useStoreRelease } from "../state/releases";
import { useStore } from "../state/store";
import { ShareButton } from "../embed/ShareButton";
import { EMBED_WIDGETS, WIDGETS } from "./registry";
import { keyFiguresWidget } from "../widgets/keyFiguresWidget";
import { WidgetFrame } from "../widgets/WidgetFrame";
import type { WidgetContext, WidgetDef } from "../widgets/types";
import { DeferOffscreen } from "../widgets/DeferOffscreen";
import { ChangesPanel } from "../changes/ChangesPanel";
import { useCorrections } from "../changes/useCorrections";
import { afterHydration, InTurn } from "./hydrateInTurn";

/** Performance mark of the page's first live commit with its data (see App). */
export const LIVE_MARK = "brt-live";

// Panels a reader opens on purpose load as chunks of their own, so the dashboard's first load stays small.
const SourcesPage = lazy(() => import("./SourcesPage").then((m) => ({ default: m.SourcesPage })));
// The briefing gets the registry's widgets from here, the composition root (it imports no widget itself).
const Briefing = lazy(() =>
  import("../briefing/Briefing").then((m) => {
    m.provideSlideWidgets(EMBED_WIDGETS);
    return { default: m.Briefing };
  }),
);

/** The dashboard page: header, key figures and every widget, each isolated by an error boundary. */
export function App() {
  const t = useT();
  const data = useStore((s) => s.data);
  const lang = useStore((s) => s.lang);
  const range = useStore((s) => s.range);
  const selection = useStore((s) => s.selection);
  const categories = useStore((s) => s.categories);
  const panel = useStore((s) => s.panel);
  const setView = useStore((s) => s.setView);
  const reload = useStoreRelease();

  // The first commit of the live page with its data, drawn, or hydrated to the last widget (main.tsx): the bench
  // and the e2e tests wait for this mark. A layout effect: it runs in that commit, before the browser paints it.
  const ready = data.state === "ready";
  useLayoutEffect(() => {
    if (ready)
      afterHydration(() => {
        if (!performance.getEntriesByName(LIVE_MARK).length) performance.mark(LIVE_MARK);
      });
  }, [ready]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translator(lang)("app.title");
  }, [lang]);

  const corrections = useCorrections(
    data.state === "ready" ? data.manifest : undefined,
    data.state === "ready" ? data.release : undefined,
  );
  const ctx: WidgetContext | null = useMemo(
    () =>
      data.state === "ready"
        ? { release: data.release, lang, t: translator(lang), range, selection, categories, setView }
        : null,
    [data, lang, range, selection, categories, setView],
  );
  // Only widgets that mark corrected figures get the corrections: when they arrive (after the page, see
  // useCorrections) the others keep their context, and are not drawn again for nothing.
  const marked: WidgetContext | null = useMemo(
    () => (ctx && corrections ? { ...ctx, corrections } : ctx),
    [ctx, corrections],
  );

  if (panel === "briefing")
    return (
      <Suspense fallback={<PanelLoading text={t("app.loading")} />}>
        <Briefing onRetry={reload} />
      </Suspense>
    );

  return (
    <>
      <a className="skip-link" href="#main">
        {t("app.skip")}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {data.state === "loading" && (
          <p className="loading" role="status">
            {t("app.loading")}
          </p>
        )}
        {data.state === "ready" && <NewestSkipped manifest={data.manifest} shown={data.release.entry} />}
        {data.state === "error" && (
          <ErrorPanel
            error={data.error}
            onRetry={reload}
            onNewest={data.manifest ? () => setView({ releaseId: null }) : undefined}
          />
        )}
        {ctx && panel === "sources" && (
          <Suspense fallback={<PanelLoading text={t("app.loading")} />}>
            <SourcesPage release={ctx.release} lang={lang} />
          </Suspense>
        )}
        {ctx && panel === "changes" && data.state === "ready" && (
          <WidgetBoundary name={t("changes.heading")}>
            <ChangesPanel manifest={data.manifest} release={ctx.release} lang={lang} initiallyOpen />
          </WidgetBoundary>
        )}
        {ctx && panel === "dashboard" && (
          <>
            <WidgetBoundary name={t("keys.heading")}>
              {/* Not in a WidgetFrame (the card has its own look): its Share button comes in beside the heading. */}
              <KeyFigures
                release={ctx.release}
                lang={lang}
                actions={
                  <>
                    <ShareButton def={keyFiguresWidget} ctx={ctx} />
                    <AddToBriefing def={keyFiguresWidget} ctx={ctx} />
                  </>
                }
              />
            </WidgetBoundary>
            {data.state === "ready" && (
              <WidgetBoundary name={t("changes.heading")}>
                <ChangesPanel manifest={data.manifest} release={ctx.release} lang={lang} />
              </WidgetBoundary>
            )}
            <RangeControl />
            <div className="widgets">
              {WIDGETS.map((def) => (
                <WidgetBoundary key={def.id} name={def.title(ctx.t)}>
                  <DeferOffscreen def={def} ctx={def.marksCorrections ? marked! : ctx} render={dashboardWidget} />
                </WidgetBoundary>
              ))}
            </div>
          </>
        )}
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}

/** A widget as the dashboard shows it: in its frame, with Share and "Add to my briefing"; hydrated in its turn. */
function dashboardWidget(def: WidgetDef, ctx: WidgetContext) {
  return (
    <InTurn id={def.id}>
      <WidgetFrame
        def={def}
        ctx={ctx}
        actions={
          <>
            <ShareButton def={def} ctx={ctx} />
            <AddToBriefing def={def} ctx={ctx} />
          </>
        }
      />
    </InTurn>
  );
}

/**
 * When the newest release's manifest entry is broken, a reader who asked for no particular release sees the newest
 * one that loads, told so here. That is what a reader opening the tracker expects: figures, not an error page
 * hiding every release for one bad entry; and the notice keeps them from taking older figures for the newest.
 * (A link to that release by name gets its specific error instead, see pickRelease.)
 */
function NewestSkipped({ manifest, shown }: { manifest: ReaderManifest; shown: ReleaseEntry }) {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const following = useStore((s) => s.releaseId === null);
  const skipped = manifest.skipped?.[0];
  if (!following || !skipped) return null;
  return (
    <p className="release-notice" role="status">
      {t("app.newestSkipped", { id: skipped.id, shown: shown.id, date: formatDate(shown.asOf, lang) })}
    </p>
  );
}

function PanelLoading({ text }: { text: string }) {
  return (
    <p className="loading" role="status">
      {text}
    </p>
  );
}
