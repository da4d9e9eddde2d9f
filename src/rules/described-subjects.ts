/**
 * Persons and bodies described, never named, that "il" or "elle" continues (claimants.ts): the
 * subject opening a clause ("Le suspect, âgé de 34 ans, a été interpellé. Il affirme …", "La
 * police de Bruxelles a ouvert une enquête. Elle précise …"), and the person described before a
 * paragraph's run of the same pronoun ("agressé la femme de chambre … elle a laissé … Elle a
 * expliqué"). Offices and relatives as subjects are offices.ts's (`roleSubjectBefore`).
 */
import { lastSubjectBefore, officeGenderOf } from './offices.js';
import type { Gender } from './persons.js';
import { isPersonDescription, isSpeakerPhrase, type Phrase } from './speaker.js';
import { fold } from './text.js';

/**
 * Any described subject opening a clause, an apposition allowed before its verb ("Le suspect,
 * âgé de 34 ans, a été interpellé", "La police de Bruxelles a ouvert", "Le joueur a quitté"):
 * what "il"/"elle" continues when no person is named. Its gender is its determiner's.
 */
const DESCRIBED_SUBJECT =
  /(?:^\s*|[.!?;:\n]\s*)((?:[Ll]e|[Ll]a|[Ll]['’])\s*\p{Ll}[^,.;:!?«»()\n]{1,80}?)(?=(?:\s*,[^,.;:!?«»()\n]{1,60},)?\s+(?:a|avait|est|était|va|doit|se|s['’]|ne|n['’]|vient|reste)(?!\p{L}))/gu;

/**
 * Persons of a news story that no speaker list holds, being seldom the subject of a reporting
 * verb (folded): "la victime", "l'otage", "le blessé" may still say something a sentence later.
 */
const STORY_PERSONS = new Set(
  `victime otage blesse blessee rescape rescapee detenu detenue passager passagere
  septuagenaire octogenaire quadragenaire quinquagenaire sexagenaire trentenaire
  quarantenaire adolescent adolescente interesse interessee`.split(/\s+/),
);

/** The gender a described subject's determiner gives ("la police" f, "l'intéressé" null). */
function describedGender(phrase: string): Gender | null | undefined {
  // The head noun decides: "La publication de ce hadith sur Facebook" is no speaker.
  const det = /^(?:le|la|l['’])\s*/iu.exec(phrase)?.[0] ?? '';
  const head = phrase.slice(det.length).split(/\s+/u)[0] ?? '';
  if (!isSpeakerPhrase(`${det}${head}`) && !STORY_PERSONS.has(fold(head))) return undefined;
  return /^la\s/iu.test(phrase) ? 'f' : /^le\s/iu.test(phrase) ? 'm' : null;
}

/** The last person or body described opening a clause in [from, to), of the gender given; else null. */
export function describedSubjectBefore(
  text: string,
  from: number,
  to: number,
  gender: Gender | null,
): Phrase | null {
  const genderOf = (phrase: string): Gender | null | undefined => {
    const office = officeGenderOf(phrase);
    return office === undefined ? describedGender(phrase) : office;
  };
  return lastSubjectBefore(text, from, to, DESCRIBED_SUBJECT, genderOf, gender);
}

/**
 * Endings of nouns of persons (folded): "la randonneuse", "le conducteur", "la plaignante";
 * the things that end so are listed apart.
 */
const PERSON_ENDING = /(?:eur|euse|rice|iste|ant|ante|ien|ienne)$/u;
const NOT_PERSON_NOUNS = new Set(
  `secteur moteur interieur exterieur honneur malheur bonheur valeur chaleur couleur erreur peur
  coeur labeur moniteur ordinateur compteur vapeur rigueur longueur largeur hauteur profondeur
  argent restaurant instant carburant montant volant diamant lien bien moyen chien soutien
  entretien maintien quotidien matrice cicatrice piste liste`.split(/\s+/u),
);
/** Whether a head noun (folded) names a person: a story's person or a person's ending. */
function isPersonNoun(head: string): boolean {
  if (STORY_PERSONS.has(head)) return true;
  return head.length > 4 && PERSON_ENDING.test(head) && !NOT_PERSON_NOUNS.has(head);
}

/** A person described, in any place of its sentence ("agressé la femme de chambre"). */
const DESCRIBED_PERSON =
  /(?<!\p{L})([Ll]a|[Ll]e|[Ll]['’])\s*(\p{Ll}[\p{L}-]*)(?:\s+(?:de|d['’])\s*\p{Ll}[\p{L}-]*)?/gu;

/**
 * "DSK est accusé d'avoir agressé la femme de chambre … elle a laissé son chariot … Elle a
 * expliqué": the person described before the first `pronoun` of the window (a paragraph), whom
 * that run of pronouns continues; of the pronoun's gender. Null if none.
 */
export function chainAntecedent(
  text: string,
  range: { from: number; to: number },
  pronoun: string,
  gender: Gender | null,
): Phrase | null {
  const window = text.slice(range.from, range.to);
  const first = new RegExp(`(?<!\\p{L})${pronoun}(?!\\p{L})`, 'iu').exec(window);
  if (first === null) return null;
  let found: Phrase | null = null;
  for (const m of window.slice(0, first.index).matchAll(DESCRIBED_PERSON)) {
    const det = m[1] ?? '';
    const head = m[2] ?? '';
    const person = isPersonDescription(`${det} ${head}`) || isPersonNoun(fold(head));
    const given = /^la$/iu.test(det) ? 'f' : /^le$/iu.test(det) ? 'm' : null;
    if (!person || (gender !== null && given !== null && given !== gender)) continue;
    const start = range.from + m.index;
    found = { text: m[0], start, end: start + m[0].length };
  }
  return found;
}
