/**
 * A quicker yes from a release file's zod schema (src/data/schema.ts), for the loader: whether zod would accept a
 * JSON value without one issue, and give back a copy equal to it. When the answer is yes the loader keeps the value
 * as parsed; when it is no (or the schema holds anything this module does not know), the loader runs the schema's
 * safeParse as before, and that gives the result and the error message.
 *
 * Why: zod's parse builds a payload, an issue list and a copy of every node, and on a page load it runs cold; this
 * walk only answers yes or no. It is derived from the schema objects themselves, and every rule on a value (a
 * pattern, a length, a refinement, a range check) is run by zod's own check of that rule, in zod's order. What is
 * written out here is only the structure, and only the parts of it that JSON can hold (objects, arrays, strings,
 * numbers). A "yes" is never given where zod would say no: anything unusual is a "no", which only means "ask zod".
 */
import type * as z from "zod/mini";

type Accepts = (value: unknown) => boolean;

/** A schema this module cannot answer for: the loader uses the schema's own parse. */
class Unsupported extends Error {}

type Internals = z.core.$ZodTypeInternals & {
  def: z.core.$ZodTypeDef & Record<string, unknown>;
  traits: Set<string>;
};

const compiled = new WeakMap<z.core.$ZodType, Accepts | null>();

/**
 * True when `schema.safeParse(value)` would succeed and its data would equal `value` (a value from JSON.parse), with
 * its keys in the same order; false when it would fail, when the copy could differ, or when this module cannot tell.
 */
export function acceptsAsIs(schema: z.core.$ZodType, value: unknown): boolean {
  let accepts = compiled.get(schema);
  if (accepts === undefined) {
    try {
      accepts = compile(schema, new Map(), new Set());
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      accepts = null;
    }
    compiled.set(schema, accepts);
  }
  return accepts !== null && accepts(value);
}

/** A plain object as JSON.parse makes it. */
function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}

/** Compiled schemas by schema (one walk for a schema used in many places, such as Id) and the ones being compiled. */
type Seen = Map<z.core.$ZodType, Accepts>;

function compile(schema: z.core.$ZodType, seen: Seen, open: Set<z.core.$ZodType>): Accepts {
  const known = seen.get(schema);
  if (known) return known;
  // A schema met again inside itself (a recursive shape) is left to zod.
  if (open.has(schema)) throw new Unsupported();
  open.add(schema);
  const zod = schema._zod as Internals;
  if ((zod.def as { coerce?: boolean }).coerce) throw new Unsupported();
  const shape = structure(zod, (child) => compile(child, seen, open));
  const checks = checksOf(zod);
  const accepts: Accepts = checks ? (v) => shape(v) && checks(v) : shape;
  open.delete(schema);
  seen.set(schema, accepts);
  return accepts;
}

