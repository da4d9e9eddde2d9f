/**
 * The source named after "selon" / "d'après" ("selon les militaires", "d'après des images de
 * vidéosurveillance", "Selon lui"). Unlike the subject of a verb, which may be anything, the
 * noun phrase after "selon" is a source by the preposition's meaning: the closed list of speaker
 * nouns (speaker.ts) missed plain sources on unseen pages ("les témoignages récoltés sur place",
 * "d'anciens officiers"). "Selon" also means "depending on" ("selon les régions, les prix
 * varient"): those heads are listed and name no source.
 */
import { phraseAfter, type Phrase } from './speaker.js';
import { fold } from './text.js';

/** "selon lui", "d'après elles": the previous speaker, resolved by claimants.ts. */
const STRESSED = /^(?:lui|elle|eux|elles)(?=[\s,.;:!?…)]|$)/iu;

/**
 * A determiner and the noun it opens, up to the first comma, colon or bracket: "les témoignages
 * récoltés sur place", "d'anciens officiers de sécurité". Articles and numerals only: a
 * possessive ("selon leur âge", "selon ses moyens") mostly gives a criterion, and the speaker
 * nouns it may open ("selon ses proches") are found by `phraseAfter` already. "du" is the
 * article contracted after "aux yeux" and "de l'avis" ("aux yeux du bourgmestre").
 */
