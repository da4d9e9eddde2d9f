/**
 * Offices described ("le président russe", "le chef de la diplomatie", "le Premier ministre
 * israélien", "le porte-parole du Kremlin"): French news names a public figure once with a title,
 * then refers to them by their office, often in other words to avoid repeating itself ("le
 * président" → "le chef de l'État", "le Premier ministre" → "le chef du gouvernement"). The
 * office stands for the person the text gives it to, before or after; else for the person the
 * text was last about, for a public office, unless that person holds another office, is of
 * another nationality or gender, or was merely met as an object; else it stays as described (the
 * gold convention for an unnamed speaker).
 */
import { lastBefore, personLike, type Occurrence } from './antecedents.js';
import type { Gender } from './persons.js';
import { ROLE_NOUNS, type Phrase } from './speaker.js';
import { fold } from './text.js';

/**
 * Words for one office (folded): any of them names the holder. "dirigeant" and "leader" name
 * the head of a state, a government or a party alike, so they match any of those.
 */
const OFFICES: Array<[string, string[]]> = [
  [
    'head-of-state',
    [
      'president de la republique',
      'presidente de la republique',
      "chef de l'etat",
      "cheffe de l'etat",
      'president',
      'presidente',
    ],
  ],
  [
    'head-of-government',
    ['premier ministre', 'premiere ministre', 'chef du gouvernement', 'cheffe du gouvernement'],
  ],
  [
    'foreign-minister',
    ['ministre des affaires etrangeres', 'chef de la diplomatie', 'cheffe de la diplomatie'],
  ],
  ['leader', ['dirigeant', 'dirigeante', 'leader', 'numero un']],
];
/**
 * Words that cover several offices (folded, masculine): "le magistrat" after "le procureur X",
 * "le dirigeant" after "le président X", "l'élu" after "le maire X".
 */
const COVERS: Record<string, Set<string>> = {
  leader: new Set(['head-of-state', 'head-of-government']),
  magistrat: new Set(['procureur', 'juge', 'substitut']),
  elu: new Set(['maire', 'depute', 'senateur', 'conseiller', 'adjoint']),
  diplomate: new Set(['ambassadeur', 'foreign-minister', 'secretary-of-state']),
};

/** "présidente" → "president", "directrice" → "directeur": role nouns compared by their masculine. */
function masculine(word: string): string {
  const candidates = [
    word.replace(/rice$/u, 'eur'),
    word.replace(/ere$/u, 'er'),
    word.replace(/euse$/u, 'eur'),
    word.replace(/e$/u, ''),
  ];
  return candidates.find((w) => w !== word && ROLE_NOUNS.has(w)) ?? word;
}
/** Roles that relate someone to another: "l'avocat" after X's statement is X's lawyer, not X. */
const RELATIONS = new Set(
  `avocat porte-parole conseiller adjoint delegue representant collaborateur secretaire`.split(
    /\s+/,
  ),
);
/** Offices a journalist refers back to by the office alone, the person being known. */
const PUBLIC_OFFICES = new Set([
  'head-of-state',
  'head-of-government',
  'foreign-minister',
  'leader',
]);

/**
 * Nationality adjectives (folded, masculine singular): "le président russe" and "le président
 * américain" are two people. Other adjectives ("travailliste", "sortant") qualify without
 * telling people apart.
 */
const NATIONALITIES = new Set(
  `francais americain russe ukrainien chinois britannique anglais allemand italien espagnol
  portugais polonais belge suisse neerlandais autrichien grec turc israelien palestinien
  iranien irakien syrien libanais egyptien saoudien qatari marocain algerien tunisien libyen
  malien senegalais ivoirien nigerian sud-africain kenyan ethiopien congolais camerounais
  guineen haitien canadien quebecois mexicain bresilien argentin colombien venezuelien chilien
  peruvien cubain japonais coreen sud-coreen nord-coreen taiwanais indien pakistanais afghan
  indonesien vietnamien thailandais philippin australien finlandais suedois norvegien danois
  irlandais ecossais hongrois roumain bulgare serbe croate tcheque slovaque bielorusse
  georgien armenien azerbaidjanais kazakh ouzbek europeen africain`.split(/\s+/),
);

/** An office as parsed: its kind, and what tells two holders of that kind apart. */
export interface Office {
  office: string;
  nationality: string | null;
  complement: string | null;
  gender: Gender | null;
}

const DETERMINER = /^(?:le|la|l'|du|au)\s*/u;
/** A complement of the office ("de la Défense", "du Kremlin"), up to where the phrase ends. */
const COMPLEMENT = /^(?:de|du|des|d')(?:\s+|(?<=')|$)/u;
/** Epithets before an office ("nouvel", "ancien", "actuel", "futur"). */
const PRE_EPITHET =
  /^(?:nouveau|nouvel|nouvelle|ancien|ancienne|actuel|actuelle|futur|future|ex)$/u;
