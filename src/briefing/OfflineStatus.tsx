/** "Ready offline": shown once the service worker is active and the releases on screen are in its cache. */
import "virtual:i18n/en/presenting";
import { useEffect, useState, useSyncExternalStore } from "react";
import { useT } from "../i18n";
import { useStore } from "../state/store";
import {
  applyUpdate,
  cacheForOffline,
  isOnline,
  isRegistered,
  onUpdateReady,
  releaseUrls,
  subscribeOnline,
} from "./offline";

type State = "none" | "preparing" | "ready" | "failed";

interface OfflineStatusProps {
  /** Releases that must be cached (the loaded one, and any a deck pins). */
  releaseIds: readonly string[];
  /** Offer to reload into a newer installed version (not during a briefing). */
  offerUpdate?: boolean;
}

export function OfflineStatus({ releaseIds, offerUpdate = false }: OfflineStatusProps) {
  const t = useT();
  const manifest = useStore((s) => (s.data.state === "loading" ? undefined : s.data.manifest));
  const online = useSyncExternalStore(subscribeOnline, isOnline, () => true);
  const [state, setState] = useState<{ key: string; value: State }>({ key: "", value: "none" });
  const [update, setUpdate] = useState(false);
  // Nothing to cache without a worker (development, tests, and the build's prerendered copy, which has no document).
  const urls = manifest && releaseIds.length && isRegistered() ? releaseUrls(manifest, releaseIds) : [];
  const key = urls.join("\n");

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const set = (value: State) => {
      if (!cancelled) setState({ key, value });
    };
    set("preparing");
    void cacheForOffline(key.split("\n")).then((ok) => set(ok ? "ready" : "failed"));
    return () => {
      cancelled = true;
    };
  }, [key]);

  useEffect(() => (offerUpdate ? onUpdateReady(() => setUpdate(true)) : undefined), [offerUpdate]);

  const value = state.key === key ? state.value : "none";
  if (value === "none" && online && !update) return null;
  return (
    <p className="offline-status" role="status" data-offline={value} data-online={online}>
      {value === "ready" && (
        <span className="offline-ready" title={t("briefing.offline.readyHint")}>
          <span aria-hidden="true">● </span>
          {t("briefing.offline.ready")}
        </span>
      )}
      {value === "preparing" && <span>{t("briefing.offline.preparing")}</span>}
      {value === "failed" && <span>{t("briefing.offline.failed")}</span>}
      {!online && <span className="offline-off">{t("briefing.offline.offline")}</span>}
      {update && (
        <button type="button" onClick={() => void applyUpdate()}>
          {t("briefing.offline.update")}
        </button>
      )}
    </p>
  );
}