const DETERMINED =
  /^(?:les|le|la|l['’]|des|du|de|d['’]|une|un|plusieurs|certains|certaines|deux|trois|quatre|\d+)\s*([\p{L}-]+)[^,;:.!?«»"“”()–—\n]{0,80}/iu;

/**
 * Heads of "selon" = "depending on" (a criterion, not a source), folded: "selon les cas",
 * "selon la saison", "selon le modèle", "selon l'heure". Places only in the plural: "selon la
 * région" or "selon le département" is the council speaking, "selon les régions" a criterion.
 * Norms, customs and set phrases make "selon" = "in accordance with" (Trésor de la langue
 * française, "selon" B): "selon les termes du contrat", "selon la loi", "selon la tradition",
 * "selon l'adage": what follows is a rule or a saying, not what a speaker reports. A report
 * or a study speaks ("selon le rapport", "selon une étude"): not listed. So do plans, procedures
 * and rituals, the manner of an act ("selon un scénario bien rodé, les voleurs ont …"). The
 * last block: dimensions, measures and properties of a thing ("selon la durée du contrat",
 * "selon le poids du colis", "selon la gravité des blessures"), which vary and say nothing.
 */
const CRITERIA = new Set(
  `cas regions pays saison saisons age ages besoin besoins modele modeles taille tailles
  secteur secteurs periode periodes heure heures moment moments jour jours annee annees revenu
  revenus methode methodes critere criteres circonstance circonstances situation situations
  profil profils type types niveau niveaux formule formules option options categorie categories
  zone zones villes quartiers departements produit produits
  principe regle regles modalite modalites calendrier rythme schema ordre importance nature
  volonte gout gouts envie envies humeur degre degres sexe statut statuts nombre
  usage usages domaine domaines discipline disciplines epoque epoques individus espece especes
  vraisemblance probabilite toute tous
  termes loi lois reglement reglements constitution contrat contrats accord accords code codes
  statuts charte protocole protocoles bareme baremes tradition traditions coutume coutumes
  legende expression adage dicton proverbe
  scenario scenarios rituel rituels rite rites logique mode plan plans programme procedure
  procedures processus dispositif
  duree durees poids gravite etat etats distance distances lieu lieux endroit endroits contexte
  genre genres nationalite nationalites origine origines prix qualite conditions disponibilite
  disponibilites temperature temperatures vitesse frequence intensite dose doses quantite
  quantites volume volumes montant montants surface superficie position positions rang grade
  grades classe classes difficulte difficultes temps sens longueur hauteur couleur couleurs forme
  formes marque marques destination destinations trajet trajets parcours horaire horaires tranche
  tranches echelon echelons anciennete diplome diplomes emplacement emplacements semaine semaines
  mois etape etapes phase phases format formats taux`.split(/\s+/),
);

/**
 * A statement of variation after a phrase that is no known source ("Selon la formule choisie, le
 * prix va de 5 à 12 euros"): "selon" = "depending on" whatever its noun (TLF "selon" A.2), since
 * what varies with a criterion is what the sentence states. Read up to the sentence's end.
 */
const VARIATION =
  /(?<![\p{L}])(?:(?:vari(?:e|ent|ait|aient|era|eront|er)|oscill\p{L}*|diff(?:è|é)r\p{L}*|fluctu\p{L}*|s['’]échelonn\p{L}*)(?![\p{L}])|(?:va|vont|allant|passe|passent|passant)\s+de\s[^.;!?]{1,40}?\sà\s)/iu;
/** Characters after "selon" read for a statement of variation. */
const VARIATION_WINDOW = 240;

/**
 * Adjectives that stand before their noun ("selon le même mode opératoire", "selon le bon vieux
 * principe"): the criterion is the noun after them.
 */
const BEFORE_NOUN = new Set(
  `meme memes bon bonne bons bonnes vieux vieille vieilles seul seule seuls simple nouveau
  nouvelle nouveaux grand grande petit petite vrai vraie fameux fameuse eternel eternelle`.split(
    /\s+/,
  ),
);

/** The head noun of a determined phrase, past the adjectives before it ("le même mode" → mode). */
function headOf(phrase: string, first: string): string {
  const words = fold(phrase).split(/[\s'’]+/u);
  let at = words.indexOf(fold(first));
  while (at >= 0 && at < words.length - 1 && BEFORE_NOUN.has(words[at] ?? '')) at += 1;
  return words[at] ?? '';
}

/**
 * "selon l'article 12 du règlement": an article by its number is a provision of a norm, read as
 * "in accordance with"; "selon un article du Soir" is the press speaking.
 */
const NUMBERED_ARTICLE = /^(?:l['’]|les)\s*articles?\s+(?:\d|premier|[IVXL]+\b)/iu;

/** The source after "selon" / "d'après" at `pos`, or null for a criterion or no noun phrase. */
export function sourceAfter(text: string, pos: number): Phrase | null {
  const window = text.slice(pos, pos + 120);
  const pronoun = STRESSED.exec(window);
  if (pronoun !== null) return { text: pronoun[0], start: pos, end: pos + pronoun[0].length };
  if (NUMBERED_ARTICLE.test(window)) return null;
  const determined = DETERMINED.exec(window);
  if (determined !== null && CRITERIA.has(headOf(determined[0], determined[1] ?? ''))) return null;
  const found = phraseAfter(text, pos);
  if (found !== null || determined === null) return found;
  const sentence = /^[^.;!?]*/u.exec(text.slice(pos, pos + VARIATION_WINDOW))?.[0] ?? '';
  if (VARIATION.test(sentence)) return null;
  const body = determined[0].replace(/\s+$/u, '');
  return { text: body, start: pos, end: pos + body.length };
}

/**
 * What ends the subject of an inverted verb read by `definitePhraseAt`: punctuation, or a
 * preposition opening the channel or the occasion ("la compagnie de transport sur son site",
 * "la fédération dans un communiqué").
 */
const SUBJECT_STOP =
  /[,;:.!?«»"“”()–—\n]|\s(?:sur|dans|lors|auprès|devant|depuis|pendant|après|avant|à|au|aux|en|qui|dont|et|puis|mais|car|ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?=\s)/u;

/**
 * Nouns of events, changes and states, folded: "…, explique la hausse des prix" is a cause,
 * "…, confirme la tendance" a piece of evidence, "», conclut le match" the end of a game. A verb
 * of saying takes a speaker for subject (a person, a body, a document, a medium); an event or a
 * process (Gross's "noms prédicatifs d'événement") speaks for no one, so after one of these the
 * verb has its other sense and the phrase is no inverted subject.
 */
const EVENTS = new Set(
  `hausse hausses baisse baisses augmentation diminution recul chute progression croissance
  flambee envolee explosion effondrement repli erosion stagnation reprise ralentissement
  acceleration tendance tendances evolution evolutions dynamique montee poussee match matchs
  matches rencontre partie course competition saison accident incendie crise guerre conflit
  pandemie epidemie tempete inondation inondations secheresse situation conjoncture contexte
  climat classement resultat resultats score defaite victoire`.split(/\s+/),
);

/**
 * A definite noun phrase at `pos` ("la compagnie de transport", "l'agence régionale"): after an
 * inverted reporting verb that closes a clause ("…, a écrit la compagnie de transport sur son
 * site"), French syntax makes it the subject whatever its noun, so the speaker-noun list is not
 * asked. Definite only: "…, a écrit une lettre" is an object.
 */
export function definitePhraseAt(text: string, pos: number): Phrase | null {
  const window = text.slice(pos, pos + 120);
  const det = /^(?:les|le|la)\s+(?=\p{Ll})|^l['’]\s*(?=\p{L})/u.exec(window);
  if (det === null) return null;
  const stop = SUBJECT_STOP.exec(window);
  const body = (stop === null ? window : window.slice(0, stop.index)).replace(/\s+$/u, '');
  if (body.split(/\s+/u).length > 8) return null;
  if (EVENTS.has(fold(/^[\p{L}-]*/u.exec(body.slice(det[0].length))?.[0] ?? ''))) return null;
  return { text: body, start: pos, end: pos + body.length };
}