/** The schema's own type test and its parts, as zod's parse of that type (schemas.js) reads a JSON value. */
function structure(zod: Internals, compile: (child: z.core.$ZodType) => Accepts): Accepts {
  const def = zod.def;
  const only = (...traits: string[]) => {
    for (const t of zod.traits) if (t.startsWith("$") && !traits.includes(t)) throw new Unsupported();
  };
  switch (def.type) {
    case "string":
      only("$ZodType", "$ZodString");
      return (v) => typeof v === "string";
    case "number":
      // z.int() and the like are number formats: the schema is its own first check (see checksOf).
      only("$ZodType", "$ZodNumber", "$ZodNumberFormat", "$ZodCheck", "$ZodCheckNumberFormat");
      return (v) => typeof v === "number" && Number.isFinite(v);
    case "enum": {
      only("$ZodType", "$ZodEnum");
      const values = zod.values!;
      return (v) => values.has(v as string);
    }
    case "optional": {
      only("$ZodType", "$ZodOptional");
      const inner = def.innerType as z.core.$ZodType;
      if ((inner._zod as Internals).optin === "defaulted") throw new Unsupported();
      const accepts = compile(inner);
      return (v) => v === undefined || accepts(v);
    }
    case "array": {
      only("$ZodType", "$ZodArray");
      const element = compile(def.element as z.core.$ZodType);
      return (v) => {
        if (!Array.isArray(v)) return false;
        for (let i = 0; i < v.length; i++) if (!element(v[i])) return false;
        return true;
      };
    }
    case "union": {
      only("$ZodType", "$ZodUnion");
      // Inclusive unions only: zod takes the first option that accepts the value, and its copy is the value's.
      if (def.inclusive === false || def.discriminator !== undefined) throw new Unsupported();
      const options = (def.options as z.core.$ZodType[]).map((o) => compile(o));
      return (v) => options.some((accepts) => accepts(v));
    }
    case "record": {
      only("$ZodType", "$ZodRecord");
      // Only z.partialRecord over an enum of keys: every key of the value one of them, each value accepted.
      const keyType = (def.keyType as z.core.$ZodType)._zod as Internals;
      if (!def.partial || keyType.def.type !== "enum" || def.mode === "loose") throw new Unsupported();
      const keys = keyType.values!;
      const checkKey = checksOf(keyType);
      if (checkKey) throw new Unsupported();
      const valueOf = compile(def.valueType as z.core.$ZodType);
      return (v) => {
        if (!isJsonObject(v)) return false;
        for (const key of Object.keys(v)) {
          if (key === "__proto__" || !keys.has(key) || !valueOf(v[key])) return false;
        }
        return true;
      };
    }
    case "object": {
      only("$ZodType", "$ZodObject");
      // Strict objects (a catchall of never: any other key is an issue) and stripping ones (another key is dropped
      // from the copy): either way, a value with another key is not accepted as it is.
      const catchall = def.catchall as z.core.$ZodType | undefined;
      if (catchall && (catchall._zod as Internals).def.type !== "never") throw new Unsupported();
      const entries = Object.entries(def.shape as Record<string, z.core.$ZodType>);
      if (Object.getOwnPropertySymbols(def.shape).length) throw new Unsupported();
      const fields = entries.map(([key, field]) => {
        if (key === "__proto__") throw new Unsupported();
        const optional = (field._zod as Internals).def.type === "optional";
        return { key, optional, accepts: compile(field) };
      });
      // zod's copy has the fields in the order of the shape: a value with its fields in another order is not it.
      const order = new Map(entries.map(([key], i) => [key, i]));
      return (v) => {
        if (!isJsonObject(v)) return false;
        for (const { key, optional, accepts } of fields) {
          if (Object.hasOwn(v, key)) {
            if (!accepts(v[key])) return false;
          } else if (!optional || key in v) {
            return false;
          }
        }
        let last = -1;
        for (const key in v) {
          const i = order.get(key);
          if (i === undefined || i < last) return false;
          last = i;
        }
        return true;
      };
    }
    default:
      throw new Unsupported();
  }
}

/**
 * The schema's checks (its rules on a value of the right type) as zod runs them after its type test: the schema
 * itself first where it is a check (a number format), then its .check(...) list, each skipped where its `when` says
 * so. Each is zod's own check; the value passes when none of them reports an issue. Null when there are none.
 */
function checksOf(zod: Internals): Accepts | null {
  const list = [
    ...(zod.traits.has("$ZodCheck") ? [zod as unknown as z.core.$ZodCheckInternals<never>] : []),
    ...((zod.def.checks ?? []) as z.core.$ZodCheck<never>[]).map((c) => c._zod),
  ];
  if (list.length === 0) return null;
  // A check that rewrites the value (trim, toLowerCase) would make zod's copy differ.
  if (list.some((c) => (c.def as { check?: string }).check === "overwrite")) throw new Unsupported();
  return (value) => {
    const payload = { value, issues: [] as z.core.$ZodRawIssue[] } as z.core.ParsePayload<never>;
    for (const check of list) {
      const when = (check.def as { when?: (p: z.core.ParsePayload) => boolean }).when;
      if (when && !when(payload)) continue;
      const result = check.check(payload) as unknown;
      // An async rule: zod's safeParse reports it, not this.
      if (result instanceof Promise || payload.issues.length > 0 || payload.value !== value) return false;
    }
    return true;
  };
}
