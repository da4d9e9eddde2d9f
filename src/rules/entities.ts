/**
 * Entity stage of the rules engine: find name mentions → drop those inside a role → stretch to
 * acronym expansions → type each mention → merge into entities.
 */
import type { Entity } from '../types.js';
import { withoutOverlaps } from './cues.js';
import { entitiesMatching } from './entity-index.js';
import {
  FIRST_NAMES,
  LOWER_CASE_HEADS,
  NAME_HEADS_BEFORE,
  DIVISION_BEFORE,
  DIVISION_REACH,
  ORG_HEADS,
  PLACE_DIVISIONS,
} from './entity-words.js';
import { withListTypes } from './entity-lists.js';
import { findEvents } from './events.js';
import { lookupGazetteer } from './gazetteer.js';
import { institutionBefore } from './institutions.js';
import { findLaws } from './laws.js';
import { acronymPairs, mergeMentions } from './merge.js';
import { findMentions, isAcronym, type Mention } from './mentions.js';
import { withStreets } from './streets.js';
import { fold } from './text.js';
import { isInsideRole, isPeopleOfPlace, lowerCaseWords, typeMention } from './typing.js';
import { findWorks } from './works.js';

/** Mentions stretched to the spelled-out form of a bracketed acronym, plus lower-case expansions. */
function withExpansions(text: string, mentions: Mention[]): Mention[] {
  const out = [...mentions];
  for (const pair of acronymPairs(text)) {
    const inside = out.filter((m) => m.start >= pair.start && m.end <= pair.end);
    const first = inside[0];
    const sentence = first?.sentence ?? -1;
    for (const m of inside) out.splice(out.indexOf(m), 1);
    out.push({ surface: pair.long, start: pair.start, end: pair.end, initial: false, sentence });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** At most this many lower-case words are tried after a name to reach a known one. */
const MAX_GAZETTEER_TAIL = 3;

/**
 * "République tchèque", "Émirats arabes unis", "Cour des comptes": a known name whose last
 * words are in lower case, which the finder of capitalised words cut short.
 */
function withGazetteerTails(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    let end = m.end;
    let best = -1;
    for (let i = 0; i < MAX_GAZETTEER_TAIL; i++) {
      const word = /^[ \u00a0]+\p{L}[\p{L}'’-]*/u.exec(text.slice(end, end + 40));
      if (word === null) break;
      end += word[0].length;
      if (lookupGazetteer(text.slice(m.start, end))) best = end;
    }
    return best < 0 ? m : { ...m, end: best, surface: text.slice(m.start, best) };
  });
}

/**
 * Known names with their lower-case tails, then division words; then tails again, which a
 * division word may open ("mer de Chine méridionale" is no "mer de Chine").
 */
const withPlaceNames = (text: string, found: Mention[]): Mention[] =>
  withStreets(
    text,
    withModels(
      text,
      withGazetteerTails(text, withDivisions(text, withGazetteerTails(text, found))),
    ),
  );

/**
 * "un Airbus 380", "le Boeing 737": a known company after a determiner, then a model number, is
 * the model (typing.ts types it). Not a year ("Airbus 2024") nor a quantity ("Apple 25
 * milliards", "Renault 40 %").
 */
const MODEL_AFTER =
  /^[ \u00a0]+(?!(?:19|20)\d\d(?!\d))(?:\p{Lu}{1,2}-?)?\d{1,4}(?![\p{L}\p{N},.])(?![ \u00a0]*(?:%|milli|euros?|dollars?|ans|mois|jours|heures|fois|salariés|personnes|employés|postes|sites|pays|km|kilo|mètres|points|pour))/u;
const DETERMINER_BEFORE =
  /(?<!\p{L})(?:un|une|le|la|l['’]|les|des|du|son|sa|ses|leur|leurs|ce|cet|cette)\s*$/iu;

function withModels(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (lookupGazetteer(m.surface)?.type !== 'ORG') return m;
    if (!DETERMINER_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return m;
    const model = MODEL_AFTER.exec(text.slice(m.end, m.end + 40));
    if (model === null) return m;
    const end = m.end + model[0].length;
    return { ...m, end, surface: text.slice(m.start, end) };
  });
}

/**
 * "le canton de Glaris", "la région Centre": the division word belongs to the place name. Not
 * before an acronym or a known name of something else: "un usage massif du LBD", "le plateau de
 * CNews" (a studio) name no place.
 */
function withDivisions(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const known = lookupGazetteer(m.surface);
    if (isAcronym(m.surface) || (known !== undefined && known.type !== 'LOCATION')) return m;
    const before = text.slice(Math.max(0, m.start - DIVISION_REACH), m.start);
    const division = DIVISION_BEFORE.exec(before);
    // A plural noun heads a list ("les localités de A, B et C"), and after an adjective the
    // place has a name of its own ("la ville portuaire de Sète" is Sète): typing.ts types those.
    if (division === null || !PLACE_DIVISIONS.has(fold(division[1] ?? ''))) return m;
    if (division[2] !== undefined) return m;
    if (FIRST_NAMES.has(fold(m.surface.split(/[\s-]+/)[0] ?? ''))) return m;
    const start = m.start - (before.length - division.index);
    return { ...m, start, surface: text.slice(start, m.end) };
  });
}

