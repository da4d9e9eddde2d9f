/**
 * Cross-article linking: claims about the same proposition — asserted by one outlet, denied by a
 * company, repeated by a second outlet — get one shared `propositionId`.
 *
 * How two claims are linked (both conditions must hold):
 *
 *  1. Similar wording. Each claim becomes a set of tokens: the English `claim` text when both
 *     claims have one, else the French `quote` of each (rules-engine claims have no English).
 *     Tokens are lowercased, accents folded, stop words dropped (English or French table below;
 *     negations are stop words too, because polarity is the stance's job, not the proposition's),
 *     and lightly stemmed (plural `s`, English `ies`, French `-er/-é/-ée` endings). The sets are
 *     similar when their Jaccard index is ≥ `threshold` (default 0.6), or when the smaller set has
 *     at least `minContainedTokens` (default 4) tokens of which ≥ `containment` (default 0.8) are
 *     in the other — a denial usually restates a shorter part of the allegation.
 *  2. A shared entity. Each claim's keys are the normalised names and French mentions of its
 *     entities plus its claimant; the two claims must share at least one key. Only pairs sharing
 *     a key are ever compared, which keeps linking near-linear on real batches.
 *
 * Links are transitive (union-find). A group's id is the stored `propositionId` of its earliest
 * member that has one, else `p_` + the earliest member's claim hash — so ids survive re-runs and
 * a new article joining an old proposition inherits its id.
 */

/** One claim as the linker sees it. */
export interface LinkItem {
  id: string;
  claim: string | null;
  claimant: string;
  quote: string;
  /** Names and mentions of the entities the claim involves. */
  entityNames: string[];
  /** ISO time of the first sighting; null sorts last. */
  firstSeen: string | null;
  /** Id from an earlier run, kept when present. Default none. */
  propositionId?: string | null;
}

export interface LinkOptions {
  /** Minimum Jaccard index of the token sets. Default 0.6. */
  threshold?: number;
  /** Minimum share of the smaller set found in the larger. Default 0.8. */
  containment?: number;
  /** Smallest token set the containment rule applies to. Default 4. */
  minContainedTokens?: number;
}

export const LINK_DEFAULTS: Required<LinkOptions> = {
  threshold: 0.6,
  containment: 0.8,
  minContainedTokens: 4,
};

const EN_STOP = new Set(
  `a an the of in on at to for by with from into onto over under about and or but nor is are was
  were be been being has have had do does did it its it's this that these those as than then there
  their they them he she his her we our us you your i me my who whom which what when where why how
  will would can could should may might must shall not no never any none also such so very just
  said says say according all some`.split(/\s+/),
);

const FR_STOP = new Set(
  `le la les l un une des du de d a au aux et ou en dans sur sous par pour avec sans ce cet cette
  ces c se s sa son ses leur leurs il elle ils elles on nous vous je j tu me m te t lui y est sont
  ete etre avoir ont qui que qu quoi dont ne n pas plus ni aucun aucune rien mais donc or car
  comme selon tres tout tous toute toutes`.split(/\s+/),
);

/** Folds case and accents, drops apostrophe suffixes, splits into word tokens. */
function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  const singular = /[^siu]s$|x$/.test(word) ? word.slice(0, -1) : word;
  return singular.length > 4 ? singular.replace(/(er|ee|e)$/, '') : singular;
}

/** Content tokens of a text for the given language's stop words. */
export function tokens(text: string, lang: 'en' | 'fr'): Set<string> {
  const stop = lang === 'en' ? EN_STOP : FR_STOP;
  return new Set(
    words(text)
      .filter((w) => !stop.has(w))
      .map(stem),
  );
}

/** Key of an entity name or claimant: folded words joined by single spaces. */
export function entityKey(name: string): string {
  return words(name).join(' ');
}

/** Whether two token sets say the same thing under the options' thresholds. */
export function similar(a: Set<string>, b: Set<string>, options: Required<LinkOptions>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const t of a) if (b.has(t)) shared++;
  const jaccard = shared / (a.size + b.size - shared);
  if (jaccard >= options.threshold) return true;
  const smaller = Math.min(a.size, b.size);
  return smaller >= options.minContainedTokens && shared / smaller >= options.containment;
}

interface Prepared {
  item: LinkItem;
  en: Set<string> | null;
  fr: Set<string>;
  keys: string[];
}

function prepare(item: LinkItem): Prepared {
  const keys = new Set([item.claimant, ...item.entityNames].map(entityKey).filter((k) => k !== ''));
  return {
    item,
    en: item.claim === null ? null : tokens(item.claim, 'en'),
    fr: tokens(item.quote, 'fr'),
    keys: [...keys],
  };
}

function sameProposition(a: Prepared, b: Prepared, options: Required<LinkOptions>): boolean {
  if (a.en !== null && b.en !== null) return similar(a.en, b.en, options);
  return similar(a.fr, b.fr, options);
}

/** Claim id → proposition id for every item (an unlinked claim is its own proposition). */
export function linkPropositions(
  items: LinkItem[],
  options: LinkOptions = {},
): Map<string, string> {
  const opts = { ...LINK_DEFAULTS, ...options };
  const prepared = items.map(prepare);
  const parent = prepared.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const byKey = new Map<string, number[]>();
  prepared.forEach((p, i) => p.keys.forEach((k) => pushTo(byKey, k, i)));
  const compared = new Set<string>();
  for (const members of byKey.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const [i, j] = [members[x]!, members[y]!];
        const pair = `${i}:${j}`;
        if (compared.has(pair) || find(i) === find(j)) continue;
        compared.add(pair);
        if (sameProposition(prepared[i]!, prepared[j]!, opts)) parent[find(i)] = find(j);
      }
    }
  }
  return nameGroups(
    items,
    items.map((_, i) => find(i)),
  );
}

function nameGroups(items: LinkItem[], roots: number[]): Map<string, string> {
  const groups = new Map<number, LinkItem[]>();
  items.forEach((item, i) => pushTo(groups, roots[i]!, item));
  const out = new Map<string, string>();
  for (const members of groups.values()) {
    members.sort(
      (a, b) =>
        (a.firstSeen ?? '\uffff').localeCompare(b.firstSeen ?? '\uffff') ||
        a.id.localeCompare(b.id),
    );
    const kept = members.find((m) => m.propositionId)?.propositionId;
    const id = kept ?? `p_${members[0]!.id.replace(/^c_/, '')}`;
    for (const m of members) out.set(m.id, id);
  }
  return out;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
