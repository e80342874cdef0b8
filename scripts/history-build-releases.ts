/**
 * History, frozen: how the first two releases (2024-11-15 and 2026-03-05) were built, from the
 * research table they started from (data/research/history/facts-2026-03-05.csv, one row per sourced
 * figure, copied from the project's first research) and the Human Constanta newsletter for 2–15 Nov
 * 2024 (data/research/history/newsletter-2024-11-29.txt). Published releases never change, so this
 * script no longer writes anything: `npx tsx scripts/history-build-releases.ts` rebuilds both in
 * memory and checks they still match the published files byte for byte (a unit test does the same).
 * New data goes in through the research table (data/research/*.csv) and `npm run data:build`
 * (scripts/data-build.ts), or through the CSV workflow (docs/maintaining-data.md).
 *
 * Which sources a release may use: a source is "known by" the latest date any of its rows reports
 * on (a publication cannot predate what it reports), or its publication date if that is later,
 * or a manual override where the table dates an old event from a later article. A citation is
 * kept only if its source was known by the release's as-of date; a claim left without sources is
 * dropped, and so is a record left without its figures.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DATA_DIR, ROOT, toJsonText } from "./lib/files.ts";
import {
  Manifest,
  RELEASE_FILES,
  RELEASE_FILE_NAMES,
  type BreakdownKey,
  type Claim,
  type ContextEvent,
  type DatedClaim,
  type DaysClaim,
  type DeathInCustody,
  type DetentionEvent,
  type Incommunicado,
  type Observation,
  type Oblast,
  type PardonStage,
  type Person,
  type PersonStatus,
  type Place,
  type Qualifier,
  type ReleaseEntry,
  type ReleaseFileName,
  type Series,
  type SeriesId,
  type Source,
  type Text,
} from "../src/data/schema.ts";
import { checkSafety } from "../src/data/safety.ts";

export const FACTS_CSV = path.resolve(ROOT, "data/research/history/facts-2026-03-05.csv");
export const NEWSLETTER_TXT = path.resolve(ROOT, "data/research/history/newsletter-2024-11-29.txt");

/* ------------------------------------------------------------------------------------------------
 * CSV
 * --------------------------------------------------------------------------------------------- */

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes; CRLF or LF rows. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      field += c;
      i++;
      continue;
    }
    if (c === '"') {
      if (field !== "") throw new Error(`CSV: quote inside an unquoted field on row ${rows.length + 1}`);
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) throw new Error("CSV: unterminated quoted field at end of file");
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const COLUMNS = [
  "section",
  "metric",
  "subject",
  "as_of",
  "date_start",
  "date_end",
  "value",
  "qualifier",
  "value_hi",
  "unit",
  "place",
  "region",
  "lat",
  "lon",
  "details",
  "source_title",
  "source_url",
  "conflict_note",
] as const;
type FactRow = Record<(typeof COLUMNS)[number], string> & { line: number };

export function readFacts(file = FACTS_CSV): FactRow[] {
  const [header, ...body] = parseCsv(readFileSync(file, "utf8"));
  if (!header || header.join(",") !== COLUMNS.join(",")) {
    throw new Error(`${file}: unexpected header ${JSON.stringify(header)}`);
  }
  return body
    .filter((cells) => !(cells.length === 1 && cells[0] === ""))
    .map((cells, i) => {
      if (cells.length !== COLUMNS.length) {
        throw new Error(`${file}: row ${i + 2} has ${cells.length} fields, expected ${COLUMNS.length}`);
      }
      const row = { line: i + 2 } as FactRow;
      COLUMNS.forEach((col, j) => (row[col] = cells[j]!.trim()));
      return row;
    });
}

/* ------------------------------------------------------------------------------------------------
 * Dates
 * --------------------------------------------------------------------------------------------- */

