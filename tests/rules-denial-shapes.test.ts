import { describe, expect, it } from 'vitest';
import { stanceOfOnly as stanceOf } from './helpers/rules.js';

/**
 * Issue 11, round 6 bis: denials in the shapes wire and regional press gives them (French,
 * Belgian, Swiss, Canadian, African styles; court, police, politics, sport, business, health).
 * Each group has near-misses that must not deny. All sentences written for these tests.
 */
type Row = [sentence: string, stance: string];

const OWN_NEGATIVE_STATEMENT_QUOTED: Row[] = [
  [
    '« Je n’ai jamais touché un centime de cette association », déclare le maire Paul Girard.',
    'denies',
  ],
  [
    '« Nous n’avons rien à voir avec cette affaire », explique la direction du club de Mons.',
    'denies',
  ],
  ['« Il n’y a eu aucune pression sur les témoins », affirme le procureur Marc Olivier.', 'denies'],
  ['« Ce n’est pas moi », se défend l’ancien trésorier Paul Girard.', 'denies'],
  ['« Je ne suis pas au courant de ce dossier », affirme le bourgmestre Paul Girard.', 'denies'],
  [
    '« Le club n’a reçu aucune offre pour son attaquant », assure le président Paul Girard.',
    'denies',
  ],
  ['« Rien ne prouve que mon client était sur place », plaide l’avocat Marc Olivier.', 'denies'],
  ['« Personne n’a été menacé dans cette entreprise », assure le directeur Paul Girard.', 'denies'],
  ['« Cela n’a rien à voir avec la politique », insiste le ministre Paul Girard.', 'denies'],
  ['« Je n’ai pas dit ça », rétorque le sélectionneur Paul Girard.', 'denies'],
  ['« Je n’ai jamais dit une chose pareille », explique le député Paul Girard.', 'denies'],
  ['« Ces chiffres ne correspondent à rien », balaie la ministre Anne Roux.', 'denies'],
  ['« Ces chiffres ne correspondent pas à la réalité », affirme la ministre Anne Roux.', 'denies'],
  ['« Je n’ai pas menti aux enquêteurs », affirme l’ancien maire Paul Girard.', 'denies'],
  ['« Je n’y suis pour rien », se défend le gardien Paul Girard.', 'denies'],
  ['« Je n’y suis pour rien », explique le gardien Paul Girard.', 'denies'],
  ['« Je ne me suis jamais dopé », répète le cycliste Paul Girard.', 'denies'],
  ['« Je n’ai pas triché », assure le cycliste suisse Paul Girard.', 'denies'],
  ['« Il n’y a pas eu de favoritisme dans l’attribution du marché », déclare Anne Roux.', 'denies'],
  ['« Il n’y a eu aucun dysfonctionnement au service des urgences », affirme Anne Roux.', 'denies'],
  [
    '« Aucun élément ne permet d’affirmer que l’eau est contaminée », explique Anne Roux.',
    'denies',
  ],
  ['« Rien n’indique que le vaccin soit en cause », déclare le docteur Marc Olivier.', 'denies'],
  ['« Je suis totalement étranger à cette affaire », déclare le ministre Paul Girard.', 'denies'],
  ['« Il n’y a pas un mot de vrai dans cet article », déclare le maire Paul Girard.', 'denies'],
  ['« Il n’y a rien de vrai dans ces allégations », déclare le maire Paul Girard.', 'denies'],
  [
    '« Je n’ai jamais frappé personne », affirme le prévenu Paul Girard devant le tribunal.',
    'denies',
  ],
  ['« Mon client n’a jamais détourné d’argent », plaide Me Marc Olivier.', 'denies'],
  ['« Je n’ai pas volé ce téléphone », affirme le prévenu Paul Girard.', 'denies'],
  ['« Je n’ai rien à cacher », lance le député Paul Girard.', 'denies'],
  [
    '« Nous n’avons jamais caché ces chiffres aux salariés », affirme le PDG Paul Girard.',
    'denies',
  ],
];

