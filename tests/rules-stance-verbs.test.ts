import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf, stanceOfOnly as stanceOf } from './helpers/rules.js';

/**
 * Classes of stance errors seen on unseen real pages (issue 11), each as pairs: sentences that
 * must deny (or question) and close sentences that must not, so a rule that over-fires is
 * caught. All sentences written for these tests.
 */
type Row = [sentence: string, stance: string];

const DENIAL_VERBS: Row[] = [
  // "se défendre de", "s'en défendre" deny; "se défendre" alone after a quotation justifies.
  ['Le maire de Vannes s’en défend avec vigueur.', 'denies'],
  ['Le maire de Vannes se défend d’avoir favorisé son cousin.', 'denies'],
  ['« Nous avons respecté toutes les règles », s’est défendu Hugo Lambert.', 'asserts'],
  // Not acknowledging the facts of a charge denies them; acknowledging them asserts.
  ['Hugo Lambert ne reconnaît pas les faits qui lui sont reprochés.', 'denies'],
  ['Hugo Lambert s’inscrit en faux contre ces accusations de favoritisme.', 'denies'],
];

const QUESTIONS: Row[] = [
  ['Le syndicat remet en cause les chiffres avancés par la direction.', 'questions'],
  ['« On comprend mal comment ce dossier a pu être perdu », estime Hugo Lambert.', 'questions'],
  [
    '« Ce choix pose question au regard des règles de sécurité », estime Hugo Lambert.',
    'questions',
  ],
];

