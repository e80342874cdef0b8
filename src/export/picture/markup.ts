/**
 * Just enough of an HTML reader for the build's prerendered fragments (preact-render-to-string's output, see
 * src/embed/prerender.tsx): find elements by their tags and classes, with the classes of the elements around
 * them, without a DOM (the pictures are made in Node). Not a general HTML parser: it relies on that output
 * (quoted attributes, every SVG element closed; comments are skipped).
 */

const VOID = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

export interface Element {
  tag: string;
  /** Where its start tag begins and where its end tag ends in the markup. */
  start: number;
  end: number;
  attrs: string;
  /** The class attributes of the elements it is inside, outermost first. */
  ancestors: string[];
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*(\/?)>/g;

export const attrOf = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

/** Every element of the markup, in document order, with its extent and the classes around it. */
export function elements(html: string): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [];
  for (const m of html.matchAll(TAG)) {
    if (m[0].startsWith("<!--")) continue;
    const [, closing, rawTag, attrs = "", selfClosing] = m;
    const tag = rawTag!.toLowerCase();
    if (closing) {
      // Close up to the nearest open element of this tag (tolerates an unclosed <p> or <li>).
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at < 0) continue;
      while (stack.length > at) stack.pop()!.end = m.index + m[0].length;
      continue;
    }
    const el: Element = {
      tag,
      start: m.index,
      end: m.index + m[0].length,
      attrs,
      ancestors: stack.map((e) => attrOf(e.attrs, "class") ?? ""),
    };
    out.push(el);
    if (!selfClosing && !VOID.has(tag)) stack.push(el);
  }
  return out;
}

export const outer = (html: string, el: Element) => html.slice(el.start, el.end);

/** The text of some markup: tags and comments dropped, entities decoded, white space collapsed. */
export function textOf(html: string): string {
  return decode(html.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

export function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (_, e: string) => {
    const k = e.toLowerCase();
    if (k.startsWith("#x")) return String.fromCodePoint(parseInt(k.slice(2), 16));
    if (k.startsWith("#")) return String.fromCodePoint(parseInt(k.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" }[k]!;
  });
}

/** Nested <g class="…"> for each ancestor class, so CSS written for the page matches inside the picture. */
export function wrapInClasses(ancestors: readonly string[], inner: string): string {
  const classes = ancestors.filter(Boolean);
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return classes.map((c) => `<g class="${esc(c)}">`).join("") + inner + "</g>".repeat(classes.length);
}

/**
 * A stylesheet made safe for a standalone picture: the light theme only (dark-scheme media blocks and
 * dark-theme rules dropped, so a reader's dark mode cannot turn the colours of a picture on a white page), no
 * imports, no declaration that fetches anything (url() other than a reference inside the file). Given the classes
 * the picture uses, rules naming other classes are left out (a chart needs a few of the page's hundreds).
 */
export function pictureCss(css: string, used?: ReadonlySet<string>): string {
  const blocks: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < css.length; i++) {
    const ch = css[i];
    if (ch === "{") depth++;
    else if (ch === "}" && --depth === 0) {
      blocks.push(css.slice(from, i + 1).trim());
      from = i + 1;
    }
  }
  return blocks
    .filter((b) => !/^@import|^@font-face/i.test(b))
    .filter((b) => !/prefers-color-scheme\s*:\s*dark|data-theme=["']?dark/i.test(b.slice(0, b.indexOf("{"))))
    .filter((b) => !used || b.startsWith("@") || selectorUsed(b.slice(0, b.indexOf("{")), used))
    .map((b) => b.replace(/[^;{}]*url\((?!["']?#)[^)]*\)[^;}]*;?/gi, ""))
    .join("\n");
}

/** Whether one of a rule's selectors can match: every class it requires is among the classes used. */
function selectorUsed(selectors: string, used: ReadonlySet<string>): boolean {
  // Classes inside :not(…) need not be there.
  return selectors
    .split(",")
    .some((sel) => [...sel.replace(/:not\([^)]*\)/g, "").matchAll(/\.([\w-]+)/g)].every((m) => used.has(m[1]!)));
}

/** Every class name in some markup. */
export function classesIn(markup: string): Set<string> {
  const out = new Set<string>();
  for (const m of markup.matchAll(/\sclass="([^"]*)"/g)) for (const c of m[1]!.split(/\s+/)) if (c) out.add(c);
  return out;
}

/** The first `:root { … }` rule's declarations (the light theme's variables in src/styles.css). */
export function rootVariables(css: string): string {
  const m = /(?:^|[};\s]):root\s*\{([^}]*)\}/.exec(css);
  return m ? m[1]!.trim() : "";
}
