/** One view from the registry as a slide (scaled to fit the screen) or a handout page (with its table). */
import "virtual:i18n/en/briefing";
import { useMemo, useState } from "react";
import { WidgetBoundary } from "../components/ErrorPanel";
import type { ReleaseData } from "../data/schema";
import { translator } from "../i18n";
import type { Lang } from "../i18n/format";
import type { ViewState } from "../state/store";
import { slideContext } from "./context";
import type { SlideSpec } from "./deck";
import { FitBox } from "./FitBox";
import { PrintTable } from "../widgets/PrintTable";
import { findWidget } from "./slides";
import { SlideFooter, SlideFrame, type Variant } from "./SlideParts";

interface WidgetSlideProps {
  spec: SlideSpec;
  release: ReleaseData;
  lang: Lang;
  variant: Variant;
}

type Local = Pick<ViewState, "range" | "selection" | "categories">;

/** Views that size themselves from the stage (slideFit.ts, briefing.css) instead of being fitted by width. */
const SELF_SIZED = new Set([
  "detention-map",
  "pardon-timeline",
  "prisoners-trend",
  "treason-trend",
  "deaths-in-custody",
  "incommunicado",
  "key-figures",
]);

/** Views that need the slide's whole width (the summary goes above them, not beside). */
const STACKED = new Set(["key-figures", "detention-map"]);

export function WidgetSlide({ spec, release, lang, variant }: WidgetSlideProps) {
  // Hovering or selecting inside a slide changes that slide only, never the deck or the dashboard.
  const [local, setLocal] = useState<Local>({
    range: spec.range,
    selection: spec.selection,
    categories: spec.categories,
  });
  const def = findWidget(spec.widget);
  const ctx = useMemo(
    () =>
      slideContext({ ...spec, ...local }, release, lang, (patch) =>
        setLocal((l) => ({
          range: patch.range !== undefined ? patch.range : l.range,
          selection: patch.selection !== undefined ? patch.selection : l.selection,
          categories: patch.categories ?? l.categories,
        })),
      ),
    [spec, local, release, lang],
  );
  const t = translator(lang);

  if (!def) {
    return (
      <SlideFrame
        kind="unknown"
        variant={variant}
        title={spec.widget}
        summary={t("briefing.unknownWidget", { id: spec.widget })}
        lang={lang}
        footer={<SlideFooter release={release} variant={variant} sources={[]} t={t} lang={lang} />}
      />
    );
  }
  const view = <def.Component ctx={ctx} />;
  return (
    <SlideFrame
      kind={def.id}
      variant={variant}
      layout={STACKED.has(def.id) ? "stack" : "side"}
      title={def.title(t)}
      summary={def.summary(ctx)}
      lang={lang}
      footer={
        <SlideFooter
          release={release}
          variant={variant}
          sources={def.sources(ctx)}
          t={t}
          lang={lang}
          qualifiers={def.hasQualifiers(ctx)}
        />
      }
      after={
        variant === "page" && (
          <WidgetBoundary name={def.title(t)}>
            <PrintTable def={def} ctx={ctx} />
          </WidgetBoundary>
        )
      }
    >
      <WidgetBoundary name={def.title(t)}>
        {variant === "slide" && !SELF_SIZED.has(def.id) ? <FitBox>{view}</FitBox> : view}
      </WidgetBoundary>
    </SlideFrame>
  );
}