const REPORTED_DENIALS: Row[] = [
  ['Paul Girard affirme qu’il n’a pas touché à l’argent de la mairie.', 'denies'],
  ['Le ministre assure qu’il n’a jamais rencontré cet homme d’affaires.', 'denies'],
  ['L’ancien maire déclare qu’il n’a rien à se reprocher.', 'denies'],
  ['La sénatrice soutient qu’elle n’a commis aucune faute.', 'denies'],
  ['Le prévenu maintient qu’il n’a pas frappé la victime.', 'denies'],
  ['Le coureur répète qu’il ne s’est jamais dopé.', 'denies'],
  ['Le directeur explique qu’il n’a jamais reçu de pot-de-vin.', 'denies'],
  ['Paul Girard dit ne pas avoir été informé de ces versements.', 'denies'],
  ['Le maire assure ne rien savoir de ces contrats.', 'denies'],
  ['Le ministre se dit étranger à cette affaire de marchés publics.', 'denies'],
  ['Paul Girard affirme tout ignorer de ces virements.', 'denies'],
  ['Le président du club dément tout contact avec le joueur.', 'denies'],
  ['L’entourage du ministre dément toute intervention dans ce dossier.', 'denies'],
  ['La ministre rejette les accusations de l’opposition.', 'denies'],
  ['Le maire récuse toute idée de conflit d’intérêts.', 'denies'],
  ['« Ces accusations sont fantaisistes », lance le ministre Paul Girard.', 'denies'],
  ['Le député affirme que cette enquête relève de la « pure calomnie ».', 'denies'],
  ['« Le député parle de calomnies », précise son attaché de presse Marc Olivier.', 'denies'],
  ['« C’est un mensonge », répond le directeur Paul Girard.', 'denies'],
  ['« C’est de la pure invention », répond le directeur Paul Girard.', 'denies'],
  ['« Ces propos sont diffamatoires », affirme l’avocat Marc Olivier.', 'denies'],
  ['Selon son avocat, son client n’a jamais menacé la plaignante.', 'denies'],
  ['D’après la défense, le prévenu n’a pas frappé le policier.', 'denies'],
  ['La société affirme qu’elle n’a jamais vendu les données de ses clients.', 'denies'],
  ['Paul Girard affirme ne s’être jamais rendu au Luxembourg.', 'denies'],
  ['La direction de l’hôpital affirme qu’aucune erreur médicale n’a été commise.', 'denies'],
];

const CONTEXT_OF_A_CHARGE: Row[] = [
  ['Accusé de corruption, le maire Paul Girard affirme qu’il n’a pas signé ce contrat.', 'denies'],
  ['Soupçonnée de dopage, la nageuse explique qu’elle n’a pris aucun produit interdit.', 'denies'],
  [
    'Interrogé sur ces accusations, le ministre explique : « Je n’ai pas reçu cet homme. »',
    'denies',
  ],
  ['Mis en cause par l’enquête, le directeur explique qu’il n’a pas signé la commande.', 'denies'],
  ['Face aux critiques, la ministre explique que le budget n’a pas été réduit.', 'denies'],
  ['Visé par une plainte, l’entraîneur explique qu’il n’a jamais insulté ses joueurs.', 'denies'],
];

const IDENTITY_KNOWLEDGE_CAUSE_OWN_VERB: Row[] = [
  [
    '« Je ne connais pas cet homme », a déclaré l’accusé Paul Girard devant la cour d’assises.',
    'denies',
  ],
  ['« Je ne connais pas ce monsieur », répète le prévenu Paul Girard.', 'denies'],
  ['« Ce n’était pas moi au volant », a affirmé le prévenu Paul Girard.', 'denies'],
  ['« Ce n’est pas nous qui avons lancé cette rumeur », explique le club de Charleroi.', 'denies'],
  ['« Le vaccin ne provoque pas l’autisme », rappelle le docteur Marc Olivier.', 'denies'],
  ['« Les antennes ne causent pas de maux de tête », explique l’ingénieure Anne Roux.', 'denies'],
  ['« Mon client conteste fermement les faits », a indiqué Me Marc Olivier.', 'denies'],
  ['« Nous démentons toute négociation avec ce joueur », explique le club de Sion.', 'denies'],
  ['« J’ai toujours nié ces faits », explique le prévenu Paul Girard.', 'denies'],
  ['« Il n’y a pas de crise au sein du club », affirme l’entraîneur Paul Girard.', 'denies'],
  ['« Il n’y a aucun malaise dans le vestiaire », explique le capitaine Paul Girard.', 'denies'],
];

const COURT_AND_ANSWER_SHAPES: Row[] = [
  ['« Jamais je n’ai demandé d’argent à cette société », assure le député Paul Girard.', 'denies'],
  ['« Je ne suis coupable de rien », a déclaré le prévenu Paul Girard.', 'denies'],
  [
    '« Je n’ai pas commis ces actes », a déclaré le prévenu Paul Girard devant le tribunal de Liège.',
    'denies',
  ],
  ['« Je n’ai pas tué cet homme », a déclaré l’accusé Paul Girard.', 'denies'],
  ['« Je ne me reproche rien », explique l’entraîneur Paul Girard.', 'denies'],
  ['« Il n’a nullement été question de fermer l’usine », affirme le PDG Paul Girard.', 'denies'],
  ['« Mon client n’était pas à Namur ce soir-là », explique Me Marc Olivier.', 'denies'],
  ['« Le club n’est pas à vendre », nuance le président Paul Girard.', 'denies'],
  ['« Pas du tout », répond le ministre Paul Girard.', 'denies'],
  ['« Absolument pas », a répondu le ministre Paul Girard.', 'denies'],
  ['« Je suis innocent », a répété le prévenu Paul Girard à l’audience.', 'denies'],
];

