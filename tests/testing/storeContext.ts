/** A widget context wired to the real store, as the dashboard builds it: tests drive the view through the store. */
import { useMemo } from "react";
import type { ReleaseData } from "../../src/data/schema";
import { translator } from "../../src/i18n";
import { useStore } from "../../src/state/store";
import type { WidgetContext } from "../../src/widgets/types";

export function useStoreContext(release: ReleaseData): WidgetContext {
  const lang = useStore((s) => s.lang);
  const range = useStore((s) => s.range);
  const selection = useStore((s) => s.selection);
  const categories = useStore((s) => s.categories);
  const setView = useStore((s) => s.setView);
  return useMemo(
    () => ({ release, lang, t: translator(lang), range, selection, categories, setView }),
    [release, lang, range, selection, categories, setView],
  );
}
