/**
 * Mention finding: capitalised runs in each sentence, trimmed of sentence openers, split at
 * gazetteer names and first names, each with the cues (title, apposition, place preposition)
 * the typing step uses. Offsets are into `article.text`.
 */
import {
  CLUB_PREFIXES,
  COMMON_ACRONYMS,
  COMPASS,
  DOMAIN_NAME,
  ELISIONS,
  FIRST_NAMES,
  NAME_PARTICLES,
  ORG_CLASS_NOUNS,
  ORG_HEADS,
  ORG_NAME_WORDS,
  STOP_WORDS,
} from './entity-words.js';
import { lookupGazetteer, MAX_GAZETTEER_WORDS } from './gazetteer.js';
import { LOWER_CASE_ORGS } from './gazetteer-orgs-world.js';
import { fold, foldedWords, sentencesOf, type Segment } from './text.js';

/** One word of a sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** First word of a sentence, or right after an opening quote or bracket. */
  initial: boolean;
}

/** A candidate name as found in the text, before typing and merging. */
export interface Mention {
  surface: string;
  start: number;
  end: number;
  /** The token run started the sentence: weaker evidence of a name. */
  initial: boolean;
  /** Index of the sentence it occurs in. */
  sentence: number;
}

/**
 * A word: letters and digits, with combining marks inside (a decomposed "é" is "e" and a mark:
 * text copied from some systems is in that form, and a word cut at each accent gave "Ce" for
 * "Céline" and "Jean-Jaure" for "Jean-Jaurès").
 */
const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Marks after which a word opens a sentence or a quotation, white space or not between. */
const OPENING_MARKS = '«“"([—–:';
/** Sentence ends after which a word opens a sentence, with white space between. */
const SENTENCE_ENDS = '.!?…';

/**
 * Whether a word after `before` opens a sentence: `before` is empty, or ends with an opening
 * mark, or with a sentence end and white space (/(?:^|[«“"([—–:]\s*|[.!?…]\s+)$/). Read from the
 * end: that regex, anchored at the end, scanned `before` from its start for every word, which
 * made a long sentence quadratic (a page without sentence ends: 150k characters, 7 s).
 */
function opensSentence(before: string): boolean {
  if (before === '') return true;
  const trimmed = before.trimEnd();
  const last = trimmed.charAt(trimmed.length - 1);
  if (last === '') return false;
  return (
    OPENING_MARKS.includes(last) || (SENTENCE_ENDS.includes(last) && trimmed.length < before.length)
  );
}

