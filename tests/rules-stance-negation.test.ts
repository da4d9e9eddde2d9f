import { describe, expect, it } from 'vitest';
import { stanceOfOnly as stanceOf } from './helpers/rules.js';

/**
 * Classes of stance errors seen on unseen real pages (issue 11), each as pairs: sentences that
 * must deny (or question) and close sentences that must not, so a rule that over-fires is
 * caught. All sentences written for these tests.
 */
type Row = [sentence: string, stance: string];

const NEGATION_UNDER_COMPLAINT: Row[] = [
  // A complaint, a criticism or an admission in the negative states a lack, not a denial.
  [
    '« Nous n’avons pas reçu la moindre réponse de la préfecture », déplore Léa Marchand.',
    'asserts',
  ],
  [
    '« Les inspecteurs ne viennent jamais contrôler les cuisines », dénonce Léa Marchand.',
    'asserts',
  ],
  ['« Les riverains ne sont pas informés des travaux », regrette Léa Marchand.', 'asserts'],
  ['Léa Marchand reconnaît que la commune n’a pas vérifié les comptes du club.', 'asserts'],
  // The same words under a verb of saying reject what was said.
  ['« Les élèves ne sont pas en danger dans cette école », assure Léa Marchand.', 'denies'],
  ['Léa Marchand affirme que la commune n’a jamais financé ce voyage.', 'denies'],
];

const NEGATION_THAT_REJECTS_NOTHING: Row[] = [
  // "pas le seul", "pas seulement", "pas le pire": the negation bears on a degree or on
  // exclusivity, and the statement asserts ("others too", "it could be worse").
  ['« Le préfet n’est pas le seul responsable de ce fiasco », juge Hugo Lambert.', 'asserts'],
  ['« Ce n’est pas le pire des scénarios pour la commune », estime Hugo Lambert.', 'asserts'],
  [
    '« Le vélo n’est pas seulement un loisir, c’est un moyen de transport », affirme Hugo Lambert.',
    'asserts',
  ],
  // A negated comparison gives a measure: "pas plus grandes qu'une pièce de monnaie".
  [
    'Selon les enquêteurs, les caméras ne sont « pas plus grandes qu’une pièce de monnaie ».',
    'reports',
  ],
  [
    '« Les caméras ne sont pas plus grandes qu’une pièce de monnaie », précise Hugo Lambert.',
    'asserts',
  ],
  // A negated second alternative ("X ou il n'est rien") defines, it rejects nothing.
  ['« Un syndicat est combatif ou il n’est rien », lance Hugo Lambert.', 'asserts'],
  // Not knowing yet is a present lack of knowledge; not having known is a defence.
  [
    '« Nous ne connaissons pas encore les causes de l’incendie », explique Hugo Lambert.',
    'asserts',
  ],
  ['« Je ne connaissais pas cet homme avant le procès », affirme Hugo Lambert.', 'denies'],
  ['« Le préfet n’est pas responsable de ce fiasco », assure Hugo Lambert.', 'denies'],
];

const NEGATION_FORMS: Row[] = [
  // Quotation marks inside the negated clause do not hide the negation.
  [
    'Le procureur de Nantes affirme qu’il n’est « pas possible d’établir un lien entre les deux incendies ».',
    'denies',
  ],
  // "aucunement", "en aucun cas" negate as "pas" does.
  [
    '« Nous ne sommes aucunement responsables de cette pollution », affirme Hugo Lambert.',
    'denies',
  ],
  // An infinitive in the negative after a verb of saying: "assure ne pas avoir été informée".
  ['La directrice assure ne pas avoir été informée de ces rejets dans la rivière.', 'denies'],
  ['La directrice reconnaît ne pas avoir vérifié les comptes de l’association.', 'asserts'],
  // Calling a claim false.
  ['« Il est faux de dire que l’usine va fermer », assure Hugo Lambert.', 'denies'],
  ['Hugo Lambert a plaidé non coupable devant le tribunal de Rennes.', 'denies'],
];

describe('rules engine: negations that deny and negations that do not', () => {
  it.each(NEGATION_UNDER_COMPLAINT)('negation under a complaint or a saying: %s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
  it.each(NEGATION_THAT_REJECTS_NOTHING)('negation that rejects nothing: %s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
  it.each(NEGATION_FORMS)('forms of negation and falsity: %s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
});
