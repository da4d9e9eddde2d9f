/**
 * What the model returns, twice: as JSON Schema in OpenAI's strict subset (every field
 * required, `additionalProperties: false`, nullable as `["string","null"]`) sent with the
 * request, and as zod, which is what we trust. Ids, offsets and grounding are not here: our
 * code computes them. Enum values are matched case-insensitively (local models vary).
 */
import { z } from 'zod';
import { CERTAINTIES, ENTITY_TYPES, STANCES, type EntityType } from '../types.js';

const str = { type: 'string' } as const;
const strList = { type: 'array', items: str } as const;

function object(properties: Record<string, unknown>): Record<string, unknown> {
  return {
    type: 'object',
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const summaryJson = object({ headline: str, text: str, bullets: strList });

/** JSON Schema of one analyse reply (whole article or one part). */
export const ANALYSIS_JSON_SCHEMA = object({
  summary: summaryJson,
  entities: {
    type: 'array',
    items: object({
      name: str,
      type: { type: 'string', enum: ENTITY_TYPES },
      mentions: strList,
      description: { type: ['string', 'null'] },
    }),
  },
  claims: {
    type: 'array',
    items: object({
      claim: str,
      claimant: str,
      stance: { type: 'string', enum: STANCES },
      certainty: { type: 'string', enum: CERTAINTIES },
      quote: str,
      quoteEn: str,
      entities: strList,
    }),
  },
});

/** JSON Schema of the final summary of a split article. */
export const SUMMARY_JSON_SCHEMA = summaryJson;

/** JSON Schema of a translation reply. */
export const TRANSLATION_JSON_SCHEMA = object({ paragraphs: strList });

const text = z.string().trim();
const caseless = <T extends readonly [string, ...string[]]>(values: T, upper: boolean) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? (upper ? v.trim().toUpperCase() : v.trim().toLowerCase()) : v),
    z.enum(values),
  );

export const SummaryOutput = z.object({
  headline: text.min(1),
  text: text.min(1),
  bullets: z.array(text.min(1)),
});

export const EntityOutput = z.object({
  name: text.min(1),
  type: caseless(ENTITY_TYPES, true),
  mentions: z.array(text.min(1)),
  description: text.nullable(),
});

export const ClaimOutput = z.object({
  claim: text.min(1),
  claimant: text.min(1),
  stance: caseless(STANCES, false),
  certainty: caseless(CERTAINTIES, false),
  quote: text.min(1),
  quoteEn: text.min(1),
  entities: z.array(text.min(1)),
});

export const AnalysisOutput = z.object({
  summary: SummaryOutput,
  entities: z.array(EntityOutput),
  claims: z.array(ClaimOutput),
});

export const TranslationOutput = z.object({ paragraphs: z.array(z.string()) });

export type SummaryOutput = z.infer<typeof SummaryOutput>;
export type EntityOutput = z.infer<typeof EntityOutput> & { type: EntityType };
export type ClaimOutput = z.infer<typeof ClaimOutput>;
export type AnalysisOutput = z.infer<typeof AnalysisOutput>;