const CHARGE_IN_THE_SENTENCE_BEFORE: Row[] = [
  [
    'Le directeur est accusé de harcèlement par trois employées. Il explique qu’il n’a pas convoqué ces femmes.',
    'denies',
  ],
  [
    'Le bourgmestre est poursuivi pour faux en écriture. « Je n’ai pas signé ce document », explique-t-il.',
    'denies',
  ],
];

const NEAR_MISSES: Row[] = [
  ['« Je ne connais pas encore les résultats du vote », explique Paul Girard.', 'asserts'],
  [
    '« Ce n’est pas mon rôle de commenter ce jugement », explique le ministre Paul Girard.',
    'asserts',
  ],
  ['« Le tribunal a rejeté notre recours », explique la maire Anne Roux.', 'asserts'],
  ['L’avocat du ministre a annoncé une plainte pour « dénonciation calomnieuse ».', 'asserts'],
  ['« Le match n’est pas terminé », assure l’entraîneur Paul Girard.', 'asserts'],
  ['« Jamais nous ne céderons à ce chantage », lance le ministre Paul Girard.', 'asserts'],
  ['« Les enfants sont innocents », explique la psychologue Anne Roux.', 'asserts'],
  ['« Pas du tout le même match qu’à l’aller », estime l’entraîneur Paul Girard.', 'asserts'],
  ['« Il n’a pas été question des salaires lors de la réunion », précise Anne Roux.', 'asserts'],
  ['« Nous subissons le rejet de nos voisins », explique la militante Anne Roux.', 'asserts'],
  ['« Je ne nie pas les difficultés du club », explique le président Paul Girard.', 'asserts'],
  ['« Je ne conteste pas la décision de l’arbitre », explique le joueur Paul Girard.', 'asserts'],
  ['« Les syndicats contestent cette réforme », explique la ministre Anne Roux.', 'asserts'],
  ['« Il n’y a pas de médecin dans la commune », affirme la maire Anne Roux.', 'asserts'],
  [
    'Le voisin est accusé de vol. Le maire Paul Girard explique que son frère n’était pas à Lyon.',
    'asserts',
  ],
  [
    'Les rumeurs de vente couraient depuis des mois. Il explique que son frère n’était pas candidat.',
    'asserts',
  ],
  ['« Je n’ai pas vu le coup venir », explique le boxeur Paul Girard.', 'asserts'],
  ['« Je n’ai pas compris la décision de l’arbitre », explique le joueur Paul Girard.', 'asserts'],
  ['« Rien ne justifie une telle hausse des loyers », estime Anne Roux.', 'asserts'],
  ['« Rien ne permet de protéger les riverains du bruit », déplore Anne Roux.', 'asserts'],
  ['« Il n’y a pas d’argent pour les écoles », explique la maire Anne Roux.', 'asserts'],
  ['« Les chiffres du chômage ne baissent pas », explique l’économiste Anne Roux.', 'asserts'],
  ['« Il n’a pas dit un mot de la soirée », raconte Anne Roux à propos de son voisin.', 'asserts'],
  ['« Personne ne m’a prévenu de la fermeture du service », témoigne Paul Girard.', 'asserts'],
  ['« Personne n’a été blessé dans l’incendie », explique le préfet Marc Olivier.', 'asserts'],
  ['Paul Girard explique qu’il n’a pas pris de vacances depuis deux ans.', 'asserts'],
  ['Anne Roux estime que le gouvernement n’a pas tenu ses promesses.', 'asserts'],
  ['La ministre explique qu’elle ne se représentera pas aux élections.', 'asserts'],
  ['« Nous n’avons pas encore reçu les analyses », affirme le directeur Paul Girard.', 'asserts'],
  ['Face à la crise, la ministre explique que le budget n’a pas augmenté.', 'asserts'],
  ['« Le ministre ment aux Français », accuse le député Paul Girard.', 'asserts'],
];

describe('rules engine: denials in their real shapes (issue 11)', () => {
  it.each(OWN_NEGATIVE_STATEMENT_QUOTED)('an own negative statement: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(REPORTED_DENIALS)('a reported denial: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(CONTEXT_OF_A_CHARGE)('a negation answering a charge: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(IDENTITY_KNOWLEDGE_CAUSE_OWN_VERB)('identity, knowledge, cause, own verb: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(COURT_AND_ANSWER_SHAPES)('a court or an answer shape: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(CHARGE_IN_THE_SENTENCE_BEFORE)('a charge in the sentence before: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(NEAR_MISSES)('a near-miss: %s', (s, st) => expect(stanceOf(s)).toBe(st));
});
