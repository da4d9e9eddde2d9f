import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers/rules.js';

const pairs = (text: string): string[][] => claimsOf(text).map((c) => [c.quote, c.claimant]);
const quotes = (text: string): string[] => claimsOf(text).map((c) => c.quote);

// Sentences written for these tests (issue 11, area D, round 6: statements missed on unseen pages).
describe('rules engine: an incise after a quotation, whatever its verb', () => {
  it('a verb with its inverted subject pronoun after a quotation makes an incise', () => {
    const text =
      'Marc Delvaux a quitté la salle en fin de matinée. « Je ne regrette rien de cette saison », sourit-il. ' +
      '"Nous reviendrons plus forts l’an prochain," rigole-t-il encore. ' +
      '« Le dossier est clos depuis longtemps », a-t-il tranché.';
    const found = quotes(text);
    expect(found).toContain('Je ne regrette rien de cette saison');
    expect(found).toContain('Nous reviendrons plus forts l’an prochain');
    expect(found).toContain('Le dossier est clos depuis longtemps');
  });

  it('an unknown verb followed by a full name after a quotation makes an incise', () => {
    expect(
      pairs(
        '"Les résultats obtenus parlent pour lui," présentait Hélène Marchal lors de la conférence de presse.',
      ),
    ).toContainEqual(['Les résultats obtenus parlent pour lui', 'Hélène Marchal']);
    expect(
      pairs(
        '« Le stade sera plein samedi soir », s’enthousiasme Karim Benali, le président du club.',
      ),
    ).toContainEqual(['Le stade sera plein samedi soir', 'Karim Benali']);
  });

  it('a title, or a quotation followed by narration, makes no incise', () => {
    for (const sentence of [
      'Le film « Les Intouchables », rediffusé dimanche, a réuni six millions de téléspectateurs.',
      '« La Marseillaise », chante Mireille Mathieu au début du match.',
      'Il a lu « Le Petit Prince » puis rangé le livre-objet dans sa bibliothèque.',
    ])
      expect(quotes(sentence)).toEqual([]);
  });
});

describe('rules engine: a quotation after a sentence that announces it', () => {
  it('"X complète. « … »": a verb of saying closing its sentence announces the next quotation', () => {
    expect(
      pairs(
        'Interrogé sur les transferts, Paul Girard complète. « Nous n’avons encore parlé à aucun joueur. »',
      ),
    ).toContainEqual(['Nous n’avons encore parlé à aucun joueur.', 'Paul Girard']);
    expect(
      pairs('La rectrice insiste. « Aucune école ne fermera à la rentrée prochaine. »'),
    ).toContainEqual(['Aucune école ne fermera à la rentrée prochaine.', 'La rectrice']);
  });

  it('a sentence with no verb of saying, or another sentence between, announces nothing', () => {
    for (const text of [
      'Le public applaudit longuement. « Encore une chanson pour la route ! »',
      'La rectrice insiste. La salle se tait. « Aucune école ne fermera à la rentrée prochaine. »',
    ])
      expect(quotes(text)).toEqual([]);
  });

  it('"…", a complété le président: compléter closes a quotation as an incise', () => {
    expect(
      quotes('« Tout peut dépendre des blessés de la semaine », a complété le président.'),
    ).toContain('Tout peut dépendre des blessés de la semaine');
  });
});

describe('rules engine: a quotation running over several paragraphs', () => {
  // The gold convention (bench/gold-real/README.md): one quotation running over a paragraph
  // break is one claim, its quote holding the blank line (and the repeated «).
  it('a paragraph reopening a quotation left open continues the same speaker', () => {
    const text =
      'Le maire a expliqué : « Nous avons tout essayé pour sauver cette usine et ses emplois.\n\n' +
      '« Mais rien n’a marché, et les repreneurs se sont retirés un à un. »\n\n' +
      'La séance a été levée.';
    const continued = pairs(text).find(([quote]) => quote?.includes('Mais rien n’a marché'));
    expect(continued?.[0]).toMatch(/^Nous avons tout essayé[^«]*[\s«]+Mais rien n’a marché/u);
    expect(continued?.[1]).toBe('Le maire');
  });

  it('after a quotation closed in its paragraph, a new quotation is no continuation', () => {
    const text =
      'Le maire a expliqué : « Nous avons tout essayé pour sauver cette usine. »\n\n' +
      '« Mais rien n’a marché, et les repreneurs se sont retirés un à un. »\n\n' +
      'La séance a été levée.';
    expect(quotes(text)).not.toContain(
      'Mais rien n’a marché, et les repreneurs se sont retirés un à un.',
    );
  });
});