/**
 * "département de la Défense", "l'université Paris-Nord": a lower-case organisation head before
 * a name belongs to it.
 */
function withOrgHeads(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const right = HEAD_RIGHT_BEFORE.exec(before);
    if (right !== null && NAME_HEADS_BEFORE.has(fold(right[1] ?? ''))) {
      const start = m.start - (before.length - right.index);
      return { ...m, start, surface: text.slice(start, m.end) };
    }
    // "ministère des Affaires étrangères", then "ministère chinois des Affaires étrangères".
    const head = [ORG_HEAD_BEFORE, ORG_HEAD_ADJECTIVE_BEFORE]
      .map((re) => re.exec(before))
      .find((h) => h !== null && isHeadOf(h[1] ?? '', m.surface));
    if (head === undefined || head === null) {
      // "la cour d'appel de Mons", "la zone de police Vesdre" (institutions.ts).
      const start = institutionBefore(text, m);
      return start < 0 ? m : { ...m, start, surface: text.slice(start, m.end) };
    }
    const start = m.start - (before.length - head.index);
    return { ...m, start, surface: text.slice(start, m.end) };
  });
}

/**
 * Whether `head`, written before "de" and `name`, is the name's institution word. In lower case
 * only the heads that name institutions do, and never before a person ("le parti de Lucie
 * Martin" is hers, not a party's name) or, for "département", a known place ("le département
 * du Finistère" is the place).
 */
function isHeadOf(head: string, name: string): boolean {
  const folded = fold(head);
  if (!ORG_HEADS.has(folded)) return false;
  if (/^\p{Lu}/u.test(head)) return true;
  if (!LOWER_CASE_HEADS.has(folded)) return false;
  const known = lookupGazetteer(name);
  if (known?.type === 'PERSON' || FIRST_NAMES.has(fold(name.split(/\s+/)[0] ?? ''))) return false;
  return !(folded === 'departement' && known?.type === 'LOCATION');
}

const OF = String.raw`(?:de\s+la|de\s+l['’]|du|des|de|d['’])`;

const ORG_HEAD_BEFORE = new RegExp(String.raw`(?<!\p{L})(\p{L}+)\s+${OF}\s*$`, 'u');
const HEAD_RIGHT_BEFORE = /(?<!\p{L})(\p{Ll}+)[ \u00a0]+$/u;
/**
 * The adjective between a head and "de": of a nation or an institution, never a participle
 * ("russe", "belge", "espagnol", "turc" as well as "-ais", "-ien", "-ique" …).
 */