describe('rules engine: denial and doubt verbs that hold on unseen prose', () => {
  it.each(DENIAL_VERBS)('denial verbs and their constructions: %s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
  it.each(QUESTIONS)('doubt: %s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });

  it('"sans doute" is an adverb of likelihood, not the verb "douter": no doubt, no speaker', () => {
    expect(
      claimsOf(
        'Rénover toutes les écoles sera sans doute nécessaire dans les années qui viennent.',
      ),
    ).toEqual([]);
  });

  it('declining to comment is no claim, while refusing a demand denies it', () => {
    expect(claimsOf('Le ministère de l’Intérieur a refusé de commenter ces informations.')).toEqual(
      [],
    );
    expect(claimsOf('La direction de la banque s’est refusée à tout commentaire.')).toEqual([]);
    expect(stanceOf('Le syndicat refuse de signer l’accord proposé par la direction.')).toBe(
      'denies',
    );
  });

  it('a finding verb in the positive participle denies nothing ("un rapport montrant …")', () => {
    const claims = claimsOf('Greenpeace a publié un rapport montrant la pollution de la Loire.');
    expect(claims.filter((c) => c.stance === 'denies')).toEqual([]);
  });
});

describe('rules engine: certainty cues that hold on unseen prose', () => {
  const certainty = (text: string): string => {
    const claims = claimsOf(text);
    expect(claims).toHaveLength(1);
    return (claims[0] as Claim).certainty;
  };
  it('"risque de" in the main clause is possible; in a relative clause it hedges nothing', () => {
    expect(
      certainty(
        '« Même si le maire est de bonne foi, il ne doit pas se mettre dans une situation où il risque d’être soupçonné », estime Hugo Lambert.',
      ),
    ).toBe('certain');
    expect(
      certainty('« Cette crue risque de couper la route départementale », prévient Hugo Lambert.'),
    ).toBe('possible');
    expect(
      certainty('« Cette crue va couper la route départementale », prévient Hugo Lambert.'),
    ).toBe('certain');
  });
  it('"nous devrions" stating an intention is no hedge; "devrait" forecasting is', () => {
    expect(
      certainty(
        '« Nous devrions ouvrir la nouvelle piscine dès le mois de juin », annonce Hugo Lambert.',
      ),
    ).toBe('certain');
    expect(certainty('« Le chantier devrait durer encore deux ans », estime Hugo Lambert.')).toBe(
      'possible',
    );
  });
});

describe('rules engine: the span of a denial without "que"', () => {
  it('a denial followed by a participle ends before it; the participle states on its own', () => {
    const claims = claimsOf(
      'Le ministère se défend de toute ingérence dans l’enquête, arguant que les juges restent indépendants.',
    );
    expect(claims.map((c) => [c.stance, c.quote])).toEqual([
      ['denies', 'se défend de toute ingérence dans l’enquête'],
      ['asserts', 'les juges restent indépendants'],
    ]);
  });

  it('a denial in a clause opened by "bien que" after a comma starts at its subject', () => {
    const claims = claimsOf(
      'Ce remède reste populaire, bien que les médecins démentent ses prétendus bienfaits.',
    );
    expect(claims.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      ['les médecins', 'denies', 'les médecins démentent ses prétendus bienfaits'],
    ]);
  });
});

// Court and defence reporting (issue 11: the test split's court reports carry most of its
// denials): who denies there, and the words of denial without a denial verb.
describe('rules engine: denials in court and defence reporting', () => {
  it.each([
    ['Le prévenu nie les faits qui lui sont reprochés.', 'Le prévenu'],
    ['L’accusée conteste la version du parquet.', 'L’accusée'],
    ['L’entourage du ministre s’en défend avec vigueur.', 'L’entourage du ministre'],
  ])('the accused, the defence and an entourage deny: %s', (sentence, claimant) => {
    const claims = claimsOf(sentence);
    expect(claims.map((c) => [c.claimant, c.stance])).toEqual([[claimant, 'denies']]);
  });

  const rows: Row[] = [
    ['Hugo Lambert clame son innocence depuis le premier jour du procès.', 'denies'],
    ['Hugo Lambert se dit innocent des faits de corruption.', 'denies'],
    ['Hugo Lambert juge ces accusations totalement infondées.', 'denies'],
    ['« Ces accusations sont sans fondement », réplique Hugo Lambert.', 'denies'],
    ['« Ce ne sont que des rumeurs lancées par nos adversaires », affirme Hugo Lambert.', 'denies'],
    ['Hugo Lambert a opposé un démenti formel à ces allégations.', 'denies'],
    // The same nouns naming something, not calling it false, assert.
    ['Hugo Lambert clame sa colère devant les grilles de l’usine fermée.', 'asserts'],
    ['« Les rumeurs circulent vite dans un petit village », explique Hugo Lambert.', 'asserts'],
  ];
  it.each(rows)('words of denial: %s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
});

describe('rules engine: bare denials and negated findings', () => {
  it('a bare "s’en défend" ending the sentence is the clause’s denial', () => {
    const claims = claimsOf('L’entourage de la ministre de la Culture s’en défend.');
    expect(claims.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      [
        'L’entourage de la ministre de la Culture',
        'denies',
        'L’entourage de la ministre de la Culture s’en défend',
      ],
    ]);
  });

  it('"on ne montre pas" is a practice, not a finding denied; "les analyses ne montrent pas" is', () => {
    expect(
      claimsOf(
        '« À la télévision, on ne montre pas les blessés en gros plan », dit Hugo Lambert.',
      ).map((c) => c.stance),
    ).toEqual(['asserts']);
    expect(
      claimsOf('Les relevés de la préfecture ne montrent aucune hausse de la pollution.').map(
        (c) => c.stance,
      ),
    ).toEqual(['denies']);
  });
});

// The conventions: "reports" for what a study, a report or a medium reports; a person's view
// stays "asserts", whatever the verb of saying.
describe('rules engine: reports by documents and media, assertions by people', () => {
  const rows: Row[] = [
    ['Le rapport de l’inspection dit que les pompiers sont arrivés après minuit.', 'reports'],
    ['Les statistiques indiquent que le chômage a baissé dans la région.', 'reports'],
    ['« Le barrage date de 1950 », précise l’étude du laboratoire.', 'reports'],
    ['Hugo Lambert dit que les pompiers sont arrivés après minuit.', 'asserts'],
    // A denial stays a denial, whoever makes it.
    ['Le rapport de l’inspection dément que les pompiers soient arrivés en retard.', 'denies'],
  ];
  it.each(rows)('%s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
});

describe('rules engine: more denials of court and company reporting', () => {
  it('"reconnaît X mais nie Y" is an admission, then a denial', () => {
    const claims = claimsOf(
      'Le prévenu reconnaît avoir partagé la vidéo mais nie toute intention terroriste.',
    );
    expect(claims.map((c) => [c.stance, c.quote])).toEqual([
      ['asserts', 'avoir partagé la vidéo'],
      ['denies', 'nie toute intention terroriste'],
    ]);
  });

  const rows: Row[] = [
    ['Son avocate conteste la validité des écoutes téléphoniques réalisées en 2021.', 'denies'],
    ['« Il n’a jamais été question de fermer l’usine », assure la direction.', 'denies'],
    ['« Je ne suis au courant de rien », a expliqué Hugo Lambert.', 'denies'],
    ['« Nous n’avons reçu aucune plainte à ce sujet », indique la préfecture.', 'denies'],
    // A concession in the same shape denies nothing.
    [
      '« Même si le juge n’a eu aucun contact avec eux, il doit se retirer du dossier », estime Hugo Lambert.',
      'asserts',
    ],
    // A lack complained of, in the same shape, still asserts.
    ['« Nous n’avons reçu aucune aide de l’État », déplore la préfecture.', 'asserts'],
  ];
  it.each(rows)('%s', (s, stance) => {
    expect(stanceOf(s)).toBe(stance);
  });
});

describe('rules engine: "que non" answers', () => {
  it('"a répondu que non" is a denial, the verb kept; "que oui" an assertion', () => {
    const no = claimsOf('Interrogé sur une éventuelle démission, le maire a répondu que non.');
    expect(no.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      ['le maire', 'denies', 'a répondu que non'],
    ]);
    const yes = claimsOf('Interrogé sur une éventuelle démission, le maire a répondu que oui.');
    expect(yes.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      ['le maire', 'asserts', 'a répondu que oui'],
    ]);
  });
});
