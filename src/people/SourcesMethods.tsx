import "virtual:i18n/en/people";
import "virtual:i18n/en/methods";
import type { ReleaseData } from "../data/schema";
import { useT } from "../i18n";
import type { Lang } from "../i18n/format";
import { MethodsSections } from "./MethodsSections";
import { SourceDirectory } from "./SourceDirectory";
import "./people.css";

const TOC = [
  ["methods-counting", "methods.counting.title"],
  ["methods-qualifiers", "methods.qualifiers.title"],
  ["methods-undercount", "methods.undercount.title"],
  ["methods-conflicts", "methods.conflicts.title"],
  ["methods-people", "methods.people.title"],
  ["methods-releases", "methods.releases.title"],
  ["methods-cite", "methods.cite.title"],
] as const;

/** Sources & methods: how every figure is counted and shown, how releases work, how to cite, and every source. */
export function SourcesMethods({ release, lang }: { release: ReleaseData; lang: Lang }) {
  const t = useT();
  return (
    <section className="sources-page methods-page" aria-labelledby="sources-title">
      <h2 id="sources-title">{t("app.nav.sources")}</h2>
      <p className="methods-lead">{t("methods.lead")}</p>
      <nav className="methods-toc" aria-label={t("methods.toc")}>
        <ul>
          {TOC.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
          <li>
            <a href="#sources">{t("methods.sources.link")}</a>
          </li>
        </ul>
      </nav>
      <MethodsSections release={release} lang={lang} t={t} />
      <SourceDirectory release={release} lang={lang} t={t} />
    </section>
  );
}
