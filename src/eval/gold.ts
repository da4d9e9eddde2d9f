/**
 * Gold annotations: the zod schema of a gold file, and the resolution of each gold quote to its
 * span in the extracted article text. Format documented in src/eval/README.md.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { VeilleError } from '../errors.js';
import { CERTAINTIES, ENTITY_TYPES, STANCES } from '../types.js';

const EntityTypeSchema = z.enum(ENTITY_TYPES);

export const GoldSchema = z.object({
  sample: z.string().min(1),
  entities: z.array(
    z.object({
      name: z.string().min(1),
      type: EntityTypeSchema,
      mentions: z.array(z.string().min(1)).default([]),
    }),
  ),
  claims: z.array(
    z.object({
      quote: z.string().min(1),
      /** Which occurrence of the quote in the article (1-based) when it occurs more than once. */
      occurrence: z.number().int().min(1).optional(),
      claimant: z.string().min(1),
      stance: z.enum(STANCES),
      certainty: z.enum(CERTAINTIES),
      claimEn: z.string().min(1),
    }),
  ),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldClaim = Gold['claims'][number];

/** A gold file whose claims carry their spans in the article text. */
export interface ResolvedGold {
  sample: string;
  entities: Gold['entities'];
  claims: Array<GoldClaim & { span: { start: number; end: number } }>;
}

const goldError = (file: string, message: string, cause?: unknown): VeilleError =>
  new VeilleError('CONFIG', `gold file ${file}: ${message}`, {
    stage: 'input',
    input: file,
    cause,
  });

/** Validates parsed JSON; errors name the file and the field ("claims[3].stance"). */
export function parseGold(json: unknown, file: string): Gold {
  const parsed = GoldSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = (issue?.path ?? [])
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  throw goldError(file, `${where || '(root)'}: ${issue?.message ?? 'invalid'}`);
}

/** Typographic variants folded for locating quotes: apostrophes, spaces, quotation marks. */
function foldChar(ch: string): string {
  if (/['’‘`]/.test(ch)) return "'";
  if (/[\s\u00a0\u202f]/u.test(ch)) return ' ';
  if (/[«»“”"]/.test(ch)) return '"';
  return ch;
}

/** Folded text (runs of spaces collapsed) with a map from folded to original offsets. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = foldChar(text[i] ?? '');
    if (ch === ' ' && folded.endsWith(' ')) continue;
    folded += ch;
    map.push(i);
  }
  map.push(text.length);
  return { folded, map };
}

/** Span of the n-th occurrence of `quote` in `text`: exact first, then typography-insensitive. */
export function locateQuote(
  text: string,
  quote: string,
  occurrence = 1,
): { start: number; end: number } | null {
  const nth = (hay: string, needle: string): number => {
    let at = -1;
    for (let k = 0; k < occurrence; k++) {
      at = hay.indexOf(needle, at + 1);
      if (at < 0) return -1;
    }
    return at;
  };
  const exact = nth(text, quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const { folded, map } = foldWithMap(text);
  const needle = foldWithMap(quote.trim()).folded;
  const at = nth(folded, needle);
  if (at < 0) return null;
  return { start: map[at] ?? 0, end: (map[at + needle.length - 1] ?? 0) + 1 };
}

/** Locates every gold quote in the article text; throws naming the first one not found. */
export function resolveGold(gold: Gold, articleText: string, file: string): ResolvedGold {
  const claims = gold.claims.map((c, i) => {
    const span = locateQuote(articleText, c.quote, c.occurrence ?? 1);
    if (span === null) throw goldError(file, `claims[${i}].quote not found in the article`);
    return { ...c, span };
  });
  return { sample: gold.sample, entities: gold.entities, claims };
}

/** Reads, validates and resolves one gold file against the article text. */
export function loadGoldFile(file: string, articleText: string): ResolvedGold {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw goldError(
      file,
      `not readable JSON (${err instanceof Error ? err.message : String(err)})`,
      err,
    );
  }
  return resolveGold(parseGold(json, file), articleText, file);
}
