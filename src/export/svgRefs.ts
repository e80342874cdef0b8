/**
 * What an exported SVG refers to by id: patterns, gradients, clip paths, masks, markers and filters named with
 * `url(#id)`, and <use> targets named with `href="#id"`. On the page they may live in another <svg> (the pardon
 * timeline's patterns sit in a defs block beside the plot, shared by the bars and the legend swatches), so a
 * standalone file must carry its own copies: without them a pattern-filled bar paints nothing and comes out
 * hollow, which the caption says means "inexact".
 *
 * The file's ids get a prefix of their own (a hash of the file), so two exports inlined in one web page do not
 * take each other's patterns. A reference that cannot be resolved never stays dangling: a paint falls back to a
 * solid colour, a clip path, mask, marker or filter is dropped, a <use> is removed.
 */
import { el, SVG_NS } from "./caption";

/** Properties whose value can name an element by url(#id), as attributes or inline style. */
const URL_PROPS = ["fill", "stroke", "clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end"];
/** Of those, the paints: they fall back to a colour rather than to none. */
const PAINTS = new Set(["fill", "stroke"]);
const HREFS = ["href", "xlink:href"];
const XLINK_NS = "http://www.w3.org/1999/xlink";

/** url(#a), url("#a"), url('#a') and the absolute form some browsers compute (url("https://host/page#a")). */
const URL_RE = /url\(\s*(["']?)([^"')]*)\1\s*\)/g;
/** A `;` that does not sit inside parentheses: the separator of inline style declarations. */
const DECLARATIONS = /;(?![^(]*\))/;

/** The id a url names in this document, or null when it names another document or no element. */
function fragmentOf(url: string, doc: Document): string | null {
  const hash = url.indexOf("#");
  if (hash < 0 || hash === url.length - 1) return null;
  const before = url.slice(0, hash);
  const here = (u: string) => u.split("#")[0];
  if (before && before !== here(doc.URL) && before !== here(doc.baseURI)) return null;
  return url.slice(hash + 1);
}

/**
 * The inline style's declarations as [property, value]; with `onlyWithUrl`, none unless one names something by
 * url() (a quick way past the thousands of styled elements of a chart that refer to nothing).
 */
function styleDeclarations(node: Element, onlyWithUrl = false): [string, string][] {
  const style = node.getAttribute("style");
  if (!style || (onlyWithUrl && !style.includes("url("))) return [];
  return style
    .split(DECLARATIONS)
    .map((d) => d.split(/:(.*)/s) as [string, string?])
    .filter((d): d is [string, string] => d[1] !== undefined)
    .map(([p, v]) => [p.trim().toLowerCase(), v.trim()]);
}

/** The ids one element refers to (not its children's). */
export function referencesOf(node: Element, doc: Document): string[] {
  const ids: string[] = [];
  const scan = (value: string | null) => {
    for (const m of (value ?? "").matchAll(URL_RE)) {
      const id = fragmentOf(m[2]!, doc);
      if (id) ids.push(id);
    }
  };
  for (const prop of URL_PROPS) scan(node.getAttribute(prop));
  for (const [prop, value] of styleDeclarations(node, true)) if (URL_PROPS.includes(prop)) scan(value);
  for (const name of HREFS) {
    const href = node.getAttribute(name);
    if (href?.startsWith("#") && href.length > 1) ids.push(href.slice(1));
  }
  return ids;
}

function subtree(root: Element): Element[] {
  return [root, ...root.querySelectorAll("*")];
}

/** 32-bit FNV-1a in base 36: a short, stable fingerprint of the file for its id prefix. */
function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** A paint's own fallback colour (`url(#a) red` → red), or null. */
function ownFallback(value: string): string | null {
  const rest = value.replace(URL_RE, "").trim();
  return rest && rest !== "none" ? rest : null;
}

const isSolid = (value: string | null | undefined): value is string =>
  !!value && !value.includes("url(") && value !== "none" && value !== "transparent" && !value.includes("var(");

/** The element's paint `prop` as written: inline style first (it wins), then the attribute. */
function paintOf(node: Element, prop: string): string | null {
  return styleDeclarations(node).find(([p]) => p === prop)?.[1] ?? node.getAttribute(prop);
}

export interface EmbedOptions {
  /**
   * Copies a referenced element of the page into the file (cloned, with its styles inlined the way the chart's
   * are), or returns null when it cannot stand alone.
   */
  copy: (live: Element) => Element | null;
  /** Paint used when a pattern or gradient cannot be found and the element has no other solid paint. */
  fallbackPaint: string;
}

/**
 * Makes `root` (the whole exported <svg>, detached from the page) self-contained: copies every element it refers
 * to into a <defs> (and what those refer to, in turn), gives every id a file-specific prefix and rewrites the
 * references to match, and replaces what cannot be resolved (see the file comment).
 */
export function embedReferences(root: Element, doc: Document, { copy, fallbackPaint }: EmbedOptions): void {
  const present = new Set(subtree(root).flatMap((n) => (n.id ? [n.id] : [])));
  const defs = el(doc, "defs");
  const queue = subtree(root).flatMap((n) => referencesOf(n, doc));
  const tried = new Set<string>();
  while (queue.length) {
    const id = queue.shift()!;
    if (present.has(id) || tried.has(id)) continue;
    tried.add(id);
    const live = doc.getElementById(id);
    // Only SVG content can stand in an SVG file (an HTML element with that id is not what a paint meant).
    if (!live || live.namespaceURI !== SVG_NS) continue;
    const copied = copy(live);
    if (!copied) continue;
    defs.appendChild(copied);
    for (const n of subtree(copied)) {
      if (n.id) present.add(n.id);
      queue.push(...referencesOf(n, doc));
    }
  }
  if (defs.childNodes.length) {
    const desc = [...root.children].filter((c) => c.localName === "title" || c.localName === "desc").pop();
    root.insertBefore(defs, desc ? desc.nextSibling : root.firstChild);
  }

  // Ids of this file: prefixed by its fingerprint, reduced to characters that are safe in a url() and in HTML.
  const prefix = `brt${fingerprint(new XMLSerializer().serializeToString(root))}`;
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  for (const n of subtree(root)) {
    if (!n.id) continue;
    if (renamed.has(n.id)) {
      // A second element with the same id (a copy of something the chart also holds) is never the one a url finds.
      n.removeAttribute("id");
      continue;
    }
    const base = `${prefix}-${n.id.replace(/[^A-Za-z0-9_-]/g, "_")}`;
    let id = base;
    for (let i = 2; taken.has(id); i++) id = `${base}-${i}`;
    taken.add(id);
    renamed.set(n.id, id);
    n.setAttribute("id", id);
  }

  // The value of `prop` with every reference rewritten, or null to drop the property.
  const rewrite = (node: Element, prop: string, value: string): string | null => {
    let broken = false;
    const out = value.replace(URL_RE, (_all, _q: string, url: string) => {
      const id = fragmentOf(url, doc);
      const to = id ? renamed.get(id) : undefined;
      if (to) return `url(#${to})`;
      broken = true;
      return "";
    });
    if (!broken) return out;
    if (!PAINTS.has(prop)) return null;
    const other = paintOf(node, prop === "fill" ? "stroke" : "fill");
    return ownFallback(value) ?? (isSolid(other) ? other : fallbackPaint);
  };

  for (const n of subtree(root)) {
    for (const prop of URL_PROPS) {
      const value = n.getAttribute(prop);
      if (!value?.includes("url(")) continue;
      const next = rewrite(n, prop, value);
      if (next === null) n.removeAttribute(prop);
      else n.setAttribute(prop, next);
    }
    const declarations = styleDeclarations(n, true);
    if (declarations.length) {
      const kept = declarations.flatMap(([p, v]) => {
        if (!v.includes("url(")) return [`${p}:${v}`];
        const next = URL_PROPS.includes(p) ? rewrite(n, p, v) : null;
        return next === null ? [] : [`${p}:${next}`];
      });
      if (kept.length) n.setAttribute("style", kept.join(";"));
      else n.removeAttribute("style");
    }
    for (const name of HREFS) {
      const href = n.getAttribute(name);
      if (!href?.startsWith("#")) continue;
      const to = renamed.get(href.slice(1));
      if (to) {
        if (name === "href") n.setAttribute("href", `#${to}`);
        else n.setAttributeNS(XLINK_NS, "xlink:href", `#${to}`);
      } else if (n.localName === "use") n.remove();
      else n.removeAttribute(name);
    }
  }
}
