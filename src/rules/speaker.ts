/**
 * Speaker phrases: the subject before a reporting verb ("De son côté, Huawei explique"), the
 * noun phrase after an inverted verb ("explique Bloomberg dans un communiqué") and what counts as
 * a plausible speaker at all. Offsets are into `article.text`.
 */
import { fold } from './text.js';
import { ADVERBIALS_BEFORE_SUBJECT } from './verb-complements.js';

/** A speaker as written, with its offsets. */
export interface Phrase {
  text: string;
  start: number;
  end: number;
}

/** Subject pronouns resolved to the previous speaker ("Il ajoute", "ajoute-t-elle", "they say"). */
export const PRONOUNS = new Set(['il', 'elle', 'ils', 'elles', 'he', 'she', 'they']);

/**
 * Bare descriptions of an organisation resolved to the organisation last named ("la société",
 * "le magazine américain", "le géant du commerce en ligne", "l'enquête" for the outlet that ran
 * it): the noun and up to four lower-case words after it.
 * Case-sensitive on purpose: under the `i` flag `\p{Ll}` also matches capitals, and "le groupe
 * PSA" names its organisation.
 */
export const GENERIC_ORG =
  /^(?:[Ll]a|[Ll]e|[Ll]['’]|[Cc]e|[Cc]et|[Cc]ette)\s*(?:société|groupe|entreprise|firme|compagnie|fabricant|constructeur|éditeur|géant|marque|start-up|startup|magazine|hebdomadaire|quotidien|journal|site|média|enquête|article|agence|organisation|institut|office|association|ONG|autorité|commission|université|institution)(?:\s+(?:(?:du|de|des|en|à|au|aux)\s+|d['’])?\p{Ll}[\p{Ll}-]*){0,4}$/u;

/**
 * Someone speaking for the body named before, through a possessive ("son porte-parole", "ses
 * auteurs"); "ses opposants" are not the body's and stay as written.
 */
export const POSSESSIVE_SPEAKER =
  /^(?:son|sa|ses|leurs?)\s+(?:porte-parole|auteurs?|dirigeants?|responsables?|avocat(?:e|s|es)?|directeur|directrice|président|présidente|représentants?|services|équipes|ingénieurs|communiqué|patron|patronne|fondateur|fondatrice)$/iu;

/**
 * A single person described, not named ("la jeune femme", "le géologue", "la professionnelle"):
 * the person named last is meant.
 */
