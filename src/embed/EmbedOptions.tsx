/** The choices of an embed: size, pinned or following release, language, theme, and how much chrome it keeps. */
import "virtual:i18n/en/share";
import { LANGS, type Lang } from "../i18n/format";
import type { Translate } from "../i18n";
import type { Theme } from "../state/store";
import { SIZE_PRESETS, type SizePreset } from "./embedCode";
import { MAX_MAX_HEIGHT, MIN_MAX_HEIGHT } from "./params";

export interface EmbedChoice {
  size: SizePreset;
  pinned: boolean;
  lang: Lang;
  theme: Theme;
  plain: boolean;
  transparent: boolean;
  compact: boolean;
  /** As typed in the field; params.ts parseMaxHeight reads it ("" = no limit). */
  maxHeight: string;
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
      <fieldset className="embed-look">
        <legend>{t("embed.look")}</legend>
        {(["plain", "transparent", "compact"] as const).map((k) => (
          <label key={k} className="embed-radio">
            <input type="checkbox" checked={choice[k]} onChange={(e) => onChange({ [k]: e.target.checked })} />
            <span>
              {t(`embed.${k}`)}
              <span className="embed-hint">{t(`embed.${k}Hint`)}</span>
            </span>
          </label>
        ))}
        <label className="embed-number">
          <span>{t("embed.maxHeight")}</span>
          <input
            type="number"
            inputMode="numeric"
            min={MIN_MAX_HEIGHT}
            max={MAX_MAX_HEIGHT}
            step={10}
            value={choice.maxHeight}
            aria-describedby="embed-maxheight-hint"
            onChange={(e) => onChange({ maxHeight: e.target.value })}
          />
          <span className="embed-hint" id="embed-maxheight-hint">
            {t("embed.maxHeightHint")}
          </span>
        </label>
      </fieldset>
    </div>
  );
}
