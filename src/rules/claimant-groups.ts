/**
 * Claimants that stand for organisations, bodies and groups (claimants.ts): "la société" and
 * "son porte-parole" → the organisation meant, "le ministère" → the ministry named before, "ils"
 * → the group described last, "les trois entreprises" → the last three named, "celle sur X" →
 * one of the things counted before, "on" → the sources cited.
 */
import type { Attribution } from './attribution.js';
import { lastCounted, lastGroup, lastNamedEntities, lastOccurrence } from './antecedents.js';
import {
  ANTECEDENT_WINDOW,
  GROUP_REACH,
  ORG_LIKE,
  namedLast,
  type Context,
  type State,
} from './claimant-context.js';
import { mediumNamed, sourceCitedBefore, sourceOfOn } from './descriptions.js';
import { entityOfSpeaker } from './entities.js';
import { fold } from './text.js';

/**
 * "Les trois entreprises", "les deux hommes": a count and a kind stand for the last ones of
 * that kind named. Kinds of people are listed; any other kind is taken for organisations.
 */
const NUMBERED =
  /^(?:les|ces)\s+(deux|trois|quatre|cinq)\s+(\p{Ll}[\p{L}-]*)(?:\s+\p{Ll}[\p{L}-]*)?$/iu;
const COUNTS: Record<string, number> = { deux: 2, trois: 3, quatre: 4, cinq: 5 };
const PEOPLE =
  /^(?:hommes|femmes|dirigeants|dirigeantes|élus|élues|ministres|responsables|présidents|présidentes|candidats|candidates|chercheurs|chercheuses|experts|expertes|auteurs|autrices|avocats|avocates|chefs|leaders|scientifiques|médecins)$/iu;

