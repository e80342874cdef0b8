/**
 * The detention map as a standalone SVG picture (a string, no DOM): the bundled outline of Belarus and its
 * neighbours, projected as the live map's first view (initialView.ts: Web Mercator fitted to the frame with
 * d3-geo), and one symbol per event of the view where the live map puts it (layoutSymbols: an event is shown
 * no finer than its record allows — region-wide events as framed symbols in their oblast; nationwide events,
 * which have no place, in the list under the map as on the page), sized by count, with the map's legend.
 * Used for the build's static embed pictures (dist/embed-static/) and the Share dialog's SVG and PNG.
 */
import "virtual:i18n/en/map";
import { geoPath } from "d3-geo";
import { QUALIFIERS, type ReleaseData } from "../../data/schema";
import type { MessageKey, Translate } from "../../i18n";
import { formatNumber, type Lang } from "../../i18n/format";
import type { DateRange } from "../../state/store";
import { basemap } from "../../map/basemap";
import { CATEGORIES, filterEvents, isOnMap, eventViews, sortEvents, type Category } from "../../map/detentionModel";
import {
  categoryLetter,
  categoryText,
  countText,
  datesText,
  locale,
  placesText,
  symbolLabel,
} from "../../map/eventText";
import { initialProjection, mapBox, projectionStream } from "../../map/initialView";
import { placeLabels, type TextLabel } from "../../map/labelLayout";
import { mapLabels } from "../../map/mapLabels";
import { drawSymbol, type Shape } from "../../map/symbolShapes";
import { sizeSteps } from "../../map/sizeSteps";
import {
  DOM_SYMBOL_LIMIT,
  layoutSymbols,
  maxRadiusFor,
  MAX_R,
  obstaclesOf,
  radiusScale,
  townLabels,
  unknownHalfFor,
  type MapSymbol,
} from "../../map/symbols";
import { esc, flowItems, footer, header, LIGHT, padFor, pictureRoot, r1, textBlock, type PictureText } from "./svgText";
import { plural } from "../../i18n/plural";

export interface MapPictureInput {
  release: ReleaseData;
  lang: Lang;
  t: Translate;
  /** The view's time range and categories (as the live widget's filters); null / [] = everything. */
  range: DateRange;
  categories: readonly string[];
}

export interface Picture {
  svg: string;
  width: number;
  height: number;
}

const CAT_COLOR: Record<Category, string> = {
  detention: LIGHT.detention,
  raid: LIGHT.raid,
  preventive_conversation: LIGHT.preventive,
};

/** Presentation attributes of a symbol's shape, as detentions.css paints its classes (no CSS in the file). */
function paint(className: string, c: string): string {
  const cls = className.split(" ");
  if (cls.includes("ring")) {
    const q = cls.find((x) => x.startsWith("mark-"))?.slice(5);
    const dash =
      q === "about"
        ? ` stroke-dasharray="5 3"`
        : q === "fewer_than"
          ? ` stroke-dasharray="1 3" stroke-linecap="round"`
          : q === "range"
            ? ` stroke-dasharray="7 2 1 2"`
            : "";
    return `fill="${c}" fill-opacity="${q === "exact" ? 0.45 : 0.1}" stroke="${c}" stroke-width="2"${dash}`;
  }
  if (cls.includes("halo"))
    return `fill="none" stroke="${c}" stroke-width="1.5" stroke-dasharray="0.5 3" stroke-linecap="round"`;
  if (cls.includes("unknown")) return `fill="${LIGHT.surface}" stroke="${c}" stroke-width="2"`;
  if (cls.includes("unknown-mark")) return `fill="${c}" font-size="12" font-weight="700"`;
  if (cls.includes("badge")) return `fill="${c}" stroke="${LIGHT.surface}" stroke-width="1.5"`;
  if (cls.includes("badge-letter")) return `fill="${LIGHT.surface}" font-size="9" font-weight="700"`;
  if (cls.includes("region-frame")) return `fill="none" stroke="${c}" stroke-width="1.5" stroke-dasharray="4 3"`;
  return `fill="none"`;
}

