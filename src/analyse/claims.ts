/**
 * Claims as the model gives them → claims we stand behind: each quote located in the
 * article (span, grounded), the quote replaced by the article's own words when found,
 * ids from article key + claimant + quote, duplicates dropped, doubts turned into warnings.
 */
import type { Article, Claim, Warning } from '../types.js';
import { claimId } from './ids.js';
import { findFolded, foldWithMap, groundQuote, type FoldedText } from './grounding.js';
import type { ClaimOutput } from './schema.js';

export interface BuildClaimsOptions {
  article: Article;
  /** `articleKey(article)` from ids.ts. */
  articleKey: string;
  folded: FoldedText;
  /** Entity id for a name as the model wrote it. */
  lookup: (name: string) => string | null;
  /** Mentions of an entity id, to look for the claimant in the text. */
  mentionsOf: (id: string) => string[];
  /** Drop claims whose quote is not in the article. Default false: keep with grounded:false. */
  strict?: boolean | undefined;
}

/** Claimants that are the article itself rather than a party ("the article", the outlet). */
const OWN_VOICE = /^(the )?(article|author|journalist|newspaper|outlet|report|media)$/i;

/**
 * Unnamed sources ("A US intelligence official", "anonymous sources", "three people at Apple"):
 * described, not named, so they cannot be looked up in the French text. Not a misattribution.
 */
const UNNAMED =
  /^(an?|one|two|three|four|five|several|some|many|anonymous|unnamed|unidentified|\d+)\b/i;

export function buildClaims(
  raw: ClaimOutput[],
  options: BuildClaimsOptions,
): { claims: Claim[]; warnings: Warning[] } {
  const claims: Claim[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  for (const item of raw) {
    const claim = toClaim(item, options);
    if (seen.has(claim.id)) continue;
    seen.add(claim.id);
    if (!claim.grounded) {
      warnings.push(ungrounded(claim, options.strict === true));
      if (options.strict === true) continue;
    }
    const misattributed = checkClaimant(claim, options);
    if (misattributed !== null) warnings.push(misattributed);
    claims.push(claim);
  }
  return { claims, warnings };
}

function toClaim(item: ClaimOutput, options: BuildClaimsOptions): Claim {
  const text = options.article.text;
  const grounding = groundQuote(item.quote, text, options.folded);
  const quote =
    grounding.span === null ? item.quote : text.slice(grounding.span.start, grounding.span.end);
  const ids = [item.claimant, ...item.entities]
    .map((name) => options.lookup(name))
    .filter((id): id is string => id !== null);
  return {
    id: claimId(options.articleKey, item.claimant, quote),
    claim: item.claim,
    claimant: item.claimant,
    stance: item.stance,
    certainty: item.certainty,
    quote,
    quoteEn: item.quoteEn,
    span: grounding.span,
    grounded: grounding.grounded,
    entities: [...new Set(ids)],
  };
}

function ungrounded(claim: Claim, dropped: boolean): Warning {
  const preview = claim.quote.length > 80 ? `${claim.quote.slice(0, 77)}…` : claim.quote;
  return {
    code: 'UNGROUNDED_QUOTE',
    message: `quote attributed to ${claim.claimant} not found in the article${dropped ? ' (claim dropped: strict)' : ''}: « ${preview} »`,
  };
}

/**
 * A claimant the article never names is a likely misattribution (or a name the model
 * invented). The outlet's own voice is exempt.
 */
function checkClaimant(claim: Claim, options: BuildClaimsOptions): Warning | null {
  const { article, folded } = options;
  const trimmed = claim.claimant.trim();
  if (OWN_VOICE.test(trimmed) || UNNAMED.test(trimmed)) return null;
  const claimant = foldWithMap(claim.claimant).text;
  if (claimant === '')
    return { code: 'CLAIMANT_NOT_IN_TEXT', message: 'the claim has no claimant' };
  const outlet = [article.siteName, article.byline].filter((v): v is string => v !== null);
  if (outlet.some((o) => ` ${foldWithMap(o).text} `.includes(` ${claimant} `))) return null;
  const id = options.lookup(claim.claimant);
  const names = [claim.claimant, ...(id === null ? [] : options.mentionsOf(id))];
  if (names.some((name) => findFolded(folded, name) !== null)) return null;
  return {
    code: 'CLAIMANT_NOT_IN_TEXT',
    message: `claimant "${claim.claimant}" is not named in the article; the claim may be misattributed`,
  };
}
