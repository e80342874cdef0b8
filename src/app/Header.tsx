import { memo } from "react";
import { OfflineStatus } from "../briefing/OfflineStatus";
import { PresentButton } from "../briefing/PresentButton";
import { safeExcerpt } from "../data/errors";
import type { InvalidRelease, ReaderManifest } from "../data/loader";
import type { ReleaseEntry } from "../data/schema";
import { loadMessages, useT } from "../i18n";
import { formatDate, LANGS, type Lang } from "../i18n/format";
import { useStore, type Theme } from "../state/store";

/** The picker's releases, newest first: the usable ones and those with an invalid entry (ids start with the day). */
function releaseOptions(manifest: ReaderManifest): (ReleaseEntry | InvalidRelease)[] {
  return [...manifest.releases, ...(manifest.invalid ?? [])].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

const LANG_NAMES: Record<Lang, string> = { en: "English", be: "Беларуская", ru: "Русский" };

/** Title, navigation, release picker, language and theme. */
// Memoised: it reads what it needs from the store, so a range change that re-renders the page skips it.
export const Header = memo(function Header() {
  const t = useT();
  const data = useStore((s) => s.data);
  const releaseId = useStore((s) => s.releaseId);
  const lang = useStore((s) => s.lang);
  const theme = useStore((s) => s.theme);
  const panel = useStore((s) => s.panel);
  const setView = useStore((s) => s.setView);
  const manifest = data.state === "loading" ? undefined : data.manifest;
  const current = data.state === "ready" ? data.release.entry.id : (releaseId ?? "");

  return (
    <header className="site-header">
      <div className="brand">
        <h1>{t("app.title")}</h1>
        <p className="tagline">{t("app.tagline")}</p>
      </div>
      <nav aria-label={t("app.nav.label")} className="site-nav">
        <a
          href="?"
          aria-current={panel === "dashboard" ? "page" : undefined}
          onClick={(e) => {
            e.preventDefault();
            setView({ panel: "dashboard" });
          }}
        >
          {t("app.nav.dashboard")}
        </a>
        <a
          href="?panel=sources"
          aria-current={panel === "sources" ? "page" : undefined}
          onClick={(e) => {
            e.preventDefault();
            setView({ panel: "sources" });
          }}
        >
          {t("app.nav.sources")}
        </a>
        <PresentButton />
      </nav>
      <div className="controls">
        <OfflineStatus releaseIds={data.state === "ready" ? [data.release.entry.id] : []} offerUpdate />
        <label>
          <span>{t("app.release")}</span>
          <select
            value={current}
            disabled={!manifest}
            onChange={(e) =>
              setView({ releaseId: e.target.value === manifest?.releases[0]?.id ? null : e.target.value })
            }
          >
            {/* The id from the URL is shown while loading only if it looks like one (see safeExcerpt). */}
            {!manifest && <option value={current}>{safeExcerpt(current) ?? "…"}</option>}
            {manifest &&
              releaseOptions(manifest).map((r) =>
                "error" in r ? (
                  // A release whose manifest entry is invalid: listed, so a reader can see it exists, but not chosen.
                  <option key={r.id} value={r.id} disabled>
                    {t("app.releaseInvalid", { id: r.id })}
                  </option>
                ) : (
                  <option key={r.id} value={r.id}>
                    {t("app.releaseOption", { id: r.id, date: formatDate(r.asOf, lang) })}
                  </option>
                ),
              )}
          </select>
        </label>
        <label>
          <span>{t("app.language")}</span>
          <select
            value={lang}
            // The page switches once the language's messages are here, never half in one language.
            onChange={(e) => {
              const next = e.target.value as Lang;
              void loadMessages(next).then(() => setView({ lang: next }));
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("app.theme")}</span>
          <select value={theme} onChange={(e) => setView({ theme: e.target.value as Theme })}>
            {(["auto", "light", "dark"] as const).map((v) => (
              <option key={v} value={v}>
                {t(`app.theme.${v}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </header>
  );
});