/** Endings of the adjectives that qualify an office ("travailliste", "sortant", "conservateur"). */
const ADJECTIVE = /^\p{L}{2,}(?:iste|ant|ent|aire|ien|ain|eur|ique|el|al|if|crate|ier|ite)e?s?$/u;
const ARTICLES = /^(?:de|du|des|d'|la|le|les|l')$/u;

/** "russes", "américaine", "israélienne" → the masculine singular, when a nationality. */
function nationalityOf(word: string): string | null {
  const forms = [word, word.replace(/s$/u, '')];
  for (const w of [...forms]) forms.push(w.replace(/nne$/u, 'n').replace(/e$/u, ''));
  return forms.find((w) => NATIONALITIES.has(w)) ?? null;
}

/** The office words a folded phrase opens with, longest first; else a role noun. */
function officeAt(words: string[]): { office: string; used: number } | null {
  let best: { office: string; used: number } | null = null;
  for (const [office, forms] of OFFICES) {
    for (const form of forms) {
      const n = form.split(' ').length;
      if (words.slice(0, n).join(' ') === form && (best === null || n > best.used)) {
        best = { office, used: n };
      }
    }
  }
  if (best !== null) return best;
  const head = words[0] ?? '';
  return ROLE_NOUNS.has(head) ? { office: masculine(head), used: 1 } : null;
}

