import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const quotesOf = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area F, spans): the gold convention keeps the
// reported clause whole, its own subject and verb included, and ends it where the speaker's
// next act begins.
describe('rules engine: a « … » fragment inside a "que" clause gives the whole clause', () => {
  it('the clause verb before the quotation is no reporting verb: the clause starts after "que"', () => {
    expect(
      quotesOf(
        'Le chef du gouvernement, qui recevra jeudi son homologue, affirme qu’il souhaite « donner un nouvel élan » à la relation entre les deux pays.',
      ),
    ).toEqual(['il souhaite « donner un nouvel élan » à la relation entre les deux pays']);
    expect(
      quotesOf(
        'La présidente a indiqué qu’elle souhaitait « tourner la page » avec les syndicats.',
      ),
    ).toEqual(['elle souhaitait « tourner la page » avec les syndicats']);
    expect(
      quotesOf('Les deux dirigeants ont confirmé qu’ils espèrent « avancer vite » sur ce dossier.'),
    ).toEqual(['ils espèrent « avancer vite » sur ce dossier']);
  });

  it('a negated clause verb keeps its negation', () => {
    expect(
      quotesOf('Le maire assure qu’il ne souhaite pas « passer en force » sur le projet du port.'),
    ).toEqual(['il ne souhaite pas « passer en force » sur le projet du port']);
  });

  it('near-miss: a quotation right after the reporting verb itself still opens the statement', () => {
    expect(
      quotesOf('Le site affirme « examiner plus de serveurs » que n’importe quel concurrent.'),
    ).toEqual(['« examiner plus de serveurs » que n’importe quel concurrent']);
  });
});

describe('rules engine: a speech participle after a statement starts another act', () => {
  it('cuts ", évoquant …" / ", soulignant …" with a noun object off the statement', () => {
    expect(
      quotesOf(
        'Le chef du gouvernement affirme qu’il souhaite « donner un nouvel élan » à la relation entre les deux pays, évoquant en particulier la défense.',
      ),
    ).toEqual(['il souhaite « donner un nouvel élan » à la relation entre les deux pays']);
    expect(
      quotesOf(
        'La maire a annoncé qu’elle renonçait à toute candidature aux prochaines élections, soulignant son attachement à la ville.',
      ),
    ).toEqual(['elle renonçait à toute candidature aux prochaines élections']);
  });

  it('a request by participle after the statement is a statement of its own, verb kept', () => {
    const quotes = quotesOf(
      'Le préfet a expliqué que la crue atteindrait la ville dans la nuit, demandant aux riverains de quitter leurs caves.',
    );
    expect(quotes).toContain('la crue atteindrait la ville dans la nuit');
    expect(quotes).toContain('demandant aux riverains de quitter leurs caves');
  });

  it('near-miss: a participle that is no speech verb belongs to the statement', () => {
    expect(
      quotesOf(
        'Le syndicat affirme que les salaires ont nettement progressé cette année, atteignant un niveau record.',
      ),
    ).toEqual(['les salaires ont nettement progressé cette année, atteignant un niveau record']);
  });
});

describe('rules engine: a sentence of quoted fragments closed by its source is one statement', () => {
  it('"A « … » B, « … », selon X" gives the sentence up to the source', () => {
    expect(
      quotesOf(
        'Les ventes de vélos ont « nettement reculé » au premier semestre, avec une baisse de 12 % en un an, « du jamais vu depuis dix ans », selon la fédération du secteur.',
      ),
    ).toEqual([
      'Les ventes de vélos ont « nettement reculé » au premier semestre, avec une baisse de 12 % en un an, « du jamais vu depuis dix ans »',
    ]);
  });

  it('the same closed by an inverted reporting verb', () => {
    expect(
      quotesOf(
        'Le trafic a « brutalement chuté » sur la ligne, avec un train sur trois supprimé, « une situation intenable », écrit le quotidien régional.',
      ),
    ).toEqual([
      'Le trafic a « brutalement chuté » sur la ligne, avec un train sur trois supprimé, « une situation intenable »',
    ]);
  });

  it('near-misses: an adverbial phrase, or another speaker’s quotation, before the comma', () => {
    expect(
      quotesOf(
        'Interrogé par la radio publique, « nous ne céderons pas sur ce point », a déclaré le ministre.',
      ),
    ).toEqual(['nous ne céderons pas sur ce point']);
    const quotes = quotesOf(
      'Le maire parle d’un « projet vital » pour la commune, affirme son adjoint, « une chance à saisir », selon la presse locale.',
    );
    expect(quotes).not.toContain(
      'Le maire parle d’un « projet vital » pour la commune, affirme son adjoint, « une chance à saisir »',
    );
  });
});

