import "virtual:i18n/en/changesPanel";
import { LocalText } from "../components/LocalText";
import { lazy, memo, Suspense, useState } from "react";
import type { ReadBytes } from "../data/loader";
import type { Manifest, ReleaseData } from "../data/schema";
import { translator } from "../i18n";
import { formatDate, type Lang } from "../i18n/format";
import { usePreviousRelease } from "./usePreviousRelease";
import "./changes.css";

interface ChangesPanelProps {
  manifest: Manifest;
  /** The release on screen; it is compared with the release listed after it in the manifest. */
  release: ReleaseData;
  lang: Lang;
  /** How release files are read; the app's data folder over HTTP unless given (tests). */
  read?: ReadBytes;
  /** Open on first render (the panel shown on its own, ?panel=changes). */
  initiallyOpen?: boolean;
}

/**
 * "What changed in this release": the changelog, then every record added, changed or removed since
 * the previous release with its figures before and after. Collapsed until opened; the previous
 * release is downloaded (and verified like any release) only then.
 */
export const ChangesPanel = memo(ChangesPanelImpl);

// The list of changed records arrives with the previous release, when the panel is opened: not in the first load.
const ChangeList = lazy(() => import("./ChangeList").then((m) => ({ default: m.ChangeList })));

function ChangesPanelImpl({ manifest, release, lang, read, initiallyOpen = false }: ChangesPanelProps) {
  const t = translator(lang);
  const [opened, setOpened] = useState(initiallyOpen);
  const previous = usePreviousRelease(manifest, release, opened, read);
  const index = manifest.releases.findIndex((r) => r.id === release.entry.id);
  const previousEntry = manifest.releases[index + 1];

  return (
    <details
      className="changes-panel"
      id="changes"
      open={initiallyOpen || undefined}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
    >
      <summary>
        <h2>{t("changes.heading")}</h2>
      </summary>
      <div className="changes-body">
        <h3>{t("changes.changelog")}</h3>
        <ul className="changes-changelog">
          {release.entry.changelog.map((line, i) => (
            <LocalText as="li" key={i} text={line} lang={lang} />
          ))}
        </ul>
        {previous.state === "first" && <p>{t("changes.first")}</p>}
        {previousEntry && (
          <p className="changes-compared">
            {t("changes.compared", { id: previousEntry.id, date: formatDate(previousEntry.asOf, lang) })}
          </p>
        )}
        {previous.state === "loading" && (
          <p className="loading" role="status">
            {t("changes.loading")}
          </p>
        )}
        {previous.state === "error" && (
          <p className="changes-error" role="alert">
            {t("changes.error", { error: previous.error.message })}
          </p>
        )}
        {previous.state === "ready" && (
          <Suspense
            fallback={
              <p className="loading" role="status">
                {t("changes.loading")}
              </p>
            }
          >
            <ChangeList current={release} previous={previous.release} lang={lang} t={t} />
          </Suspense>
        )}
      </div>
    </details>
  );
}
