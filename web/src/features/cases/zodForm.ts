import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { feedback } from '../../app/feedback';

/**
 * Client-side validation with the very Zod schemas the server uses (@zhifa/contracts), so that a form shows
 * the same Chinese message before sending as the server would after.
 */

type NamePath = (string | number)[];

const samePath = (a: readonly PropertyKey[], b: NamePath) => a.length === b.length && a.every((p, i) => p === b[i]);

/** The schema's first message for exactly `path` of `value`, or null when that part is valid. */
export function zodMessageAt(schema: z.ZodType, value: unknown, path: NamePath): string | null {
  const r = schema.safeParse(value);
  if (r.success) return null;
  return r.error.issues.find((i) => samePath(i.path, path))?.message ?? null;
}

/**
 * An antd rule checking one field by parsing the whole object it belongs to (cross-field checks such as the
 * birth date against the ID number need the siblings): `read()` returns the object, `path` the field in it.
 */
export function zodRule(schema: z.ZodType, read: () => unknown, path: NamePath): Rule {
  return {
    validator: async () => {
      const message = zodMessageAt(schema, read(), path);
      if (message) throw new Error(message);
    },
  };
}

/**
 * Parses `body`; on failure puts every message under its field and returns null, so the caller sends nothing.
 * `toName` maps a body path to the form's name: a prefix, or a function when the form is shaped differently.
 */
export function parseIntoForm<S extends z.ZodType>(
  form: FormInstance,
  schema: S,
  body: unknown,
  toName: NamePath | ((path: NamePath) => NamePath) = [],
): z.output<S> | null {
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const byName = new Map<string, { name: NamePath; errors: string[] }>();
  for (const issue of r.error.issues) {
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    const name = typeof toName === 'function' ? toName(path) : [...toName, ...path];
    const key = JSON.stringify(name);
    const entry = byName.get(key) ?? { name, errors: [] };
    entry.errors.push(issue.message);
    byName.set(key, entry);
  }
  const entries = [...byName.values()];
  const registered = new Set(form.getFieldsError().map((f) => JSON.stringify(f.name)));
  const shown = entries.filter((e) => registered.has(JSON.stringify(e.name)));
  form.setFields(shown);
  if (shown[0]) form.scrollToField(shown[0].name);
  // a problem with no field of its own on this form (e.g. a default the form fills in) is still said
  const unshown = entries.filter((e) => !registered.has(JSON.stringify(e.name)));
  if (unshown.length > 0) feedback.error(unshown.map((e) => e.errors[0]).join('；'));
  return null;
}
