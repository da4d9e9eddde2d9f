import { describe, expect, it } from 'vitest';
import { stanceOfOnly as stanceOf } from './helpers/rules.js';

/**
 * Issue 11, round 6: a negative sentence is a denial only when it rejects a proposition or an
 * accusation; negations that state a fact, a refusal, a complaint, an evaluation, a change or a
 * restriction assert. Each class has several shapes (tense, word order, pronoun or name, incise,
 * reported clause) and near-misses that must still deny. All sentences written for these tests.
 */
type Row = [sentence: string, stance: string];

const FACTS_STATED_NEGATIVELY: Row[] = [
  [
    '« Il n’y a pas de victimes parmi les passagers du car », indique le préfet Marc Olivier.',
    'asserts',
  ],
  [
    'Le préfet Marc Olivier précise qu’il n’y a pas eu de blessés dans l’incendie de l’entrepôt.',
    'asserts',
  ],
  [
    '« Le texte ne prévoit pas de sanction pour les communes », explique la juriste Anne Roux.',
    'asserts',
  ],
  ['Selon la juriste Anne Roux, la loi n’impose aucun délai aux propriétaires.', 'reports'],
  ['« La commune ne compte aucun médecin depuis deux ans », explique Anne Roux.', 'asserts'],
  // Near-misses: a danger, a risk or a link rejected denies.
  [
    '« Il n’y a aucun risque pour les baigneurs de la plage », assure le préfet Marc Olivier.',
    'denies',
  ],
  [
    'Le préfet Marc Olivier affirme que l’eau du réseau n’est pas dangereuse pour les nourrissons.',
    'denies',
  ],
];

const EVALUATIONS: Row[] = [
  [
    '« Ce n’est pas suffisant pour sauver les petites lignes de train », juge Anne Roux.',
    'asserts',
  ],
  ['Pour Anne Roux, cette hausse des salaires n’est pas à la hauteur de l’inflation.', 'asserts'],
  ['« La situation n’est pas acceptable pour les usagers », estime la maire Anne Roux.', 'asserts'],
  ['Anne Roux estime que ce budget n’est pas sérieux.', 'asserts'],
  // Near-misses: truth, guilt and responsibility are what an accusation says; denying them denies.
  ['« Ce n’est pas vrai, je n’ai jamais touché cet argent », répond Paul Girard.', 'denies'],
  [
    '« Mon client n’est pas coupable des faits qui lui sont reprochés », plaide l’avocate Anne Roux.',
    'denies',
  ],
];

const REFUSALS_AND_INTENTIONS: Row[] = [
  [
    '« Nous ne céderons pas aux menaces des casseurs », prévient le ministre Paul Girard.',
    'asserts',
  ],
  ['Paul Girard a annoncé qu’il ne se représentera pas aux élections municipales.', 'asserts'],
  ['« Je ne veux pas de cette réforme injuste », lance Paul Girard.', 'asserts'],
  ['Le ministre Paul Girard a promis de ne pas modifier le calendrier de la réforme.', 'asserts'],
  ['« Il n’est pas question de fermer la maternité », martèle la ministre Anne Roux.', 'asserts'],
];

const COMPLAINTS: Row[] = [
  ['« On ne nous écoute pas depuis des mois », déplore la syndicaliste Anne Roux.', 'asserts'],
  ['« Le rectorat ne nous a jamais consultés sur ces fermetures », explique Anne Roux.', 'asserts'],
  [
    '« Nous n’avons jamais été reçus par le ministre », explique la syndicaliste Anne Roux.',
    'asserts',
  ],
  ['Anne Roux explique que personne ne l’a prévenue de la fermeture du service.', 'asserts'],
  ['« Personne ne m’a prévenu de la fermeture du service », témoigne Paul Girard.', 'asserts'],
];