const HEAD_ADJECTIVE = String.raw`(?:\p{Ll}+(?:ais|aise|ois|oise|ien|ienne|ain|aine|and|ande|al|ale|aux|ique|éen|éenne|ier|ière|el|elle|if|ive|sse|ge|ol|ole)|turc|turque|grec|grecque)`;
const ORG_HEAD_ADJECTIVE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(\p{L}+)\s+${HEAD_ADJECTIVE}\s+${OF}\s*$`,
  'u',
);

/**
 * Lower-case adjectives that end an institution's name ("Affaires étrangères", "nationale",
 * "Conseil canadien de …", "Fédération wallonne"), and the participles and adjectives that close a committee's or a
 * court's ("Comité ministériel restreint", "Comité élargi", "Cour suprême"); "-ien" after three
 * letters at least, so "bien" or "rien" are none.
 */
const ORG_TAIL_ADJECTIVE =
  /^\s+(\p{Ll}+(?:aires?|ères?|als?|ales?|aux|els?|elles?|iques?|aises?|iennes?|éennes?|ieures?|ifs?|ives?|aines?|icoles?)|\p{Ll}{3,}iens?|\p{Ll}{3,}onnes?|\p{Ll}{4,}oise?s?|wallons?|bretons?|restreinte?s?|élargie?s?|permanente?s?|mixtes?|suprêmes?)(?!\p{L})/u;
/** "… de Lyon", "… du Québec": a place after an institution's name, taken when it is known. */
const ORG_TAIL_PLACE =
  /^\s+(?:de\s+|du\s+|d['’])(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)?)/u;
/** Nouns of time and quantity that start an adverbial, not a name's complement. */
const NOT_COMPLEMENT = String.raw`manière|façon|plus|moins|nouveau|son|sa|ses|leur|leurs|ce|cette|ces|tout|toute|tous|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|semaine|année|an|mois|jour|soir|matin`;
/**
 * Complements in lower case end many institutions' names ("Organisation mondiale de la santé",
 * "Académie d'agriculture", "Agence nationale de sécurité du médicament"); a few nouns that start
 * adverbials or quantities, and infinitives ("a demandé à la Confédération d'interdire"), are not
 * part of it.
 */
const ORG_TAIL_COMPLEMENT = new RegExp(
  String.raw`^\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?!(?:${NOT_COMPLEMENT})(?!\p{L}))(?:(?:première|grande|haute|petite)\s+)?(?!\p{Ll}+(?:er|ir|oir|ire|dre|tre)(?!\p{L}))\p{Ll}[\p{Ll}\p{M}-]+(?![\p{L}\p{M}])(?!\s*\p{Lu})`,
  'u',
);
/**
 * Bodies and places, which a body's cause never is: "la Ville de Genève contre le canton de
 * Genève" is a case between two of them.
 */
const NOT_AIMS = String.raw`canton|commune|ville|région|province|état|gouvernement|conseil|ministère|tribunal|cour|parquet|parti|syndicat|société|groupe|club|équipe|président|présidente|ministre`;
/**
 * "Association pour la défense des forêts", "Ligue contre le bruit": the cause a body is for or
 * against is part of its name; "pour la première fois", "pour le moment" are adverbials.
 */
const ORG_TAIL_AIM = new RegExp(
  String.raw`^\s+(?:pour|contre)\s+(?:le\s+|la\s+|les\s+|l['’])(?!(?:${NOT_COMPLEMENT}|${NOT_AIMS}|premi\p{Ll}*|\p{Ll}+ième|moment|instant|fois|heure|heures|instant|reste)(?!\p{L}))\p{Ll}[\p{Ll}\p{M}-]+(?![\p{L}\p{M}])(?!\s*\p{Lu})`,
  'u',
);

/**
 * "… de la sécurité alimentaire et des affaires vétérinaires": a second complement joined by
 * "et", taken only after a first complement, and only when an adjective or a complement of its
 * own follows, so "la Commission de contrôle et des experts" keeps its experts out.
 */
const ORG_TAIL_AND = /^\s+et(?=\s+(?:de\s+la|de\s+l['’]|du|des|d['’]))/u;
/** At most this many tail steps (adjective, complement or "et") are added. */
const MAX_ORG_TAIL = 6;
/** At most this many complements: a longer chain is a sentence, not a name. */
const MAX_ORG_COMPLEMENTS = 4;

/** One step of an institution's tail at `end`: its length, or 0 when the name ends there. */
/** What a name's tail has taken so far: complements, and whether a cause ("pour la …"). */
interface TailState {
  complements: number;
  aimed: boolean;
  /** The last step was an adjective, which a second one may join ("écologique et sociale"). */
  adjective: boolean;
}

/** "et" before a second adjective of a name: "Union populaire écologique et sociale". */
const ORG_TAIL_AND_ADJECTIVE = /^\s+et(?=\s)/u;

function tailStep(text: string, end: number, state: TailState): { length: number; kind: string } {
  const { complements } = state;
  const rest = text.slice(end, end + 60);
  const adj = ORG_TAIL_ADJECTIVE.exec(rest);
  if (adj !== null) return { length: adj[0].length, kind: 'adjective' };
  const andAdjective = state.adjective ? ORG_TAIL_AND_ADJECTIVE.exec(rest) : null;
  const second = andAdjective && ORG_TAIL_ADJECTIVE.exec(rest.slice(andAdjective[0].length));
  if (andAdjective && second) {
    return { length: andAdjective[0].length + second[0].length, kind: 'adjective' };
  }
  if (complements >= MAX_ORG_COMPLEMENTS) return { length: 0, kind: 'end' };
  const complement = ORG_TAIL_COMPLEMENT.exec(rest);
  if (complement !== null) return { length: complement[0].length, kind: 'complement' };
  // One cause at most, after the head or a complement ("Institut de recherche pour le …").
  const aim = state.aimed ? null : ORG_TAIL_AIM.exec(rest);
  if (aim !== null) return { length: aim[0].length, kind: 'aim' };
  const and = complements > 0 ? ORG_TAIL_AND.exec(rest) : null;
  if (and === null) return { length: 0, kind: 'end' };
  // The joined complement must itself be followed by an adjective or a complement.
  const joined = ORG_TAIL_COMPLEMENT.exec(rest.slice(and[0].length));
  if (joined === null) return { length: 0, kind: 'end' };
  const after = end + and[0].length + joined[0].length;
  const more = text.slice(after, after + 60);
  if (ORG_TAIL_ADJECTIVE.exec(more) === null && ORG_TAIL_COMPLEMENT.exec(more) === null) {
    return { length: 0, kind: 'end' };
  }
  return { length: and[0].length + joined[0].length, kind: 'complement' };
}

/** "Ministère des Affaires étrangères": an organisation name takes its lower-case tail. */
function withOrgTails(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((m) => {
    if (!ORG_HEADS.has(fold(m.surface.split(/\s+/)[0] ?? ''))) return m;
    let end = m.end;
    const state: TailState = { complements: 0, aimed: false, adjective: false };
    for (let i = 0; i < MAX_ORG_TAIL; i++) {
      const step = tailStep(text, end, state);
      if (step.length === 0) break;
      end += step.length;
      if (step.kind !== 'adjective') state.complements++;
      if (step.kind === 'aim') state.aimed = true;
      state.adjective = step.kind === 'adjective';
    }
    // "l'École de commerce de Lyon": the place is the institution's, not a place of its own.
    const place = ORG_TAIL_PLACE.exec(text.slice(end, end + 60));
    if (place !== null && lookupGazetteer(place[1] ?? '')?.type === 'LOCATION') {
      end += place[0].length;
    }
    return { ...m, end, surface: text.slice(m.start, end) };
  });
}

/**
 * "Domdidier (FR)", "Morges (VD)": two capitals in brackets right after a capitalised word are
 * a canton's or a state's code, unless they spell out the words before them (an acronym).
 */
function isPlaceCode(text: string, m: Mention, acronyms: Set<string>): boolean {
  if (!/^\p{Lu}{2}$/u.test(m.surface) || acronyms.has(m.surface)) return false;
  // "Olivier Chastel (MR)", "Léa Morin (LR)": a known party after a person is their party.
  if (lookupGazetteer(m.surface)?.type === 'ORG') return false;
  if (text[m.start - 1] !== '(' || text[m.end] !== ')') return false;
  return /\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(Math.max(0, m.start - 41), m.start - 1));
}