function endOf(d: string): string {
  if (/^\d{4}$/.test(d)) return `${d}-12-31`;
  const m = /^(\d{4})-(\d{2})$/.exec(d);
  if (m) {
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${d}-${String(last).padStart(2, "0")}`;
  }
  return d;
}

/** A possibly partial date is not after the cutoff if its first day is not after it. */
function notAfter(d: string, cutoff: string): boolean {
  return d <= cutoff.slice(0, d.length);
}

const maxDate = (a: string, b: string) => (a > b ? a : b);

/* ------------------------------------------------------------------------------------------------
 * Sources: one per distinct URL of the table (title from the table), plus the newsletter
 * --------------------------------------------------------------------------------------------- */

export const NEWSLETTER = "hc-newsletter-2024-11-15";

interface SourceMeta {
  id: string;
  publisher: string;
  url: string;
  /** Publication date, where the URL or the report itself gives it. */
  date?: string;
  /** Overrides the computed "known by" date (see the file comment). */
  knownBy?: string;
  note?: string;
}

const src = (id: string, publisher: string, url: string, date?: string, extra: Partial<SourceMeta> = {}) => ({
  id,
  publisher,
  url,
  ...(date ? { date } : {}),
  ...extra,
});

const SOURCE_META: SourceMeta[] = [
  // Viasna monthly and annual reviews (published after the period they cover; dates left out).
  src("viasna-2022-05", "Viasna", "https://spring96.org./en/news/108041"),
  src("viasna-2022-11", "Viasna", "https://spring96.org/en/news/110037"),
  src("viasna-2022-12", "Viasna", "https://spring96.org./en/news/110325"),
  src("viasna-2023-03", "Viasna", "https://spring96.org/en/news/111306"),
  src("viasna-2023-09", "Viasna", "https://spring96.org/be/news/112957"),
  src("viasna-2023-10", "Viasna", "https://spring96.org/en/news/113244"),
  src("viasna-2023-11", "Viasna", "https://spring96.org/en/news/113514"),
  src("viasna-2023-12", "Viasna", "https://spring96.org/en/news/113805"),
  src("viasna-annual-2023", "Viasna", "https://spring96.org/en/news/113977"),
  src("viasna-2024-01", "Viasna", "https://spring96.org/en/news/114277"),
  src("viasna-2024-05-21", "Viasna", "https://spring96.org./en/news/115297", "2024-05-21"),
  src("viasna-2024-06", "Viasna", "https://spring96.org/en/news/115713"),
  src("viasna-2024-07", "Viasna", "https://spring96.org/en/news/115947"),
  src("viasna-2024-08", "Viasna", "https://spring96.org/en/news/116202"),
  src("viasna-2024-09", "Viasna", "https://spring96.org/en/news/116420"),
  src("viasna-2024-10", "Viasna", "https://spring96.org/en/news/116662"),
  src("viasna-2024-11", "Viasna", "https://spring96.org./en/news/116907"),
  src("viasna-annual-2024", "Viasna", "https://spring96.org/en/news/117321"),
  src("viasna-2025-01", "Viasna", "https://spring96.org/en/news/117384"),
  src("viasna-2025-02", "Viasna", "https://spring96.org/en/news/117568"),
  src(
    "viasna-2022-01-republished",
    "Viasna",
    "https://nkeu.foreignaffairs.co.nz/2022/02/03/human-rights-situation-in-belarus-in-january-2022/",
    "2022-02-03",
  ),
  src("viasna-2022-04-antiwar", "Viasna", "https://spring96.org/en/news/107597"),
  src("viasna-2024-q3-detentions", "Viasna", "https://spring96.org/en/news/116557"),
  src("viasna-2024-07-04-amnesty", "Viasna", "https://spring96.org/en/news/115675", "2024-07-04"),
  src("viasna-2024-11-shletgauer", "Viasna", "https://spring96.org./en/news/116620", "2024-11-01", {
    note: "Updated on 6 Nov 2024 with the cause of death from the death certificate.",
  }),
  src("viasna-db-klimovich", "Viasna", "https://prisoners.spring96.org/en/person/mikalai-klimovicz"),
  src("viasna-2023-05-klimovich", "Viasna", "https://spring96.org/en/news/111635"),
  src("viasna-2023-e-babaryka", "Viasna", "https://spring96.org/en/news/112128"),
  src("viasna-2024-05-review", "Viasna", "https://spring96.org/en/news/115455"),
  // News item numbers place these after the November 2024 review (116907) and the January 2025
  // review (117384): the table dates them by the old events they recount.
  src("viasna-2024-12-hrd-persecution", "Viasna", "https://spring96.org/en/news/116929", undefined, {
    knownBy: "2024-12",
  }),
  src("viasna-2025-02-akrescina", "Viasna", "https://spring96.org/en/news/117474", undefined, { knownBy: "2025-02" }),
  // Other reprints and summaries of Viasna figures.
  src(
    "reformby-viasna-2020-12",
    "Reform.by",
    "https://reformby.org/191327-pravozashhitniki-podveli-itogi-goda-169-politzakljuchennyh-i-ni-odnogo-ugolovnogo-dela-po-faktam-pytok/amp",
  ),
  src(
    "rada-vision-2020",
    "Rada.vision",
    "https://rada.vision/en/the-number-of-political-prisoners-in-belarus-and-in-the-world",
  ),
  src("epde-viasna-2021-04", "EPDE", "https://epde.org/?news=human-rights-situation-in-belarus-april-2021"),
  src(
    "promote-ukraine-2021-07",
    "Promote Ukraine",
    "https://www.promoteukraine.org/586-people-recognised-as-political-prisoners-in-belarus/amp/",
  ),
  src(
    "voiceofbelarus-viasna-2021",
    "Voice of Belarus",
    "https://www.voiceofbelarus.org/article/human-rights-situation-in-belarus-in-2021/",
  ),
  src(
    "voiceofbelarus-viasna-2023-10",
    "Voice of Belarus",
    "https://www.voiceofbelarus.org/article/human-rights-situation-in-belarus-october-2023/",
  ),
  src("hrw-world-report-2023", "Human Rights Watch", "https://www.hrw.org/world-report/2023/country-chapters/belarus"),
  src(
    "eeyong-2023",
    "Eeyong",
    "https://eeyong.com/detail/uncertainty-surrounds-fate-of-belarusian-political-prisoners-49876.html",
  ),
  src(
    "niezalezna-2023-02-27",
    "Niezalezna.pl",
    "https://niezalezna.pl/index.php/swiat/konflikty/coraz-wiecej-wizniow-politycznych-na-bialorusi-liczba-dobija-do-1500/476694",
  ),
  src(
    "adnkronos-2023-04-28",
    "Adnkronos",
    "https://laragione.eu/adnkronos/news/bielorussia-sono-almeno-1-500-i-prigionieri-politici/",
    "2023-04-28",
  ),
  src(
    "energia-liguria-digest",
    "Energia Democratica Liguria",
    "https://energiademocraticaliguria.eu/category/news-2/notizie-dal-mondo/belarus/page/6",
  ),
  src("ap-2024-01-republished", "AP", "http://novapeak.fastseoul.com/html/74a83699089.html"),
  src(
    "moscow-times-2024-01-23",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2024/01/23/belarus-detains-24-people-across-country-rights-group-a83828",
    "2024-01-23",
  ),
  src(
    "euronews-2024-02-20",
    "Euronews",
    "https://pt.euronews.com/2024/02/20/preso-politico-bielorrusso-morre-na-prisao",
    "2024-02-20",
  ),
  src("razam-2024-04-kulinich", "Razam e.V.", "https://razam.de/wir-trauern-um-aliaksandr-kulinich"),
  src(
    "ap-2024-07-03",
    "AP",
    "https://kyma.com/news/2024/07/03/the-belarus-president-says-some-seriously-ill-political-prisoners-will-be-released/",
    "2024-07-03",
  ),
  src("nashaniva-2024-07-31", "Nasha Niva", "https://nashaniva.com/?c=amp&i=348290&lang=ru", "2024-07-31"),
  src(
    "racyja-2024-10",
    "Radio Racyja",
    "https://racyja.com/en/politics/a-critically-high-level-of-repression-remains-in-belarus-2/",
  ),
  src("tgcom24-2024-11-07", "TGCOM24", "https://amp.tgcom24.mediaset.it/tgcom24/article/90007910", "2024-11-07"),
  src(
    "aljazeera-2024-11-20",
    "Al Jazeera",
    "https://webjosh.com/article/belarus-leader-lukashenko-pardons-32-prisoners-convicted-for-extremism-1732182844-18025",
  ),
  src(
    "ex-press-2024-12-28",
    "Ex-press.by",
    "https://ex-press.live/rubrics/obshhestvo/2024/12/28/kak-v-etom-godu-menyalis-repressii-v-belarusi",
    "2024-12-28",
  ),
  src(
    "polskie-radio-2024-12-30",
    "Polskie Radio",
    "https://polskieradio.pl/395/7785/Artykul/3467313,belarus-5800-convicted-in-administrative-political-trials-in-2024",
    "2024-12-30",
  ),
  src("ap-2025-05-22", "AP", "https://www.daily8.com/en/article/cbaa05bd67de56eae932cc0840fe5df0", "2025-05-22"),
  src(
    "aljazeera-2025-06-21",
    "Al Jazeera",
    "https://mova.su/belarus-opposition-leader-siarhei-tsikhanouski-freed-from-jail-says-wife-5823.html",
    "2025-06-21",
  ),
  src(
    "fidh-2025-06-26",
    "FIDH",
    "https://ilmr.de/fidh-artikel/belarus-muendliche-erklaerung-vor-dem-menschenrechtsrat-der-vereinten-nationen",
    "2025-06-26",
  ),
  src(
    "ap-2025-07-01",
    "AP",
    "https://rss.newsmax.com/world/globaltalk/belarus-crackdown-political-prisoners-arrests/2025/07/01/id/1217181",
    "2025-07-01",
  ),
  src(
    "civicus-2025-09-29",
    "CIVICUS Monitor",
    "https://monitor.civicus.org/explore/repression-continues-even-after-one-of-the-largest-prisoner-releases-of-lukashenkos-rule",
    "2025-09-29",
  ),
  src(
    "moscow-times-2025-09-08",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2025/09/08/russian-political-prisoner-dies-in-belarusian-jail-a90459",
    "2025-09-08",
  ),
  src(
    "global-pulse-2025-09",
    "Global Pulse",
    "https://wp.globalpulseonline.com/belarusian-politician-mikola-statkevich-returned-to-prison-after-refusing-forced-deportation",
  ),
  src(
    "hrw-2025-09-26",
    "Human Rights Watch",
    "https://article.wn.com/view-scrap/2025/09/26/Hundreds_of_Belarusians_in_Prison_for_Exercising_Their_Right",
    "2025-09-26",
  ),
  src(
    "news-digest-2025-12-13",
    "News digest (tid-1.pages.dev)",
    "https://tid-1.pages.dev/de/c779188c-451a-4a6a-8e60-b211ff0eacc4?tags=Belarus",
  ),
  src(
    "uanews-2025-12-23",
    "UA.News",
    "https://ua.news/en/war-vs-rf/u-bilorusi-zalishaiutsia-ponad-tisiachu-politviazniv-dani-viasni",
    "2025-12-23",
  ),
  src(
    "reform-news-viasna-2025",
    "Reform.news",
    "https://reform.news/en/mass-pardons-and-forced-expulsions-viasna-describes-situation-of-political-prisoners-in-2025/amp",
  ),
  src(
    "reform-news-viasna-2025-12",
    "Reform.news",
    "https://reform.news/en/rights-defenders-record-more-than-80-cases-of-politically-motivated-repression-in-december/amp",
  ),
  src(
    "reform-news-2026-03-605",
    "Reform.news",
    "https://reform.news/en/viasna-605-pardoned-and-nearly-4-500-recognized-as-political-prisoners-since-2020",
  ),
  src(
    "devdiscourse-2026-03-05",
    "Devdiscourse",
    "https://www.devdiscourse.com/article/politics/3829026-belarus-prisoner-pardons-a-strategic-shift-with-the-us",
    "2026-03-05",
  ),
  src("charter97-2025-09-17", "Charter97", "https://charter97.org/ru/news/2025/9/17/656093/", "2025-09-17"),
  src("zerkalo-2024-02-08-treason", "Zerkalo", "https://zerkalo-by-mirror.space/news/life/60611.html", "2024-02-08"),
  // Pardons and releases.
  src(
    "rferl-2024-11-20-pardon",
    "RFE/RL",
    "https://rferl.org/amp/lukashenka-pardon-political-prisoners-clemency-belarus/33209608.html",
    "2024-11-20",
  ),
  src(
    "kyiv-independent-2024-07-03",
    "Kyiv Independent",
    "https://kyivindependent.com/lukashenko-releases-some-political-prisoners-tsikhanouskaya",
    "2024-07-03",
  ),
  src(
    "ap-2024-07-04",
    "AP",
    "https://abcnews.go.com/International/wireStory/belarus-rights-group-10-ill-political-prisoners-freed-111673721",
    "2024-07-04",
  ),
  src(
    "ansa-2024-08-16",
    "ANSA",
    "https://www.zazoom.it/2024-08-16/minskgraziati-30-detenuti-contestatori/15221076/",
    "2024-08-16",
  ),
  src(
    "siol-2024-08-16",
    "Siol.net",
    "https://siol.net/novice/svet/lukasenko-pomilostil-30-zapornikov-641673",
    "2024-08-16",
  ),
  src(
    "helm-2024-08-22",
    "Helm.news",
    "https://pt.helm.news/2024-08-22/political-prisoners-including-berasnieu-lutskina-were-pardoned-belarusian.html",
    "2024-08-22",
  ),
  src(
    "salzburger-nachrichten-2024-09",
    "Salzburger Nachrichten",
    "https://www.sn.at/politik/weltpolitik/oppositionsfuehrerin-belarus-zustand-164998177",
  ),
  src(
    "ap-2024-09-04",
    "AP",
    "https://keyt.com/news/2024/09/04/belarus-president-pardons-30-political-prisoners/",
    "2024-09-04",
  ),
  src("dpa-2024-09-04", "dpa", "https://cuu.coron.tech/?p=10564334", "2024-09-04"),
  src(
    "afp-2024-09-16",
    "AFP",
    "https://thenews.com.pk/amp/1231160-belarusian-president-pardons-37-prisoners-convicted-of-extremism",
    "2024-09-16",
  ),
  src(
    "unn-2024-09-16",
    "UNN",
    "https://unn.ua/en/news/for-the-second-time-in-a-month-lukashenko-signs-decree-on-pardon-for-37-convicts",
    "2024-09-16",
  ),
  src(
    "rferl-2024-09-17-reprint",
    "RFE/RL",
    "https://alancmoore.com/2024/09/17/lukashenka-pardons-37-more-belarusian-political-prisoners",
    "2024-09-17",
  ),
  src(
    "babel-2024-11-07",
    "Babel",
    "https://babel.ua/en/news/112425-lukashenko-pardoned-31-political-prisoners",
    "2024-11-07",
  ),
  src(
    "afp-2024-11-07",
    "AFP",
    "https://en.vijesti.me/world-a/evropa/731692/Lukasenko-pardoned-31-prisoners-convicted-of-extremism",
    "2024-11-07",
  ),
  src(
    "reuters-2024-11-21",
    "Reuters",
    "https://miaminewsherald.com/news/belarusian-leader-lukashenko-pardons-32-people-jailed-for-extremism202411211135330013",
    "2024-11-21",
  ),
  src(
    "babel-2024-12-09",
    "Babel",
    "https://babel.ua/en/news/113422-lukashenko-pardoned-another-29-political-prisoners",
    "2024-12-09",
  ),
  src("rks-2024-12-09", "RKS news", "https://rks.news/lukashenko-pardons-political-prisoners", "2024-12-09"),
  src("ap-2024-12-09", "AP", "https://uslive.com/?p=342452", "2024-12-09"),
  src(
    "ukrainska-pravda-2024-12-28",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/12/28/7491104/",
    "2024-12-28",
  ),
  src(
    "ukrainska-pravda-2025-01-18",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/01/18/7494203/",
    "2025-01-18",
  ),
  src(
    "meduza-2025-01-18",
    "Meduza",
    "https://agenbrilink.net/news/lukashenko-mengampuni-23-tahanan-politik-lainnya-meduza/335182",
    "2025-01-18",
  ),
  src(
    "townhall-2025-02-13",
    "Townhall",
    "https://townhall.com/tipsheet/leahbarkoukis/2025/02/13/belarus-frees-imprisoned-american-n2652153",
    "2025-02-13",
  ),
  src(
    "babel-2025-02-12",
    "Babel",
    "https://babel.ua/en/news/115368-belarus-releases-three-political-prisoners-including-an-american-and-a-radio-liberty-journalist",
    "2025-02-12",
  ),
  src("bcfa-2025-04-07", "BCFA USA", "https://bcfausa.org/?p=29458", "2025-04-07"),
  src(
    "ukrainska-pravda-2025-05-07",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/05/7/7511077/",
    "2025-05-07",
  ),
  src(
    "president-by-2025-05-07",
    "Press service of the President of Belarus",
    "https://president.gov.by/en/events/aleksandr-lukasenko-pomiloval-42-osuzdennyh-za-prestuplenia-ekstremistskoj-napravlennosti-1746626260",
    "2025-05-07",
  ),
  src(
    "civicus-2025-06-10",
    "CIVICUS Monitor",
    "https://monitor.civicus.org/explore/viasna-human-rights-centre-volunteer-released-after-completing-sentence",
    "2025-06-10",
  ),
  src(
    "unn-2025-06-21",
    "UNN",
    "https://unn.ua/en/news/exclusively-on-humanitarian-grounds-lukashenka-pardoned-14-convicts-at-trumps-request-press-secretary",
    "2025-06-21",
  ),
  src(
    "chas-pravdy-2025-07-02",
    "Chas Pravdy",
    "https://chaspravdy.com/en/news/2025/07/02/lukashenko-grants-mass-pardons-16-individuals-released-including-some-for-political-reasons",
    "2025-07-02",
  ),
  src(
    "polskie-radio-2025-09-11",
    "Polskie Radio",
    "https://www.polskieradio.pl/395/7785/artykul/3578209,belarus-frees-52-prisoners-after-us-envoy-visit",
    "2025-09-11",
  ),
  src(
    "kyiv-independent-2025-09-16",
    "Kyiv Independent",
    "https://kyivindependent.com/lukashenko-pardons-25-prisoners-ahead-of-unity-day",
    "2025-09-16",
  ),
  src("rferl-georgian-2025-11", "RFE/RL Georgian Service", "https://www.radiotavisupleba.ge/a/33598976.html"),
  src(
    "kyiv-independent-2025-12-13",
    "Kyiv Independent",
    "https://kyivindependent.com/us-lifting-sanctions-on-belarusian-potash-fertilizers-us-presidential-envoy-says",
    "2025-12-13",
  ),
  src(
    "kentucky-insider-2025-12-13",
    "Kentucky Insider",
    "https://kentuckyinsider.com/politics/belarus-releases-123-prisoners-including-nobel-laureate-bialiatski",
    "2025-12-13",
  ),
  src(
    "gayaone-2025-12-13",
    "GayaOne",
    "https://gayaone.com/sitemap.xml/world-events/breaking-news/belarus-frees-123-detainees-including-nobel-laureate-bialiatski-after-u-s-sanctions-easing",
    "2025-12-13",
  ),
  src(
    "belta-2025-12-28",
    "BelTA (News.by)",
    "https://news.by/eng/news/prezident/lukashenko-sign-decree-pardoning-22-people-ahead-of-new-year",
    "2025-12-28",
  ),
  src(
    "unn-2025-12-30",
    "UNN",
    "https://unn.ua/en/news/lukashenka-released-22-political-prisoners-including-those-with-minor-children",
    "2025-12-30",
  ),
  src("afp-efe-2025-12-30", "AFP/EFE", "https://kudupinter.com/?p=120653", "2025-12-30"),
  src(
    "zdg-2026-03-05",
    "Ziarul de Gardă",
    "https://www.zdg.md/stiri/stiri-externe/lukasenko-a-gratiat-18-condamnati-dintre-care-15-detinuti-politici/",
    "2026-03-05",
  ),
  src(
    "ap-2025-02-12",
    "AP",
    "https://mynorthwest.com/national/belarus-releases-3-people-including-an-american-and-a-jailed-journalist/4044769",
    "2025-02-12",
  ),
  src(
    "ap-2025-06-21",
    "AP",
    "https://www.arabtimesonline.com/news/belarus-frees-dissident-siarhei-tsikhanouski-and-13-others-after-rare-visit-from-top-us-envoy",
    "2025-06-21",
  ),
  // Deaths in custody.
  src(
    "strana-six-heroes",
    "Strana fund",
    "https://en.stranafund.org/blog/news/depolitzakluchennih-shest-geroev-kotorie-ostanutsa-politzakluchennimi-navsegda",
  ),
  src(
    "polsat-2024-01-13",
    "Polsat News",
    "https://www.polsatnews.pl/wiadomosc/2024-01-13/bialorus-nie-zyje-kolejny-wiezien-polityczny-wadzim-chrasko-mial-50-lat/",
    "2024-01-13",
  ),
  src("charter97-2025-10-23", "Charter97", "https://charter97.org/en/news/2025/10/23/660285", "2025-10-23"),
  src(
    "strana-pushkin-anniversary",
    "Strana fund",
    "https://en.stranafund.org/blog/news/gadavina-smerci-alesia-pushkina-vechnaya-pamiat-niazlomnamu-mastaku-i-palitviaznu",
  ),
  src("wikipedia-ihar-lednik", "Wikipedia", "https://en.wikipedia.org/wiki/Ihar_Lednik"),
  src(
    "ansa-2024-02-20",
    "ANSA",
    "https://www.ansa.it/sito/notizie/mondo/europa/2024/02/20/un-prigioniero-politico-muore-in-carcere-in-bielorussia_54b21f19-80f7-4387-9412-3fe4fa34b561.html",
    "2024-02-20",
  ),
  src(
    "kyiv-independent-2024-04-11",
    "Kyiv Independent",
    "https://kyivindependent.com/ngo-belarusian-man-accused-of-insulting-lukashenko-dies-in-jail-awaiting-trial/",
    "2024-04-11",
  ),
  src(
    "ukrainska-pravda-2024-11-03",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2024/11/3/7482705/",
    "2024-11-03",
  ),
  src("euroradio-2025-shtermer", "Euroradio", "http://euroradio.be/ru/v-belarusi-umer-politzaklyuchyonnyy"),
  src(
    "pen-belarus-2025-09-11",
    "PEN Belarus",
    "https://penbelarus.org/en/2025/09/11/zayava-z-nagody-smerczi-u-nyavoli-palitvyaznya-andreya-padnyabennaga.html",
    "2025-09-11",
  ),
  // Detentions.
  src(
    "interfax-ukraine-2020-08-10",
    "Interfax-Ukraine",
    "https://en.interfax.com.ua/news/general/680076.html",
    "2020-08-10",
  ),
  src(
    "gazeta-pl-2020-08-10",
    "Gazeta.pl",
    "https://wiadomosci.gazeta.pl/wiadomosci/7,114881,26196906,bialorus-bielsat-w-protestach-zginela-co-najmniej-jedna-osoba.html?utm_source=RSS&utm_medium=RSS&utm_campaign=10199882",
    "2020-08-10",
  ),
  src(
    "agerpres-2020-10",
    "Agerpres",
    "https://ziare.com/international/stiri-internationale/femei-si-studenti-care-manifestau-pasnic-in-minsk-impotriva-guvernului-arestati-de-politie-1638228",
  ),
  src(
    "udf-2021-08",
    "UDF.name",
    "https://udf.name/english/news-subjects/232414-new-wave-of-arrests-in-belarus-as-more-than-20-detained-in-two-days.html",
  ),
  src(
    "ap-2024-11-06",
    "AP",
    "https://malaysia.news.yahoo.com/belarusian-authorities-launch-wave-repression-184854504.html",
    "2024-11-06",
  ),
  src(
    "interfax-ukraine-2020-08-11",
    "Interfax-Ukraine",
    "https://en.interfax.com.ua/news/general/680372.html",
    "2020-08-11",
  ),
  src(
    "reuters-2020-08-12",
    "Reuters",
    "https://bdnews24.com/world/2020/08/12/belarus-says-police-detained-more-than-1000-protesters-overnight",
    "2020-08-12",
  ),
  src("tass-2020-10-04", "TASS", "https://tass.com/world/1208469", "2020-10-04"),
  src(
    "frontnews-2020-10-26",
    "Frontnews",
    "http://frontnews.eu/news/en/73354/256-activists-detained-in-Belarus-on-October-26",
    "2020-10-26",
  ),
  src(
    "onet-2020-10-26",
    "Onet",
    "https://wiadomosci.onet.pl/swiat/bialorus-zatrzymania-podczas-protestow-w-poniedzialek-261020r/x11tlsk",
    "2020-10-26",
  ),
  src(
    "slovo-i-dilo-2020-11-08",
    "Slovo i Dilo",
    "https://www.slovoidilo.ua/amp/2020/11/08/novyna/svit/protestiv-bilorusi-zatrymaly-400-osib",
    "2020-11-08",
  ),
  src(
    "ria24-2020-11-22",
    "RIA24",
    "https://ria24.today/news/v-belarusi-siloviki-zaderzhali-pochti-400/5109754",
    "2020-11-22",
  ),
  src(
    "belsat-2021-03-03",
    "Belsat",
    "https://redakcja.belsat.cloud/en/news/03-03-2021-bloggers-and-admins-of-neighborhood-chat-rooms-detained-in-minsk",
    "2021-03-03",
  ),
  src(
    "belsat-2021-07-03",
    "Belsat",
    "https://belsat.eu/en/news/03-07-2021-as-many-as-246-people-were-detained-in-belarus-in-june/",
    "2021-07-03",
  ),
  src("nashaniva-2021-09-23", "Nasha Niva", "https://d3kcf2pe5t7rrb.cloudfront.net/?c=amp&i=278309&lang=ru"),
  src("nashaniva-2023-08-navahrudak", "Nasha Niva", "https://d2b0v286pbg9yh.cloudfront.net/?c=amp&i=324026&lang=ru"),
  src("the-insider-2024-01-23", "The Insider", "https://theins.ru/en/news/268560", "2024-01-23"),
  src("nashaniva-2024-08-07", "Nasha Niva", "https://nashaniva.com/?c=amp&i=349062", "2024-08-07"),
  src("malanka-2024-11", "Malanka Media", "https://malanka.media/news/53487"),
  src("zerkalo-2024-11-14", "Zerkalo", "https://zerkalo-news.xyz/news/life/83308.html", "2024-11-14"),
  src("zerkalo-2024-11-04", "Zerkalo", "https://news.zerkalo.io/amp/life/82427.html", "2024-11-04"),
  src(
    "euroradio-2024-10-31",
    "Euroradio",
    "https://euroradio.by/ru/31-oktyabrya-v-novogrudke-massovo-zaderzhivali-lyudey",
    "2024-10-31",
  ),
  // The table dates this only to November 2024; the newsletter of 15 Nov reports the same lists,
  // and its period ends on 5 Nov 2024.
  src("belzhd-2024-11", "BelZhD", "https://belzhd.com/beb7wri9", undefined, { knownBy: "2024-11-05" }),
  src(
    "tvp-world-2024-11-14",
    "TVP World",
    "http://tvp.pl/tvp-world/kategorie/society/belarus-detains-relatives-of-political-prisoners-in-nationwide-raids/83493556",
    "2024-11-14",
  ),
  src("charter97-2025-12-02", "Charter97", "https://charter97.org/ru/news/2025/12/2/665182/", "2025-12-02"),
  // Incommunicado.
  src(
    "tsikhanouskaya-office-2023-05-19",
    "Office of Sviatlana Tsikhanouskaya",
    "https://tsikhanouskaya.org/en/events/news/e6ade76d1eb46d0.html",
    "2023-05-19",
  ),
  src(
    "tsikhanouskaya-office-2024-09-09",
    "Office of Sviatlana Tsikhanouskaya",
    "https://tsikhanouskaya.org/?p=107675",
    "2024-09-09",
  ),
  src("pozirk-2024-07-12", "Pozirk", "https://mstagmanager.com/en/news/95114", "2024-07-12"),
  src("pozirk-2024-11-12", "Pozirk", "https://mstagmanager.com/en/news/113683", "2024-11-12"),
  src("pozirk-2025-02-05", "Pozirk", "https://pozirk.online/en/news/125090/", "2025-02-05"),
  src(
    "novaya-gazeta-europe-2024-11-12",
    "Novaya Gazeta Europe",
    "https://novayagazeta.eu/articles/2024/11/12/jailed-belarus-opposition-figure-reportedly-allowed-to-see-father-after-2-years-of-isolation-en-news",
    "2024-11-12",
  ),
  src(
    "bush-center-2025-losik",
    "George W. Bush Presidential Center",
    "https://bushcenternew.org/publications/struggle-for-freedom-update-radio-free-liberty-radio-europes-losik-freed-after-five-years-in-belarus-jail",
  ),
  src("rferl-free-ihar-losik", "RFE/RL", "https://pressroom.rferl.org/free-ihar-losik"),
  src(
    "united24-2025-09-11",
    "United24 Media",
    "https://united24media.com/latest-news/radio-free-europe-journalist-ihar-losik-freed-after-more-than-five-years-in-belarus-prison-11611",
    "2025-09-11",
  ),
  src("nashaniva-2025-09-04", "Nasha Niva", "https://d2accbiqacj5y8.cloudfront.net/be_latn/376188", "2025-09-04"),
  src(
    "ukrainska-pravda-2025-09-15",
    "Ukrainska Pravda",
    "https://www.pravda.com.ua/eng/news/2025/09/15/7530947/",
    "2025-09-15",
  ),
  src(
    "nhc-2023-loika",
    "Netherlands Helsinki Committee",
    "https://www.nhc.nl/statement-we-demand-the-immediate-and-unconditional-release-of-nasta-loika/",
  ),
  src(
    "article19-2025-06-21",
    "ARTICLE 19",
    "https://www.article19.org/resources/belarus-siarhei-tsikhanouski-released-after-five-years-now-free-them-all",
  ),
  src(
    "dziennik-2023-05",
    "Dziennik.pl",
    "https://wiadomosci.dziennik.pl/swiat/artykuly/8710861,aleksandr-lukaszenka.html",
  ),
  src(
    "zachod-2025-01-08",
    "Zachod.pl",
    "https://zachod.pl/1132962/wladze-bialoruskie-pokazaly-zdjecia-babaryki-dawno-niewidzianego-wiezionego-oponenta-lukaszenki/",
    "2025-01-08",
  ),
  // Key dates.
  src(
    "anadolu-2020-08",
    "Anadolu Agency",
    "https://infosurhoy.com/news/longtime-president-lukashenko-wins-belarus-election/",
  ),
  src("tass-2020-10-04-result", "TASS", "https://tass.com/world/1208437", "2020-10-04"),
  src(
    "newsaz-belta-2024-10",
    "News.az (BelTA)",
    "https://news.az/news/belarus-to-hold-presidential-election-in-january-2025",
    undefined,
    {
      knownBy: "2024-10-23",
    },
  ),
  src(
    "fidh-2021-07",
    "FIDH",
    "https://belarus.fidh.org/Following-the-adoption-of-the-UN-resolution-on-Belarus-Viasna-s-Board-member",
  ),
  src(
    "moscow-times-2024-10-23",
    "The Moscow Times",
    "https://www.themoscowtimes.com/2024/10/23/belarus-to-hold-next-presidential-election-on-jan-26-a86783",
    "2024-10-23",
  ),
  src("tass-2025-01-26", "TASS", "https://tass.com/world/1904477"),
  src(
    "ukrinform-2025-01-27",
    "Ukrinform",
    "https://menafn.com/1109131300/Belarus-CEC-Announces-Preliminary-Election-Results-Lukashenko-Receives-Nearly-87",
    "2025-01-27",
  ),
  src("xinhua-2025-02-03", "Xinhua", "https://www.shine.cn/news/world/2502034908/", "2025-02-03"),
];

/* ------------------------------------------------------------------------------------------------
 * Gazetteer (section F town_coordinates)
 * --------------------------------------------------------------------------------------------- */

interface PlaceDef {
  id: string;
  be: string;
  ru: string;
  kind: Place["kind"];
}

/** Belarusian and Russian names as listed in the table (checked against its spellings). */
const PLACE_DEFS: Record<string, PlaceDef> = {
  Babruysk: { id: "babruysk", be: "Бабруйск", ru: "Бобруйск", kind: "town" },
  Baranavichy: { id: "baranavichy", be: "Баранавічы", ru: "Барановичи", kind: "town" },
  Brest: { id: "brest", be: "Брэст", ru: "Брест", kind: "city" },
  Hlybokaye: { id: "hlybokaye", be: "Глыбокае", ru: "Глубокое", kind: "town" },
  Homiel: { id: "homiel", be: "Гомель", ru: "Гомель", kind: "city" },
  Hrodna: { id: "hrodna", be: "Гродна", ru: "Гродно", kind: "city" },
  Khoyniki: { id: "khoyniki", be: "Хойнікі", ru: "Хойники", kind: "town" },
  Mahiliou: { id: "mahiliou", be: "Магілёў", ru: "Могилёв", kind: "city" },
  Maladzechna: { id: "maladzechna", be: "Маладзечна", ru: "Молодечно", kind: "town" },
  Minsk: { id: "minsk", be: "Мінск", ru: "Минск", kind: "capital" },
  Navahrudak: { id: "navahrudak", be: "Навагрудак", ru: "Новогрудок", kind: "town" },
  Navapolatsk: { id: "navapolatsk", be: "Наваполацк", ru: "Новополоцк", kind: "town" },
  Pinsk: { id: "pinsk", be: "Пінск", ru: "Пинск", kind: "town" },
  Shklou: { id: "shklou", be: "Шклоў", ru: "Шклов", kind: "town" },
  Slonim: { id: "slonim", be: "Слонім", ru: "Слоним", kind: "town" },
  Smarhon: { id: "smarhon", be: "Смаргонь", ru: "Сморгонь", kind: "town" },
  Vawkavysk: { id: "vawkavysk", be: "Ваўкавыск", ru: "Волковыск", kind: "town" },
  Vitsebsk: { id: "vitsebsk", be: "Віцебск", ru: "Витебск", kind: "city" },
  Yelizovo: { id: "yelizovo", be: "Ялізава", ru: "Елизово", kind: "town" },
  Zhlobin: { id: "zhlobin", be: "Жлобін", ru: "Жлобин", kind: "town" },
};

/** Spellings used by the newsletter that the table does not list. */
const EXTRA_ALT: Record<string, string[]> = { mahiliou: ["Mahileu"] };

const REGION_TO_OBLAST: Record<string, Oblast> = {
  "Brest Region": "BY-BR",
  "Gomel (Homiel) Region": "BY-HO",
  "Grodno (Hrodna) Region": "BY-HR",
  "Mogilev (Mahiliou) Region": "BY-MA",
  "Mogilev (Mahiliou) Region (Asipovichy district)": "BY-MA",
  "Minsk Region": "BY-MI",
  "Minsk (capital city; centre of Minsk Region)": "BY-HM",
  "Vitebsk (Vitsebsk) Region": "BY-VI",
};

/** One source per coordinate row (the second, "alternative value" rows are not used). */
function gazetteerSources(rows: FactRow[]): SourceMeta[] {
  return rows
    .filter((r) => r.metric === "town_coordinates" && !/alternative value/i.test(r.subject))
    .map((r) => {
      const def = PLACE_DEFS[r.subject];
      if (!def) throw new Error(`facts.csv line ${r.line}: no gazetteer entry for ${r.subject}`);
      const host = new URL(r.source_url).hostname;
      const publisher = /(^|\.)wikipedia\.org$/.test(host) ? "Wikipedia" : `Wikipedia mirror (${host})`;
      return { id: `gazetteer-${def.id}`, publisher, url: r.source_url };
    });
}

/* ------------------------------------------------------------------------------------------------
 * The build
 * --------------------------------------------------------------------------------------------- */

type Extra = { hi?: number; basis?: "reported" | "computed"; note?: string };
/** What sources state about a named person besides the name (see ReleaseBuilder.person). */
type PersonDef = {
  about?: { text: Text; sources: string[] };
  /** Statuses in date order; the latest one known by the release date is kept. */
  status?: PersonStatus[];
  criminalCase?: Person["criminalCase"];
  inCustodySince?: (DatedClaim | null)[];
  daysInCustody?: (DaysClaim | null)[];
};
type ReleaseRecords = {
  sources: Source[];
  places: Place[];
  people: Person[];
  pardons: PardonStage[];
  detentions: DetentionEvent[];
  series: Series[];
  deaths: DeathInCustody[];
  incommunicado: Incommunicado[];
  events: ContextEvent[];
};

const compact = <T>(xs: (T | null | undefined)[]): T[] => xs.filter((x): x is T => x !== null && x !== undefined);
const uniq = (xs: string[]) => [...new Set(xs)];
const T = (en: string, be?: string, ru?: string): Text => ({ en, ...(be ? { be } : {}), ...(ru ? { ru } : {}) });

function numbersIn(text: string): Set<string> {
  const normalised = text.replace(/(\d),(?=\d{3}\b)/g, "$1");
  return new Set(normalised.match(/\d+(?:\.\d+)?/g) ?? []);
}

export class Builder {
  readonly rows: FactRow[];
  readonly newsletter: string;
  readonly meta = new Map<string, SourceMeta>();
  readonly idByUrl = new Map<string, string>();
  readonly rowsByUrl = new Map<string, FactRow[]>();

  constructor(rows: FactRow[], newsletter: string) {
    this.rows = rows;
    this.newsletter = newsletter;
    for (const r of rows) {
      if (!r.source_url) throw new Error(`facts.csv line ${r.line}: row has no source URL`);
      this.rowsByUrl.set(r.source_url, [...(this.rowsByUrl.get(r.source_url) ?? []), r]);
    }
    for (const m of [...SOURCE_META, ...gazetteerSources(rows)]) {
      if (this.meta.has(m.id)) throw new Error(`source id ${m.id} is defined twice`);
      if (this.idByUrl.has(m.url)) throw new Error(`source URL ${m.url} has two ids`);
      if (!this.rowsByUrl.has(m.url)) throw new Error(`source ${m.id}: URL is not in facts.csv: ${m.url}`);
      this.meta.set(m.id, m);
      this.idByUrl.set(m.url, m.id);
    }
  }

  sourceIdOf(row: FactRow): string {
    const id = this.idByUrl.get(row.source_url);
    if (!id) throw new Error(`facts.csv line ${row.line}: no source id for ${row.source_url}`);
    return id;
  }

  /** The earliest date by which the source can have been public (see the file comment). */
  knownBy(id: string): string {
    if (id === NEWSLETTER) return "2024-11-15";
    const m = this.meta.get(id);
    if (!m) throw new Error(`unknown source id "${id}"`);
    if (m.knownBy) return endOf(m.knownBy);
    let known = m.date ? endOf(m.date) : "";
    for (const r of this.rowsByUrl.get(m.url)!) if (r.as_of) known = maxDate(known, endOf(r.as_of));
    return known;
  }

  /** Fails loudly if none of the source's rows (or the newsletter) states the number. */
  assertSupports(id: string, n: number, what: string): void {
    const wanted = String(n);
    if (id === NEWSLETTER) {
      if (!numbersIn(this.newsletter).has(wanted)) throw new Error(`${what}: the newsletter never states ${n}`);
      return;
    }
    const m = this.meta.get(id);
    if (!m) throw new Error(`${what}: unknown source id "${id}"`);
    const ok = this.rowsByUrl
      .get(m.url)!
      .some(
        (r) =>
          (r.value !== "" && Number(r.value) === n) ||
          (r.value_hi !== "" && Number(r.value_hi) === n) ||
          numbersIn(`${r.details} ${r.source_title} ${r.conflict_note}`).has(wanted),
      );
    if (!ok) throw new Error(`${what}: no row of source ${id} states ${n}`);
  }

  rowsOf(metric: string): FactRow[] {
    const rows = this.rows.filter((r) => r.metric === metric);
    if (rows.length === 0) throw new Error(`facts.csv has no rows for metric ${metric}`);
    return rows;
  }

  sourceRecord(id: string): Source {
    if (id === NEWSLETTER) {
      return {
        id: NEWSLETTER,
        title: "Human rights in Belarus in numbers and facts, 2–15 November 2024",
        publisher: "Human Constanta",
        date: "2024-11-15",
        note: "Newsletter; the links in the copy used here were placeholders, so it has no public address. Cited only for its own figures.",
      };
    }
    const m = this.meta.get(id)!;
    const titles = uniq(this.rowsByUrl.get(m.url)!.map((r) => r.source_title)).sort(
      (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
    );
    return {
      id,
      title: titles[0]!,
      publisher: m.publisher,
      ...(m.date ? { date: m.date } : {}),
      url: m.url,
      ...(m.note ? { note: m.note } : {}),
    };
  }

  build(cutoff: string): ReleaseRecords {
    return new ReleaseBuilder(this, cutoff).build();
  }
}

class ReleaseBuilder {
  constructor(
    readonly b: Builder,
    readonly cutoff: string,
  ) {}

  k = (id: string): boolean => this.b.knownBy(id) <= this.cutoff;

  /** The known sources among ids, in the order given, without duplicates. */
  ids = (...ids: string[]): string[] => uniq(ids.filter(this.k));

  claim = (value: number, qualifier: Qualifier, sources: string[], extra: Extra = {}): Claim | null => {
    if (extra.basis !== "computed") {
      for (const s of sources) this.b.assertSupports(s, value, `claim ${value}`);
      if (extra.hi !== undefined) for (const s of sources) this.b.assertSupports(s, extra.hi, `claim hi ${extra.hi}`);
    }
    const known = this.ids(...sources);
    if (known.length === 0) return null;
    return {
      value,
      qualifier,
      ...(extra.hi !== undefined ? { hi: extra.hi } : {}),
      sources: known,
      ...(extra.basis ? { basis: extra.basis } : {}),
      ...(extra.note ? { note: extra.note } : {}),
    };
  };

  dated = (date: string, sources: string[], note?: string): DatedClaim | null => {
    const known = this.ids(...sources);
    if (known.length === 0) return null;
    return { date, sources: known, ...(note ? { note } : {}) };
  };

  days = (value: number, qualifier: Qualifier, asOf: string, sources: string[], note?: string) => {
    const c = this.claim(value, qualifier, sources, note ? { note } : {});
    return c ? { ...c, asOf } : null;
  };

  build(): ReleaseRecords {
    const places = this.places();
    const series = this.series();
    const pardons = this.pardons();
    const detentions = this.detentions();
    const { deaths, deathPeople } = this.deaths();
    const { incommunicado, incommunicadoPeople } = this.incommunicado();
    const events = this.events();
    const people = [...deathPeople, ...incommunicadoPeople, ...this.otherPeople()];

    const byDateThenId =
      <R extends { id: string }>(date: (r: R) => string) =>
      (a: R, b: R) =>
        date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    pardons.sort(byDateThenId((p) => p.date));
    detentions.sort(byDateThenId((d) => d.start));
    deaths.sort(byDateThenId((d) => d.died[0]!.date));
    incommunicado.sort(byDateThenId((r) => r.since[0]!.date));
    events.sort(byDateThenId((e) => e.date));
    people.sort(byDateThenId(() => ""));
    places.sort(byDateThenId(() => ""));

    const records = { places, people, pardons, detentions, series, deaths, incommunicado, events };
    const used = new Set<string>();
    collectRefs(records, new Set(["sources", "nameSources"]), (id) => used.add(id));
    const sources = [...used].map((id) => this.b.sourceRecord(id));
    sources.sort(byDateThenId((s) => s.date ?? "9999"));
    return { sources, ...records };
  }

  /* ---------------------------------------------------------------- places */

  places(): Place[] {
    const out: Place[] = [];
    for (const r of this.b.rowsOf("town_coordinates")) {
      if (/alternative value/i.test(r.subject)) continue; // second coordinates for Brest / Smarhon: not used
      const def = PLACE_DEFS[r.subject];
      if (!def) throw new Error(`facts.csv line ${r.line}: no gazetteer entry for ${r.subject}`);
      const oblast = REGION_TO_OBLAST[r.region];
      if (!oblast) throw new Error(`facts.csv line ${r.line}: unknown region ${r.region}`);
      const m = /alternative spellings:\s*([^;]*)/.exec(r.details);
      if (!m) throw new Error(`facts.csv line ${r.line}: no alternative spellings`);
      const spellings = m[1]!
        .split("/")
        .map((s) => s.trim())
        .filter(Boolean);
      const cyrillic = spellings.filter((s) => /[\u0400-\u04ff]/.test(s));
      for (const name of [def.be, def.ru]) {
        if (!cyrillic.includes(name)) throw new Error(`${r.subject}: ${name} is not among the listed spellings`);
      }
      const alt = uniq([...spellings.filter((s) => s !== def.be && s !== def.ru), ...(EXTRA_ALT[def.id] ?? [])]);
      const place: Place = {
        id: def.id,
        names: { en: r.subject, be: def.be, ru: def.ru },
        alt,
        kind: def.kind,
        oblast,
        ...(r.lat && r.lon ? { lat: Number(r.lat), lon: Number(r.lon) } : {}),
        sources: [this.placeSource(r)],
      };
      out.push(place);
    }
    return out;
  }

  placeSource(r: FactRow): string {
    return this.b.sourceIdOf(r);
  }

  /* ---------------------------------------------------------------- series */

  series(): Series[] {
    const notes: Record<string, string> = {
      // political_prisoners_in_custody
      "prisoners_in_custody|2020-12|rada-vision-2020": "Attributed to Viasna; end of 2020.",
      "prisoners_in_custody|2022-12|hrw-world-report-2023": "HRW count at the time of writing, late 2022.",
      "prisoners_in_custody|2023|eeyong-2023": "Viasna figure; month not given (context suggests mid-2023).",
      "prisoners_in_custody|2023-04-28|adnkronos-2023-04-28":
        "Headline says at least 1,500; the text says the total reached 1,500.",
      "prisoners_in_custody|2023-11-20|energia-liguria-digest":
        "Year not printed in the digest; matches Viasna's late-November 2023 figure.",
      "prisoners_in_custody|2023-12-31|viasna-2023-12":
        "Viasna's December 2023 review; its 2023 annual review gives 1,452 for the same date.",
      "prisoners_in_custody|2023-12-31|viasna-annual-2023":
        "Viasna's 2023 annual review; its December 2023 review gives 1,477 for the same date.",
      "prisoners_in_custody|2024-01|ap-2024-01-republished":
        "AP report republished without its date; context points to late January 2024.",
      "prisoners_in_custody|2024-07-31|nashaniva-2024-07-31":
        "The same article also gives 1,380 elsewhere in its text.",
      "prisoners_in_custody|2024-10|racyja-2024-10": "The count fell below 1,300 in early October 2024.",
      "prisoners_in_custody|2024-11-15|hc-newsletter-2024-11-15": "Human Constanta newsletter, 15 Nov 2024.",
      "prisoners_in_custody|2025-05-22|ap-2025-05-22": "“Nearly 1,200” (Viasna via AP).",
      "prisoners_in_custody|2025-06-21|aljazeera-2025-06-21": "Figure given by Sviatlana Tsikhanouskaya, not Viasna.",
      "prisoners_in_custody|2025-06-26|fidh-2025-06-26":
        "FIDH, Viasna and OMCT statement to the UN Human Rights Council.",
      "prisoners_in_custody|2025-09|civicus-2025-09-29":
        "Other September 2025 figures: 1,246 (Global Pulse, about 16 Sep) and at least 1,184 (HRW, 26 Sep).",
      "prisoners_in_custody|2025-09-08|moscow-times-2025-09-08": "“Nearly 1,200” per Viasna.",
      "prisoners_in_custody|2025-09-16|global-pulse-2025-09":
        "Date inferred from the report on Mikalai Statkevich (about 15–16 Sep 2025); differs from CIVICUS and HRW figures for the same month.",
      "prisoners_in_custody|2025-09-26|hrw-2025-09-26":
        "Differs from CIVICUS (1,197) and Global Pulse (1,246) for September 2025.",
      "prisoners_in_custody|2025-12-13|news-digest-2025-12-13": "Figure given by Ales Bialiatski after his release.",
      "prisoners_in_custody|2025-12-23|uanews-2025-12-23": "Printed as 968 men and 168 women, which add up to 1,136.",
      "prisoners_in_custody|2026-03-05|devdiscourse-2026-03-05":
        "“Over 1,140” remain; date inferred from the report of the 5 Mar 2026 pardon. The research table records this as “about”; the wording is “over”.",
      // recognised_cumulative
      "recognised_cumulative|2023-10-31|voiceofbelarus-viasna-2023-10": "“Almost 2,800” since May 2020.",
      "recognised_cumulative|2024-10-31|viasna-2024-10": "“Some 3,600”.",
      "recognised_cumulative|2026-03-05|reform-news-2026-03-605":
        "Date inferred: reported on the day of the 5 Mar 2026 pardon.",
      // newly_recognised
      "newly_recognised|2023-02-27|niezalezna-2023-02-27": "Recognised on a single day (Viasna).",
      "newly_recognised|2024-07-31|nashaniva-2024-07-31": "Recognised on a single day (31 Jul 2024).",
      "newly_recognised|2024-11-15|hc-newsletter-2024-11-15":
        "Recognised during 2–15 Nov 2024 (Human Constanta newsletter).",
      "newly_recognised|2024-11-30|viasna-2024-11": "Whole of November 2024; the newsletter counts 14 for 2–15 Nov.",
      "newly_recognised|2025-09-17|charter97-2025-09-17": "Since 18 Jan 2025 (Viasna via Charter97).",
      "newly_recognised|2025-12-23|uanews-2025-12-23": "Whole of 2025 up to 23 Dec (Viasna's annual figures).",
      // treason_convictions_cumulative
      "treason_convictions_cumulative|2024-02-08|zerkalo-2024-02-08-treason":
        "At least 55 people faced treason charges by then, at least 44 of them convicted (2 in absentia).",
      "treason_convictions_cumulative|2024-11-06|hc-newsletter-2024-11-15":
        "Viasna figure cited by the newsletter, which adds that the number had roughly doubled in nine months (no earlier figure given).",
    };
    const usedNotes = new Set<string>();
    const obs = (
      seriesId: SeriesId,
      date: string,
      value: number,
      qualifier: Qualifier,
      source: string,
      start?: string,
    ) => {
      const c = this.claim(value, qualifier, [source]);
      if (!c) return null;
      const key = `${seriesId}|${date}|${source}`;
      const note = notes[key];
      if (note) usedNotes.add(key);
      const o: Observation = {
        date,
        ...(start ? { start } : {}),
        value,
        qualifier,
        sources: c.sources,
        ...(note ? { note } : {}),
      };
      return o;
    };
    const fromRows = (
      seriesId: SeriesId,
      metric: string,
      opts: { period?: boolean; skip?: (r: FactRow) => boolean } = {},
    ) =>
      this.b
        .rowsOf(metric)
        .filter((r) => !opts.skip?.(r))
        .map((r) => {
          if (r.value === "" || !r.qualifier) throw new Error(`facts.csv line ${r.line}: series row without a figure`);
          const id = this.b.sourceIdOf(r);
          // One correction of the table's qualifier, explained in the observation note.
          const qualifier =
            id === "devdiscourse-2026-03-05" && metric === "political_prisoners_in_custody"
              ? "more_than"
              : (r.qualifier as Qualifier);
          return opts.period
            ? obs(seriesId, r.date_end, Number(r.value), qualifier, id, r.date_start)
            : obs(seriesId, r.as_of, Number(r.value), qualifier, id);
        });

    const sortObs = (xs: (Observation | null)[]) =>
      compact(xs).sort((a, b) =>
        a.date !== b.date
          ? a.date < b.date
            ? -1
            : 1
          : (a.start ?? "") !== (b.start ?? "")
            ? (a.start ?? "") < (b.start ?? "")
              ? -1
              : 1
            : a.sources[0]! < b.sources[0]!
              ? -1
              : a.sources[0]! > b.sources[0]!
                ? 1
                : a.value - b.value,
      );

    const series: Series[] = [
      {
        id: "prisoners_in_custody",
        title: T("Political prisoners in custody", "Палітвязні пад вартай", "Политзаключённые под стражей"),
        unit: "persons",
        observations: sortObs([
          ...fromRows("prisoners_in_custody", "political_prisoners_in_custody"),
          obs("prisoners_in_custody", "2024-11-15", 1275, "exact", NEWSLETTER),
        ]),
      },
      {
        id: "prisoners_in_custody_women",
        title: T(
          "Women political prisoners in custody",
          "Жанчыны-палітвязні пад вартай",
          "Женщины-политзаключённые под стражей",
        ),
        unit: "persons",
        observations: sortObs(fromRows("prisoners_in_custody_women", "political_prisoners_in_custody_women")),
      },
      {
        id: "newly_recognised",
        title: T(
          "Newly recognised political prisoners",
          "Новыя прызнаныя палітвязні",
          "Новые признанные политзаключённые",
        ),
        unit: "persons",
        observations: sortObs([
          ...fromRows("newly_recognised", "newly_recognized_political_prisoners", {
            period: true,
            // "About 40 per month in 2025" is an average, not a count for the period: left out.
            skip: (r) => /average per month/.test(r.details),
          }),
          obs("newly_recognised", "2024-11-15", 14, "exact", NEWSLETTER, "2024-11-02"),
        ]),
      },
      {
        id: "recognised_cumulative",
        title: T(
          "Recognised as political prisoners since 2020 (cumulative)",
          "Прызнаныя палітвязнямі з 2020 года (усяго)",
          "Признаны политзаключёнными с 2020 года (всего)",
        ),
        unit: "persons",
        observations: sortObs(
          fromRows("recognised_cumulative", "recognized_political_prisoners_since_2020_cumulative"),
        ),
      },
      {
        id: "treason_convictions_cumulative",
        title: T(
          "Convicted of “high treason” (Art. 356) since 9 Aug 2020",
          "Асуджаныя за «здраду дзяржаве» (арт. 356) з 9 жніўня 2020 года",
          "Осуждены за «измену государству» (ст. 356) с 9 августа 2020 года",
        ),
        unit: "persons",
        observations: sortObs([
          ...fromRows("treason_convictions_cumulative", "treason_art356_convicted_cumulative", { period: true }),
          obs("treason_convictions_cumulative", "2024-11-06", 88, "at_least", NEWSLETTER, "2020-08-09"),
        ]),
      },
    ];
    // Every note must have found its observation in the full release (catches typos in keys).
    if (this.cutoff >= "2026-03-05") {
      const unused = Object.keys(notes).filter((key) => !usedNotes.has(key));
      if (unused.length) throw new Error(`series notes never used: ${unused.join(", ")}`);
    }
    return series;
  }

  /* ---------------------------------------------------------------- pardons */

  pardons(): PardonStage[] {
    const { claim, k } = this;
    const NL = NEWSLETTER;
    type StageDef = {
      date: string;
      kind: PardonStage["kind"];
      count: (Claim | null)[];
      runningTotal?: (Claim | null)[];
      stageNumbers?: { number: number; counting: string; sources: string[] }[];
      breakdown?: [BreakdownKey, number, string[]][];
      note?: Text | null;
      conflict?: Text | null;
      extraSources?: string[];
      id?: string;
    };
    const stage = (d: StageDef): PardonStage | null => {
      const count = compact(d.count);
      if (count.length === 0) return null;
      const runningTotal = compact(d.runningTotal ?? []);
      const stageNumbers = compact(
        (d.stageNumbers ?? []).map((s) => {
          const sources = this.ids(...s.sources);
          return sources.length ? { number: s.number, counting: s.counting, sources } : null;
        }),
      );
      const breakdown: PardonStage["breakdown"] = {};
      for (const [key, value, sources] of d.breakdown ?? []) {
        const c = claim(value, "exact", sources);
        if (c) breakdown[key] = c;
      }
      const sources = uniq([
        ...count.flatMap((c) => c.sources),
        ...runningTotal.flatMap((c) => c.sources),
        ...stageNumbers.flatMap((s) => s.sources),
        ...Object.values(breakdown).flatMap((c) => c.sources),
        ...this.ids(...(d.extraSources ?? [])),
      ]);
      return {
        id: d.id ?? `pardon-${d.date}`,
        date: d.date,
        kind: d.kind,
        count,
        runningTotal,
        stageNumbers,
        breakdown,
        ...(d.note ? { note: d.note } : {}),
        ...(d.conflict ? { conflict: d.conflict } : {}),
        sources,
      };
    };
    const reported = (value: number, q: Qualifier, sources: string[], note?: string) =>
      claim(value, q, sources, { basis: "reported", ...(note ? { note } : {}) });
    const computed = (value: number, sources: string[], note: string) =>
      claim(value, "exact", sources, { basis: "computed", note });

    return compact([
      stage({
        date: "2024-07-03",
        kind: "amnesty",
        count: [
          claim(18, "exact", ["afp-2024-11-07", "rferl-2024-11-20-pardon"], {
            note: "Final count for the July 2024 releases (pardoned, amnestied or exchanged).",
          }),
          claim(4, "exact", ["kyiv-independent-2024-07-03"], {
            note: "Initial count on 3 July (Viasna via Kyiv Independent): 2 men and 2 women.",
          }),
          claim(8, "exact", ["viasna-2024-07-04-amnesty"], {
            note: "Initial count on 4 July (Viasna, morning): 2 women and 6 men released on 3 July; count in progress.",
          }),
          claim(10, "at_least", ["ap-2024-07-04"], { note: "Initial count on 4 July (AP, citing Viasna)." }),
        ],
        stageNumbers: [{ number: 1, counting: "waves since July 2024 (RFE/RL)", sources: ["rferl-2024-11-20-pardon"] }],
        note: T(
          "Releases after the amnesty law for the 80th anniversary of the liberation of Belarus, signed on 2 July 2024; among those freed was Ryhor Kastusiou, leader of the BPF party." +
            (k("afp-2024-11-07")
              ? " AFP, citing Viasna, adds that 20 more people were freed in July after serving their sentences."
              : ""),
        ),
        conflict: T(
          "The counts of 3–4 July (4, 8, at least 10) were initial tallies made while releases were still being confirmed." +
            (k("rferl-2024-11-20-pardon")
              ? " AFP (citing Viasna) and RFE/RL later give 18 for this first wave."
              : " AFP, citing Viasna on 7 Nov 2024, gives 18 pardoned or exchanged in July."),
        ),
        extraSources: ["viasna-2024-07-04-amnesty"],
      }),
      stage({
        date: "2024-08-16",
        kind: "pardon",
        count: [claim(30, "exact", ["ansa-2024-08-16", "siol-2024-08-16"])],
        breakdown: [
          ["women", 14, ["ansa-2024-08-16", "siol-2024-08-16"]],
          ["men", 16, ["ansa-2024-08-16", "siol-2024-08-16"]],
        ],
        note: k("helm-2024-08-22")
          ? T(
              "Some were seriously ill or of pension age. By 22 Aug rights defenders had identified 13 recognised political prisoners among those pardoned.",
            )
          : T("Some were seriously ill or of pension age."),
        extraSources: ["helm-2024-08-22"],
      }),
      stage({
        date: "2024-09-04",
        kind: "pardon",
        count: [claim(30, "exact", ["ap-2024-09-04", "dpa-2024-09-04"])],
        breakdown: [
          ["women", 7, ["dpa-2024-09-04"]],
          ["men", 23, ["dpa-2024-09-04"]],
        ],
        runningTotal: [
          reported(
            78,
            "exact",
            ["salzburger-nachrichten-2024-09"],
            "Released since early July 2024; article undated, written between the 4 and 16 Sep pardons.",
          ),
        ],
        stageNumbers: [{ number: 3, counting: "pardons in three months (AP)", sources: ["ap-2024-09-04"] }],
        note: T("Most of those pardoned were parents of minor children (dpa)."),
      }),
      stage({
        date: "2024-09-16",
        kind: "pardon",
        count: [claim(37, "exact", ["afp-2024-09-16", "unn-2024-09-16", "rferl-2024-09-17-reprint"])],
        breakdown: [["women", 6, ["unn-2024-09-16", "rferl-2024-09-17-reprint"]]],
        runningTotal: [reported(115, "exact", ["rferl-2024-09-17-reprint"], "Released since July 2024 (RFE/RL).")],
        stageNumbers: [
          { number: 3, counting: "mass pardon orders of 2024 (RFE/RL)", sources: ["rferl-2024-09-17-reprint"] },
          { number: 4, counting: "rounds since July 2024 (AFP)", sources: ["afp-2024-09-16"] },
        ],
        note: T(
          "Ahead of National Unity Day (17 Sep); among them chronically ill people, people with disabilities and pensioners. Petitions were reviewed by a commission headed by the Prosecutor General.",
        ),
        conflict: T(
          "RFE/RL calls this the third mass pardon order of the year; AFP counts it as the fourth round since July, counting the July releases.",
        ),
      }),
      stage({
        date: "2024-11-07",
        kind: "pardon",
        count: [claim(31, "exact", [NL, "babel-2024-11-07", "afp-2024-11-07", "tgcom24-2024-11-07"])],
        breakdown: [
          ["women", 2, [NL, "babel-2024-11-07"]],
          ["men", 29, [NL, "babel-2024-11-07"]],
          ["chronically_ill", 17, [NL, "babel-2024-11-07"]],
          ["disabled", 3, [NL, "babel-2024-11-07"]],
          ["parents", 27, [NL, "babel-2024-11-07"]],
          ["parents_of_several", 7, [NL, "babel-2024-11-07"]],
        ],
        runningTotal: [reported(146, "exact", [NL], "Released during 5 stages since 3 July 2024 (newsletter).")],
        stageNumbers: [{ number: 5, counting: "stages since 3 July 2024 (newsletter)", sources: [NL] }],
        note: T(
          "People convicted of “extremist” crimes; freed from the main punishment, but their criminal records were not cleared, and the Interior Ministry said it would monitor their behaviour.",
        ),
      }),
      stage({
        date: "2024-11-20",
        kind: "pardon",
        count: [claim(32, "exact", ["reuters-2024-11-21", "rferl-2024-11-20-pardon", "aljazeera-2024-11-20"])],
        breakdown: [
          ["women", 8, ["reuters-2024-11-21"]],
          ["men", 24, ["reuters-2024-11-21"]],
          ["chronically_ill", 17, ["reuters-2024-11-21"]],
          ["disabled", 1, ["reuters-2024-11-21"]],
          ["over_50", 9, ["reuters-2024-11-21"]],
          ["parents", 17, ["reuters-2024-11-21"]],
        ],
        runningTotal: [
          reported(178, "exact", ["rferl-2024-11-20-pardon", "aljazeera-2024-11-20"], "Released since July 2024."),
        ],
        stageNumbers: [
          {
            number: 6,
            counting: "pardons of 2024 (Reuters, RFE/RL)",
            sources: ["reuters-2024-11-21", "rferl-2024-11-20-pardon"],
          },
          { number: 6, counting: "waves since July 2024 (Al Jazeera)", sources: ["aljazeera-2024-11-20"] },
        ],
        conflict: T("Ukrainska Pravda dates this pardon 21 Nov 2024; the other reports give 20 Nov."),
      }),
      stage({
        date: "2024-12-09",
        kind: "pardon",
        count: [claim(29, "exact", ["babel-2024-12-09", "rks-2024-12-09", "ap-2024-12-09"])],
        breakdown: [
          ["women", 11, ["babel-2024-12-09", "rks-2024-12-09"]],
          ["men", 18, ["babel-2024-12-09", "rks-2024-12-09"]],
          ["under_25", 6, ["babel-2024-12-09", "rks-2024-12-09"]],
          ["pensioners", 3, ["babel-2024-12-09", "rks-2024-12-09"]],
          ["disabled", 2, ["rks-2024-12-09"]],
          ["chronically_ill", 15, ["rks-2024-12-09"]],
        ],
        runningTotal: [
          reported(178, "exact", ["rks-2024-12-09", "ap-2024-12-09"], "As reported (Viasna via AP; RKS)."),
          computed(
            207,
            ["babel-2024-12-09", "rferl-2024-11-20-pardon"],
            "178 + 29: the total after 20 Nov plus this stage.",
          ),
        ],
        stageNumbers: [{ number: 7, counting: "pardons (RKS, based on RFE/RL)", sources: ["rks-2024-12-09"] }],
        conflict: T(
          "RKS and AP (citing Viasna) give 178 as the total after this stage, but 178 was already the total after the 20 Nov pardon; adding this stage's 29 gives 207.",
        ),
      }),
      stage({
        date: "2024-12-28",
        kind: "pardon",
        count: [claim(20, "exact", ["ukrainska-pravda-2024-12-28"])],
        breakdown: [
          ["women", 11, ["ukrainska-pravda-2024-12-28"]],
          ["chronically_ill", 14, ["ukrainska-pravda-2024-12-28"]],
          ["parents", 10, ["ukrainska-pravda-2024-12-28"]],
        ],
        runningTotal: [reported(227, "exact", ["ex-press-2024-12-28"], "Freed through pardons in 2024 (Ex-press.by).")],
        note: T("Among the parents was a woman with four children."),
      }),
      stage({
        date: "2025-01-18",
        kind: "pardon",
        count: [claim(23, "exact", ["ukrainska-pravda-2025-01-18", "meduza-2025-01-18"])],
        breakdown: [
          ["women", 3, ["ukrainska-pravda-2025-01-18"]],
          ["men", 20, ["ukrainska-pravda-2025-01-18"]],
          ["over_50", 13, ["ukrainska-pravda-2025-01-18"]],
          ["chronically_ill", 14, ["ukrainska-pravda-2025-01-18"]],
        ],
        runningTotal: [
          reported(232, "exact", ["meduza-2025-01-18"], "As reported (Meduza)."),
          computed(
            250,
            ["ukrainska-pravda-2025-01-18", "ex-press-2024-12-28"],
            "227 + 23: pardoned in 2024 plus this stage.",
          ),
        ],
        stageNumbers: [
          { number: 8, counting: "waves since July 2024; first of 2025 (Meduza)", sources: ["meduza-2025-01-18"] },
        ],
        conflict: T(
          "Meduza reports 232 in total, which appears to leave out the 28 Dec 2024 pardon; the 227 pardoned in 2024 plus this stage's 23 give 250.",
        ),
      }),
      stage({
        date: "2025-01-26",
        kind: "us_brokered",
        count: [claim(1, "exact", ["townhall-2025-02-13"])],
        breakdown: [["foreigners", 1, ["townhall-2025-02-13"]]],
        note: T("A US citizen, Anastassia Nuhfer, released; announced by the US Secretary of State."),
      }),
      stage({
        date: "2025-02-12",
        kind: "us_brokered",
        count: [claim(3, "exact", ["babel-2025-02-12", "ap-2025-02-12"])],
        breakdown: [["foreigners", 1, ["babel-2025-02-12"]]],
        runningTotal: [
          reported(
            258,
            "exact",
            ["bcfa-2025-04-07"],
            "Political prisoners released by pardon since July 2024, per Viasna as of 4 Apr 2025 (187 men, 71 women); counts recognised political prisoners only.",
          ),
        ],
        note: T(
          "An unnamed US citizen, RFE/RL journalist Andrei Kuznechyk and activist Alena Mauchuk, freed after a visit by a US Deputy Assistant Secretary of State and handed over via Lithuania.",
        ),
      }),
      stage({
        id: "pardon-2025-04-us",
        date: "2025-04",
        kind: "us_brokered",
        count: [claim(1, "exact", ["ukrainska-pravda-2025-05-07"])],
        breakdown: [["foreigners", 1, ["ukrainska-pravda-2025-05-07"]]],
        note: T("Late April 2025: a US citizen, Yury Ziankovich, released; exact day not given."),
      }),
      stage({
        date: "2025-05-07",
        kind: "pardon",
        count: [claim(42, "exact", ["president-by-2025-05-07", "ukrainska-pravda-2025-05-07"])],
        breakdown: [
          ["women", 18, ["president-by-2025-05-07"]],
          ["men", 24, ["president-by-2025-05-07"]],
          ["chronically_ill", 13, ["president-by-2025-05-07"]],
          ["disabled", 1, ["president-by-2025-05-07"]],
          ["parents_of_minors", 24, ["president-by-2025-05-07"]],
          ["parents_of_several", 2, ["president-by-2025-05-07"]],
          ["over_50", 10, ["president-by-2025-05-07"]],
          ["pensioners", 1, ["president-by-2025-05-07"]],
        ],
        runningTotal: [
          reported(
            300,
            "more_than",
            ["civicus-2025-06-10"],
            "Released by pardon since July 2024, per Viasna as of 10 Jun 2025.",
          ),
        ],
        stageNumbers: [
          {
            number: 7,
            counting: "pardons since June 2024 (Ukrainska Pravda)",
            sources: ["ukrainska-pravda-2025-05-07"],
          },
        ],
        note: T("Ahead of Victory Day."),
        conflict: T(
          "Ukrainska Pravda calls this the first pardon of 2025 and the seventh since June 2024, overlooking the pardon of 23 on 18 Jan 2025.",
        ),
      }),
      stage({
        date: "2025-06-21",
        kind: "us_brokered",
        count: [claim(14, "exact", ["unn-2025-06-21", "aljazeera-2025-06-21", "ap-2025-06-21"])],
        runningTotal: [
          reported(
            300,
            "more_than",
            ["ap-2025-07-01"],
            "Pardoned and freed since July 2024, including US citizens and other foreigners (AP, 1 Jul 2025).",
          ),
        ],
        note: T(
          "Freed after a visit by US envoy Keith Kellogg, including Siarhei Tsikhanouski and former RFE/RL journalist Ihar Karnei; mostly foreign citizens; taken to Vilnius.",
        ),
        conflict: T(
          "The nationalities differ: Lukashenka's press secretary lists citizens of Japan (2), Poland (3), Latvia (2), Estonia, Sweden and the USA; Lithuania lists Tsikhanouski and five other Belarusians, 3 Poles, 2 Latvians, 2 Japanese and 1 Swede.",
        ),
      }),
      stage({
        date: "2025-07-02",
        kind: "pardon",
        count: [claim(16, "exact", ["chas-pravdy-2025-07-02"])],
        breakdown: [
          ["women", 8, ["chas-pravdy-2025-07-02"]],
          ["men", 8, ["chas-pravdy-2025-07-02"]],
          ["parents_of_minors", 9, ["chas-pravdy-2025-07-02"]],
        ],
        note: T("On the eve of Independence Day."),
      }),
      stage({
        date: "2025-09-11",
        kind: "us_brokered",
        count: [
          claim(52, "exact", ["civicus-2025-09-29", "polskie-radio-2025-09-11", "kyiv-independent-2025-09-16"]),
          claim(40, "exact", ["hrw-2025-09-26"], { note: "Political prisoners only." }),
        ],
        breakdown: [["foreigners", 14, ["civicus-2025-09-29", "polskie-radio-2025-09-11"]]],
        note: T(
          "Freed after a US delegation's visit, including 9 journalists. They were deported to Lithuania, except Mikalai Statkevich, who refused to cross the border and was returned to prison.",
        ),
        conflict: T(
          "Most reports give 52 people released; Human Rights Watch counts 40 political prisoners among them.",
        ),
        extraSources: ["ukrainska-pravda-2025-09-15"],
      }),
      stage({
        date: "2025-09-16",
        kind: "pardon",
        count: [claim(25, "exact", ["kyiv-independent-2025-09-16"])],
        breakdown: [
          ["women", 12, ["kyiv-independent-2025-09-16"]],
          ["men", 13, ["kyiv-independent-2025-09-16"]],
        ],
        note: T(
          "Ahead of National Unity Day; most were under 40. Viasna (via Charter97, 17 Sep 2025) counts 170 people released in nine pardon waves since 18 Jan 2025.",
        ),
        extraSources: ["charter97-2025-09-17"],
      }),
      stage({
        date: "2025-11-22",
        kind: "foreigners",
        count: [claim(31, "exact", ["reform-news-viasna-2025"])],
        breakdown: [["foreigners", 31, ["reform-news-viasna-2025"]]],
        note: T(
          "31 Ukrainian citizens pardoned at Ukraine's request amid US–Belarus talks. Around the same time two Catholic priests were pardoned at the request of Pope Leo XIV (RFE/RL Georgian Service); they are not counted here.",
        ),
        extraSources: ["rferl-georgian-2025-11"],
      }),
      stage({
        date: "2025-12-13",
        kind: "us_brokered",
        count: [
          claim(123, "exact", [
            "kyiv-independent-2025-12-13",
            "reform-news-viasna-2025-12",
            "kentucky-insider-2025-12-13",
            "news-digest-2025-12-13",
          ]),
        ],
        runningTotal: [
          reported(430, "more_than", ["gayaone-2025-12-13"], "Freed since July 2024 (GayaOne)."),
          reported(
            569,
            "exact",
            ["uanews-2025-12-23"],
            "Political prisoners released by pardon since July 2024, per Viasna's annual figures of 23 Dec 2025.",
          ),
        ],
        note: T(
          "Including Ales Bialiatski, Maryia Kalesnikava, Viktar Babaryka and Maksim Znak; 114 were taken to Ukraine and 9 to Lithuania, in effect a forced exile. The US lifted sanctions on Belarusian potash.",
        ),
        conflict: T(
          "Running totals differ by source and scope: GayaOne gives more than 430 freed since July 2024; Viasna counts 569 political prisoners released by pardon since July 2024 (as of 23 Dec). Another outlet's total of 156 has no clear basis and is not shown.",
        ),
      }),
      stage({
        date: "2025-12-28",
        kind: "pardon",
        count: [claim(22, "exact", ["belta-2025-12-28", "unn-2025-12-30", "afp-efe-2025-12-30"])],
        breakdown: [
          ["women", 15, ["belta-2025-12-28", "unn-2025-12-30"]],
          ["men", 7, ["belta-2025-12-28", "unn-2025-12-30"]],
          ["parents_of_minors", 11, ["belta-2025-12-28", "unn-2025-12-30"]],
        ],
        note: T("Ahead of New Year; 20 of them had been convicted of “extremist” crimes."),
        conflict: T("BelTA reported the decree on 28 Dec 2025; UNN reported the same pardon on 30 Dec 2025."),
      }),
      stage({
        date: "2026-03-05",
        kind: "pardon",
        count: [claim(18, "exact", ["zdg-2026-03-05", "devdiscourse-2026-03-05"])],
        breakdown: [
          ["women", 11, ["zdg-2026-03-05"]],
          ["parents", 6, ["zdg-2026-03-05"]],
        ],
        note: T(
          "15 of them had been convicted of “extremist” crimes; among them two married couples and a pregnant woman. Viasna counts 605 political prisoners pardoned since 2020.",
        ),
        extraSources: ["reform-news-2026-03-605"],
      }),
    ]);
  }

  /* ---------------------------------------------------------------- detentions */

  detentions(): DetentionEvent[] {
    const { claim, k } = this;
    const NL = NEWSLETTER;
    type Def = Omit<DetentionEvent, "count" | "sources" | "places" | "conflict" | "context"> & {
      places?: string[];
      count?: (Claim | null)[];
      context: Text;
      conflict?: Text | null;
      extraSources?: string[];
    };
    const ev = (d: Def): DetentionEvent | null => {
      const count = compact(d.count ?? []);
      if ((d.count ?? []).length > 0 && count.length === 0) return null; // its figures are not known yet
      const sources = uniq([...count.flatMap((c) => c.sources), ...this.ids(...(d.extraSources ?? []))]);
      if (sources.length === 0) return null;
      return {
        id: d.id,
        start: d.start,
        ...(d.end ? { end: d.end } : {}),
        scope: d.scope,
        places: d.places ?? [],
        ...(d.region ? { region: d.region } : {}),
        count,
        category: d.category,
        context: d.context,
        ...(d.conflict ? { conflict: d.conflict } : {}),
        sources,
      };
    };
    const national = { scope: "national" as const };
    return compact([
      ev({
        id: "2020-08-09-election-night",
        start: "2020-08-09",
        end: "2020-08-10",
        ...national,
        count: [
          claim(3000, "about", ["interfax-ukraine-2020-08-10"], {
            note: "Interior Ministry: detained at unauthorised rallies in 33 localities.",
          }),
          claim(140, "exact", ["gazeta-pl-2020-08-10"], { note: "People named in Viasna's early list." }),
        ],
        category: "detention",
        context: T("Detentions at protests on election night and the following day."),
        conflict: T(
          "The Interior Ministry gave about 3,000 detained; Viasna's early list named 140 people, a list of names rather than a full count.",
        ),
      }),
      ev({
        id: "2020-08-10-protests",
        start: "2020-08-10",
        end: "2020-08-11",
        ...national,
        count: [claim(2000, "more_than", ["interfax-ukraine-2020-08-11"], { note: "Interior Ministry." })],
        category: "detention",
        context: T("Detentions during the second day of post-election protests."),
      }),
      ev({
        id: "2020-08-11-protests",
        start: "2020-08-11",
        end: "2020-08-12",
        ...national,
        count: [claim(1000, "more_than", ["reuters-2020-08-12"], { note: "Interior Ministry." })],
        category: "detention",
        context: T("Detentions on the third night of post-election protests."),
      }),
      ev({
        id: "2020-08-to-2020-10-arrests",
        start: "2020-08-09",
        end: "2020-10",
        ...national,
        count: [claim(13000, "more_than", ["agerpres-2020-10"])],
        category: "detention",
        context: T(
          "Cumulative: arrests during the suppression of the post-election protests up to October 2020, some later released. Overlaps the single-day counts.",
        ),
      }),
      ev({
        id: "2020-09-13-minsk",
        start: "2020-09-13",
        scope: "places",
        places: ["minsk"],
        count: [claim(500, "about", ["viasna-2025-02-akrescina"], { note: "In Minsk alone." })],
        category: "detention",
        context: T("Detentions at the “March of Heroes” protest in Minsk."),
      }),
      ev({
        id: "2020-10-04-protests",
        start: "2020-10-04",
        ...national,
        count: [claim(207, "exact", ["tass-2020-10-04"], { note: "Viasna's list of detainees." })],
        category: "detention",
        context: T(
          "Detentions at protests in Minsk, Brest, Mahiliou, Hrodna, Salihorsk, Babruysk and Vitsebsk; 16 journalists among them.",
        ),
      }),
      ev({
        id: "2020-10-26-strike",
        start: "2020-10-26",
        ...national,
        count: [
          claim(256, "at_least", ["frontnews-2020-10-26"], { note: "Viasna." }),
          claim(581, "exact", ["onet-2020-10-26"], { note: "Interior Ministry; 486 of them in Minsk." }),
        ],
        category: "detention",
        context: T("Detentions on the day of the national strike and protests, mostly in Minsk and Hrodna."),
        conflict: T("Viasna counted at least 256 detained; the Interior Ministry reported 581."),
      }),
      ev({
        id: "2020-11-08-protests",
        start: "2020-11-08",
        ...national,
        count: [claim(405, "exact", ["slovo-i-dilo-2020-11-08"], { note: "Viasna's count by 17:00 Minsk time." })],
        category: "detention",
        context: T("Detentions at Sunday protests, mostly in Minsk."),
      }),
      ev({
        id: "2020-11-22-protests",
        start: "2020-11-22",
        ...national,
        count: [claim(374, "at_least", ["ria24-2020-11-22"], { note: "Viasna." })],
        category: "detention",
        context: T("Protesters detained at Sunday protests."),
      }),
      ev({
        id: "2020-12-month",
        start: "2020-12-01",
        end: "2020-12-31",
        ...national,
        count: [claim(750, "at_least", ["reformby-viasna-2020-12"], { note: "Viasna December 2020 review." })],
        category: "detention",
        context: T("Detained for taking part in gatherings during December 2020."),
      }),
      ev({
        id: "2020-08-to-2021-arrests",
        start: "2020-08-09",
        end: "2021",
        ...national,
        count: [
          claim(35000, "more_than", ["udf-2021-08"], { note: "AP and The Guardian/Reuters, as reported in 2021." }),
        ],
        category: "detention",
        context: T("Cumulative: arrests since the 2020 presidential election."),
        conflict: k("ap-2024-11-06")
          ? T("Later AP reports citing Viasna give about 65,000 arrests for the longer period up to November 2024.")
          : null,
      }),
      ev({
        id: "2021-03-02-minsk-chats",
        start: "2021-03-02",
        scope: "places",
        places: ["minsk"],
        count: [claim(20, "at_least", ["belsat-2021-03-03"], { note: "Kamennaya Horka district alone (Viasna)." })],
        category: "detention",
        context: T("Detentions of administrators of neighbourhood Telegram chats in Minsk."),
      }),
      ev({
        id: "2021-06-month",
        start: "2021-06-01",
        end: "2021-06-30",
        ...national,
        count: [claim(246, "exact", ["belsat-2021-07-03"], { note: "Viasna." })],
        category: "detention",
        context: T("Politically motivated detentions in June 2021."),
      }),
      ev({
        id: "2021-09-23-strikers",
        start: "2021-09-23",
        ...national,
        count: [claim(14, "at_least", ["nashaniva-2021-09-23"])],
        category: "detention",
        context: T(
          "Workers who had announced a strike detained at several enterprises (Hrodna Azot, the Belarusian Steel Works in Zhlobin, Belarusian Railways).",
        ),
      }),
      ev({
        id: "2022-02-24-antiwar",
        start: "2022-02-24",
        end: "2022-04-09",
        ...national,
        count: [claim(1500, "at_least", ["viasna-2022-04-antiwar"])],
        category: "detention",
        context: T("Detentions for anti-war protest in the first weeks of Russia's full-scale invasion of Ukraine."),
      }),
      ev({
        id: "2022-02-27-referendum",
        start: "2022-02-27",
        end: "2022-02-28",
        ...national,
        count: [claim(1100, "more_than", ["viasna-2022-04-antiwar"])],
        category: "detention",
        context: T("Anti-war protests over the referendum weekend; at least 630 of those detained were jailed."),
      }),
      ev({
        id: "2023-08-navahrudak-plant",
        start: "2023-08",
        scope: "places",
        places: ["navahrudak"],
        count: [claim(3, "at_least", ["nashaniva-2023-08-navahrudak"])],
        category: "raid",
        context: T(
          "Workplace raid: workers of the Navahrudak gas equipment plant detained at work over subscriptions to “extremist” channels.",
        ),
      }),
      ev({
        id: "2024-01-month",
        start: "2024-01-01",
        end: "2024-01-31",
        ...national,
        count: [claim(310, "at_least", ["viasna-2024-01"])],
        category: "detention",
        context: T(
          "Detentions in January 2024, among at least 560 cases of repression; more than 200 people, mostly recipients of aid from the INeedHelpBY initiative, were detained in the last week of the month (Viasna).",
        ),
      }),
      ev({
        id: "2024-01-23-raids",
        start: "2024-01-23",
        ...national,
        count: [
          claim(24, "at_least", ["moscow-times-2024-01-23"], { note: "Viasna via The Moscow Times." }),
          claim(60, "more_than", ["the-insider-2024-01-23"], { note: "Headline figure of The Insider." }),
        ],
        category: "detention",
        context: T(
          "Nationwide detentions of former political prisoners and their relatives, linked to the INeedHelpBY aid initiative.",
        ),
        conflict: T(
          "Viasna (via The Moscow Times) counted at least 24 detained; The Insider's headline speaks of more than 60 detained, and its text counts at least 84 people detained or searched.",
        ),
      }),
      ev({
        id: "2024-07-to-09-quarter",
        start: "2024-07-01",
        end: "2024-09-30",
        ...national,
        count: [
          claim(360, "exact", ["viasna-2024-q3-detentions"], { note: "The article's headline says at least 360." }),
        ],
        category: "detention",
        context: T("Detentions among 1,221 cases of politically motivated repression in July–September 2024 (Viasna)."),
      }),
      ev({
        id: "2024-08-07-smarhon-plant",
        start: "2024-08-07",
        scope: "places",
        places: ["smarhon"],
        count: [claim(8, "exact", ["nashaniva-2024-08-07"])],
        category: "raid",
        context: T(
          "Workplace raid: eight workers of a large industrial enterprise in Smarhon detained in one day, at work and at home, for “distributing extremist materials” (Art. 19.11 of the Code of Administrative Offences).",
        ),
      }),
      ev({
        id: "2024-10-31-national",
        start: "2024-10-31",
        end: "2024-11-06",
        ...national,
        count: [
          claim(80, "at_least", [NL], { note: "BYSOL count for 31 Oct – 5 Nov 2024, as cited by the newsletter." }),
          claim(100, "about", [NL], { note: "Other reports cited by the newsletter." }),
          claim(100, "more_than", ["ap-2024-11-06"], {
            note: "Viasna via AP: arrests since 31 Oct, reported on 6 Nov.",
          }),
        ],
        category: "detention",
        context: T(
          "Pre-election wave of arrests across Belarus, led by the KGB with special forces; targets included members of apartment-building chats, some charged with “conspiracy to seize power”, and detention centres were overcrowded." +
            (k("zerkalo-2024-11-14") ? " On 14 Nov BYSOL said the detentions were continuing." : ""),
        ),
        conflict: T(
          "BYSOL counted at least 80 for 31 Oct – 5 Nov; the newsletter notes other reports of about 100; AP, citing Viasna, reported more than 100 by 6 Nov. The BYSOL figure could not be traced to a public source.",
        ),
        extraSources: ["zerkalo-2024-11-14"],
      }),
      ev({
        id: "2024-10-31-navahrudak",
        start: "2024-10-31",
        scope: "places",
        places: ["navahrudak"],
        count: [],
        category: "detention",
        context: T(
          "Mass detentions reported (no count given)" +
            (k("euroradio-2024-10-31")
              ? ": from early morning, with house searches; whole families were detained while Viasna was still counting."
              : "."),
        ),
        extraSources: [NL, "euroradio-2024-10-31"],
      }),
      ev({
        id: "2024-10-31-smarhon-slonim",
        start: "2024-10-31",
        end: "2024-11-14",
        scope: "places",
        places: ["smarhon", "slonim"],
        count: [
          claim(50, "at_least", [NL], { note: "Documented by human rights defenders (newsletter)." }),
          claim(50, "about", ["zerkalo-2024-11-14"], { note: "Smarhon and Slonim together." }),
        ],
        category: "detention",
        context: T(
          "Pre-election “clean-up” in two towns of Hrodna region; one figure for both towns together. Mass checks and detentions in Smarhon were reported from 31 Oct.",
        ),
        conflict: T(
          "The newsletter says at least 50; Zerkalo, citing rights defenders, says about 50 for both towns together.",
        ),
        extraSources: ["zerkalo-2024-11-04"],
      }),
      ev({
        id: "2024-10-31-vawkavysk",
        start: "2024-10-31",
        scope: "places",
        places: ["vawkavysk"],
        count: [],
        category: "detention",
        context: T("Mass checks and detentions reported (no count given)."),
        extraSources: ["zerkalo-2024-11-04"],
      }),
      ev({
        id: "2024-10-31-maladzechna",
        start: "2024-10-31",
        end: "2024-11-04",
        scope: "places",
        places: ["maladzechna"],
        count: [],
        category: "detention",
        context: T(
          "Mass detentions reported (no count given)" +
            (k("malanka-2024-11")
              ? "; police visited people who had been detained after the 2020 election (Viasna via Malanka)."
              : "."),
        ),
        extraSources: [NL, "malanka-2024-11"],
      }),
      ev({
        id: "2024-10-31-mahiliou",
        start: "2024-10-31",
        end: "2024-11-04",
        scope: "places",
        places: ["mahiliou"],
        count: [],
        category: "detention",
        context: T("Mass detentions reported (no count given)."),
        extraSources: [NL, "zerkalo-2024-11-04"],
      }),
      ev({
        id: "2024-10-31-homiel",
        start: "2024-10-31",
        end: "2024-11-04",
        scope: "places",
        places: ["homiel"],
        count: [],
        category: "detention",
        context: T("Detentions reported (no count given)."),
        extraSources: ["zerkalo-2024-11-04"],
      }),
      ev({
        id: "2024-10-31-minsk",
        start: "2024-10-31",
        end: "2024-11-04",
        scope: "places",
        places: ["minsk"],
        count: [],
        category: "detention",
        context: T("Detentions reported (no count given)."),
        extraSources: ["zerkalo-2024-11-04"],
      }),
      ev({
        id: "2024-10-31-baranavichy",
        start: "2024-10-31",
        end: "2024-11-14",
        scope: "places",
        places: ["baranavichy"],
        count: [],
        category: "detention",
        context: T("Home visits to activists, phone checks and seized equipment reported (no count given)."),
        extraSources: ["malanka-2024-11"],
      }),
      ev({
        id: "2024-10-31-zhlobin",
        start: "2024-10-31",
        end: "2024-11-04",
        scope: "places",
        places: ["zhlobin"],
        count: [],
        category: "detention",
        context: T("Home visits to activists and to people detained at the 2011 “silent” protests (no count given)."),
        extraSources: ["malanka-2024-11"],
      }),
      ev({
        id: "2024-10-yelizovo",
        start: "2024-10",
        end: "2024-11",
        scope: "places",
        places: ["yelizovo"],
        count: [
          claim(14, "at_least", ["malanka-2024-11"], {
            note: "Over one weekend shortly before the report (Nasha Niva via Malanka).",
          }),
        ],
        category: "detention",
        context: T("Detentions in Yelizovo (Asipovichy district, Mahiliou region)."),
      }),
      ev({
        id: "2024-10-31-railways-minsk",
        start: "2024-10-31",
        end: "2024-11-05",
        scope: "places",
        places: ["minsk"],
        count: [
          claim(60, "exact", [NL], {
            note: "People with whom the KGB planned “preventive conversations” (newsletter).",
          }),
          claim(60, "more_than", ["belzhd-2024-11"], {
            note: "Employees on lists for checks (railway workers' site).",
          }),
        ],
        category: "preventive_conversation",
        context: T(
          "KGB “preventive conversations” with employees of the Minsk branch of Belarusian Railways: people who earlier came to the authorities' attention are warned and made to sign undertakings not to take part in “extremist activity”.",
        ),
        conflict: T(
          "The newsletter says 60 people; the railway workers' site reports lists of more than 60 employees.",
        ),
      }),
      ev({
        id: "2024-11-01-khoyniki-dairy",
        start: "2024-11-01",
        scope: "places",
        places: ["khoyniki"],
        count: [claim(20, "at_least", [NL, "zerkalo-2024-11-04"], { note: "Reported by Viasna." })],
        category: "raid",
        context: T("Workplace raid at the Milkavita dairy plant in Khoyniki."),
        conflict: k("zerkalo-2024-11-04")
          ? T(
              "The plant's management denied, in the state district newspaper, that workers had been detained (reported by Zerkalo on 4 Nov 2024).",
            )
          : null,
      }),
      ev({
        id: "2024-11-14-hrodna-region",
        start: "2024-11-14",
        scope: "region",
        places: [],
        region: "BY-HR",
        count: [],
        category: "detention",
        context: T("Many reports of detentions across Hrodna region, with KGB involvement (no count given)."),
        extraSources: ["zerkalo-2024-11-14"],
      }),
      ev({
        id: "2024-11-14-relatives",
        start: "2024-11-14",
        ...national,
        count: [],
        category: "detention",
        context: T(
          "Nationwide raids on relatives of political prisoners; the number detained was unclear, and BYSOL's evacuation service was overwhelmed.",
        ),
        extraSources: ["tvp-world-2024-11-14"],
      }),
      ev({
        id: "2020-08-to-2024-11-arrests",
        start: "2020-08-09",
        end: "2024-11",
        ...national,
        count: [claim(65000, "about", ["ap-2024-11-06"], { note: "AP citing Viasna." })],
        category: "detention",
        context: T("Cumulative: arrests in the crackdown since the 2020 protests."),
        conflict: T("Earlier AP and Reuters reports gave more than 35,000 arrests (2020–21)."),
      }),
      ev({
        id: "2025-01-to-12-criminal-cases",
        start: "2025-01-01",
        end: "2025-12-01",
        ...national,
        count: [claim(438, "at_least", ["charter97-2025-12-02"], { note: "Dissidentby via Charter97." })],
        category: "detention",
        context: T("Detained in politically motivated criminal cases, 1 Jan – 1 Dec 2025."),
      }),
      ev({
        id: "2025-05-month",
        start: "2025-05-01",
        end: "2025-05-31",
        ...national,
        count: [claim(100, "more_than", ["ap-2025-07-01"], { note: "Viasna via AP." })],
        category: "detention",
        context: T("Politically motivated arrests in May 2025."),
      }),
      ev({
        id: "2025-06-month",
        start: "2025-06-01",
        end: "2025-06-30",
        ...national,
        count: [claim(60, "at_least", ["ap-2025-07-01"], { note: "Viasna via AP." })],
        category: "detention",
        context: T(
          "Arrests on politically motivated charges in June 2025, the month 14 people were freed after a US envoy's visit.",
        ),
      }),
    ]);
  }

  /* ---------------------------------------------------------------- people */

  /** A person record: the name with the sources that published it, plus whatever else sources state about the
   * person, each part with its own sources; a part whose sources are not known by the release date is dropped. */
  person = (id: string, name: Text, nameSources: string[], extra: PersonDef = {}): Person | null => {
    const known = this.ids(...nameSources);
    if (known.length === 0) return null;
    const about = extra.about && this.ids(...extra.about.sources);
    // The latest status whose sources are known by the release date.
    const status = compact(
      (extra.status ?? []).map((st): PersonStatus | null => {
        const sources = this.ids(...st.sources);
        return sources.length ? { ...st, sources } : null;
      }),
    ).pop();
    const c = extra.criminalCase;
    const caseSources = c ? this.ids(...c.sources) : [];
    const inCustodySince = compact(extra.inCustodySince ?? []);
    const daysInCustody = compact(extra.daysInCustody ?? []);
    return {
      id,
      name,
      nameSources: known,
      ...(extra.about && about && about.length ? { about: { text: extra.about.text, sources: about } } : {}),
      ...(status ? { status } : {}),
      ...(c && caseSources.length ? { criminalCase: { ...c, sources: caseSources } } : {}),
      ...(inCustodySince.length ? { inCustodySince } : {}),
      ...(daysInCustody.length ? { daysInCustody } : {}),
    };
  };

  /* ---------------------------------------------------------------- deaths */

  deaths(): { deaths: DeathInCustody[]; deathPeople: Person[] } {
    const { claim, dated } = this;
    const NL = NEWSLETTER;
    type Def = Omit<DeathInCustody, "died" | "reported" | "age" | "sources" | "person" | "id"> &
      Omit<PersonDef, "status"> & {
        person: string;
        name: Text;
        died: (DatedClaim | null)[];
        reported?: (DatedClaim | null)[];
        age?: (Claim | null)[];
        extraSources?: string[];
      };
    const deaths: DeathInCustody[] = [];
    const people: Person[] = [];
    const def = (d: Def) => {
      const died = compact(d.died);
      if (died.length === 0) return;
      const reported = compact(d.reported ?? []);
      const age = compact(d.age ?? []);
      const sources = uniq([
        ...died.flatMap((c) => c.sources),
        ...reported.flatMap((c) => c.sources),
        ...age.flatMap((c) => c.sources),
        ...this.ids(...(d.extraSources ?? [])),
      ]);
      deaths.push({
        id: `death-${d.person}`,
        person: d.person,
        died,
        reported,
        age,
        ...(d.place ? { place: d.place } : {}),
        institution: d.institution,
        ...(d.ordinal ? { ordinal: d.ordinal } : {}),
        ...(d.note ? { note: d.note } : {}),
        sources,
      });
      const { about, criminalCase, inCustodySince, daysInCustody } = d;
      const p = this.person(d.person, d.name, sources, { about, criminalCase, inCustodySince, daysInCustody });
      if (p) people.push(p);
    };
    const sentenced = (sentence: Text, sources: string[], date?: string, articles: string[] = []) => ({
      articles,
      stage: "sentenced" as const,
      sentence,
      ...(date ? { date } : {}),
      sources,
    });

    def({
      person: "vitold-ashurak",
      name: T("Vitold Ashurak", "Вітольд Ашурак", "Витольд Ашурок"),
      died: [dated("2021-05-21", ["strana-six-heroes", "polsat-2024-01-13"])],
      age: [claim(50, "exact", ["strana-six-heroes", "polsat-2024-01-13"])],
      place: "shklou",
      institution: T("Penal colony No. 17, Shklou"),
      criminalCase: sentenced(T("5 years"), ["strana-six-heroes"]),
      ordinal: 1,
      note: T(
        "Activist of the Belarusian Popular Front from Biarozauka (Hrodna region); the official cause given was cardiac arrest.",
      ),
    });
    def({
      person: "mikalai-klimovich",
      name: T("Mikalai Klimovich"),
      died: [dated("2023-05-05", ["viasna-db-klimovich"])],
      reported: [dated("2023-05-07", ["viasna-2023-05-klimovich"], "Viasna learned of the death on 7 May 2023.")],
      age: [claim(61, "exact", ["viasna-db-klimovich", "viasna-2023-05-klimovich"])],
      place: "vitsebsk",
      institution: T("Penal colony No. 3 “Vitsba”, Vitsebsk region"),
      criminalCase: sentenced(
        T("1 year for reacting online to a caricature of Lukashenka (insulting the president)"),
        ["viasna-db-klimovich"],
        undefined,
        ["368"],
      ),
      ordinal: 2,
      note: T(
        "Blogger from Pinsk with a second-degree disability due to heart disease; died about two weeks after arriving at the colony. Some lists give 7 May 2023, the day Viasna learned of it, as the date of death.",
      ),
    });
    def({
      person: "ales-pushkin",
      name: T("Ales Pushkin", "Алесь Пушкін", "Алесь Пушкин"),
      died: [dated("2023-07-11", ["strana-pushkin-anniversary"])],
      age: [claim(57, "exact", ["strana-pushkin-anniversary"])],
      place: "hrodna",
      institution: T("Intensive care unit of a Hrodna hospital, after transfer from Hrodna prison No. 1"),
      criminalCase: sentenced(T("5 years for “rehabilitating Nazism” and desecrating state symbols"), [
        "strana-pushkin-anniversary",
      ]),
      ordinal: 3,
      note: T("Artist; a perforated ulcer was not treated in time."),
    });
    def({
      person: "vadzim-khrasko",
      name: T("Vadzim Khrasko"),
      died: [dated("2024-01-09", ["polsat-2024-01-13"], "Died in the night of 8–9 January.")],
      age: [claim(50, "exact", ["polsat-2024-01-13"])],
      place: "vitsebsk",
      institution: T("Penal colony No. 3 “Vitsba”, Vitsebsk region"),
      criminalCase: sentenced(
        T("3 years for donations treated as “financing extremism”"),
        ["polsat-2024-01-13"],
        "2023-08",
      ),
      inCustodySince: [dated("2023-04", ["polsat-2024-01-13"])],
      ordinal: 4,
      note: T("Died of pneumonia; detained in April 2023."),
    });
    def({
      person: "ihar-lednik",
      name: T("Ihar Lednik"),
      died: [
        dated(
          "2024-02-20",
          ["euronews-2024-02-20", "ansa-2024-02-20", "wikipedia-ihar-lednik"],
          "Date the death was reported; Wikipedia says the exact date of death is uncertain.",
        ),
      ],
      reported: [dated("2024-02-20", ["euronews-2024-02-20", "ansa-2024-02-20", "wikipedia-ihar-lednik"])],
      age: [
        claim(63, "exact", ["euronews-2024-02-20", "wikipedia-ihar-lednik"], {
          note: "Wikipedia gives his birth date as 12 Dec 1960, which makes him 63.",
        }),
        claim(64, "exact", ["ansa-2024-02-20"]),
      ],
      place: "minsk",
      institution: T("A Minsk hospital, after transfer from penal colony No. 2, Babruysk"),
      criminalCase: sentenced(T("3 years for “defaming” Lukashenka"), ["euronews-2024-02-20", "ansa-2024-02-20"]),
      inCustodySince: [dated("2022-04-12", ["wikipedia-ihar-lednik"])],
      ordinal: 5,
      note: T(
        "Member of the Belarusian Social Democratic Party; detained in April 2022; died of cardiac arrest after gastrointestinal surgery. Sources give his age as 63 or 64.",
      ),
    });
    def({
      person: "aliaksandr-kulinich",
      name: T("Aliaksandr Kulinich"),
      died: [dated("2024-04-09", ["razam-2024-04-kulinich", "kyiv-independent-2024-04-11"])],
      age: [claim(51, "exact", ["razam-2024-04-kulinich", "kyiv-independent-2024-04-11"])],
      place: "brest",
      institution: T("Pre-trial detention centre (SIZO) No. 7, Brest"),
      criminalCase: { articles: ["368"], stage: "charged", date: "2024-02-29", sources: ["razam-2024-04-kulinich"] },
      inCustodySince: [dated("2024-02-29", ["razam-2024-04-kulinich"])],
      ordinal: 6,
      note: T(
        "Arrested on 29 Feb 2024 for allegedly insulting Lukashenka and died awaiting trial, two days before his 52nd birthday; official cause: coronary heart disease.",
      ),
    });
    def({
      person: "dzmitry-shletgauer",
      name: T("Dzmitry Shletgauer"),
      died: [
        dated(
          "2024-10-11",
          ["viasna-2024-11-shletgauer", "ukrainska-pravda-2024-11-03"],
          "Preliminary date of death per Viasna.",
        ),
      ],
      reported: [
        dated(
          "2024-11-01",
          [NL, "viasna-2024-11-shletgauer", "ukrainska-pravda-2024-11-03"],
          "Human rights defenders reported the death on 1 Nov 2024.",
        ),
      ],
      age: [claim(22, "exact", [NL, "viasna-2024-11-shletgauer", "ukrainska-pravda-2024-11-03"])],
      place: "mahiliou",
      institution: T("Penal colony No. 15, Mahiliou"),
      criminalCase: sentenced(
        T("12 years for “espionage” and “aiding extremist activity”"),
        [NL, "viasna-2024-11-shletgauer"],
        "2024-08",
        ["358", "361-4"],
      ),
      ordinal: 7,
      note: T(
        "Russian citizen living in Belarus since 2018; he had been in the colony less than a month. The death certificate gave mechanical asphyxia as the cause; the colony told his relatives nothing more. Also spelled Shlethauer or Dmitry Shletgauer.",
      ),
    });
    def({
      person: "valiantsin-shtermer",
      name: T("Valiantsin Shtermer"),
      died: [
        dated(
          "2025",
          ["euroradio-2025-shtermer"],
          "Early 2025 according to Nasha Niva (via Euroradio); exact date unknown.",
        ),
      ],
      reported: [dated("2025-05-22", ["ap-2025-05-22"], "Date Viasna reported the death.")],
      age: [
        claim(61, "exact", ["ap-2025-05-22"]),
        claim(61, "range", ["euroradio-2025-shtermer"], { hi: 62, note: "Given as 61 or 62." }),
      ],
      place: "shklou",
      institution: T("Penal colony in Shklou (or a hospital; not clear)"),
      criminalCase: sentenced(
        T("5 years for insulting Lukashenka and criticising the war"),
        ["ap-2025-05-22"],
        "2023-10",
      ),
      inCustodySince: [dated("2023-06", ["euroradio-2025-shtermer"])],
      ordinal: 8,
      note: T(
        "Businessman detained in June 2023 over eight online comments; he had had a stroke before arriving at the colony.",
      ),
    });
    def({
      person: "andrei-padniabenny",
      name: T("Andrei Padniabenny"),
      died: [dated("2025-09-03", ["pen-belarus-2025-09-11", "moscow-times-2025-09-08"])],
      age: [claim(36, "exact", ["pen-belarus-2025-09-11", "moscow-times-2025-09-08"])],
      place: "mahiliou",
      institution: T("Penal colony No. 15, Mahiliou"),
      criminalCase: sentenced(T("16 years 8 months"), ["pen-belarus-2025-09-11"]),
      ordinal: 9,
      note: T(
        "Russian citizen who had lived in Belarus since the age of six; his mother announced the death. Media reported asphyxiation, and preliminary information pointed to ill-treatment. Also spelled Podnebenny.",
      ),
    });
    def({
      person: "dzmitry-dudoits",
      name: T("Dzmitry Dudoits"),
      died: [dated("2022-01-05", ["charter97-2025-10-23"])],
      place: "mahiliou",
      institution: T("In custody in Mahiliou (suicide)"),
      note: T(
        "From Smarhon. Named by MEP Gosiewska among victims of the regime; not in Viasna's count of political prisoners who died in custody, so no ordinal.",
      ),
    });
    def({
      person: "dzmitry-sarokin",
      name: T("Dzmitry Sarokin"),
      died: [dated("2023-07-05", ["charter97-2025-10-23"])],
      age: [claim(37, "exact", ["charter97-2025-10-23"])],
      institution: T("Lida police department"),
      note: T(
        "Poet; died suddenly in police custody. Named by an MEP among victims of the regime; not in Viasna's count of political prisoners who died in custody, so no ordinal.",
      ),
    });
    return { deaths, deathPeople: people };
  }

  /* ---------------------------------------------------------------- incommunicado */

  incommunicado(): { incommunicado: Incommunicado[]; incommunicadoPeople: Person[] } {
    const { dated, days, k } = this;
    const NL = NEWSLETTER;
    const TS19 = "tsikhanouskaya-office-2023-05-19";
    const POZ = "pozirk-2025-02-05";
    type Ended = NonNullable<Incommunicado["ended"]>;
    type Def = PersonDef & {
      person: string;
      name: Text;
      since: (DatedClaim | null)[];
      ended?: { date: string; how: Ended["how"]; sources: string[]; note?: string } | null;
      reportedDays?: (Incommunicado["reportedDays"][number] | null)[];
      note?: Text | null;
      extraSources?: string[];
    };
    const out: Incommunicado[] = [];
    const people: Person[] = [];
    const def = (d: Def) => {
      const since = compact(d.since);
      if (since.length === 0) return;
      let ended: Ended | undefined;
      if (d.ended) {
        const sources = this.ids(...d.ended.sources);
        if (sources.length)
          ended = { date: d.ended.date, how: d.ended.how, sources, ...(d.ended.note ? { note: d.ended.note } : {}) };
      }
      const reportedDays = compact(d.reportedDays ?? []);
      const sources = uniq([
        ...since.flatMap((c) => c.sources),
        ...(ended?.sources ?? []),
        ...reportedDays.flatMap((c) => c.sources),
        ...this.ids(...(d.extraSources ?? [])),
      ]);
      out.push({
        id: `incommunicado-${d.person}`,
        person: d.person,
        since,
        ...(ended ? { ended } : {}),
        reportedDays,
        ...(d.note ? { note: d.note } : {}),
        sources,
      });
      const { about, status, criminalCase, inCustodySince, daysInCustody } = d;
      const p = this.person(d.person, d.name, sources, { about, status, criminalCase, inCustodySince, daysInCustody });
      if (p) people.push(p);
    };
    const activist = { text: T("Political activist"), sources: [NL] };
    const released13Dec = (note: string): PersonStatus => ({
      value: "released",
      date: "2025-12-13",
      sources: ["kyiv-independent-2025-12-13"],
      note: T(note),
    });
    const derived = (n: number, date: string) => `Month derived from ${n} days without news on ${date}.`;

    def({
      person: "maryia-kalesnikava",
      name: T("Maryia Kalesnikava", "Марыя Калеснікава", "Мария Колесникова"),
      since: [
        dated("2023-02-15", [POZ], "Start date in Viasna's list of people held incommunicado (5 Feb 2025)."),
        dated(
          "2023-02",
          ["novaya-gazeta-europe-2024-11-12", TS19],
          "Letters stopped being delivered in February 2023 (Novaya Gazeta Europe); 94 days without news on 19 May 2023.",
        ),
      ],
      ended: {
        date: "2024-11-12",
        how: "contact_resumed",
        sources: [NL, "pozirk-2024-11-12", "novaya-gazeta-europe-2024-11-12"],
        note: "Met her father in the medical unit of the Homiel penal colony, her first family visit since December 2022; the newsletter dates Raman Pratasevich's report 13 Nov.",
      },
      reportedDays: [
        days(94, "exact", "2023-05-19", [TS19], "Days without news."),
        days(
          600,
          "more_than",
          "2024-11-12",
          [NL, "pozirk-2024-11-12"],
          "Days incommunicado before the meeting with her father.",
        ),
      ],
      note: T(
        "Her father said she was considering a petition for pardon." +
          (k(POZ) ? " Viasna's list of 5 Feb 2025 still counted her among those held incommunicado." : ""),
      ),
      about: { text: T("Prominent political activist"), sources: [NL] },
      status: [
        {
          value: "in_custody",
          date: "2024-11-12",
          sources: [NL, "pozirk-2024-11-12", "novaya-gazeta-europe-2024-11-12"],
          note: T("Held in the Homiel penal colony, where her father met her in the medical unit."),
        },
        released13Dec("Released with 122 others in a US-brokered release and taken to Ukraine."),
      ],
      criminalCase: {
        articles: [],
        stage: "sentenced",
        sentence: T("11 years"),
        date: "2021-09",
        sources: ["novaya-gazeta-europe-2024-11-12"],
      },
    });
    def({
      person: "viktar-babaryka",
      name: T("Viktar Babaryka", "Віктар Бабарыка", "Виктор Бабарико"),
      since: [
        dated("2023-04-26", [POZ], "Start date in Viasna's list (5 Feb 2025)."),
        dated("2023-04", [TS19], derived(23, "19 May 2023")),
      ],
      ended: {
        date: "2025-12-13",
        how: "released",
        sources: ["kyiv-independent-2025-12-13"],
        note: "Released with 122 others and taken to Ukraine.",
      },
      reportedDays: [
        days(23, "exact", "2023-05-19", [TS19], "Days without news."),
        days(700, "more_than", "2025-01-08", ["zachod-2025-01-08"], "Days incommunicado (Tsikhanouskaya, 8 Jan 2025)."),
      ],
      note: T(
        "Hospitalised with injuries in Navapolatsk on the night of 24–25 Apr 2023, after about three months without lawyer visits or letters (Dziennik.pl). The newsletter reports him still incommunicado in November 2024." +
          (k("zachod-2025-01-08")
            ? " On 8 Jan 2025 photos and video of him were published via Raman Pratasevich, the first in about two years, but this did not restore contact: Viasna still listed him as incommunicado in February 2025."
            : ""),
      ),
      extraSources: ["dziennik-2023-05", NL],
      about: activist,
      inCustodySince: [
        dated(
          "2020-06-18",
          ["viasna-2023-e-babaryka"],
          "Detained with his son Eduard on the way to the Central Election Commission.",
        ),
      ],
    });
    def({
      person: "mikalai-statkevich",
      name: T("Mikalai Statkevich", "Мікалай Статкевіч", "Николай Статкевич"),
      since: [
        dated("2023-02-10", [POZ], "Start date in Viasna's list (5 Feb 2025)."),
        dated("2023-02", [TS19], derived(95, "19 May 2023")),
      ],
      reportedDays: [days(95, "exact", "2023-05-19", [TS19], "Days without news; six months in solitary confinement.")],
      note: T("The newsletter reports him still incommunicado in November 2024."),
      extraSources: [NL],
      about: activist,
      status: [
        {
          value: "in_custody",
          date: "2025-12-30",
          sources: ["afp-efe-2025-12-30", "ukrainska-pravda-2025-09-15"],
          note: T(
            "Still imprisoned at the end of 2025. Freed on 11 Sep 2025 with 51 others, he had refused to be deported, stayed in the border zone and was reported back in Hlybokaye penal colony No. 13 on 15 Sep.",
          ),
        },
      ],
      criminalCase: {
        articles: [],
        stage: "sentenced",
        sentence: T("14 years"),
        sources: ["ukrainska-pravda-2025-09-15"],
      },
    });
    def({
      person: "siarhei-tsikhanouski",
      name: T("Siarhei Tsikhanouski", "Сяргей Ціханоўскі", "Сергей Тихановский"),
      since: [
        dated("2023-03-09", [POZ], "Start date in Viasna's list (5 Feb 2025)."),
        dated(
          "2023-03",
          [TS19, "tsikhanouskaya-office-2024-09-09"],
          "Month derived from 72 days without news on 19 May 2023 and 550 days on 9 Sep 2024.",
        ),
      ],
      ended: {
        date: "2025-06-21",
        how: "released",
        sources: ["article19-2025-06-21", "aljazeera-2025-06-21", "unn-2025-06-21"],
        note: "Released with 13 others after a visit by US envoy Keith Kellogg.",
      },
      reportedDays: [
        days(72, "exact", "2023-05-19", [TS19], "Days without news."),
        days(
          550,
          "exact",
          "2024-09-09",
          ["tsikhanouskaya-office-2024-09-09"],
          "Days without news (his wife's statement).",
        ),
        days(700, "more_than", "2025-06-21", ["article19-2025-06-21"], "Days incommunicado before his release."),
      ],
      about: {
        text: T("The first person recognised as a political prisoner in the 2020 events (on 1 June 2020)"),
        sources: ["viasna-2024-05-review"],
      },
      inCustodySince: [dated("2020-05-29", ["viasna-2024-05-review"], "Detained at a picket in Hrodna.")],
    });
    def({
      person: "ihar-losik",
      name: T("Ihar Losik", "Ігар Лосік", "Игорь Лосик"),
      since: [
        dated(
          "2023-02-20",
          [POZ, "rferl-free-ihar-losik"],
          "Family's last contact (RFE/RL); start date in Viasna's list (5 Feb 2025).",
        ),
        dated("2023-02", [TS19], derived(89, "19 May 2023")),
      ],
      ended: {
        date: "2025-09-11",
        how: "released",
        sources: ["united24-2025-09-11", "rferl-free-ihar-losik"],
        note: "Released with 51 others after 1,904 days in captivity (RFE/RL count). A blog had wrongly listed him among the 21 Jun 2025 releases.",
      },
      reportedDays: [days(89, "exact", "2023-05-19", [TS19], "Days without news.")],
      note: k("bush-center-2025-losik")
        ? T("In January 2025 he appeared in a state-run video interview recorded in his cell.")
        : null,
      extraSources: ["bush-center-2025-losik"],
      about: { text: T("RFE/RL journalist"), sources: ["rferl-free-ihar-losik", "united24-2025-09-11"] },
      inCustodySince: [dated("2020-06-25", ["rferl-free-ihar-losik"])],
      criminalCase: {
        articles: [],
        stage: "sentenced",
        sentence: T("15 years"),
        date: "2021-12-14",
        sources: ["rferl-free-ihar-losik"],
      },
      daysInCustody: [
        days(
          1904,
          "exact",
          "2025-09-11",
          ["united24-2025-09-11"],
          "Days in captivity by RFE/RL's count, on the day of his release.",
        ),
      ],
    });
    def({
      person: "maksim-znak",
      name: T("Maksim Znak", "Максім Знак", "Максим Знак"),
      since: [
        dated("2023-02-08", [POZ], "Start date in Viasna's list (5 Feb 2025)."),
        dated("2023-02", [TS19], derived(100, "19 May 2023")),
      ],
      ended: {
        date: "2025-12-13",
        how: "released",
        sources: ["reform-news-viasna-2025-12"],
        note: "Released in the US-brokered release of 123.",
      },
      reportedDays: [days(100, "exact", "2023-05-19", [TS19], "Days without news.")],
      note: k("nashaniva-2025-09-04")
        ? T(
            "Held in penal colony No. 3 “Vitsba”. On his 44th birthday (4 Sep 2025) Nasha Niva counted about two and a half years incommunicado, with letters from relatives unanswered.",
          )
        : null,
      extraSources: ["nashaniva-2025-09-04"],
    });
    const listed = (person: string, name: string, since: string) =>
      def({
        person,
        name: T(name),
        since: [dated(since, [POZ], "Start date in Viasna's list of people held incommunicado (5 Feb 2025).")],
      });
    listed("uladzimir-kniha", "Uladzimir Kniha", "2023-09-05");
    listed("mikalai-bankou", "Mikalai Bankou", "2023-12");
    listed("andrei-navitski", "Andrei Navitski", "2024-04");
    listed("aliaksandr-aranovich", "Aliaksandr Aranovich", "2024-06-06");
    listed("aliaksandr-frantskevich", "Aliaksandr Frantskevich", "2024-10");
    def({
      person: "dzianis-salmanovich",
      name: T("Dzianis Salmanovich"),
      since: [
        dated("2024-12", [POZ], "Month derived from about two months without contact as of 5 Feb 2025 (Viasna)."),
      ],
      note: T("Held in penal colony No. 3 “Vitsba”."),
      criminalCase: { articles: [], stage: "sentenced", sentence: T("10 years"), sources: [POZ] },
    });
    return { incommunicado: out, incommunicadoPeople: people };
  }

  otherPeople(): Person[] {
    const NL = NEWSLETTER;
    const { dated, days } = this;
    return compact([
      // Named by the newsletter as held incommunicado, but no start date is sourced: the schema needs one.
      this.person(
        "eduard-babaryka",
        T("Eduard Babaryka", "Эдуард Бабарыка", "Эдуард Бабарико"),
        [NL, "viasna-2023-e-babaryka", "pozirk-2024-07-12"],
        {
          about: { text: T("Political activist"), sources: [NL] },
          status: [
            {
              value: "in_custody",
              date: "2024-11-15",
              sources: [NL, "pozirk-2024-07-12"],
              note: T(
                "Held in penal colony No. 2, Babruysk (Pozirk, July 2024). The newsletter reports him held incommunicado, without a start date.",
              ),
            },
          ],
          criminalCase: {
            articles: [],
            stage: "sentenced",
            sentence: T("8 years; 18 months were added for “malicious disobedience” in July 2024"),
            date: "2023-07-05",
            sources: ["pozirk-2024-07-12", "viasna-2023-e-babaryka"],
          },
          inCustodySince: [
            dated("2020-06-18", ["viasna-2023-e-babaryka", "pozirk-2024-07-12"], "Detained with his father Viktar."),
          ],
        },
      ),
      // In custody since 6 Sep 2022 (780 days by the newsletter's count on 15 Nov 2024); not incommunicado.
      this.person("nasta-loika", T("Nasta Loika", "Наста Лойка", "Настя Лойко"), [NL, "nhc-2023-loika"], {
        about: {
          text: T("A colleague of Human Constanta, the human rights organisation that publishes the newsletter"),
          sources: [NL],
        },
        status: [
          {
            value: "in_custody",
            date: "2024-11-15",
            sources: [NL],
            note: T("The sources used here report no release after this date."),
          },
        ],
        criminalCase: {
          articles: [],
          stage: "sentenced",
          sentence: T("7 years"),
          date: "2023-06-20",
          sources: ["nhc-2023-loika"],
        },
        inCustodySince: [
          dated(
            "2022-09-06",
            ["nhc-2023-loika"],
            "Six consecutive 15-day administrative arrests from 6 Sep 2022, then a criminal charge on 24 Dec 2022.",
          ),
        ],
        daysInCustody: [
          days(
            780,
            "exact",
            "2024-11-15",
            [NL],
            "“More than 2 years (780 days)”; the newsletter does not say from which date it counts.",
          ),
        ],
      }),
    ]);
  }

  /* ---------------------------------------------------------------- events */

  events(): ContextEvent[] {
    const e = (id: string, date: string, kind: ContextEvent["kind"], title: Text, sources: string[], end?: string) => {
      const known = this.ids(...sources);
      if (known.length === 0) return null;
      const ev: ContextEvent = { id, date, ...(end ? { end } : {}), kind, title, sources: known };
      return ev;
    };
    return compact([
      e(
        "2020-05-29-tsikhanouski-detained",
        "2020-05-29",
        "crackdown",
        T("Siarhei Tsikhanouski detained at a picket in Hrodna; recognised as a political prisoner on 1 June 2020"),
        ["viasna-2024-05-review"],
      ),
      e(
        "2020-06-18-babaryka-detained",
        "2020-06-18",
        "crackdown",
        T("Viktar Babaryka and his son Eduard detained on their way to the Central Election Commission"),
        ["viasna-2023-e-babaryka"],
      ),
      e(
        "2020-08-09-presidential-election",
        "2020-08-09",
        "election",
        T("Presidential election: official result 80.10% for Lukashenka, turnout 84.23%"),
        ["anadolu-2020-08", "tass-2020-10-04-result"],
      ),
      e("2020-09-23-inauguration", "2020-09-23", "policy", T("Lukashenka inaugurated for a new term"), [
        "newsaz-belta-2024-10",
      ]),
      e(
        "2021-07-14-viasna-raids",
        "2021-07-14",
        "crackdown",
        T("Raids on Viasna; Ales Bialiatski, Valiantsin Stefanovich and Uladzimir Labkovich detained"),
        ["fidh-2021-07"],
      ),
      e(
        "2022-02-27-referendum",
        "2022-02-27",
        "election",
        T("Constitutional referendum; hundreds detained at anti-war protests"),
        ["hrw-world-report-2023"],
      ),
      e(
        "2023-03-bialiatski-sentenced",
        "2023-03",
        "crackdown",
        T("Ales Bialiatski sentenced to 10 years; Stefanovich to 9, Labkovich to 7, Salauyou to 8 in absentia"),
        ["viasna-2024-12-hrd-persecution"],
      ),
      e(
        "2024-07-02-amnesty",
        "2024-07-02",
        "release",
        T("Amnesty law signed; first political prisoners released on 3 July"),
        ["viasna-2024-07-04-amnesty"],
        "2024-07-03",
      ),
      e(
        "2024-07-krieger",
        "2024-07",
        "release",
        T("German citizen Rico Krieger, sentenced to death, pardoned; freed in the 1 Aug 2024 prisoner exchange"),
        ["siol-2024-08-16"],
        "2024-08-01",
      ),
      e(
        "2024-10-23-election-date-set",
        "2024-10-23",
        "election",
        T("Parliament sets the presidential election for 26 January 2025"),
        ["moscow-times-2024-10-23", NEWSLETTER],
      ),
      e(
        "2025-01-26-presidential-election",
        "2025-01-26",
        "election",
        T("Presidential election (early voting from 21 January); turnout 85.7% per the CEC"),
        ["tass-2025-01-26"],
      ),
      e("2025-01-26-nuhfer-released", "2025-01-26", "release", T("US citizen Anastassia Nuhfer released"), [
        "townhall-2025-02-13",
      ]),
      e(
        "2025-02-03-election-result",
        "2025-02-03",
        "election",
        T("CEC declares Lukashenka the winner with 86.82% (preliminary result announced 27 January)"),
        ["xinhua-2025-02-03", "ukrinform-2025-01-27"],
      ),
      e(
        "2025-02-12-three-released",
        "2025-02-12",
        "release",
        T("Three released, including a US citizen and RFE/RL journalist Andrei Kuznechyk, after a US diplomat's visit"),
        ["ap-2025-02-12", "babel-2025-02-12"],
      ),
      e(
        "2025-06-21-kellogg-visit",
        "2025-06-21",
        "release",
        T("US envoy Keith Kellogg visits Minsk; 14 freed, including Siarhei Tsikhanouski"),
        ["ap-2025-06-21", "unn-2025-06-21", "aljazeera-2025-06-21"],
      ),
      e("2025-08-15-trump-call", "2025-08-15", "policy", T("Trump–Lukashenka phone call"), ["bush-center-2025-losik"]),
      e(
        "2025-09-11-52-released",
        "2025-09-11",
        "release",
        T("52 released after a US delegation's visit; US eases sanctions on Belavia"),
        ["kyiv-independent-2025-09-16", "civicus-2025-09-29", "polskie-radio-2025-09-11"],
      ),
      e(
        "2025-12-13-123-released",
        "2025-12-13",
        "release",
        T("123 released, including Bialiatski, Kalesnikava and Babaryka; US lifts sanctions on Belarusian potash"),
        ["kyiv-independent-2025-12-13"],
      ),
      e("2026-03-05-pardon", "2026-03-05", "release", T("18 pardoned, 15 of them political prisoners"), [
        "zdg-2026-03-05",
      ]),
    ]);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Checks
 * --------------------------------------------------------------------------------------------- */

/** Calls visit(id) for every string in an array under one of the given keys. */
function collectRefs(node: unknown, keys: ReadonlySet<string>, visit: (id: string, key: string) => void, key?: string) {
  if (Array.isArray(node)) {
    for (const item of node) {
      if (typeof item === "string" && key && keys.has(key)) visit(item, key);
      else collectRefs(item, keys, visit, key);
    }
  } else if (typeof node === "string" && key && keys.has(key)) {
    visit(node, key);
  } else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) collectRefs(v, keys, visit, k);
  }
}

function checkRelease(id: string, cutoff: string, r: ReleaseRecords): void {
  const known: Record<string, Set<string>> = {
    sources: new Set(r.sources.map((s) => s.id)),
    nameSources: new Set(r.sources.map((s) => s.id)),
    places: new Set(r.places.map((p) => p.id)),
    place: new Set(r.places.map((p) => p.id)),
    person: new Set(r.people.map((p) => p.id)),
  };
  const problems: string[] = [];
  for (const [file, records] of Object.entries(r)) {
    const ids = (records as { id?: string }[]).map((x) => x.id);
    const dup = ids.filter((x, i) => x !== undefined && ids.indexOf(x) !== i);
    if (dup.length) problems.push(`${file}: duplicate ids ${dup.join(", ")}`);
    collectRefs(records, new Set(Object.keys(known)), (ref, key) => {
      if (!known[key]!.has(ref)) problems.push(`${file}: unknown ${key} id "${ref}"`);
    });
    // Nothing in a release may be dated after its as-of date.
    collectRefs(records, new Set(["date", "start", "end", "asOf"]), (d, key) => {
      if (!notAfter(d, cutoff)) problems.push(`${file}: ${key} ${d} is after the release date ${cutoff}`);
    });
  }
  for (const p of r.people) {
    const used = JSON.stringify([r.deaths, r.incommunicado]).includes(`"person":"${p.id}"`);
    if (!used && !["eduard-babaryka", "nasta-loika"].includes(p.id))
      problems.push(`people: ${p.id} is never referenced`);
  }
  if (problems.length) throw new Error(`release ${id}:\n  ${problems.join("\n  ")}`);
  checkSafety({ ...r, entry: { id, asOf: cutoff } });
}

function validate(id: string, name: ReleaseFileName, data: unknown): void {
  const result = RELEASE_FILES[name].safeParse(data);
  if (!result.success) {
    const issues = result.error.issues
      .slice(0, 10)
      .map((i) => `  ${i.path.join(".")}: ${i.message}`)
      .join("\n");
    throw new Error(`release ${id}: ${name} does not match the schema:\n${issues}`);
  }
}

/* ------------------------------------------------------------------------------------------------
 * Main
 * --------------------------------------------------------------------------------------------- */

interface ReleaseDef {
  id: string;
  title: Text;
  period: { start: string; end: string };
  changelog: string[];
}

const RELEASES: ReleaseDef[] = [
  {
    id: "2026-03-05",
    title: T("Data as of 5 March 2026", "Даныя на 5 сакавіка 2026 г.", "Данные на 5 марта 2026 г."),
    period: { start: "2024-11-16", end: "2026-03-05" },
    changelog: [
      "Adds pardon stages from 20 Nov 2024 to 5 Mar 2026, including the US-brokered releases of January, February, April, June, September and December 2025 and the pardon of 31 Ukrainians in November 2025.",
      "Running pardon totals after 9 Dec 2024 and 18 Jan 2025 show the reported figure (178; 232) next to the total computed from the stages (207; 250).",
      "Adds political prisoner counts up to 5 Mar 2026, recognitions and women in custody up to the end of 2025, and Viasna's and other counts that disagree for the same month.",
      "Adds deaths in custody up to September 2025 (Valiantsin Shtermer, Andrei Padniabenny) and two deaths outside Viasna's count (Dzmitry Dudoits, Dzmitry Sarokin).",
      "Adds the end of incommunicado spans (releases in June, September and December 2025), Viasna's February 2025 list of start dates, and six more people held incommunicado.",
      "The July 2024 stage now also cites RFE/RL's retrospective count of 18; detentions add sources published after 15 Nov 2024 (Malanka, Viasna's history of Akrescina) and 2025 arrest counts.",
    ],
  },
  {
    id: "2024-11-15",
    title: T("Data as of 15 November 2024", "Даныя на 15 лістапада 2024 г.", "Данные на 15 ноября 2024 г."),
    period: { start: "2024-11-02", end: "2024-11-15" },
    changelog: [
      "First release: the Human Constanta newsletter for 2–15 Nov 2024 (1,275 political prisoners; the fifth pardon stage of 31 people on 7 Nov, 146 since 3 July; the death of Dzmitry Shletgauer; pre-election detentions; at least 88 treason convictions).",
      "Sourced history up to 15 Nov 2024: political prisoner counts since 2020, pardon stages since July 2024, detentions, seven deaths in custody counted by Viasna, incommunicado cases and key dates.",
      "Every figure keeps its qualifier and sources; where sources disagree, all versions are shown.",
    ],
  },
];

/**
 * The two historic releases as this script builds them: file path under public/data → JSON text.
 * The manifest entries come without their `files` lists (data-manifest.ts filled those in).
 */
export function buildHistoricReleases(): { files: Map<string, string>; entries: ReleaseEntry[] } {
  const builder = new Builder(readFacts(), readFileSync(NEWSLETTER_TXT, "utf8"));
  const files = new Map<string, string>();
  for (const release of RELEASES) {
    const records = builder.build(release.id);
    checkRelease(release.id, release.id, records);
    for (const name of RELEASE_FILE_NAMES) {
      const key = name.replace(".json", "") as keyof ReleaseRecords;
      const data = { [key]: records[key] };
      validate(release.id, name, data);
      files.set(`releases/${release.id}/${name}`, toJsonText(data));
    }
  }
  const manifest = Manifest.parse({
    schemaVersion: 1,
    releases: RELEASES.map((r): ReleaseEntry => ({
      id: r.id,
      title: r.title,
      period: r.period,
      asOf: r.id,
      published: r.id,
      changelog: r.changelog,
      files: [],
    })),
  });
  return { files, entries: manifest.releases };
}

/** Frozen: published releases never change. Running it checks that the history still reproduces them byte for byte. */
function main(): void {
  const { files } = buildHistoricReleases();
  let differ = 0;
  for (const [rel, text] of files) {
    const onDisk = readFileSync(path.join(DATA_DIR, rel), "utf8");
    if (onDisk !== text) {
      differ++;
      console.error(`differs from the published file: public/data/${rel}`);
    }
  }
  if (differ > 0) process.exit(1);
  console.log(
    `${files.size} files of the releases 2024-11-15 and 2026-03-05 reproduced byte for byte from data/research/history/`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