/** Words of a sentence, with elided prefixes (d'Apple) peeled off capitalised names. */
export function tokensOf(text: string, seg: Segment): Token[] {
  const out: Token[] = [];
  for (const m of seg.text.matchAll(TOKEN_RE)) {
    let word = m[0];
    let start = seg.start + m.index;
    const initial = opensSentence(seg.text.slice(0, m.index));
    const elided = ELISIONS.exec(word);
    if (elided && !lookupGazetteer(word)) {
      out.push({
        text: word.slice(0, elided[0].length),
        start,
        end: start + elided[0].length,
        initial,
      });
      start += elided[0].length;
      word = word.slice(elided[0].length);
    }
    // English possessives: "China's", "the Pentagon’s" name China, the Pentagon; but "Moody's",
    // "McDonald's" are the names of the companies.
    const possessive = /\p{Lu}\p{L}*['’]s$/u.test(word) && !lookupGazetteer(word) ? 2 : 0;
    word = word.slice(0, word.length - possessive);
    out.push({ text: word, start, end: start + word.length, initial: initial && !elided });
  }
  return out;
}

const isCapitalised = (w: string): boolean => /^\p{Lu}/u.test(w) && !/['’]$/u.test(w);
const isAcronym = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{M}\p{N}]+$/u.test(w);
const isCamel = (w: string): boolean => /^\p{L}+\p{Lu}\p{Ll}/u.test(w) && /\p{Ll}/u.test(w);

const isParticle = (tok: Token): boolean => NAME_PARTICLES.has(fold(tok.text).replace(/'$/, ''));

/** Runs of capitalised words, with particles inside ("Ministère des Affaires"). */
function capitalisedRuns(text: string, tokens: Token[]): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const flush = (): void => {
    while (run.length > 0 && !isCapitalised(run[run.length - 1]?.text ?? '')) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  tokens.forEach((tok, i) => {
    const prev = run[run.length - 1];
    const gap = prev === undefined ? '' : text.slice(prev.end, tok.start);
    // "Donald J. Trump": a middle initial's dot does not end the name.
    const initialDot = /^\p{Lu}$/u.test(prev?.text ?? '') && /^\.[ \t\u00a0]+$/.test(gap);
    const joined = prev !== undefined && (/^[ \t\u00a0]*$/.test(gap) || initialDot);
    const glued = prev !== undefined && prev.end === tok.start; // d' + Apple
    if (run.length > 0 && !joined && !glued) flush();
    if (isCapitalised(tok.text)) {
      if (prev !== undefined && fold(prev.text) === fold(tok.text)) flush();
      run.push(tok);
    } else if (run.length > 0 && isParticle(tok)) {
      // "de la Pêche", "de l'Éducation": two particles may stand before the next word.
      const next = tokens[i + 1];
      const after = next !== undefined && isParticle(next) ? tokens[i + 2] : next;
      // "Matthieu Garnier de TF1": a person's name does not run on to the body they work for.
      const employer = FIRST_NAMES.has(fold(run[0]?.text ?? '')) && isAcronym(after?.text ?? '');
      if (after !== undefined && isCapitalised(after.text) && !employer) run.push(tok);
      else flush();
    } else flush();
  });
  flush();
  return runs;
}

const span = (text: string, toks: Token[]): { surface: string; start: number; end: number } => {
  const start = toks[0]?.start ?? 0;
  const end = toks[toks.length - 1]?.end ?? start;
  return { surface: text.slice(start, end), start, end };
};

/** Longest gazetteer name starting the run, as a token count (0 when none). */
function gazetteerPrefix(text: string, run: Token[]): number {
  for (let k = Math.min(run.length, MAX_GAZETTEER_WORDS); k > 0; k--) {
    if (lookupGazetteer(span(text, run.slice(0, k)).surface)) return k;
  }
  return 0;
}

/** "Revue Tissages Les …": a name never ends with a determiner or another stop word. */
function withoutTrailingStopWords(toks: Token[]): Token[] {
  let end = toks.length;
  while (end > 1 && STOP_WORDS.has(fold(toks[end - 1]?.text ?? ''))) end--;
  return toks.slice(0, end);
}

const isCapsWord = (w: string): boolean => /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(w);
/** Letters of a word in capitals past which it is no acronym inside a name ("Université PSL"). */
const MIN_SHOUTED = 4;

/**
 * Where a line in capitals glued to a name starts, or -1: a surname may be in capitals after a
 * first name ("Bastien LEROY", "Marine LE GALL", "Kab NIANG"), but a second word in capitals, or a word in
 * capitals after a surname written in lower case, opens a heading ("Bastien LEROY GRÈVES DE
 * MARS", "Kamil Oukrane SOUTENEZ LA RADIO" on a listing page).
 */
function capsCut(run: Token[]): number {
  let surname = false;
  let lastMixed = '';
  let mixed = 0;
  for (let i = 0; i < run.length; i++) {
    const tok = run[i];
    if (tok === undefined) break;
    if (!isCapsWord(tok.text)) {
      if (/\p{Ll}/u.test(tok.text) && !isParticle(tok)) {
        [lastMixed, surname] = [tok.text, false];
        mixed++;
      }
      continue;
    }
    if (i === 0 || isParticle(tok)) continue;
    if (surname) return i;
    if (mixed === 0) continue;
    // After one word in lower case it is the surname of an unknown first name ("Kab NIANG").
    const firstName = mixed === 1 || FIRST_NAMES.has(fold(lastMixed));
    if (!firstName) {
      // "Kylian Astruc ALSTOM": a known name is never the end of a person's name either.
      if (tok.text.length >= MIN_SHOUTED || lookupGazetteer(tok.text)) return i;
      continue;
    }
    surname = true;
  }
  return -1;
}

/** A preposition that makes the place after it a complement of place. */
const LOCATIVE_BEFORE = /(?<!\p{L})(?:à|au|aux|en|dans|depuis|vers|de|du|d['’])\s*$/iu;

/**
 * "Xiamen Meiya Pico", "Paris Saint-Germain": a known place running on into capitalised words
 * that are neither known nor a first name opens the name of a body there, not a place of its
 * own. A known name or a first name after it is a name of its own ("Pékin Xi Jinping").
 */
function placeOpensName(text: string, run: Token[], k: number): boolean {
  const next = run[k];
  // "anticipe à Pékin Andy Rothman": after a preposition the place is a complement, and the
  // name after it the inverted subject.
  const before = text.slice(Math.max(0, (run[0]?.start ?? 0) - 8), run[0]?.start ?? 0);
  if (LOCATIVE_BEFORE.test(before)) return false;
  // A word in capitals after the place is a code or a numeral ("Dublin II"), no body's name.
  // Nor is a determiner or a first name ("BRUXELLES Le Comité …", "Pékin Xi …").
  const word = fold(next?.text ?? '');
  if (next === undefined || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  if (FIRST_NAMES.has(word) || STOP_WORDS.has(word)) {
    return false;
  }
  if (lookupGazetteer(span(text, run.slice(0, k)).surface)?.type !== 'LOCATION') return false;
  return gazetteerPrefix(text, run.slice(k, k + MAX_GAZETTEER_WORDS)) === 0;
}

/**
 * "selon The Fifth Estate": inside a sentence, a capitalised "The" before capitalised words opens
 * an English title (a medium, a show, a work), whose article is part of the name; at a
 * sentence start it is an English sentence's article, and before a known name or an acronym
 * ("The WSJ") it is left out, as the table names them.
 */
function englishTitle(text: string, run: Token[]): boolean {
  const next = run[1]?.text ?? '';
  if (run[0]?.text !== 'The' || run[0].initial || !isCapitalised(next) || isAcronym(next)) {
    return false;
  }
  // "The Wall Street Journal" is the known "Wall Street Journal", named as the table names it.
  return gazetteerPrefix(text, run.slice(1, 1 + MAX_GAZETTEER_WORDS)) === 0;
}

/** Splits a run into names: gazetteer names, leading openers dropped, first names start a name. */
function namesOfRun(text: string, run: Token[]): Token[][] {
  const out: Token[][] = [];
  let rest = run;
  while (rest.length > 0) {
    const k = gazetteerPrefix(text, rest);
    // "Rennes Université", "Kyoto University": a place before an institution word names it.
    const institution = ORG_NAME_WORDS.has(fold(rest[k]?.text ?? ''));
    // "Florence Dupuy": a place that is also a first name, before a capitalised word, is one.
    const firstName = k === 1 && rest.length > 1 && FIRST_NAMES.has(fold(rest[0]?.text ?? ''));
    if (k > 0 && !institution && !firstName && !placeOpensName(text, rest, k)) {
      out.push(rest.slice(0, k));
      rest = rest.slice(k);
      continue;
    }
    const head = rest[0];
    const title = englishTitle(text, rest);
    if (head !== undefined && COMPASS.has(fold(head.text)) && rest[1] && isParticle(rest[1])) {
      rest = rest.slice(1);
      continue;
    }
    // "AS Roma", "US Orléans": a club's prefix is no English "as" or "us" before a name.
    const club = head !== undefined && CLUB_PREFIXES.has(head.text) && rest[1] !== undefined;
    if (
      head !== undefined &&
      !title &&
      !club &&
      (STOP_WORDS.has(fold(head.text)) || !isCapitalised(head.text))
    ) {
      rest = rest.slice(1);
      continue;
    }
    // A first name starts a new name ("le député LREM Karim Benali"), unless a particle ties it
    // to the words before ("Bulletin of Marine Ecology") or it ends the run, where it is a
    // surname ("Fritz St Louis", "Claude Bernard").
    const cut = rest.findIndex(
      (t, i) =>
        i > 0 &&
        FIRST_NAMES.has(fold(t.text)) &&
        isCapitalised(rest[i - 1]?.text ?? '') &&
        isCapitalised(rest[i + 1]?.text ?? ''),
    );
    const caps = capsCut(rest);
    const end = [cut, caps].filter((k) => k > 0).reduce((a, b) => Math.min(a, b), rest.length);
    out.push(withoutTrailingStopWords(rest.slice(0, end)));
    rest = rest.slice(end);
  }
  return out.filter((toks) => toks.some((t) => isCapitalised(t.text)));
}

/** Whether a sentence-initial word is a name: known, shaped like one, or seen mid-sentence. */
function knownInitial(surface: string, midSentence: Set<string>): boolean {
  if (lookupGazetteer(surface) || isAcronym(surface) || isCamel(surface)) return true;
  const folded = fold(surface);
  return midSentence.has(folded) || FIRST_NAMES.has(folded) || ORG_HEADS.has(folded);
}

/**
 * "Chronique RTL", "Dépêche AFP": an unknown word opening a line before the known name of an
 * organisation or a person is a label of the item, not part of the name ("Air France", a known
 * place after it, is left whole).
 */
function beforeKnownName(text: string, toks: Token[]): boolean {
  if (lookupGazetteer(span(text, toks).surface)) return false;
  const rest = lookupGazetteer(span(text, toks.slice(1)).surface);
  return rest !== undefined && (rest.type === 'ORG' || rest.type === 'PERSON');
}

/** How many words before the bracket the institution's head noun may stand. */
const BRACKET_HEAD_REACH = 6;

/**
 * "l'agence russe des statistiques (Rosstat)", "le service statistique des ministères sociaux
 * (Drees)": one word in brackets after an institution described in lower case is its name (or
 * its acronym written as a word, which spells no letters of the description). A known place or
 * a first name keeps its own type ("l'agence locale (Brest)").
 */
export function namedInBrackets(
  text: string,
  m: Pick<Mention, 'surface' | 'start' | 'end'>,
  firstWord: string,
): boolean {
  if (/\s/u.test(m.surface) || text[m.start - 1] !== '(' || text[m.end] !== ')') return false;
  if (FIRST_NAMES.has(firstWord)) return false;
  const before = text.slice(Math.max(0, m.start - 90), m.start - 1);
  const clause = before.replace(/^[\s\S]*[.;:!?«»"()]/u, '');
  return foldedWords(clause)
    .slice(-BRACKET_HEAD_REACH)
    .some((w) => ORG_HEADS.has(w) || ORG_CLASS_NOUNS.has(w));
}

/**
 * A name starting a sentence may just be a capitalised common word. Single words must be known;
 * in a run with particles ("Cyberattaque d'Aeroflot") an unknown first word is dropped.
 */
function trimInitial(text: string, toks: Token[], midSentence: Set<string>): Token[] {
  const first = toks[0];
  if (first === undefined || !first.initial || knownInitial(first.text, midSentence)) return toks;
  // "(Rosstat)" after "l'agence russe des statistiques": a bracket opens no sentence there.
  if (toks.length === 1 && namedInBrackets(text, span(text, toks), fold(first.text))) {
    return toks;
  }
  const hasParticle = toks.some((t) => !isCapitalised(t.text));
  if (toks.length > 1 && !hasParticle && !beforeKnownName(text, toks)) return toks;
  const rest = toks.slice(1);
  while (rest[0] !== undefined && !isCapitalised(rest[0].text)) rest.shift();
  return rest;
}

/** "flightaware.com", "lesoir.be": a site's domain, not inside a link or an address. */
const isDomain = (text: string, tok: Token): boolean =>
  DOMAIN_NAME.test(tok.text) &&
  !/[/@.:]/u.test(text.charAt(tok.start - 1)) &&
  text.charAt(tok.end) !== '/';

/** Names written in lower case (gazetteer-orgs-world.ts), matched as written. */
const LOWER_CASE_NAMES = new Set(LOWER_CASE_ORGS.split(/[\s,]+/u).filter((n) => n !== ''));

/** All name mentions in the text, in order. */
export function findMentions(text: string): Mention[] {
  const found: Array<{ toks: Token[]; sentence: number }> = [];
  sentencesOf(text).forEach((seg, sentence) => {
    const tokens = tokensOf(text, seg);
    for (const run of capitalisedRuns(text, tokens)) {
      for (const toks of namesOfRun(text, run)) found.push({ toks, sentence });
    }
    // "franceinfo": a few names are written in lower case, which no run of capitals holds.
    for (const tok of tokens) {
      if (LOWER_CASE_NAMES.has(tok.text) || isDomain(text, tok)) {
        found.push({ toks: [tok], sentence });
      }
    }
  });
  found.sort((a, b) => (a.toks[0]?.start ?? 0) - (b.toks[0]?.start ?? 0));
  const midSentence = new Set(
    found.filter((f) => !f.toks[0]?.initial).flatMap((f) => f.toks.map((t) => fold(t.text))),
  );
  return (
    found
      .map(({ toks, sentence }) => ({ toks: trimInitial(text, toks, midSentence), sentence }))
      .filter(({ toks }) => toks.length > 0)
      .map(({ toks, sentence }) => ({
        ...span(text, toks),
        initial: toks[0]?.initial ?? false,
        sentence,
      }))
      // One letter is no name, unless known ("G7", "G20").
      .filter((m) => /\p{L}{2,}/u.test(m.surface) || lookupGazetteer(m.surface) !== undefined)
      .filter((m) => !STOP_WORDS.has(fold(m.surface)) || isPartyInBrackets(text, m))
      .filter((m) => !(isAcronym(m.surface) && COMMON_ACRONYMS.has(fold(m.surface))))
      .filter((m) => !isShouted(text, m))
      .filter(
        (m) => isKnownWord(m) || !NOT_A_NAME.some((re) => re.test(m.surface.normalize('NFC'))),
      )
  );
}

/**
 * "Paul Magnette (PS)": a known organisation's acronym in brackets is a party or a body, even
 * when the word is also a stop word ("PS", a postscript elsewhere).
 */
const isPartyInBrackets = (text: string, m: Mention): boolean =>
  isAcronym(m.surface) &&
  text[m.start - 1] === '(' &&
  text[m.end] === ')' &&
  lookupGazetteer(m.surface)?.type === 'ORG';

/**
 * "BRUXELLES" of a dispatch's dateline, "N-VA": one known word in capitals. Several words in
 * capitals are a heading even when they spell a known name ("LA PRESSE : …").
 */
const isKnownWord = (m: Mention): boolean =>
  !/\s/u.test(m.surface) && lookupGazetteer(m.surface) !== undefined;

/** A Roman numeral of two letters or more ("acte XII", "Dublin II"), read as no acronym. */
const ROMAN_NUMERAL =
  /^(?=[IVX])(?=.*[IVX])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})$/u;
/**
 * The last word before a point in the same phrase: past digits, colons and quotation marks, not
 * past a sentence end, a comma or a bracket ("(UCL, ANU, …)" is a list of acronyms, no heading).
 */
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’-]*)[^\p{L}\n.!?,;()/]*$/u;
/** The first word after a point in the same phrase. */
const WORD_AFTER = /^[^\p{L}\n.!?,;()/]*(\p{L}[\p{L}\p{M}'’-]*)/u;
/** A label at the start of a line: "DATE : 27/09", "LIEU : salle …". */
const LABEL_AFTER = /^[ \t\u00a0]*:/u;

/** A word in capitals that is no known name: part of a heading or a shouted line. */
const isShout = (w: string | undefined): boolean =>
  w !== undefined && /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u.test(w) && !lookupGazetteer(w);

/**
 * A word in capitals that is no acronym: a Roman numeral, a label opening its line ("STADE :"),
 * or a word of a line written in capitals ("SORTIR DU …", "3 400 EUROS" after "TOTAL RÉCOLTÉ"),
 * which shows because a neighbour in its phrase is in capitals too and is no known name.
 */
function isShouted(text: string, m: Mention): boolean {
  if (!isAcronym(m.surface) || lookupGazetteer(m.surface)) return false;
  if (ROMAN_NUMERAL.test(m.surface)) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  const after = text.slice(m.end, m.end + 40);
  const lineStart = /(?:^|\n)[ \t\u00a0]*$/u.test(before);
  if (lineStart && LABEL_AFTER.test(after)) return true;
  if (isShout(WORD_BEFORE.exec(before)?.[1]) || isShout(WORD_AFTER.exec(after)?.[1])) return true;
  return inShoutedLine(text, m);
}

/** How far around a word a line in capitals is looked for: a longer line is prose. */
const MAX_HEADING = 160;

/** "SIGNEZ, PARTAGEZ, SOUTENEZ LA GRÈVE !": a short line of three words or more, none in lower case. */
function inShoutedLine(text: string, m: Mention): boolean {
  // Both ends are looked for in bounded windows, so a page with no line breaks stays linear.
  const before = text.slice(Math.max(0, m.start - MAX_HEADING), m.start);
  const after = text.slice(m.end, m.end + MAX_HEADING + 1);
  const breakBefore = before.lastIndexOf('\n');
  if (breakBefore < 0 && m.start > MAX_HEADING) return false;
  const breakAfter = after.indexOf('\n');
  if (breakAfter < 0 && after.length > MAX_HEADING) return false;
  const line =
    before.slice(breakBefore + 1) +
    m.surface +
    (breakAfter < 0 ? after : after.slice(0, breakAfter));
  return !/\p{Ll}/u.test(line) && (line.match(/\p{L}{2,}/gu) ?? []).length >= 3;
}

/** Capitalised strings that are no names, whatever their context. */
const NOT_A_NAME: RegExp[] = [
  // A link slug ("Iuc819izMj"): letters of both cases mixed with digits.
  /^(?=\S*\d)(?=\S*\p{Ll})(?=\S*\p{Lu})[\p{L}\d]+$/u,
  // A heading in capitals ("POINT SUR LA SITUATION"): several words, no lower case.
  /^(?=\P{Ll}*$)\p{Lu}+(?:[\s'’-]+\p{Lu}+)+$/u,
  // A word shouted in capitals ("HYDROXYCHLOROQUINE"): longer than an acronym.
  /^\p{Lu}{7,}$/u,
  // An ordinal in Roman numerals ("XVIIIe siècle", "le IIIe Reich"); I, V and X only, as "Le"
  // and "Ce" would be L and C.
  /^[IVX]+(?:e|er|re|ème)(?:\s|$)/u,
];

export { isAcronym };