describe('rules engine: a quotation opened in one paragraph and closed in the next is one statement', () => {
  it('the speaker after the closing mark, in the second paragraph', () => {
    const claims = claimsOf(
      [
        '« Nous avons tout essayé pour sauver l’usine.',
        'Mais les actionnaires ont refusé toutes nos propositions », a expliqué le maire.',
      ].join('\n\n'),
    );
    expect(claims.map((c) => [c.claimant, c.quote])).toEqual([
      [
        'le maire',
        'Nous avons tout essayé pour sauver l’usine.\n\nMais les actionnaires ont refusé toutes nos propositions',
      ],
    ]);
  });

  it('the second paragraph reopening the quotation, as French typography may', () => {
    const claims = claimsOf(
      [
        'La directrice de l’hôpital a déclaré : « Les urgences ne fermeront pas cet été.',
        '« Nous avons recruté douze infirmiers et deux médecins pour tenir jusqu’en septembre. »',
      ].join('\n\n'),
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.quote).toMatch(
      /^Les urgences ne fermeront pas cet été\.[\s«]+Nous avons recruté/u,
    );
    expect(claims[0]?.claimant).toBe('La directrice de l’hôpital');
  });

  it('near-miss: an unclosed mark with no closing one in the next paragraph joins nothing', () => {
    const claims = claimsOf(
      [
        'Le maire a parlé d’un « malentendu.',
        'Les travaux reprendront lundi, a indiqué la préfecture.',
      ].join('\n\n'),
    );
    expect(claims.map((c) => c.quote)).toEqual(['Les travaux reprendront lundi']);
  });
});

describe('rules engine: a statement ends with its sentence after a common noun that abbreviates', () => {
  it('"vol" (a flight) ends a sentence before a capital; "vol." before a number does not', () => {
    expect(
      quotesOf(
        'Le ministre a alors répondu qu’il arrivait à l’aéroport pour son vol. La police a pris le relais dans la soirée.',
      ),
    ).toEqual(['il arrivait à l’aéroport pour son vol']);
    expect(
      quotesOf(
        'Le professeur affirme que la citation figure dans le vol. 3 de ses œuvres complètes.',
      ),
    ).toEqual(['la citation figure dans le vol. 3 de ses œuvres complètes']);
  });
});

describe('rules engine: framing before a colon is no part of the statement', () => {
  it('a colon with no space before it, as Belgian and English typography write it', () => {
    expect(
      quotesOf(
        'Après avoir visionné les images, la police a constaté ce que le suspect avait lui-même confirmé au négociateur: il avait filmé ses attaques.',
      ),
    ).toEqual(['il avait filmé ses attaques']);
    expect(
      quotesOf('Le maire a avancé son explication : la digue a cédé sous la pression de l’eau.'),
    ).toEqual(['la digue a cédé sous la pression de l’eau']);
  });

  it('near-miss: an hour is no colon', () => {
    expect(
      quotesOf('Le préfet a annoncé la réouverture de la route à 16:30 pour tous les véhicules.'),
    ).toEqual(['la réouverture de la route à 16:30 pour tous les véhicules']);
  });
});