const CRITICISM_AND_REBUTTAL: Row[] = [
  // A third party's deed or practice in the negative, judged, is a criticism …
  ['« Le gouvernement n’a pas tenu ses promesses », estime Paul Girard.', 'asserts'],
  // … one's own practice said outright rejects its opposite (round 7: a missed denial is the
  // worse error) …
  ['« Nous ne vendons pas les données de nos clients », explique le PDG Paul Girard.', 'denies'],
  // … and so does an answer under a verb of rebuttal.
  ['« Le gouvernement n’a pas modifié le texte », répond le porte-parole Paul Girard.', 'denies'],
  ['« Nous ne vendons pas les données de nos clients », assure le PDG Paul Girard.', 'denies'],
  ['« Je n’ai jamais reçu d’argent de cette entreprise », assure Paul Girard.', 'denies'],
  // One's own past in the negative is a story unless categorical ("jamais", "aucun") or a reply.
  ['« Je n’avais pas pris d’assurance pour ce voyage », explique Paul Girard.', 'asserts'],
  ['« Nous n’avons pas pris de vacances depuis deux ans », explique Paul Girard.', 'asserts'],
  ['« Nous n’avons jamais vendu ces données », explique le PDG Paul Girard.', 'denies'],
  ['« Je n’ai pas touché cet argent », répond Paul Girard.', 'denies'],
  // "pas tant X que Y" corrects a degree, even in a reply.
  ['« Ce n’est pas tant le prix que le délai qui pose problème », répond Paul Girard.', 'asserts'],
  // A defender's or a reply's statement of where or how things were is an alibi.
  ['Selon son avocat, Paul Girard n’était plus à l’hôtel à l’heure des faits.', 'denies'],
  ['« Mon client n’était pas à Lyon ce soir-là », affirme l’avocate de Paul Girard.', 'denies'],
  ['« Le maire n’était pas à Lyon ce soir-là », répond son adjoint Paul Girard.', 'denies'],
  ['« Le maire n’était pas à Lyon ce soir-là », explique Paul Girard.', 'asserts'],
];

const CHANGE_TIME_RESTRICTION: Row[] = [
  ['« La ville n’a plus de cinéma depuis la fermeture du Rex », regrette Paul Girard.', 'asserts'],
  ['« Les trains ne s’arrêtent plus à la gare de Lamotte », explique Paul Girard.', 'asserts'],
  ['« Nous n’avons pas encore reçu les résultats des analyses », précise Paul Girard.', 'asserts'],
  ['« Le chantier n’a coûté que deux millions d’euros », affirme le maire Paul Girard.', 'asserts'],
  ['« Non seulement le pont est fermé, mais la route aussi », explique Paul Girard.', 'asserts'],
  ['« C’est sans doute la crise la plus grave depuis dix ans », estime Paul Girard.', 'asserts'],
];

const QUESTIONS_AND_CONDITIONALS: Row[] = [
  ['« Pourquoi le gouvernement n’a-t-il pas agi plus tôt ? », demande Paul Girard.', 'questions'],
  [
    '« N’est-ce pas le rôle de l’État de protéger les plus fragiles ? », demande Paul Girard.',
    'questions',
  ],
  ['« Si la région ne paie pas, la ligne fermera en mars », prévient Paul Girard.', 'asserts'],
];

const SUBORDINATES_AND_EXPLETIVE_NE: Row[] = [
  [
    'Paul Girard explique que les élèves qui ne portent pas de casque seront exclus du stage.',
    'asserts',
  ],
  ['« Il faut agir avant qu’il ne soit trop tard pour le lac », lance Paul Girard.', 'asserts'],
  [
    '« Nous resterons mobilisés à moins que le ministre ne recule », prévient Paul Girard.',
    'asserts',
  ],
  ['« La direction craint que les ventes ne baissent encore », explique Paul Girard.', 'asserts'],
  [
    '« Le chantier avance bien, même si la météo ne nous aide pas », assure Paul Girard.',
    'asserts',
  ],
];

const DENIALS_BY_NEGATION: Row[] = [
  // What the speaker, or the side they speak for, is said to have done, rejected.
  ['« Je n’ai jamais signé ce contrat avec la société Lumex », assure Paul Girard.', 'denies'],
  ['Paul Girard affirme n’avoir jamais rencontré le promoteur.', 'denies'],
  [
    '« Nous n’avons commis aucune faute dans ce dossier », répond la direction de l’hôpital.',
    'denies',
  ],
  ['Selon son avocat, Paul Girard n’a pas participé à la réunion du 3 mai.', 'denies'],
  [
    '« Mon client n’était pas au courant de ces virements », affirme l’avocate de Paul Girard.',
    'denies',
  ],
];

const DENIALS_THROUGH_AN_INFINITIVE: Row[] = [
  // A verb of saying with a denial's infinitive reports a denial, quoted or not.
  ['Dans un communiqué, la société dit « réfuter fermement » ces accusations.', 'denies'],
  ['Le porte-parole a déclaré rejeter « catégoriquement » ces accusations.', 'denies'],
  ['Le maire affirme contester les chiffres publiés par la préfecture.', 'denies'],
  ['Paul Girard déclare nier en bloc les faits reprochés.', 'denies'],
  // A refusal and any other infinitive are no denial.
  ['Paul Girard dit refuser de signer le contrat.', 'asserts'],
  ['Le club affirme réfléchir à un nouveau stade.', 'asserts'],
];