function shapeSvg(s: Shape, c: string): string {
  switch (s.kind) {
    case "circle":
      return `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" ${paint(s.className, c)}/>`;
    case "rect":
      return `<rect x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}" ${paint(s.className, c)}/>`;
    case "text":
      // dy instead of dominant-baseline, which some SVG renderers ignore.
      return `<text x="${s.x}" y="${s.y}" dy="0.35em" text-anchor="middle" ${paint(s.className, c)}>${esc(s.text)}</text>`;
  }
}

/** A symbol drawn as the map's markers draw it (drawSymbol), without the focus ring; `size` = its box. */
export function symbolSvg(input: Parameters<typeof drawSymbol>[0], withBadge = true): { svg: string; size: number } {
  const d = drawSymbol(input);
  const c = CAT_COLOR[d.category];
  const shapes = d.shapes.filter((s) => s.className !== "sym-focus" && (withBadge || !s.className.startsWith("badge")));
  return { svg: shapes.map((s) => shapeSvg(s, c)).join(""), size: d.size };
}

const LABEL_PAINT = `stroke="${LIGHT.surface}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"`;

function labelSvg(l: TextLabel, at: { x: number; y: number }, small: boolean): string {
  const country = l.className.includes("country");
  const town = l.className.includes("town");
  const size = country ? (small ? 9 : 11) : l.placement === "below" ? 11 : small && town ? 11 : 12;
  const fill = country || l.placement === "below" ? LIGHT.muted : LIGHT.text;
  const weight = town ? 600 : l.placement === "left" ? 700 : 400;
  const anchor = l.placement === "right" ? "start" : l.placement === "left" ? "end" : "middle";
  const x = l.placement === "right" ? at.x + l.gap : l.placement === "left" ? at.x - l.gap : at.x;
  const spacing = country ? ` letter-spacing="0.12em"` : "";
  const lines = (country ? l.text.toLocaleUpperCase() : l.text).split("\n");
  const attrs = `font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}"${spacing} ${LABEL_PAINT}`;
  const top = l.placement === "below" ? at.y + l.gap + size : at.y + size * 0.35;
  return lines.map((line, i) => `<text x="${r1(x)}" y="${r1(top + i * 14)}" ${attrs}>${esc(line)}</text>`).join("");
}

/** How many nationwide or unplaced reports the picture lists by name (the rest are counted). */
export const UNLOCATED_SHOWN = 6;