/** Folded words of a phrase, an elided article kept with its apostrophe ("l'etat"). */
const wordsOf = (phrase: string): string[] =>
  fold(phrase)
    .replace(/'\s*/gu, "' ")
    .split(/\s+/u)
    .filter((w) => w !== '')
    .join(' ')
    .replace(/([dl]') /gu, '$1')
    .split(' ');

/**
 * Parses "le président russe", "Premier ministre polonais depuis 2023", "le ministre italien des
 * Affaires étrangères": the office, its nationality and complement. Words after them are
 * ignored when `loose` (an apposition runs on: "présidente depuis 2024"); else the whole phrase
 * must be the office. Null when the phrase names no office.
 */
export function parseOffice(phrase: string, loose = false): Office | null {
  const trimmed = fold(phrase.trim());
  const gender: Gender | null = /^la\s/u.test(trimmed)
    ? 'f'
    : /^(?:le|du|au)\s/u.test(trimmed)
      ? 'm'
      : null;
  // Nationalities may stand anywhere in the phrase ("le ministre italien des Affaires étrangères").
  let nationality: string | null = null;
  const words = wordsOf(trimmed.replace(DETERMINER, '')).filter((w) => {
    const n = nationalityOf(w);
    if (n !== null && nationality === null) nationality = n;
    return n === null;
  });
  // "le nouvel entraîneur", "l'ancien ministre": an epithet before the office.
  while (words.length > 1 && PRE_EPITHET.test(words[0] ?? '')) words.shift();
  const found = officeAt(words);
  if (found === null) return null;
  let rest = words.slice(found.used);
  // One other adjective ("travailliste", "sortant"), by its ending: a verb after the office
  // ("le président reçoit X") is no title.
  if (ADJECTIVE.test(rest[0] ?? '')) rest = rest.slice(1);
  let complement: string | null = null;
  if (rest.length > 0 && COMPLEMENT.test(rest[0] ?? '')) {
    complement = rest.filter((w) => !ARTICLES.test(w)).join(' ');
    rest = [];
  }
  if (rest.length > 0 && !loose) return null;
  // "le président du Sénat" is the head of that body, not of a state.
  const office =
    complement !== null && found.office === 'head-of-state'
      ? `president ${complement}`
      : found.office === 'secretaire' && complement === "d'etat" && rest.length === 0
        ? 'secretary-of-state'
        : found.office;
  const kept = office === found.office ? complement : null;
  return { office, nationality, complement: kept, gender: gender ?? genderOfWord(words[0]) };
}

/** "présidente", "dirigeante": a feminine role noun. */
const genderOfWord = (word: string | undefined): Gender | null =>
  word !== undefined && /(?:ente|ante|trice|euse|ere|iere|ee)$/u.test(word) ? 'f' : null;

/**
 * Offices named by a word that covers them (COVERS), or differently by country: the United States' "secrétaire d'État" is their "chef de la diplomatie" (in France a junior
 * minister, named with what they are "chargé de").
 */
function akin(a: Office, b: Office): boolean {
  if (COVERS[a.office]?.has(b.office) === true) return true;
  const american = (o: Office): boolean => o.nationality === null || o.nationality === 'americain';
  return (
    a.office === 'secretary-of-state' &&
    b.office === 'foreign-minister' &&
    american(a) &&
    american(b) &&
    (a.nationality ?? b.nationality) === 'americain'
  );
}

/** Whether two offices may be held by one person. */
export function sameOffice(a: Office, b: Office): boolean {
  const kinds = a.office === b.office || akin(a, b) || akin(b, a);
  const differ = (x: string | null, y: string | null): boolean =>
    x !== null && y !== null && x !== y;
  return (
    kinds &&
    !differ(a.nationality, b.nationality) &&
    !differentBodies(a.complement, b.complement) &&
    !differ(a.gender, b.gender)
  );
}

/**
 * Two complements of one office name the same body when the words of one are among the words
 * of the other ("de Paris" in "de la République de Paris", "de l'Intérieur" in "de l'Intérieur
 * et des Outre-mer").
 */
function differentBodies(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  const wa = a.split(' ');
  const wb = b.split(' ');
  const within = (x: string[], y: string[]): boolean => x.every((w) => y.includes(w));
  return !within(wa, wb) && !within(wb, wa);
}

/** How far (characters) before a name its title is read ("le ministre russe de la Défense, X"). */
const TITLE_BEFORE = 90;
/** How far after a name its title in apposition is read ("X, Premier ministre polonais, …"). */
const TITLE_AFTER = 90;

/** The office given to the name at `o`, right before it or in apposition after it; else null. */
export function titleOf(text: string, o: Occurrence): Office | null {
  const before = text.slice(Math.max(0, o.at - TITLE_BEFORE), o.at);
  const clause = /[^.!?;:«»()\n]*$/u.exec(before)?.[0] ?? '';
  // Each determiner of the clause may open the title; the first that parses up to the name wins.
  for (const m of clause.matchAll(/(?<!\p{L})(?:le|la|l['’]|du|au)\s*(?=\p{L})/giu)) {
    const phrase = clause.slice(m.index).replace(/,\s*$/u, '');
    if (/,/u.test(phrase)) continue;
    const office = parseOffice(phrase);
    if (office !== null) return office;
  }
  const after = /^\s*,\s*([^,.;:!?()«»\n]{2,})/u.exec(text.slice(o.end, o.end + TITLE_AFTER));
  return after?.[1] === undefined ? null : parseOffice(after[1], true);
}

/** Where the office's holder is looked for and what the look-up must leave aside. */
export interface OfficeQuery {
  text: string;
  occurrences: Occurrence[];
  /** Look back to here (the live-blog item, a bounded window). */
  from: number;
  /** Where the description stands. */
  at: number;
  /** Look ahead up to here (a title given later). */
  to: number;
  /** Known gender of a name. */
  genderOf: (name: string) => Gender | undefined;
  /** Occurrences never taken (quoted: a person spoken of). */
  skip: (o: Occurrence) => boolean;
  /** The speaker resolved last (null: none in this item). */
  previous: string | null;
}

/** How far back (characters) the person the text was last about is taken for an office. */
const SUBJECT_REACH = 1500;

/** Whether a name opens its clause, alone, after a connector, or after its own title. */
function opensClause(text: string, o: Occurrence): boolean {
  const before = text.slice(Math.max(0, o.at - TITLE_BEFORE), o.at);
  const clause = (/[^.!?;:,«»()\n–—]*$/u.exec(before)?.[0] ?? '').trim();
  if (clause === '' || /^(?:mais|et|or|puis|depuis|ainsi|alors)$/iu.test(clause)) return true;
  // "l'imprévisible X": a determiner and an epithet.
  return /^(?:le|la|l['’])\s*\p{Ll}[\p{L}-]*$/iu.test(clause) || titleOf(text, o) !== null;
}

/**
 * The person holding the office `raw` describes ("le président russe" → "Vladimir Poutine"), or
 * null when the text names no one it can be.
 */
export function officeHolder(q: OfficeQuery, raw: string): string | null {
  const wanted = parseOffice(raw);
  if (wanted === null || !DETERMINER.test(fold(raw.trim()))) return null;
  const fits = (o: Occurrence): boolean => {
    if (q.skip(o) || !personLike(q.text, o)) return false;
    const known = q.genderOf(o.entity.name);
    return wanted.gender === null || known === undefined || known === wanted.gender;
  };
  const titled = (o: Occurrence): boolean => {
    const title = titleOf(q.text, o);
    return title !== null && sameOffice(wanted, title);
  };
  const first = lastBefore(q.occurrences, (o) => o.at, q.at);
  for (let i = first; i >= 0; i--) {
    const o = q.occurrences[i];
    if (o === undefined || o.at < q.from) break;
    if (fits(o) && titled(o)) return o.entity.name;
  }
  for (let i = first + 1; i < q.occurrences.length; i++) {
    const o = q.occurrences[i];
    if (o === undefined || o.at >= q.to) break;
    if (o.at > q.at && fits(o) && titled(o)) return o.entity.name;
  }
  if (PUBLIC_OFFICES.has(wanted.office)) return lastSubject(q, first, wanted);
  // Another office ("le nouvel entraîneur") continues the person speaking, when that person is
  // the one the text was last about; a relation ("l'avocat", "le porte-parole") is someone else.
  if (q.previous === null || RELATIONS.has(wanted.office)) return null;
  const subject = lastSubject(q, first, wanted);
  return subject === q.previous ? subject : null;
}

/** How far back (characters) the titles given to the persons named are read. */
const TITLE_REACH = 3000;

/**
 * The person the text was last about, for a public office: the last name opening its clause
 * whose titles, wherever given nearby, are no other office ("Le président chinois, X … X a
 * dit. Le président américain …" is not X).
 */
function lastSubject(q: OfficeQuery, first: number, wanted: Office): string | null {
  const refused = new Set<string>();
  const candidates: Occurrence[] = [];
  const from = Math.max(q.from, q.at - TITLE_REACH);
  for (let i = first; i >= 0; i--) {
    const o = q.occurrences[i];
    if (o === undefined || o.at < from) break;
    if (q.skip(o) || !personLike(q.text, o)) continue;
    const title = titleOf(q.text, o);
    const known = q.genderOf(o.entity.name);
    if (title !== null && !sameOffice(wanted, title)) refused.add(o.entity.name);
    else if (wanted.gender !== null && known !== undefined && known !== wanted.gender) {
      refused.add(o.entity.name);
    } else if (o.at >= q.at - SUBJECT_REACH && opensClause(q.text, o)) candidates.push(o);
  }
  return candidates.find((o) => !refused.has(o.entity.name))?.entity.name ?? null;
}

/**
 * A person described by a role opening a clause ("…, la secrétaire générale de la CGT a exposé
 * …", "Le ministre de l'Intérieur a été interrogé"): what a later "il"/"elle" continues. The
 * description ends before its verb.
 */
const ROLE_SUBJECT =
  /(?:^\s*|[.!?;:,\n]\s*)((?:[Ll]e|[Ll]a|[Ll]['’])\s*\p{Ll}[^,.;:!?«»()\n]{1,80}?)(?=(?:\s*,\s*(?:lui|elle)\s*,)?\s+(?:a|ont|avait|avaient|est|était|sont|va|doit|se|s['’]|ne|n['’]|qui|vient|reste|raconte|explique|affirme|assure|insiste|confie|estime|dit|déclare|ajoute|souligne|précise|témoigne|décrit|évoque|parle)(?!\p{L}))/gu;
/**
 * Relatives and neighbours (folded): "le frère de la victime", "la mère du jeune homme" are
 * persons described, whom a pronoun continues as written.
 */
const RELATIVE_NOUNS = new Set(
  `frere soeur mere pere fils fille epoux epouse mari femme oncle tante cousin cousine voisin
  voisine ami amie compagnon compagne grand-mere grand-pere beau-frere belle-soeur`.split(/\s+/),
);
/** A relative described: its gender by its determiner (null: "l'oncle"); undefined if none. */
function relativeOf(phrase: string): Gender | null | undefined {
  const m = /^(le|la|l')\s*([\p{L}-]+)/u.exec(fold(phrase).replace(/œ/gu, 'oe'));
  if (m === null || !RELATIVE_NOUNS.has(m[2] ?? '')) return undefined;
  return m[1] === 'la' ? 'f' : m[1] === 'le' ? 'm' : null;
}

/** The last role subject in [from, to) of the gender given (null: any), as written; else null. */
export function roleSubjectBefore(
  text: string,
  from: number,
  to: number,
  gender: Gender | null,
): Phrase | null {
  return lastSubjectBefore(text, from, to, ROLE_SUBJECT, officeGenderOf, gender);
}

/**
 * The last match of `subject` (a global pattern whose group 1 is the phrase) in [from, to) whose
 * gender (`genderOf`: undefined when it is no subject, null when unknown) agrees with `gender`
 * (null: any); else null.
 */
export function lastSubjectBefore(
  text: string,
  from: number,
  to: number,
  subject: RegExp,
  genderOf: (phrase: string) => Gender | null | undefined,
  gender: Gender | null,
): Phrase | null {
  let found: Phrase | null = null;
  for (const m of text.slice(from, to).matchAll(subject)) {
    const phrase = m[1] ?? '';
    const given = genderOf(phrase);
    if (given === undefined || (gender !== null && given !== null && given !== gender)) continue;
    const start = from + m.index + m[0].length - phrase.length;
    found = { text: phrase, start, end: start + phrase.length };
  }
  return found;
}

/** The gender an office or a relative gives a phrase (null: not shown); undefined if neither. */
export function officeGenderOf(phrase: string): Gender | null | undefined {
  const relative = relativeOf(phrase);
  return relative === undefined ? parseOffice(phrase)?.gender : relative;
}
