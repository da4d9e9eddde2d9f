/**
 * What the object keys of a config file hold, checked when the file is read, like every other
 * key: a typo inside `smtp` (`"hots"`) or a price written as a string used to be dropped
 * silently, so `brief --mail-to` then said "no SMTP server" and the cost line vanished. Messages
 * name the field and never its value (`postHeaders` holds secrets).
 */
import { editDistance } from './keys.js';

/** Why one value is wrong ("expected …"), or null. */
type Check = (value: unknown) => string | null;

/** An object's shape: named fields, or the same shape for every entry (keyed by model…). */
type Shape =
  | { fields: Readonly<Record<string, Check | Shape>>; refused?: Readonly<Record<string, string>> }
  | { each: Check | Shape };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const text: Check = (v) =>
  typeof v === 'string' && v !== '' ? null : 'expected a non-empty string';
const string: Check = (v) => (typeof v === 'string' ? null : 'expected a string');
const number: Check = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? null : 'expected a number';
const integer =
  (min: number, max = Number.MAX_SAFE_INTEGER): Check =>
  (v) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return 'expected an integer';
    return v < min || v > max ? `expected an integer from ${min} to ${max}` : null;
  };
const oneOf =
  (...choices: string[]): Check =>
  (v) =>
    typeof v === 'string' && choices.includes(v) ? null : `expected one of ${choices.join(', ')}`;

/** The object keys of src/config/keys.ts and what they hold (README: Configuration). */
const SHAPES: Readonly<Record<string, Shape>> = {
  smtp: {
    fields: {
      host: text,
      port: integer(1, 65535),
      tls: oneOf('starttls', 'implicit', 'none'),
      from: text,
      user: text,
      ca: text,
    },
    // A password in a file would be read by anyone who can read the file: never taken from one.
    refused: { password: 'the password is read only from VEILLE_SMTP_PASSWORD' },
  },
  prices: { each: { fields: { input: number, output: number } } },
  tokenBudgets: { each: integer(200) },
  postHeaders: { each: string },
};

/** Why `value`, the object of key `name`, does not fit its shape, or null when it does. */
export function invalidObject(name: string, value: Record<string, unknown>): string | null {
  const shape = SHAPES[name];
  return shape === undefined ? null : check(shape, value, '');
}

function check(shape: Check | Shape, value: unknown, path: string): string | null {
  if (typeof shape === 'function') {
    const why = shape(value);
    return why === null ? null : `field "${path}": ${why}`;
  }
  if (!isObject(value)) return `field "${path}": expected a JSON object`;
  for (const [field, inner] of Object.entries(value)) {
    const where = path === '' ? field : `${path}.${field}`;
    const fieldShape = 'each' in shape ? shape.each : shape.fields[field];
    if (fieldShape === undefined) return unknownField(shape, field, where);
    const why = check(fieldShape, inner, where);
    if (why !== null) return why;
  }
  return null;
}

function unknownField(shape: Shape, field: string, where: string): string {
  if ('each' in shape) return `unknown field "${where}"`; // unreachable: each accepts any name
  const refused = shape.refused?.[field];
  if (refused !== undefined) return `unknown field "${where}" (${refused})`;
  const names = Object.keys(shape.fields);
  const nearest = names
    .map((n) => ({ n, d: editDistance(field.toLowerCase(), n) }))
    .sort((a, b) => a.d - b.d)[0];
  const hint = nearest !== undefined && nearest.d <= 2 ? ` (did you mean "${nearest.n}"?)` : '';
  return `unknown field "${where}"${hint}`;
}