const CLAUSE_QUOTED_WITH_ITS_QUE: Row[] = [
  // A quotation opening on "que" is the reported clause itself; its negation is read in it.
  ['Le maire soutenait pourtant « qu’il n’y avait pas d’affaire ».', 'denies'],
  ['Le ministre a répondu « qu’il n’avait rien à se reprocher ».', 'denies'],
  ['Le maire affirmait « qu’il n’avait rien à reprocher » à son adjoint.', 'denies'],
  ['La directrice assure « que l’usine ne présente aucun danger ».', 'denies'],
  ['Le maire expliquait « qu’il n’y avait pas de médecin dans la commune ».', 'asserts'],
];

const ANSWERS_TO_A_CHARGE: Row[] = [
  // An accusation or a rumour named before the statement, in its sentence: the negation answers it.
  [
    'Concernant les rumeurs de démission, la ministre est catégorique : « Ce n’est pas d’actualité. »',
    'denies',
  ],
  [
    'Accusé de favoritisme, le maire Paul Girard explique que son frère n’était pas candidat.',
    'denies',
  ],
  [
    'Interrogée sur ces soupçons, la directrice explique : « Le contrat n’était pas truqué. »',
    'denies',
  ],
  // No charge named before: a state or an evaluation.
  ['Face à la crise, la ministre est catégorique : « Ce n’est pas suffisant. »', 'asserts'],
  [
    'Les rumeurs couraient depuis des mois. Le maire explique que son frère n’était pas candidat.',
    'asserts',
  ],
];

const FALSITY_WITH_A_DEGREE: Row[] = [
  ['« C’est archi faux », rétorque le maire Paul Girard.', 'denies'],
  ['« Tout cela est absolument faux », répond la directrice Anne Roux.', 'denies'],
  ['« Ces chiffres sont tout à fait faux », affirme Paul Girard.', 'denies'],
  ['« Ce reportage est truffé de contrevérités », regrette la société Lumex.', 'denies'],
  ['« Ces chiffres sont erronés », répond la préfecture de l’Aude.', 'denies'],
  ['« Le rapport contient de nombreuses erreurs de calcul », estime Paul Girard.', 'asserts'],
  // "faux" naming a thing, not calling a claim false.
  ['« Les faux billets circulent surtout sur les marchés », explique Paul Girard.', 'asserts'],
  ['« Un seul faux pas suffirait à tout perdre », estime Paul Girard.', 'asserts'],
];

const DENIALS_OF_A_PLURAL_SUBJECT: Row[] = [
  // A floating quantifier between auxiliary and participle: "ont toutes démenti".
  ['Face à ces accusations, les trois sociétés ont toutes publié un démenti.', 'denies'],
  ['Les trois clubs ont tous démenti ces rumeurs de transfert.', 'denies'],
  ['Les élus ont tous affirmé que la ligne fermera en mars.', 'asserts'],
];

describe('rules engine: which negations deny (issue 11, round 6)', () => {
  it.each(DENIALS_OF_A_PLURAL_SUBJECT)('a plural subject and its quantifier: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(FALSITY_WITH_A_DEGREE)('falsity with a degree: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(ANSWERS_TO_A_CHARGE)('an answer to a charge named before: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(CLAUSE_QUOTED_WITH_ITS_QUE)('a clause quoted with its "que": %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(DENIALS_THROUGH_AN_INFINITIVE)('a denial through an infinitive: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(FACTS_STATED_NEGATIVELY)('a fact stated negatively: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(EVALUATIONS)('an evaluation in the negative: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(REFUSALS_AND_INTENTIONS)('a refusal or an intention: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(COMPLAINTS)('a complaint: %s', (s, st) => expect(stanceOf(s)).toBe(st));
  it.each(CRITICISM_AND_REBUTTAL)('a criticism or a rebuttal: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(CHANGE_TIME_RESTRICTION)('a change, a time or a restriction: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(QUESTIONS_AND_CONDITIONALS)('a question or a condition: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(SUBORDINATES_AND_EXPLETIVE_NE)('a subordinate or an expletive ne: %s', (s, st) =>
    expect(stanceOf(s)).toBe(st),
  );
  it.each(DENIALS_BY_NEGATION)('a denial by negation: %s', (s, st) => expect(stanceOf(s)).toBe(st));
});