/** "Celle sur les pesticides", "ceux du collectif": a demonstrative and its complement. */
const DEMONSTRATIVE =
  /^(celle|celui|celles|ceux)\s+((?:de|du|des|d['’]|sur|pour|contre|en|à|au|aux)(?!\p{L}).*)$/iu;
/** How far back the things "celle sur …" picks from are looked for. */
const COUNTED_REACH = 400;

/**
 * A public body by its head noun ("le ministère", "la mairie"): the body of that kind named
 * before ("ministère de la Santé"), else as written; never any organisation named last, as
 * "la société" may ("Nordtek … Le gouvernement estime" is no statement of Nordtek's).
 */
const BODY_KINDS =
  'mairie|municipalité|ministère|gouvernement|direction|préfecture|rectorat|région|département|présidence|commission|agence|office|conseil|fédération|confédération|assemblée|tribunal|parquet|université|académie|institut|syndicat|parti';
export const BODY = new RegExp(`^(?:le|la|l['’])\\s*(${BODY_KINDS})$`, 'iu');
/** A public body named by its kind ("le ministère de la Santé", "la préfecture du Rhône"). */
const BODY_NAMED = new RegExp(`^(?:le|la|l['’])\\s*(${BODY_KINDS})(?!\\p{L})`, 'iu');
/** How far back the body of the same kind is looked for. */
const BODY_REACH = 3000;

/** A medium by its kind ("le magazine", "l'hebdomadaire"): the previous speaker if a medium spoke. */
const MEDIUM =
  /^(?:le|la|l['’]|ce|cet|cette)\s*(?:magazine|hebdomadaire|quotidien|journal|site|média|mensuel|revue|chaîne|radio)(?:\s|$)/iu;

/** A claimant that stands for several ("les auteurs", "Apple et Amazon", "ses opposants"). */
const PLURAL_NAME = /^(?:les|des|ces|ses|leurs|plusieurs|certains|certaines)\s|\s(?:et|ou)\s|,/iu;

/** "ils", "eux", "leur étude": a group described since the last statement, else the previous
 * speaker if several, else the last group described nearby. */
export function pluralOf(ctx: Context, st: State, pos: number): string | null {
  const since = lastGroup(ctx.text, Math.max(st.barrier, st.item, pos - GROUP_REACH), pos);
  if (since !== null) return since.text;
  if (st.previous !== null && PLURAL_NAME.test(st.previous)) return st.previous;
  return lastGroup(ctx.text, Math.max(st.item, pos - GROUP_REACH), pos)?.text ?? null;
}

/**
 * "toujours selon l'organisation islamiste" after "le ministère de la Santé": a description
 * of another kind than the public body that spoke is not that body.
 */
function otherBody(previous: string, description: string): boolean {
  const kind = fold(BODY_NAMED.exec(previous)?.[1] ?? '');
  const head = fold(
    /^(?:le|la|l['’]|ce|cet|cette)\s*(\p{L}[\p{L}-]*)/iu.exec(description)?.[1] ?? '',
  );
  return kind !== '' && head !== '' && head !== kind;
}

/** "la société", "son porte-parole": the organisation meant (see resolveClaimants). */
export function organisationOf(ctx: Context, st: State, att: Attribution): string | null {
  const pos = att.speaker.start;
  const named = namedLast(ctx, Math.max(st.item, pos - ANTECEDENT_WINDOW), pos, ORG_LIKE);
  const inQuote = named !== null && named.at >= att.quote.start && named.at < att.quote.end;
  const newer = named !== null && named.at > st.barrier && !inQuote ? named.entity.name : null;
  const isOrg = (name: string | null): boolean =>
    name !== null && ORG_LIKE.has(entityOfSpeaker(name, ctx.entities)?.type ?? '');
  // A singular description cannot stand for a list ("Apple et Amazon démentent. Le géant du
  // commerce en ligne conteste …"): then the organisation named last is meant.
  const single =
    st.previous !== null &&
    !/,|\s(?:et|ou)\s/u.test(st.previous) &&
    !otherBody(st.previous, att.speaker.text);
  // A medium's story names companies; "le magazine" is still the medium that spoke before, else
  // the last medium named ("rappelle le quotidien" after "The Wall Street Journal").
  if (MEDIUM.test(att.speaker.text)) {
    if (single && isOrg(st.previous)) return st.previous;
    const medium = mediumNamed(ctx.text, ctx.occurrences, { from: st.item, to: pos });
    if (medium !== null) return medium;
  }
  return newer ?? (single && isOrg(st.previous) ? st.previous : named?.entity.name) ?? null;
}

/** "Les trois entreprises" → "Nordtek, Brava et Celtix"; null when fewer were named. */
export function numberedOf(ctx: Context, st: State, raw: string, pos: number): string | null {
  const m = NUMBERED.exec(raw);
  const n = COUNTS[fold(m?.[1] ?? '')];
  if (m === null || n === undefined) return null;
  const types = PEOPLE.test(m[2] ?? '') ? new Set(['PERSON']) : ORG_LIKE;
  const from = Math.max(st.item, pos - ANTECEDENT_WINDOW);
  const found = lastNamedEntities(ctx.occurrences, from, pos, n, (o) => types.has(o.entity.type));
  if (found.length < n) return null;
  const names = found.map((e) => e.name);
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1] ?? ''}`;
}

/**
 * "Celle sur les pesticides" after "deux initiatives" → "initiative sur les pesticides": the
 * demonstrative picks one (or some) of the things counted just before.
 */
export function demonstrativeOf(ctx: Context, st: State, raw: string, pos: number): string | null {
  const m = DEMONSTRATIVE.exec(raw);
  if (m === null) return null;
  const noun = lastCounted(ctx.text, Math.max(st.item, pos - COUNTED_REACH), pos);
  if (noun === null) return null;
  const singular = /^(?:celle|celui)$/iu.test(m[1] ?? '');
  return `${singular ? noun.replace(/[sx]$/u, '') : noun} ${m[2] ?? ''}`;
}

/** "le ministère" → the last organisation named with "ministère" in its name; null if none. */
export function bodyOf(ctx: Context, st: State, raw: string, pos: number): string | null {
  const head = fold(BODY.exec(raw)?.[1] ?? '');
  if (head === '') return null;
  const re = new RegExp(`(?:^|[^\\p{L}])${head}(?![\\p{L}])`, 'u');
  const from = Math.max(st.item, pos - BODY_REACH);
  const found = lastOccurrence(
    ctx.occurrences,
    from,
    pos,
    (o) => ORG_LIKE.has(o.entity.type) && re.test(fold(o.entity.name)),
  );
  return found?.entity.name ?? null;
}

/**
 * "a-t-on appris de sources diplomatiques": the sources; "de même source": the sources cited
 * before ("de sources …" written earlier, else the previous speaker). Null for a generic "on".
 */
export function onSource(ctx: Context, st: State, att: Attribution): string | null {
  const source = sourceOfOn(ctx.text, att.speaker.end);
  if (source === null || !/^même\s+source$/iu.test(source)) return source;
  const cited = sourceCitedBefore(ctx.text, { from: st.item, to: att.speaker.start });
  return cited ?? (st.previous !== null && !/^on$/iu.test(st.previous) ? st.previous : null);
}