/** Entities of an article text, in order of first mention. */
export function extractEntities(text: string): Entity[] {
  const acronyms = new Set(acronymPairs(text).map((p) => p.short));
  const found = findMentions(text).filter(
    (m) => !isInsideRole(text, m) && !isPlaceCode(text, m, acronyms) && !isPeopleOfPlace(text, m),
  );
  const mentions = withExpansions(
    text,
    notContained(withOrgTails(text, withOrgHeads(text, withPlaceNames(text, found)))),
  );
  // Names found by a cue word, first come first kept: laws, events, then works.
  const cued = withoutOverlaps([...findLaws(text), ...findEvents(text), ...findWorks(text)]);
  // A name inside one ("Constitution" of "Constitution de 1958", "Nairobi" of "sommet de
  // Nairobi") is that text's.
  const lowerWords = lowerCaseWords(text);
  const typed = withListTypes(
    text,
    [...outside(mentions, cued), ...placesInWars(mentions, cued)]
      .sort((a, b) => a.start - b.start)
      .map((m) => typeMention(text, m, lowerWords)),
  );
  return mergeMentions(
    text,
    [...typed, ...cued].sort((a, b) => a.start - b.start),
  )
    .filter((e) => !e.mentions.every(isBareHead))
    .map(withBareName);
}