describe('rules engine: two speakers’ statements joined by a conjunction are two statements', () => {
  it('"X a affirmé que A et Y a confirmé B": A is X’s, B is Y’s', () => {
    const claims = claimsOf(
      'Le maire a affirmé que le pont serait rouvert lundi et la préfecture a confirmé la date aux habitants.',
    );
    expect(claims.map((c) => [c.claimant, c.quote])).toContainEqual([
      'Le maire',
      'le pont serait rouvert lundi',
    ]);
    expect(claims.some((c) => c.quote.includes('pont') && c.quote.includes('préfecture'))).toBe(
      false,
    );
  });

  it('after "Selon X," with ", mais Y affirme que …" and ", tandis que Y dénoncent …"', () => {
    const claims = claimsOf(
      'Selon la police, le suspect a pris la fuite, mais son avocat affirme qu’il s’est rendu de lui-même.',
    );
    expect(claims.map((c) => [c.claimant, c.quote])).toEqual([
      ['la police', 'le suspect a pris la fuite'],
      ['son avocat', 'il s’est rendu de lui-même'],
    ]);
    const other = claimsOf(
      'Le directeur assure que l’usine restera ouverte, tandis que les syndicats dénoncent un plan de départs déguisé.',
    );
    expect(other.map((c) => [c.claimant, c.quote])).toContainEqual([
      'Le directeur',
      'l’usine restera ouverte',
    ]);
    expect(other.map((c) => c.claimant)).toContain('les syndicats');
  });

  it('near-misses: "et que" continues the clause; two subjects of one verb are one speaker', () => {
    expect(
      quotesOf(
        'Le maire a affirmé que le pont serait rouvert lundi et que la préfecture en confirmerait la date.',
      ),
    ).toEqual(['le pont serait rouvert lundi et que la préfecture en confirmerait la date']);
    const claims = claimsOf(
      'Selon le journal, le maire de la ville et la préfète ont annoncé la fermeture du marché.',
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.claimant).toBe('le journal');
    const nouns = claimsOf(
      'Selon la radio, le président du département et le gouvernement ont annoncé un plan d’aide.',
    );
    expect(nouns).toHaveLength(1);
  });
});

describe('rules engine: quotations coordinated by "et" in one clause are one statement', () => {
  it('"soutenait « A » et « B » à sa compagne": from the first mark to the clause end', () => {
    expect(
      quotesOf(
        'Le comédien soutenait pourtant « qu’il n’y avait pas d’affaire » et « qu’il n’avait rien à reprocher » à sa compagne.',
      ),
    ).toEqual([
      '« qu’il n’y avait pas d’affaire » et « qu’il n’avait rien à reprocher » à sa compagne',
    ]);
  });

  it('"qu’elle est « A » et qu’elle « B »": the clause from after the first "que"', () => {
    expect(
      quotesOf(
        'L’avocat de la plaignante insiste sur le fait qu’elle est « très fatiguée » et qu’elle « a besoin de repos ».',
      ),
    ).toEqual(['elle est « très fatiguée » et qu’elle « a besoin de repos »']);
    expect(
      quotesOf(
        'La directrice a répété que le site était « parfaitement sûr » et que les riverains « n’avaient rien à craindre ».',
      ),
    ).toEqual([
      'le site était « parfaitement sûr » et que les riverains « n’avaient rien à craindre »',
    ]);
  });

  it('near-miss: a quotation after "et" with its own speaker stays its own statement', () => {
    const quotes = quotesOf(
      'Le maire parle d’une « décision courageuse pour la ville » et son opposant, lui, dénonce « une faute politique majeure ».',
    );
    expect(quotes).toContain('une faute politique majeure');
  });
});