/** The map picture at a width (320 = phone, 640 = column). */
export function mapPicture(input: MapPictureInput, text: PictureText, width: number): Picture {
  const { release, lang, t, range, categories } = input;
  const pad = padFor(width);
  const inner = width - 2 * pad;
  const top = header(text, width);

  // The live map's computations (DetentionView), at the picture's map width.
  const all = eventViews(release);
  const filtered = filterEvents(all, range, categories);
  const box = mapBox(inner);
  const { width: w, height: h } = box.inner;
  const maxR = maxRadiusFor(inner);
  const half = unknownHalfFor(maxR);
  const radius = radiusScale(all, maxR);
  const symbols = layoutSymbols(
    filtered,
    radius,
    all.flatMap((v) => v.located),
    half,
  );
  const towns = townLabels(symbols);
  const dense = symbols.length > DOM_SYMBOL_LIMIT;
  const labels = mapLabels(symbols, towns, new Set(), lang, t, inner >= 480 && !dense);
  const project = initialProjection(w, h);
  const xy = (p: { lat: number; lon: number }) => {
    const [x, y] = project(p.lon, p.lat);
    return { x, y };
  };
  const placed = placeLabels(labels, obstaclesOf(symbols, towns), xy, { x0: 0, y0: 0, x1: w, y1: h });
  // Larger symbols underneath, as on the live map; a dense map draws its largest only, as the page's picture does.
  const drawn = [...symbols].sort((a, b) => b.r - a.r).slice(0, dense ? DOM_SYMBOL_LIMIT : undefined);

  const path = geoPath(projectionStream(project)).digits(1);
  const outlines = basemap.features
    .map((f) =>
      f.properties.role === "belarus"
        ? `<path class="outline-belarus" d="${path(f) ?? ""}" fill="${LIGHT.mapLand}" stroke="${LIGHT.mapStroke}" stroke-width="1.5" stroke-linejoin="round"><title>${esc(t("map.mapLabel"))}</title></path>`
        : `<path d="${path(f) ?? ""}" fill="${LIGHT.bg}" stroke="${LIGHT.mapStroke}" stroke-opacity="0.45" stroke-linejoin="round"/>`,
    )
    .join("");
  const groups = dense ? [] : drawn.filter((s) => s.kind === "group");
  const connectors = groups
    .flatMap((g) => {
      const a = xy(g.anchor);
      return g.towns.map((p) => {
        const b = xy(p);
        return `<line x1="${r1(a.x)}" y1="${r1(a.y)}" x2="${r1(b.x)}" y2="${r1(b.y)}" stroke="${LIGHT.muted}" stroke-width="1.2" stroke-dasharray="3 3"/>`;
      });
    })
    .join("");
  const dots = towns
    .map(({ place }) => {
      const p = xy(place);
      return `<circle cx="${r1(p.x)}" cy="${r1(p.y)}" r="3" fill="${LIGHT.text}" stroke="${LIGHT.surface}"/>`;
    })
    .join("");
  const labelMarks = placed.map((l) => labelSvg(l, xy(l.at), inner < 480)).join("");
  const symbolMarks = drawn.map((s) => mapSymbolSvg(s, xy(s.anchor), lang, t, !dense)).join("");
  const note = dense
    ? `<text x="8" y="${h - 8}" font-size="11" fill="${LIGHT.muted}" ${LABEL_PAINT}>${esc(
        plural(t, lang, "map.static.largest", drawn.length, { total: formatNumber(symbols.length, lang) }),
      )}</text>`
    : "";
  const mapY = top.y;
  const clipId = `map-clip-${width}`;
  const map =
    `<g transform="translate(${pad + 1} ${r1(mapY + 1)})">` +
    `<clipPath id="${clipId}"><rect width="${w}" height="${h}"/></clipPath>` +
    `<rect width="${w}" height="${h}" fill="${LIGHT.bg}"/>` +
    `<g clip-path="url(#${clipId})">${outlines}${connectors}${dots}${labelMarks}${symbolMarks}${note}</g>` +
    `</g>` +
    `<rect x="${pad + 0.5}" y="${r1(mapY + 0.5)}" width="${inner - 1}" height="${box.height - 1}" rx="6" fill="none" stroke="${LIGHT.border}"/>`;
  let y = mapY + box.height + 12;
  let body = top.svg + map;

  // Nationwide reports and reports without coordinates: listed as on the page, newest first.
  const unlocated = sortEvents(
    filtered.filter((v) => !isOnMap(v)),
    "date",
    "descending",
    () => "",
    locale(lang),
  );
  if (unlocated.length) {
    const head = textBlock(t("map.unlocated.title"), pad, y, inner, { size: 13, weight: 700 });
    body += head.svg;
    y = head.y + 2;
    for (const v of unlocated.slice(0, UNLOCATED_SHOWN)) {
      const c = CAT_COLOR[v.event.category];
      const where = v.event.scope === "national" ? "" : ` · ${placesText(v, lang, t)}`;
      const line = `${countText(v, lang, t)} · ${datesText(v, lang)}${where}`;
      body +=
        `<g><title>${esc(symbolLabel(v, lang, t))}</title>` +
        `<circle cx="${pad + 7}" cy="${r1(y + 9)}" r="7" fill="${c}"/>` +
        `<text x="${pad + 7}" y="${r1(y + 9)}" dy="0.35em" text-anchor="middle" font-size="9" font-weight="700" fill="${LIGHT.surface}">${esc(categoryLetter(v.event.category, t))}</text>`;
      const row = textBlock(line, pad + 20, y + 1, inner - 20, { size: 12 });
      body += `${row.svg}</g>`;
      y = row.y + 4;
    }
    if (unlocated.length > UNLOCATED_SHOWN) {
      const more = textBlock(
        t("map.picture.more", { n: formatNumber(unlocated.length - UNLOCATED_SHOWN, lang) }),
        pad,
        y,
        inner,
        { size: 12, fill: LIGHT.muted },
      );
      body += more.svg;
      y = more.y;
    }
    y += 8;
  }

  // The legend: size, the qualifier styles drawn on the map, no count, region, categories.
  const legendTitle = textBlock(t("map.legend.title"), pad, y, inner, { size: 13, weight: 700 });
  body += legendTitle.svg;
  y = legendTitle.y + 4;
  const letter = categoryLetter("detention", t);
  const glyph = (g: { svg: string; size: number }, label: string) => ({ swatch: g.svg, w: g.size, h: g.size, label });
  const sizes = flowItems(
    sizeSteps(radius.domain()[1]!).map((n) =>
      glyph(
        symbolSvg({
          rings: [{ r: Math.min(MAX_R, radius(n)), qualifier: "exact" }],
          category: "detention",
          letter,
        }),
        formatNumber(n, lang),
      ),
    ),
    pad,
    y + lineHeightOf(t("map.legend.size"), inner) + 2,
    inner,
  );
  body += textBlock(t("map.legend.size"), pad, y, inner, { size: 12 }).svg + sizes.svg;
  y = sizes.y + 8;
  const drawnQualifiers = new Set(all.filter(isOnMap).flatMap((v) => v.claims.map((c) => c.qualifier)));
  const qualifiers = QUALIFIERS.filter(
    (q) => q !== "more_than" && (drawnQualifiers.has(q) || (q === "at_least" && drawnQualifiers.has("more_than"))),
  );
  const keys = flowItems(
    [
      ...qualifiers.map((q) =>
        glyph(
          symbolSvg({ rings: [{ r: 8, qualifier: q }], category: "detention", letter }),
          t(`map.legend.q.${q}` as MessageKey),
        ),
      ),
      glyph(symbolSvg({ rings: [], category: "detention", letter, half }), t("map.legend.unknown")),
      glyph(
        symbolSvg({ rings: [{ r: 6, qualifier: "exact" }], category: "detention", letter, region: true }),
        t("map.legend.region"),
      ),
      ...(groups.length
        ? [
            {
              swatch:
                `<line x1="22" y1="13" x2="4" y2="4" stroke="${LIGHT.muted}" stroke-width="1.2" stroke-dasharray="3 3"/>` +
                `<line x1="22" y1="13" x2="40" y2="22" stroke="${LIGHT.muted}" stroke-width="1.2" stroke-dasharray="3 3"/>` +
                `<circle cx="4" cy="4" r="3" fill="${LIGHT.text}"/><circle cx="40" cy="22" r="3" fill="${LIGHT.text}"/>` +
                `<circle cx="22" cy="13" r="7" fill="${LIGHT.detention}" fill-opacity="0.45" stroke="${LIGHT.detention}" stroke-width="2"/>`,
              w: 44,
              h: 26,
              label: t("map.legend.group"),
            },
          ]
        : []),
    ],
    pad,
    y,
    inner,
  );
  body += keys.svg;
  y = keys.y + 8;
  const cats = flowItems(
    CATEGORIES.map((c) => ({
      swatch:
        `<circle cx="8" cy="8" r="8" fill="${CAT_COLOR[c]}"/>` +
        `<text x="8" y="8" dy="0.35em" text-anchor="middle" font-size="10" font-weight="700" fill="${LIGHT.surface}">${esc(categoryLetter(c, t))}</text>`,
      w: 16,
      h: 16,
      label: categoryText(c, t),
    })),
    pad,
    y,
    inner,
  );
  body += cats.svg;
  y = cats.y;

  const foot = footer(text, width, y + 4);
  body += foot.svg;
  return { svg: pictureRoot({ width, height: foot.y, lang, text }, body), width, height: Math.ceil(foot.y) };
}

function lineHeightOf(text: string, width: number): number {
  return textBlock(text, 0, 0, width, { size: 12 }).y;
}

/** One event's symbol at its place, named by a <title> (places, figure with its qualifier, category, dates). */
function mapSymbolSvg(s: MapSymbol, at: { x: number; y: number }, lang: Lang, t: Translate, badge: boolean): string {
  const g = symbolSvg(
    {
      rings: s.rings,
      category: s.view.event.category,
      region: s.kind === "region",
      letter: categoryLetter(s.view.event.category, t),
      half: s.r,
    },
    badge,
  );
  const x = r1(at.x + s.dx - g.size / 2);
  const y = r1(at.y - g.size / 2);
  return (
    `<g class="symbol kind-${s.kind}" data-event="${esc(s.id)}" transform="translate(${x} ${y})">` +
    `<title>${esc(symbolLabel(s.view, lang, t))}</title>${g.svg}</g>`
  );
}