/** A division noun, its adjective of place and "de" opening a place's name. */
const DIVISION_PREFIX = new RegExp(
  String.raw`^(\p{Ll}+)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?(?=\p{Lu})`,
  'u',
);

/**
 * "province du Guangdong" is also mentioned as "Guangdong": the text writes the bare name, which
 * later mentions and readers use alone ("le Guangdong exporte"), so it is one of its mentions.
 */
function withBareName(e: Entity): Entity {
  if (e.type !== 'LOCATION') return e;
  const prefix = DIVISION_PREFIX.exec(e.name);
  if (prefix === null || !PLACE_DIVISIONS.has(fold(prefix[1] ?? ''))) return e;
  const bare = e.name.slice(prefix[0].length);
  // "mer de Chine méridionale": the rest is no name of its own when a word is in lower case.
  if (/\s\p{Ll}/u.test(bare.normalize('NFC'))) return e;
  return e.mentions.includes(bare) ? e : { ...e, mentions: [...e.mentions, bare] };
}

/**
 * "la Commission", "le Conseil", "Revue de presse": an organisation head alone names no body of
 * its own; it counts when it folds into the full name written elsewhere (merge.ts).
 */
const isBareHead = (surface: string): boolean =>
  ORG_HEADS.has(fold(surface)) && lookupGazetteer(surface) === undefined;

/**
 * Mentions not inside an earlier one that a step stretched over them ("Lyon" of "École de
 * commerce de Lyon"); sorted by start, one sweep.
 */
function notContained(mentions: Mention[]): Mention[] {
  let reach = -1;
  return mentions.filter((m) => {
    if (m.end <= reach) return false;
    reach = Math.max(reach, m.end);
    return true;
  });
}

/**
 * "la guerre en Ukraine": the country a war is in is a place of its own as well (the event is
 * named after it, not by it).
 */
function placesInWars(mentions: Mention[], cued: Mention[]): Mention[] {
  const wars = cued.filter((c) => /^[gG]uerre\s+en\s/u.test(c.surface));
  // Both sorted by start: one sweep.
  let at = 0;
  return mentions.filter((m) => {
    while (at < wars.length && (wars[at]?.end ?? 0) <= m.start) at++;
    const war = wars[at];
    if (war === undefined || m.start < war.start || m.end > war.end) return false;
    return lookupGazetteer(m.surface)?.type === 'LOCATION';
  });
}

/** Mentions that overlap none of `spans`; both sorted by start, one sweep. */
function outside<T extends Mention>(mentions: T[], spans: Mention[]): T[] {
  let at = 0;
  return mentions.filter((m) => {
    while (at < spans.length && (spans[at]?.end ?? 0) <= m.start) at++;
    const span = spans[at];
    return span === undefined || span.start >= m.end;
  });
}

/** Ids of the entities one of whose mentions (or name) occurs in any of the texts. */
export function entitiesIn(texts: string[], entities: Entity[]): string[] {
  return entitiesMatching(texts, entities).flatMap((i) => entities[i]?.id ?? []);
}

/** The first entity named in a speaker phrase ("la société Apple" → Apple), if any. */
export function entityOfSpeaker(speaker: string, entities: Entity[]): Entity | undefined {
  const first = entitiesMatching([speaker], entities)[0];
  return first === undefined ? undefined : entities[first];
}
