/**
 * Attributed statements before they become claims, and the reported-speech patterns: "selon X,
 * …", "…, selon X.", "pour X, …" (named X only), "X affirme que …", "X dément avoir …",
 * "…, estime le ministre.". Direct quotations are in direct.ts.
 */
import type { Entity, Stance } from '../types.js';
import { attributeEnglish } from './english.js';
import { firstClauseSubject } from './clause-subjects.js';
import { incisedColon } from './constructions.js';
import {
  coordinatedBefore,
  plainPresentSeries,
  seriesAfter,
  subjectBeforeVerb,
} from './inverted-object.js';
import { entitiesMatching } from './entity-index.js';
import {
  isDescribedSpeaker,
  isSpeakerPhrase,
  phraseAfter,
  subjectBefore,
  type Phrase,
} from './speaker.js';
import { definitePhraseAt, sourceAfter } from './sources.js';
import { tailStart, trimSegment, wordCountOf, type Segment } from './text.js';
import { infinitiveAfterVerb, pastAppositions, QUE_AFTER_VERB } from './verb-complements.js';
import { findVerbs, type VerbHit } from './verb-match.js';

/** One attributed statement: who, what (a span of the text), and the cues for its stance. */
export interface Attribution {
  quote: Segment;
  /** The speaker as written; pronouns and bare descriptions are resolved later. */
  speaker: Phrase;
  verbStance: Stance | null;
  /** `pour`: "Pour X, …" gives X's view, which X asserts; `according`: selon/d'après, reported. */
  attribution: 'verb' | 'according' | 'pour' | 'colon';
  /** Words between the verb and the statement ("n'avoir"), where a denial may hide. */
  bridge: string;
  kind: 'direct' | 'reported';
  /**
   * A "que" clause after a past reporting verb: its conditional is the future of the past
   * ("a annoncé qu'il ne ferait plus"), not the press's hedge. Absent means false.
   */
  concordance?: boolean;
  /**
   * A speaker met in passing: the agent of a passive ("démenti par X", passive.ts) or a denial
   * quoted in another's words (nested.ts). No antecedent for the next "il". Absent means false.
   */
  aside?: boolean;
}

/** A statement span: trimmed of white space, leading colons and trailing full stops. */
function statement(text: string, start: number, end: number): Segment | null {
  const seg = trimSegment({ start, end, text: text.slice(start, end) });
  const lead = /^[:,\s]*/u.exec(seg.text)?.[0].length ?? 0;
  const body = seg.text.slice(lead).replace(/[\s.…;:,]+$/u, '');
  if (wordCountOf(body) < 3) return null;
  return { start: seg.start + lead, end: seg.start + lead + body.length, text: body };
}

