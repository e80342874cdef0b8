import type { ReleaseData } from "../../src/data/schema";
import { translator } from "../../src/i18n";
import type { WidgetContext } from "../../src/widgets/types";

/** A widget's context outside a page: the whole period, nothing selected, the translator of its language. */
export function widgetContext(release: ReleaseData, patch: Partial<WidgetContext> = {}): WidgetContext {
  const lang = patch.lang ?? "en";
  return {
    release,
    lang,
    t: translator(lang),
    range: null,
    selection: null,
    categories: [],
    setView: () => undefined,
    ...patch,
  };
}
