/** The choices of an embed: size, pinned or following release, language and theme. */
import { LANGS, type Lang } from "../i18n/format";
import type { Translate } from "../i18n";
import type { Theme } from "../state/store";
import { SIZE_PRESETS, type SizePreset } from "./embedCode";

export interface EmbedChoice {
  size: SizePreset;
  pinned: boolean;
  lang: Lang;
  theme: Theme;
}

const LANG_NAMES: Record<Lang, string> = { en: "English", be: "Беларуская", ru: "Русский" };

interface EmbedOptionsProps {
  choice: EmbedChoice;
  onChange: (patch: Partial<EmbedChoice>) => void;
  releaseId: string;
  t: Translate;
}

export function EmbedOptions({ choice, onChange, releaseId, t }: EmbedOptionsProps) {
  return (
    <div className="embed-options">
      <fieldset>
        <legend>{t("embed.size")}</legend>
        {SIZE_PRESETS.map((p) => (
          <label key={p.id} className="embed-radio">
            <input
              type="radio"
              name="embed-size"
              value={p.id}
              checked={choice.size === p.id}
              onChange={() => onChange({ size: p.id })}
            />
            {t(`embed.size.${p.id}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("embed.release")}</legend>
        <label className="embed-radio">
          <input
            type="radio"
            name="embed-release"
            checked={choice.pinned}
            onChange={() => onChange({ pinned: true })}
          />
          <span>
            {t("embed.pin", { id: releaseId })}
            <span className="embed-hint">{t("embed.pinHint")}</span>
          </span>
        </label>
        <label className="embed-radio">
          <input
            type="radio"
            name="embed-release"
            checked={!choice.pinned}
            onChange={() => onChange({ pinned: false })}
          />
          <span>
            {t("embed.follow")}
            <span className="embed-hint">{t("embed.followHint")}</span>
          </span>
        </label>
      </fieldset>
      <div className="embed-selects">
        <label>
          <span>{t("app.language")}</span>
          <select value={choice.lang} onChange={(e) => onChange({ lang: e.target.value as Lang })}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t("app.theme")}</span>
          <select value={choice.theme} onChange={(e) => onChange({ theme: e.target.value as Theme })}>
            {(["auto", "light", "dark"] as const).map((v) => (
              <option key={v} value={v}>
                {t(`app.theme.${v}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}