export function isPersonDescription(text: string): boolean {
  const m = /^(?:[Ll]e|[Ll]a|[Ll]['’])\s*(?:(?:jeune|vieille|vieil)\s+)?(\p{Ll}[\p{L}-]*)$/u.exec(
    text.trim(),
  );
  const head = fold(m?.[1] ?? '');
  if (NOT_PERSONS.has(head)) return false;
  return head !== '' && (PERSON_HEADS.has(head) || (head.length > 3 && HUMAN_SUFFIX.test(head)));
}
/** Nouns with a person's ending that name a thing or a medium ("le quotidien" is a newspaper). */
const NOT_PERSONS = new Set(['quotidien', 'restaurant', 'carburant']);
const PERSON_HEADS = new Set(
  `femme homme fille garcon dame monsieur professionnelle professionnel specialiste medecin
  professeur professeure chercheur chercheuse auteur auteure directeur directrice enseignant
  enseignante etudiant etudiante militante militant elu elue edile`.split(/\s+/),
);

/**
 * Head nouns that make a lower-case phrase a plausible speaker ("une source anonyme"); works
 * and figures speak too ("le livre dénonçait", "les statistiques indiquent").
 */
const SPEAKER_NOUNS = new Set(
  `source sources rapport rapports enquete etude journaliste journalistes confreres chercheur
  chercheurs chercheuse expert experts autorites responsable responsables porte-parole societe
  groupe entreprise geant firme fabricant constructeur editeur marque gouvernement ministre
  ministere president presidente directeur directrice senateur depute agence agent avocat
  avocats communique note document medias presse specialiste specialistes analyste analystes
  auteurs enqueteurs temoin temoins employe employes ingenieur ingenieurs officiel officiels
  administration departement services service police justice procureur juge fondateur patron
  dirigeant dirigeants chef cheffe magistrat magistrate representant representants ambassade ambassadeur diplomate diplomates
  sondage etude secretaire secretaires commissaire maire pdg magazine hebdomadaire quotidien
  journal site media observateurs conseiller conseillere senatrice deputee deputes
  syndicat syndicats prefet prefete club parti association collectif federation union conseil
  commission tribunal cour parquet office institut universite mairie municipalite ville region
  etat armee elu elue elus elues femme femmes homme hommes jeune jeunes mere pere proche proches
  ami amie amis frere freres sœur sœurs soeur fils fille filles epoux epouse mari oncle tante cousin
  cousine ong lettre texte communique declaration tribune petition bilan avis
  prevenu prevenue prevenus accuse accusee accuses suspect suspecte suspects inculpe inculpee
  defense entourage science laboratoire industriel avocate avocates direction
  medecin medecins professeur professeure professeurs eleve eleves etudiante etudiants
  fonctionnaire fonctionnaires actionnaire actionnaires signataire signataires parlementaire
  parlementaires partenaire partenaires mandataire hopital hopitaux clinique ecole lycee college
  banque musee prefecture rectorat academie defense accusation voisin voisine voisins riverain
  riveraine riverains citoyen citoyenne citoyens livre ouvrage essai roman statistiques chiffres
  donnees analyse analyses resultats essais cohorte cohortes recherches travaux
  expertise audit releve releves prelevements inventaire synthese recensement barometre
  projections estimations simulations modelisation decompte comptage`.split(/\s+/),
);

/**
 * A speaker noun (folded), or its plural when it heads the phrase ("les entreprises"): a plural
 * complement ("l'accumulation d'études") names what is spoken of, not who speaks.
 */
function isSpeakerNoun(word: string, before: string): boolean {
  const w = word.replace(/^[dl]'/, '');
  if (SPEAKER_NOUNS.has(w)) return true;
  const complement = /^d'/.test(word) || /^(?:de|du|des)$/.test(before);
  return !complement && /[sx]$/u.test(w) && SPEAKER_NOUNS.has(w.slice(0, -1));
}

/**
 * Agent-noun endings (folded): a determiner followed by a noun ending so names a person or a body
 * that can speak, whatever the noun ("le trésorier", "la toxicologue", "les manifestants", "le
 * naturopathe"), so the speaker list need not be closed. Only ever tested on the subject of a
 * reporting verb, where "le secteur" or "le résultat" speaking is rare enough. Not -aire:
 * "l'affaire a révélé" is no speaker, so those nouns are listed above.
 */
const AGENT_SUFFIX =
  /(?:eur|euse|rice|iste|logue|ien|ienne|ier|iere|ant|ante|at|sophe|pathe|iatre|nome|graphe|ete)s?$/u;

/** Connectors stripped from the start of a subject ("Mais", "Ainsi", "D'ailleurs"). */
const LEADING_CONNECTORS =
  /^(?:(?:mais|et|or|donc|ainsi|alors|aussi|enfin|toutefois|pourtant|cependant|d['’]ailleurs|de son côté|de leur côté|pour sa part|pour leur part|quant à (?:lui|elle)|en effet|tant|même|bien que|puis)\b[\s,]*)+/iu;

/** Segments that cannot be a subject: adverbials and appositions ("secrétaire à la Défense"). */
const NOT_SUBJECT_START =
  /^(?:(?:à|au|aux|en|dans|sur|sous|par|pour|avec|sans|depuis|lors|selon|d['’]après|après|avant|face|dès|vers|comme|si|quand|lorsque|puisque|qui|que|dont|où|ce qui|ce que|y compris)(?![\p{L}\p{N}])|qu['’])/iu;
/**
 * Pronouns that name no one the reader could look up: "on" is anyone, "nous", "je" and "vous"
 * outside quotation marks are the author's own voice (a communiqué's "Nous exigeons").
 */
const NOBODY = new Set(['on', 'nous', 'je', 'vous', 'tu']);
const DETERMINER =
  /^(?:le|la|les|l['’]|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos|plusieurs|certains|certaines|tous|toutes|trois|deux|quatre|\d+)\b/iu;

/** Whether a phrase can plausibly speak: a pronoun, a name, or a speaker noun. */
export function isSpeakerPhrase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0 || words.length > 12) return false;
  if (words.length === 1 && PRONOUNS.has(fold(words[0] ?? ''))) return true;
  if (NOBODY.has(fold(words[0] ?? '')) || NOT_SUBJECT_START.test(text)) return false;
  // "L'OFAG" is a name, "L'absence" is not: after an elided article the next letter decides.
  const named = words.some(
    (w, i) =>
      /^(?:[dlDL]['’]\p{Lu}|\p{Lu}(?!['’]))/u.test(w) &&
      (i > 0 || !DETERMINER.test(`${w} `.replace(/^[dlDL]['’]/u, ''))),
  );
  if (named || words.some((w, i) => isSpeakerNoun(fold(w), fold(words[i - 1] ?? '')))) return true;
  // The head noun: the word right after the determiner ("l'avocate" is one word).
  const head =
    DETERMINER.test(text) || /^[lL]['’]/u.test(text)
      ? fold(text).replace(DETERMINER_FOLDED, '').split(/\s+/)[0]
      : '';
  return head !== undefined && head.length > 3 && AGENT_SUFFIX.test(head);
}
/**
 * Stricter endings for someone holding a view: not -ier/-ière ("la première"), not -at ("le
 * climat"), not -eur ("les voyageurs", "les consommateurs": whom a fact concerns, not who says it).
 */
const HUMAN_SUFFIX = /(?:iste|logue|ien|ienne|ant|ante|sophe|pathe|iatre|nome|graphe)s?$/u;
/** People whose view "pour X," reports; -eur nouns that hold views are listed here. */
const VIEW_HOLDERS = new Set(
  `auteur auteurs chercheur chercheurs chercheuse chercheuses expert experts experte expertes
  scientifique scientifiques critique critiques detracteur detracteurs defenseur defenseurs
  partisan partisans observateur observateurs enqueteur enqueteurs rapporteur rapporteurs
  professeur professeure professeurs medecin medecins juge juges avocat avocats syndicat
  syndicats association associations ong directeur directrice president presidente ministre`.split(
    /\s+/,
  ),
);

/**
 * A person or a body described by a determiner and a speaker noun ("la géologue", "les opposants
 * au projet", "ses détracteurs"): stricter than `isSpeakerPhrase`, for cues like "pour X," that
 * mostly introduce other things ("pour la première fois", "pour le climat").
 */
export function isDescribedSpeaker(text: string): boolean {
  if (!DETERMINER.test(text)) return false;
  const head = fold(text).replace(DETERMINER_FOLDED, '').split(/\s+/)[0] ?? '';
  return VIEW_HOLDERS.has(head) || (head.length > 3 && HUMAN_SUFFIX.test(head));
}

const DETERMINER_FOLDED =
  /^(?:les|le|la|l'|une|un|des|du|ce|cet|cette|ces|son|sa|ses|leur|leurs|notre|nos)\s*/u;

/**
 * Object and negative clitics between a subject and its verb ("Les enseignants nous assurent",
 * "Les médias nous le disent", "X ne l'a pas dit"): never the end of a noun phrase.
 */
const TRAILING_CLITICS =
  /(?:\s+(?:ne|nous|vous|le|la|les|lui|leur|me|te|se|y|en)|\s+[nlmts]['’])+$/iu;

/** Trims a phrase to its content and offsets; null when nothing is left. */
function phraseOf(start: number, raw: string): Phrase | null {
  const lead = raw.length - raw.replace(/^[\s«»“”"]+/u, '').length;
  let body = raw.slice(lead);
  const connector = LEADING_CONNECTORS.exec(body);
  const cut = connector ? connector[0].length : 0;
  body = body.slice(cut).replace(/[\s,;:«»“”"]+$/u, '');
  body = body.replace(TRAILING_CLITICS, '') || body;
  if (body.length === 0) return null;
  const at = start + lead + cut;
  return { text: body, start: at, end: at + body.length };
}

/**
 * The subject of a verb starting at `verbStart`, looked for between `from` and the verb: the
 * right-most comma segment that is not an adverbial or an apposition.
 */
/** A clause that is only a quotation and a comma: "« … », ", "“…”, ". */
const QUOTATION_THEN_COMMA = /^\s*[«“"][^«»“”"]{1,200}[»”"]\s*,\s*$/u;

export function subjectBefore(text: string, at: number, verbStart: number): Phrase | null {
  const from = clauseStart(text, at, verbStart);
  const clause = text.slice(from, verbStart);
  // "… un communiqué dans lequel il dit": a subject pronoun right before the verb is its subject.
  const pronoun = /(?:^|[\s,])(il|elle|ils|elles)\s+$/iu.exec(clause);
  if (pronoun !== null) {
    const start = from + pronoun.index + pronoun[0].indexOf(pronoun[1] ?? '');
    return { text: pronoun[1] ?? '', start, end: start + (pronoun[1]?.length ?? 0) };
  }
  const pieces = [...clause.matchAll(/[^,]+/g)];
  // "« Les Misérables », a rappelé le metteur en scène, …": a quotation alone and a comma before
  // the verb is the shape of an incise, whose subject follows the verb; the quoted words (a
  // title here) are no subject.
  if (QUOTATION_THEN_COMMA.test(clause)) return null;
  for (let i = pieces.length - 1; i >= 0; i--) {
    const piece = pieces[i];
    if (piece === undefined || piece[0].trim().length === 0) continue;
    const found = afterTemporal(phraseOf(from + piece.index, piece[0]), i);
    if (found === null) continue;
    // "À la préfecture, on assure …", "Chez PSA, on …": a generic "on" speaks for the place or
    // body fronted before it; with nothing such before it, it is anyone.
    if (found.text.length === 2 && fold(found.text) === 'on') {
      return i > 0 ? placeOfOn(from, pieces[i - 1]) : null;
    }
    // "…, qui affirme": a relative's subject is the noun before the comma (attribution.ts,
    // relatives.ts), never a phrase further back ("elles sont ciblées par Israël, qui affirme").
    if (RELATIVE_PRONOUN.test(found.text)) return null;
    // "…, comme l'explique X": the verb is inverted, its speaker after it (constructions.ts).
    if (i === pieces.length - 1 && AS_SAID.test(piece[0])) return null;
    // "La Compagnie, elle, affirme", "Le maire, lui, estime": the pronoun only stresses the
    // subject before it.
    if (i > 0 && STRESSED_SUBJECT.test(found.text)) {
      return subjectBefore(text, from, from + piece.index) ?? found;
    }
    // "Pékin se présente comme …, estime que": the segment is a clause coordinated with the
    // verb; its subject, before its own verb, is the verb's subject too.
    const phrase = subjectOfClause(found) ?? found;
    // "…, mais cela se révèle …": a demonstrative pronoun is the verb's subject, and no speaker.
    if (DEMONSTRATIVE_PRONOUN.test(phrase.text)) return null;
    const apposition =
      (/^\p{Ll}/u.test(phrase.text) && !DETERMINER.test(phrase.text)) || isTitle(phrase.text);
    const isPronoun = phrase.text.length <= 5 && PRONOUNS.has(fold(phrase.text));
    if (apposition && !isPronoun && i > 0) continue;
    const object = objectRelativeSubject(phrase);
    if (object !== null) return isSpeakerPhrase(object.text) ? object : null;
    const relative = relativeAntecedent(phrase);
    if (relative !== null) return isSpeakerPhrase(relative.text) ? relative : null;
    if (!isSpeakerPhrase(phrase.text) || OPEN_END.test(phrase.text)) return null;
    return withListHead(text, from, pieces.slice(0, i), phrase);
  }
  return null;
}

const STRESSED_SUBJECT = /^(?:lui|elle|elles|eux)$/iu;

/** A fronted place or body before a generic "on": "À la préfecture", "Au ministère", "Chez PSA". */
const PLACE_BEFORE_ON = /^(\s*(?:à|au|aux|chez)\s+)(.+)$/isu;

/** The place or body a generic "on" speaks for, when the comma piece before it names one. */
function placeOfOn(from: number, piece: RegExpMatchArray | undefined): Phrase | null {
  const place = piece === undefined ? null : PLACE_BEFORE_ON.exec(piece[0]);
  if (piece === undefined || place === null) return null;
  const phrase = phraseOf(from + (piece.index ?? 0) + (place[1]?.length ?? 0), place[2] ?? '');
  return phrase !== null && isSpeakerPhrase(phrase.text) ? phrase : null;
}
const AS_SAID =
  /^\s*(?:comme|ainsi\s+que|tel\s+que)\s*(?:l['’]|le|la|les|nous\s+l['’]|me\s+l['’])?\s*$/iu;
const DEMONSTRATIVE_PRONOUN = /^(?:cela|ceci|ça|celui-ci|celle-ci|ceux-ci|celles-ci)$/iu;
const RELATIVE_PRONOUN = /^(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)$/iu;
/**
 * "… inquiètent les opposants au texte qui craignent": the verb is a relative's, its subject
 * the noun phrase before "qui", from its determiner; a determiner after "de" or "à" opens a
 * complement of that phrase ("le directeur de la société qui"), not the phrase.
 */
function relativeAntecedent(phrase: Phrase): Phrase | null {
  if (!/\squi$/iu.test(phrase.text)) return null;
  const body = phrase.text.slice(0, -4);
  let at = -1;
  for (const m of body.matchAll(
    /(?<=^|\s)(?:les|le|la|l['’]|des|ces|ce|cet|cette|un|une)(?=\s|\p{L})/giu,
  )) {
    const before = body.slice(0, m.index).trimEnd();
    if (!/(?:^|\s)(?:de|d['’]|du|des|à|au|aux)$/iu.test(before)) at = m.index;
  }
  if (at < 0) return null;
  const text = body.slice(at).trimEnd();
  return { text, start: phrase.start + at, end: phrase.start + at + text.length };
}
/**
 * "Des chiffres que le quotidien estime …": in an object relative, the subject of the verb is
 * the phrase after "que"; not after "ainsi que" (a coordination), a comparison ("plus que") or
 * "ce que", whose antecedent is the clause before, a statement these rules do not cut out.
 */
const OBJECT_RELATIVE =
  /(?<!(?:^|\s)(?:ainsi|autant|plus|moins|tant|même|davantage|alors|tandis|bien|pour|avant|afin|ce))\s(?:que\s+|qu['’])(?=\S)/giu;
function objectRelativeSubject(phrase: Phrase): Phrase | null {
  let cut = -1;
  for (const m of phrase.text.matchAll(OBJECT_RELATIVE)) cut = m.index + m[0].length;
  if (cut < 0) return null;
  return { text: phrase.text.slice(cut), start: phrase.start + cut, end: phrase.end };
}
/** How far before its verb a clause's subject is looked for, in characters. */
const SUBJECT_REACH = 600;

/** A noun phrase never ends on a preposition or a conjunction ("X sera sans" before "doute"). */
const OPEN_END =
  /\s(?:sans|de|du|des|à|au|aux|pour|par|avec|en|dans|sur|sous|et|ou|que|qui|dont)$|\s[dlq]u?['’]$/iu;

/**
 * Where the clause of a verb starts, at or after `from`: after the last colon, semicolon or end
 * of sentence before the verb ("Le constat est simple : les médecins affirment"; a sentence end
 * inside a quotation the splitter kept whole), and after a subordinating "que" ("pour que X
 * révèle", "avant que X ne déclare"), whose clause the verb is in. Not after "depuis que",
 * "après que": what X revealed before is the narrator's background, no statement of the page.
 */
const CLAUSE_BREAK = /(?<!(?:^|\s)(?:M|MM|Mme|Dr|Pr|Me|Mgr|St))[.!?…](?=\s+[«"“]?\s*\p{Lu})|[:;]/gu;
const SUBORDINATE_QUE = /(?<!\p{L})(?:pour|avant|bien|afin|jusqu['’]à ce)\s+(?:que\s+|qu['’])/giu;
/**
 * Conjunctions of time, contrast and cause inside a sentence ("Les prix montent alors que le
 * gouvernement affirme …"): the verb after them is in their clause, its subject right after
 * them. Only after a word: opening the sentence, the clause is background (see TEMPORAL).
 */
const MID_SUBORDINATE =
  /(?<=\p{L}\s+)(?:(?:alors|tandis|parce)\s+(?:que\s+|qu['’])|puisqu(?:e\s+|['’])|lorsqu(?:e\s+|['’])|quand\s+)/giu;
function clauseStart(text: string, from: number, verbStart: number): number {
  // A subject stands within SUBJECT_REACH characters of its verb: reading further back for every
  // verb of an endless sentence was quadratic, and changes no subject of real prose.
  const reach = Math.max(from, verbStart - SUBJECT_REACH);
  const clause = text.slice(reach, verbStart);
  let start = reach;
  for (const m of clause.matchAll(CLAUSE_BREAK)) start = reach + m.index + m[0].length;
  const base = start;
  for (const re of [SUBORDINATE_QUE, MID_SUBORDINATE]) {
    for (const m of text.slice(base, verbStart).matchAll(re)) {
      start = Math.max(start, base + m.index + m[0].length);
    }
  }
  return start;
}

/**
 * Nouns of a role a person holds (folded): "le ministre", "la juge", "X, procureur de …". A
 * description by one of them stands for the person given that role (claimants.ts); written with
 * a capital between commas ("X, Directrice de l'école, affirme") it is an apposition, not X.
 */
export const ROLE_NOUNS = new Set(
  `ministre secretaire porte-parole president presidente vice-president vice-presidente maire
  depute deputee senateur senatrice conseiller conseillere procureur procureure juge magistrat
  magistrate avocat avocate directeur directrice chef responsable fondateur fondatrice patron
  patronne professeur professeure chercheur chercheuse commissaire prefet prefete ambassadeur
  ambassadrice dirigeant dirigeante delegue deleguee adjoint adjointe coordinateur coordinatrice
  elu elue doctorant doctorante journaliste redacteur redactrice gerant gerante
  entraineur entraineuse capitaine general generale colonel commandant`.split(/\s+/),
);

/** "Directrice de l'école", "Président du club": a capitalised role before its complement. */
function isTitle(text: string): boolean {
  const m = /^(\p{Lu}[\p{Ll}-]+)\s+(?:de|du|des|d['’]|\p{Ll})/u.exec(text);
  return m !== null && ROLE_NOUNS.has(fold(m[1] ?? ''));
}

/**
 * "…, quand le Qatar dénonçait …", "…, tandis que Berlin affirme …": after a comma, the verb of
 * a temporal or contrastive clause has its subject right after the conjunction. Opening the
 * sentence ("Alors que X a confirmé …, Y proteste"), the clause is not the sentence's statement.
 */
const TEMPORAL =
  /^(?:quand|lorsque|lorsqu['’]|tandis\s+que|tandis\s+qu['’]|alors\s+que|alors\s+qu['’])\s*/iu;
function afterTemporal(found: Phrase | null, piece: number): Phrase | null {
  const t = found === null || piece === 0 ? null : TEMPORAL.exec(found.text);
  if (found === null || t === null) return found;
  return { text: found.text.slice(t[0].length), start: found.start + t[0].length, end: found.end };
}

/**
 * Where a finite verb shows in a phrase: a reflexive or negative clitic before a word ("se
 * présente", "n'a fait", "ne cesse") or an auxiliary ("a publié", "est devenu", "ont dit").
 */
const FINITE_VERB =
  /\s(?:(?:se|ne)\s+\p{L}|[sn]['’]\s*\p{L}|(?:a|ont|est|sont|avait|avaient|était|étaient)\s+\p{L})/u;

/** The subject of a phrase that is a whole clause ("Supermicro n'a fait …" → Supermicro). */
function subjectOfClause(phrase: Phrase): Phrase | null {
  // A bracketed aside holds no verb of the clause ("un ouvrage (il ne s'agit pas …) demande").
  const masked = phrase.text.replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length));
  const verb = FINITE_VERB.exec(masked);
  if (verb === null) return null;
  // "Les pays qui se sont émancipés … refusent": the verb found is the relative's; the noun
  // phrase before the relative pronoun is the subject.
  const subject = phrase.text
    .slice(0, verb.index)
    .replace(/\s+(?:qui|que|qu['’]|dont)$/iu, '')
    .trimEnd();
  if (subject.length === 0) return null;
  return { text: subject, start: phrase.start, end: phrase.start + subject.length };
}

/** Bare names before a list subject: "Apple, Amazon et Supermicro démentent". */
const LIST_ITEM = /^\s*\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s*$/u;

function withListHead(
  text: string,
  from: number,
  before: RegExpMatchArray[],
  phrase: Phrase,
): Phrase {
  if (!/\set\s/u.test(phrase.text)) return phrase;
  let start = phrase.start;
  for (let k = before.length - 1; k >= 0; k--) {
    const piece = before[k];
    if (piece === undefined || !LIST_ITEM.test(piece[0])) break;
    start = from + (piece.index ?? 0) + (piece[0].length - piece[0].trimStart().length);
  }
  return { text: text.slice(start, phrase.end), start, end: phrase.end };
}

/**
 * Where a noun phrase after an inverted verb stops: punctuation, a complement of the verb, or a
 * relative clause about the speaker ("estime Berne qui se rallie à …"), a day ending the
 * sentence ("ont indiqué les pompiers samedi."), a line break (a heading ends with no full stop:
 * "…, affirme Séoul" above the next paragraph).
 */
const PHRASE_STOP =
  /[,.;:!?«»"“”()–—\n]|\s(?:qui|dont|dans|lors|auprès|devant|sur|en|au cours|avant|après|face|depuis|pendant|ce|cette|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche|interrogée?s?|contacté(?:e|s|es)?|cité(?:e|s|es)?|à l['’]|à la|au|aux|à)(?=[\s.,;:!?)]|$)/u;

/**
 * When a statement was made, between an inverted verb and its speaker ("a indiqué samedi soir la
 * préfecture", "a déclaré jeudi le ministre", "a précisé hier X").
 */
export const WHEN = String.raw`(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|avant-hier)(?:\s+(?:matin|midi|après-midi|soir|dernier))?|ce\s+(?:matin|midi|soir|week-end)|aujourd['’]hui|cette\s+semaine)`;

/** The noun phrase starting at `pos` (after an inverted verb), up to its first complement. */
export function phraseAfter(text: string, pos: number): Phrase | null {
  const window = text.slice(pos, pos + 160);
  // "a précisé jeudi le président", "a indiqué à la presse la préfecture": the subject past the
  // adverbials ends the clause; "a demandé au ministère la liste … à" is an object.
  const adverbials = ADVERBIALS_BEFORE_SUBJECT.exec(window)?.[0].length;
  const past = adverbials === undefined ? null : nounPhraseAt(text, pos + adverbials);
  if (past !== null && /^\s*(?:[.,;!?…)]|$)/u.test(text.slice(past.end, past.end + 2))) return past;
  const skip = ADVERBIAL_AFTER_VERB.exec(window)?.[0].length ?? 0;
  return nounPhraseAt(text, pos + skip);
}

/**
 * Adverbials between an inverted verb and its subject ("dit en substance le texte", "ajoute
 * encore le maire", "précise pour sa part X"): not part of the speaker, and not where it stops.
 */
const ADVERBIAL_AFTER_VERB = new RegExp(
  String.raw`^\s*(?:(?:en substance|en effet|encore|aussi|également|alors|ensuite|enfin|volontiers|pour sa part|pour leur part|de son côté|de leur côté|quant à lui|quant à elle|d['’]ailleurs|à son tour|à leur tour|${WHEN})\s*,?\s+)+(?=\S)`,
  'iu',
);

/** The dot of a title ("M. Peskov", "Dr. Roy") ends no phrase: hidden from PHRASE_STOP. */
const TITLE_DOT = /(?<!\p{L})(M|MM|Dr|Pr|Me|Mgr)\.(?=\s)/gu;

function nounPhraseAt(text: string, pos: number): Phrase | null {
  const window = text.slice(pos, pos + 120);
  const stop = PHRASE_STOP.exec(` ${window.replace(TITLE_DOT, '$1\u2024').slice(1)}`);
  const raw = stop ? window.slice(0, stop.index) : window;
  const phrase = phraseOf(pos, raw);
  if (phrase === null || /^(?:que|qu['’]|si)\b/iu.test(phrase.text)) return null;
  return isSpeakerPhrase(phrase.text) ? phrase : null;
}