const LEAD =
  /^(?:(?:mais|et|or|donc|ainsi|pourtant|toutefois|cependant|néanmoins|en effet|enfin|en revanche|par ailleurs|d['’]ailleurs|toujours|là encore)\s*,?\s*)?/iu;

/**
 * Prepositional phrases that name a source for the clause they open (TLF: "selon", "d'après",
 * "à en croire", "aux yeux de", "de l'avis de"). "de" and "d'" before the source are dropped
 * ("aux yeux de Paul Ravel"); "du" and "des" stay, as the source's determiner ("de l'avis des
 * experts").
 */
const ACCORDING_HEAD = new RegExp(
  `${LEAD.source}(?:selon|d['’]après|à\\s+en\\s+croire|(?:aux\\s+yeux|de\\s+l['’]avis(?:\\s+même)?)\\s+(?:de\\s+|d['’])?)\\s*([^,]{2,80}?)\\s*,`,
  'iu',
);
/** "À ses yeux, …": the possessive stands for the previous speaker, like "selon lui". */
const EYES_HEAD = new RegExp(`${LEAD.source}(?:à|a)\\s+(?:ses|leurs)\\s+yeux\\s*,`, 'iu');
const POUR_HEAD = new RegExp(`${LEAD.source}pour\\s+([^,]{2,50}?)\\s*,`, 'iu');

/** A statement attributed by "selon X", "d'après X" (reported) or "pour X" (a view), no verb. */
function accordingTo(
  speaker: Phrase | null,
  quote: Segment | null,
  attribution: 'according' | 'pour' = 'according',
): Attribution | null {
  if (speaker === null || quote === null) return null;
  return {
    quote,
    speaker,
    verbStance: null,
    attribution,
    bridge: '',
    kind: 'reported',
  };
}

/** "Selon X, …" / "D'après X, …" at the start, or "…, selon X." at the end. */
function according(text: string, s: Segment): Attribution | null {
  // "Selon X, voici les chiffres :" announces what follows and states nothing itself.
  if (/:\s*$/u.test(s.text)) return null;
  const eyes = EYES_HEAD.exec(s.text);
  if (eyes !== null) {
    const speaker = { text: 'lui', start: s.start + eyes.index, end: s.start + eyes[0].length };
    const found = accordingTo(speaker, statement(text, s.start + eyes[0].length, s.end));
    if (found !== null) return found;
  }
  const head = ACCORDING_HEAD.exec(s.text);
  if (head !== null) {
    const speaker = sourceAfter(text, s.start + head[0].indexOf(head[1] ?? ''));
    const from = pastAppositions(text, s.start + head[0].length, s.end);
    const found = accordingTo(speaker, statement(text, from, s.end));
    if (found !== null) return found;
  }
  // "…, selon X, qui a précisé que …": a relative about the source may close the sentence.
  const tail =
    /,\s*(?:selon|d['’]après)\s+([^,;]{2,80}?)\s*(?:,\s*(?:qui|dont)\s[^;]*)?[.!?…]*$/iu.exec(
      s.text,
    );
  if (tail === null) return incise(text, s);
  const speaker = sourceAfter(text, s.start + tail.index + tail[0].indexOf(tail[1] ?? ''));
  return accordingTo(speaker, statement(text, s.start, s.start + tail.index));
}

/** Stressed pronouns after "selon" ("selon lui"), resolved to the previous speaker later. */
const STRESSED = /^(?:lui|elle|eux|elles)$/iu;

/**
 * "illustrerait selon lui un malaise": with a stressed pronoun "selon" needs no commas, since
 * no noun phrase can run on ("selon la source" without commas is often a criterion, not a
 * speaker).
 */
const BARE_STRESSED = /\s(?:selon|d['’]après)\s+(lui|elle|eux|elles)(?=[\s,.;])/iu;

/**
 * "Ces équipements pourraient, selon elle, faciliter …": "selon X" / "d'après X" between commas
 * inside the sentence attributes the whole sentence.
 */
function incise(text: string, s: Segment): Attribution | null {
  const m =
    /\S,\s*(?:selon|d['’]après)\s+([^,;]{2,60}?)\s*,\s*\S/iu.exec(s.text) ??
    BARE_STRESSED.exec(s.text);
  if (m === null) return null;
  const name = m[1] ?? '';
  const at = s.start + m.index + m[0].indexOf(name);
  return accordingTo(sourceAfter(text, at), statement(text, s.start, s.end));
}

/**
 * "Pour Microsoft, …", "Pour les opposants au projet, …", "Pour lui, …": "pour" attributes only
 * with a named person or organisation, someone described ("la géologue": a speaker noun) or a
 * stressed pronoun; "pour la première fois", "pour le climat" attribute nothing.
 */
export function isPourSpeaker(phrase: string, entities: Entity[]): boolean {
  if (STRESSED.test(phrase)) return true;
  const named = entitiesMatching([phrase], entities, true).some((i) =>
    ['ORG', 'PERSON'].includes(entities[i]?.type ?? ''),
  );
  return named || isDescribedSpeaker(phrase);
}

function pourNamed(text: string, s: Segment, entities: Entity[]): Attribution | null {
  const m = POUR_HEAD.exec(s.text);
  if (m === null || wordCountOf(m[1] ?? '') > 5) return null;
  if (!isPourSpeaker(m[1] ?? '', entities)) return null;
  const start = s.start + m[0].indexOf(m[1] ?? '');
  const speaker = { text: m[1] ?? '', start, end: start + (m[1] ?? '').length };
  const from = pastAppositions(text, s.start + m[0].length, s.end);
  return accordingTo(speaker, statement(text, from, s.end), 'pour');
}

/** A noun phrase after an inverted verb starts with a name or one of these determiners. */
const NP_DETERMINER = /^(?:(?:le|la|les|un|une|des|son|sa|ses|nos|notre|leur|leurs)\s|l['’])/iu;

/** A participle clause after a comma, up to the end ("…, ajoutant que …"); not "pendant …". */
const PARTICIPLE_CLAUSE =
  /,\s+(?!(?:pendant|durant|avant|cependant|maintenant|devant|néanmoins)\s)\p{Ll}+ant\s.*$/su;

/** Characters after the speaker of an inverted verb read for its tail. */
const TAIL_REACH = 400;
/** Words allowed after the speaker of an inverted verb at the end ("…, estime X dans un communiqué."). */
const MAX_TAIL_WORDS = 5;

/** A relative or a participle's phrase after the speaker of an inverted verb: about the speaker. */
const SPEAKER_CLAUSE_AFTER =
  /^\s*,?\s*(?:qui|dont)\s.*$|^\s*,\s*(?!(?:pendant|durant|avant|cependant|maintenant|devant|néanmoins)\s)\p{Ll}+ant\s.*$/su;
/** A second verb of the same subject after the phrase: "et s'est couché", "puis a quitté". */
const SERIES =
  /^[^,;.]*?\s(?:et|puis)\s+(?:(?:ne|n['’])\s*)?(?:s['’]|se\s|l['’]|a\s|ont\s|est\s|sont\s|avait\s|avaient\s|était\s)/iu;

/** "…, estime le ministre." / "…, ajoute-t-il.": verb after a comma, speaker ending the sentence. */
function inverted(text: string, s: Segment, hit: VerbHit): Attribution | null {
  const before = text.slice(tailStart(text, s.start, hit.start), hit.start);
  // "X, lui, exige …": a stressed pronoun between commas repeats the subject before the verb.
  if (!/,\s*$/u.test(before) || /,\s*(?:lui|elle|eux|elles)\s*,\s*$/iu.test(before)) return null;
  let speaker: Phrase | null = null;
  if (hit.pronoun !== null) speaker = { text: hit.pronoun, start: hit.start, end: hit.end };
  else {
    const known = phraseAfter(text, hit.end + 1);
    const np =
      known ??
      (plainPresentSeries(text, s.start, hit.start) ? null : definitePhraseAt(text, hit.end + 1));
    // A relative clause about the speaker ("estime Berne qui se rallie à …") or a participle's
    // phrase (", rendant hommage aux secours", "…, précisant que …") is no tail. Read within a
    // bounded stretch: a clause removed runs to its end, and more than a few words left is no tail.
    const tail =
      np === null
        ? ''
        : text
            .slice(np.end, Math.min(s.end, np.end + TAIL_REACH))
            .replace(SPEAKER_CLAUSE_AFTER, '')
            .replace(PARTICIPLE_CLAUSE, '');
    const nounPhrase = np !== null && (/^\p{Lu}/u.test(np.text) || NP_DETERMINER.test(np.text));
    // "…, a écrit la lettre et s'est couché": a series of acts, the phrase is an object; so it is
    // after the verb's own subject and apposition ("Le film, sorti en 1998, raconte …").
    const series =
      np !== null &&
      (SERIES.test(text.slice(np.start, s.end)) ||
        seriesAfter(text, np.end, s.end) ||
        coordinatedBefore(before) ||
        subjectBeforeVerb(text, s.start, hit.start));
    if (np !== null && nounPhrase && !series && wordCountOf(tail) <= MAX_TAIL_WORDS) speaker = np;
  }
  // The statement is the sentence before the verb: built only once a speaker is found, so a
  // sentence of many inverted verbs without speakers is not reread for each of them.
  if (speaker === null) return null;
  const quote = statement(text, s.start, hit.start);
  return quote
    ? { quote, speaker, verbStance: hit.stance, attribution: 'verb', bridge: '', kind: 'reported' }
    : null;
}

/** "…, qui le soupçonnent de …": the relative pronoun stands for the noun before the comma. */
const RELATIVE_SUBJECT = /,\s*qui\s+(?:(?:le|la|les|l['’]|lui|leur)\s*)?$/iu;
/** The head noun of the phrase ending a clause ("de la part des autorités" → "autorités"). */
const HEAD_NOUN =
  /(?:^|\s)(?:les|la|le|l['’]|des|du|aux?|de)\s*([\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*)*)\s*$/u;

/**
 * The subject of a verb: the phrase before it; in a relative clause, the noun the relative
 * pronoun stands for; after a subordinating "que" ("au point que X réclame"), the words after it.
 */
function subjectOf(text: string, s: Segment, hit: VerbHit, entities: Entity[]): Phrase | null {
  const coordinated = firstClauseSubject(text, s.start, hit.start, entities);
  if (coordinated !== null) return coordinated;
  const from = tailStart(text, s.start, hit.start);
  const before = text.slice(from, hit.start);
  const relative = RELATIVE_SUBJECT.exec(before);
  // ", qui affirme que …" speaks for the noun before the comma: relatives.ts reads it.
  if (relative !== null && hit.predicate === null) return null;
  if (relative !== null && hit.predicate !== null) {
    const head = HEAD_NOUN.exec(before.slice(0, relative.index));
    const noun = head?.[1];
    if (head === undefined || head === null || noun === undefined) return null;
    const start = from + head.index + head[0].lastIndexOf(noun);
    const phrase = { text: noun, start, end: start + noun.length };
    return isSpeakerPhrase(noun) ? phrase : null;
  }
  const direct = subjectBefore(text, s.start, hit.start);
  if (direct !== null) return direct;
  const que = hit.predicate === null ? null : lastQue(text, s.start, hit.start);
  return que === null ? null : subjectBefore(text, que, hit.start);
}

/**
 * A plural noun phrase opening the verb's clause ("Les détectives ont expliqué que …", "Mais
 * les sauveteurs bénévoles assurent que …"): the subject of a verb of saying with a clause, so
 * a speaker whatever its noun (the speaker-noun list is closed; groups that speak in the plural
 * are people or bodies). Read in a bounded window before the verb.
 */
const PLURAL_SUBJECT =
  /(?:^|[,;:]\s*)(?:(?:mais|et|or|puis|alors|ensuite)\s+)?((?:les|des|ces|leurs|ses|nos)\s+\p{Ll}[\p{L}-]*[sx](?:\s+\p{Ll}[\p{L}-]*){0,3})\s+$/iu;
const PLURAL_WINDOW = 120;

function pluralSubject(text: string, s: Segment, hit: VerbHit): Phrase | null {
  const from = Math.max(s.start, hit.start - PLURAL_WINDOW);
  const m = PLURAL_SUBJECT.exec(text.slice(from, hit.start));
  const np = m?.[1];
  if (m === null || np === undefined) return null;
  // A window cut mid-sentence has no clause start at its own start.
  if (m.index === 0 && from > s.start && !/^[,;:]/u.test(m[0])) return null;
  const start = from + m.index + m[0].indexOf(np);
  return { text: np, start, end: start + np.length };
}

/** How far before a verb the "que" opening its clause is looked for. */
const QUE_WINDOW = 400;
const QUE_WORD = /(?:^|\s)(?:que|qu['’])\s*(?=\S)/giu;

/**
 * Where the clause of the last "que"/"qu'" before `to` starts (its subject follows), or null;
 * read in a bounded window, one pass: a lookahead for "no later que" rescanned the rest of the
 * sentence at every "que", cubic on an endless sentence of them.
 */
function lastQue(text: string, from: number, to: number): number | null {
  const start = Math.max(from, to - QUE_WINDOW);
  const window = text.slice(start, to);
  let last: number | null = null;
  QUE_WORD.lastIndex = 0;
  for (let m = QUE_WORD.exec(window); m !== null; m = QUE_WORD.exec(window)) {
    last = start + m.index + m[0].length;
  }
  return last;
}

/**
 * Where a statement without "que" ends: before ", mais" opening another clause ("ont démenti
 * avec vigueur, mais le soupçon s'est installé"), which is the narrator's, not the speaker's.
 */
function clauseEnd(text: string, from: number, end: number): number {
  const but = CLAUSE_AFTER.exec(text.slice(from, end));
  return but === null ? end : from + but.index;
}

/**
 * What ends a statement without "que" after its verb: ", mais" opening the narrator's clause, or
 * a present participle after a comma, which states on its own (participles.ts): "se défend de
 * toute ingérence, arguant que …" is a denial, then an argument; so does a gerund ("…, en
 * assurant que …").
 */
const CLAUSE_AFTER =
  /,\s+(?:mais\s|(?:en\s+)?(?!(?:pendant|durant|avant|cependant|maintenant|devant|néanmoins)\s)\p{Ll}+ant\s)/u;

/**
 * Where a statement without "que" starts: at its speaker when a conjunction or a subordinator
 * after a comma opens the speaker's clause ("Ce remède reste populaire, bien que les médecins
 * démentent ses bienfaits"); the clause before is the narrator's. Else the sentence's start.
 */
const SPEAKER_CLAUSE =
  /[,;]\s*(?:(?:bien|alors|tandis|même|encore)\s+qu(?:e\s|['’])|quoiqu(?:e\s|['’])|puisqu(?:e\s|['’])|mais\s|et\s|car\s|or\s)\s*$/iu;
function clauseStart(text: string, s: Segment, speaker: Phrase): number {
  if (speaker.start <= s.start || speaker.start >= s.end) return s.start;
  return SPEAKER_CLAUSE.test(text.slice(s.start, speaker.start)) ? speaker.start : s.start;
}

const DE = /^[^.;:]{0,60}?\s(?:de|d['’])/iu;
/** "de" opening an infinitive, maybe behind a quotation mark or a clitic ("de « prendre »"). */
const DE_INFINITIVE =
  /^[^.;:]{0,60}?\s(?:de\s+|d['’])\s*[«“"]?\s*(?:(?:ne\s+(?:pas|plus)\s+)?(?:se\s+|s['’]|l['’]|les?\s+|la\s+|y\s+|en\s+)?)\p{L}+(?:er|ir|re|oir)(?!\p{L})/iu;

/** The construction a predicate verb needs is there: "de" after "accuse", "à" after "appelle". */
function predicateFits(hit: VerbHit, rest: string): boolean {
  if (hit.predicate === 'de') return (hit.deInfinitive === true ? DE_INFINITIVE : DE).test(rest);
  if (hit.predicate === 'à') return /^[^.;:]{0,60}?(?<!\p{L})(?:à|au|aux)\s/iu.test(rest);
  if (hit.predicate === 'comme') return /^[^.;:]{0,80}?(?<!\p{L})comme\s/iu.test(rest);
  return hit.predicate !== null;
}

/** A quotation mark opened in `phrase` and not closed there. */
function opensQuotation(phrase: string): boolean {
  const opened = (phrase.match(/[«“]/gu) ?? []).length;
  const closed = (phrase.match(/[»”]/gu) ?? []).length;
  return opened > closed || (phrase.match(/"/gu) ?? []).length % 2 === 1;
}

/** "X affirme que …", "X nie avoir …", "X a annoncé la rupture …", "X exige la liste …". */
function firstVerbal(text: string, s: Segment, entities: Entity[]): Attribution | null {
  for (const hit of findVerbs(text, s.start, s.end)) {
    const inv = inverted(text, s, hit);
    if (inv !== null) return inv;
    const rest = text.slice(hit.end, s.end);
    const speaker =
      subjectOf(text, s, hit, entities) ?? (QUE.test(rest) ? pluralSubject(text, s, hit) : null);
    // A subject that opens inside a quoted title ("Article Stratégies – “Des gamers soutiennent
    // la grève…”") belongs to the title's words, whose verb it is: no one speaks.
    if (speaker === null || opensQuotation(speaker.text)) continue;
    const clause = QUE.exec(rest);
    const que = clause ?? COLON.exec(rest);
    if (!que && hit.clauseOnly && (hit.queOnly === true || !INFINITIVE_CLAUSE.test(rest))) continue;
    if (!que && hit.predicate !== null) {
      // Requests and accusations: the verb phrase is the statement. Accusations need "de"
      // ("accuse Pékin de …"); a subject inside an indirect question ("savoir si l'État
      // exigera") asks nothing.
      if (!predicateFits(hit, rest)) continue;
      if (/(?:^|\s)(?:si|s['’])\s/iu.test(text.slice(s.start, hit.start))) continue;
      const end = clauseEnd(text, hit.end, s.end);
      // A bare denial ("X s'en défend.") is too short alone: its clause is the statement.
      const quote =
        statement(text, hit.start, end) ??
        (hit.stance === 'denies' ? statement(text, clauseStart(text, s, speaker), end) : null);
      if (quote === null) continue;
      return {
        quote,
        speaker,
        verbStance: hit.stance,
        attribution: 'verb',
        bridge: '',
        kind: 'reported',
      };
    }
    // ", qui dit rejeter …": relatives.ts cuts the relative's own statement out of the sentence.
    const relative = RELATIVE_SUBJECT.test(text.slice(s.start, hit.start));
    const infinitive = que || relative ? -1 : infinitiveAfterVerb(rest, hit.clauseOnly);
    const quote = que
      ? (statement(text, hit.end + que[0].length, s.end) ?? yesOrNo(text, s, hit, que[0]))
      : ((infinitive >= 0
          ? statement(text, hit.end + infinitive, clauseEnd(text, hit.end, s.end))
          : null) ??
        statement(text, clauseStart(text, s, speaker), clauseEnd(text, hit.end, s.end)));
    if (quote === null || (!que && wordCountOf(rest) < 2 && hit.stance !== 'denies')) continue;
    const bridge = que ? '' : rest;
    return {
      quote,
      speaker,
      verbStance: hit.stance,
      attribution: 'verb',
      bridge,
      kind: 'reported',
      concordance: clause !== null && hit.past,
    };
  }
  return null;
}

/**
 * "a répondu que non", "assure que oui": the answer is one word, so the verb phrase is the
 * statement (stance.ts reads "que non" as a denial).
 */
function yesOrNo(text: string, s: Segment, hit: VerbHit, que: string): Segment | null {
  const after = text.slice(hit.end + que.length, s.end);
  return /^(?:non|oui)(?!\p{L})/iu.test(after) ? statement(text, hit.start, s.end) : null;
}

/**
 * Whom the speaker told, between the verb and its clause: "a raconté à l'agence PA avoir vu …",
 * "a dit à la presse que …", "a confié au Monde que …" (at most three words after "à").
 */
const ADDRESSEE = String.raw`(?:(?:à|au|aux)\s+(?:l['’]\s*|la\s+|le\s+|les\s+)?[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)?`;

/**
 * An infinitive complement, which states a proposition as a "que" clause would ("assure
 * n'avoir jamais trouvé", "affirme avoir prévenu", "dit l'ignorer").
 */
const INFINITIVE_CLAUSE = new RegExp(
  String.raw`^\s*${ADDRESSEE}(?:(?:\p{L}+ment|également|aussi|même|encore)\s+)?(?:(?:ne|n['’])\s*(?:(?:pas|jamais|plus|rien)\s+)?)?(?:(?:l['’]|les?\s+|y\s+|en\s+|s['’]|se\s+)\s*)?\p{L}+(?:er|ir|re|oir)(?!\p{L})`,
  'iu',
);

/** Adverbials may stand between (verb-complements.ts): "a déclaré mardi à l'AFP que". */
const QUE = QUE_AFTER_VERB;

/**
 * A colon right after the verb introduces what is said, as "que" does ("s'interrogent : comment
 * … ?", "explique : les prix …"): the statement is what follows it, without the speaker.
 */
const COLON = /^\s*:\s*/u;

/**
 * A future or conditional second verb ("a indiqué qu'il fermerait la piscine et demanderait
 * une aide") is what the speaker announced, still inside the reported clause, not a new act of
 * saying: the speaker's own verbs are in the present or a past.
 */
/** Characters before a second verb read for its "et"/"mais" and subject (the pattern spans ~70). */
const COORDINATION_WINDOW = 200;

const PROSPECTIVE = /(?:ra|ront|rait|raient)$/iu;
/** The passé simple "déclara" ends like a future: `past` tells them apart. */
const prospective = (text: string, hit: VerbHit): boolean =>
  !hit.past && PROSPECTIVE.test(text.slice(hit.start, hit.end));

/**
 * Two statements joined by "et" ("PSA répond que …, et Huawei rappelle que …"; "Le groupe a
 * rejeté ces accusations et rappelle qu'il …"): the second reporting verb with its own "que"
 * starts a second statement, by its own subject or, without one, by the same speaker.
 */
function coordinated(text: string, s: Segment, att: Attribution): Attribution[] {
  for (const hit of findVerbs(text, att.quote.start, att.quote.end)) {
    // Only the words just before the verb can hold "et" and its subject: a bounded window, so a
    // sentence of thousands of verbs is not reread for each of them.
    const base = Math.max(att.quote.start, hit.start - COORDINATION_WINDOW);
    const before = text.slice(base, hit.start);
    // "et", or "mais" before a denial ("reconnaît avoir partagé la vidéo mais nie …").
    const et = /,?\s+(?:et|mais)\s+([^,;]{0,60}?)\s*$/u.exec(before);
    if (et !== null && /\smais\s/u.test(et[0]) && hit.stance !== 'denies') continue;
    const rest = text.slice(hit.end, s.end);
    const que = QUE.exec(rest);
    if (et === null || hit.pronoun !== null || prospective(text, hit)) {
      continue;
    }
    if (que === null) {
      const phrase = verbPhrase(text, s, att, hit, et, base + et.index);
      if (phrase !== null) return phrase;
      continue;
    }
    // Only a statement of its own may be split off: a "que" clause or a denial ("a rejeté ces
    // accusations"); "maintient son récit et rappelle que …" is one statement.
    if (att.bridge !== '' && att.verbStance !== 'denies') continue;
    const subjectStart = base + et.index + et[0].lastIndexOf(et[1] ?? '');
    const speaker =
      (et[1] ?? '').trim() === '' ? att.speaker : subjectBefore(text, subjectStart, hit.start);
    const first = statement(text, att.quote.start, base + et.index);
    const second = statement(text, hit.end + que[0].length, s.end);
    if (speaker === null || first === null || second === null) continue;
    return [
      { ...att, quote: first },
      { ...att, quote: second, speaker, verbStance: hit.stance, bridge: '' },
    ];
  }
  return [att];
}

/**
 * "X estime que P et réclame une baisse …", "… et conteste le résultat": a request, an
 * accusation or a denial right after "et", with no subject of its own, is the same speaker's
 * second statement, its verb phrase (as in `firstVerbal`). Verbs that report only through a
 * clause ("et ajoute une étape") state nothing this way.
 */
function verbPhrase(
  text: string,
  s: Segment,
  att: Attribution,
  hit: VerbHit,
  et: RegExpExecArray,
  etAt: number,
): Attribution[] | null {
  if ((et[1] ?? '').trim() !== '' || hit.clauseOnly) return null;
  // As for a second "que": "maintient son récit et réclame …" is one statement; a denial after
  // it ("reconnaît les faits mais nie …") is a statement of its own.
  if (att.bridge !== '' && att.verbStance !== 'denies' && hit.stance !== 'denies') return null;
  if (hit.stance !== 'denies' && !predicateFits(hit, text.slice(hit.end, s.end))) return null;
  const first = statement(text, att.quote.start, etAt);
  const second = statement(text, hit.start, s.end);
  if (first === null || second === null) return null;
  return [
    { ...att, quote: first },
    { ...att, quote: second, verbStance: hit.stance, bridge: '', concordance: false },
  ];
}

/** The reported statements of a sentence with a reporting verb: one, or two joined by "et". */
function verbal(text: string, s: Segment, entities: Entity[]): Attribution[] {
  const att = firstVerbal(text, s, entities);
  return att === null ? [] : coordinated(text, s, att);
}

/** The reported statements of one sentence: usually none or one, two when joined by "et". */
export function attributeSentence(text: string, s: Segment, entities: Entity[]): Attribution[] {
  const single = according(text, s) ?? pourNamed(text, s, entities);
  if (single !== null) return [single];
  // "P1, rappelle X : P2" (constructions.ts): before the verb scan reads X's verb with P1's subject.
  const framed = incisedColon(text, s);
  if (framed.length > 0) return framed;
  const verbs = verbal(text, s, entities);
  if (verbs.length > 0) return verbs;
  const english = attributeEnglish(text, s);
  return english === null ? [] : [english];
}