describe('rules engine: a quotation right after "que" whose clause runs on gives the clause', () => {
  it('"assure que « A » n’a été …": the clause to its end, the trailing source dropped', () => {
    expect(
      quotesOf(
        'L’entreprise assure que « aucune donnée personnelle » n’a été dérobée lors de la cyberattaque, selon un communiqué.',
      ),
    ).toEqual(['« aucune donnée personnelle » n’a été dérobée lors de la cyberattaque']);
    expect(
      quotesOf('La maire a rappelé que « la sécurité des enfants » passait avant tout le reste.'),
    ).toEqual(['« la sécurité des enfants » passait avant tout le reste']);
  });

  it('near-miss: a whole quotation after "que", then a comma and the speaker, stays as quoted', () => {
    expect(
      quotesOf(
        'Le pourvoi est rejeté au motif que « les faits ne sont pas établis par le dossier », a expliqué le juge.',
      ),
    ).toEqual(['les faits ne sont pas établis par le dossier']);
  });
});

describe('rules engine: the writer’s remark "sans préciser …" closes no statement', () => {
  it('cuts ", sans préciser …", ", sans donner de détails", after a clause or a quotation', () => {
    expect(
      quotesOf(
        'Le porte-parole a averti que Moscou « répondrait » à toute nouvelle frappe, sans préciser de quelle manière.',
      ),
    ).toEqual(['Moscou « répondrait » à toute nouvelle frappe']);
    expect(
      quotesOf(
        'La ministre a annoncé que le budget serait revu à la baisse, sans donner davantage de détails.',
      ),
    ).toEqual(['le budget serait revu à la baisse']);
  });

  it('near-miss: "sans" inside the speaker’s own quoted words stays', () => {
    expect(
      quotesOf('« Nous partirons sans dire au revoir à personne », a déclaré le maire du village.'),
    ).toEqual(['Nous partirons sans dire au revoir à personne']);
  });
});

describe('rules engine: a source named inside brackets vouches for the brackets only', () => {
  it('"(A, selon X)" / "(A, d’après X)" gives A, not the sentence around it', () => {
    const [claim] = claimsOf(
      'Du fait des embauches qui l’ont accompagnée (350 000 au total en quatre ans, selon l’Insee), la réduction du temps de travail a accentué la tendance.',
    );
    expect([claim?.claimant, claim?.quote]).toEqual(['l’Insee', '350 000 au total en quatre ans']);
    expect(
      quotesOf(
        'Les ventes de voitures (en hausse de 4 % sur un an, d’après le constructeur) ont soutenu le secteur au printemps.',
      ),
    ).toEqual(['en hausse de 4 % sur un an']);
  });

  it('near-miss: brackets around the source’s own apposition leave the statement whole', () => {
    expect(
      quotesOf(
        'Selon l’Insee (l’institut national de la statistique), le chômage a reculé au troisième trimestre.',
      ),
    ).toEqual(['le chômage a reculé au troisième trimestre']);
  });
});

describe('rules engine: a promise’s statement starts at its infinitive (gold convention)', () => {
  it('"a promis (l’an dernier) de …", "promet de …", "avait promis de ne pas …"', () => {
    expect(
      quotesOf(
        'Le gouvernement a promis l’an dernier d’interdire certains types de couteaux de combat.',
      ),
    ).toEqual(['interdire certains types de couteaux de combat']);
    expect(quotesOf('La maire promet de rouvrir la piscine dès le mois de mai.')).toEqual([
      'rouvrir la piscine dès le mois de mai',
    ]);
    expect(quotesOf('Le ministre avait promis de ne pas augmenter les impôts locaux.')).toEqual([
      'ne pas augmenter les impôts locaux',
    ]);
  });

  it('near-miss: a promise by a clause gives the clause; a demand keeps its verb', () => {
    expect(quotesOf('Le ministre a promis que les impôts locaux n’augmenteraient pas.')).toEqual([
      'les impôts locaux n’augmenteraient pas',
    ]);
    expect(quotesOf('Le syndicat exige de rouvrir les négociations avant la fin du mois.')).toEqual(
      ['exige de rouvrir les négociations avant la fin du mois'],
    );
  });
});
