import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/types.js';
import { claimsOf } from './helpers/rules.js';

const stanceOf = (text: string): string => {
  const claims = claimsOf(text);
  expect(claims).toHaveLength(1);
  return (claims[0] as Claim).stance;
};

// Sentences written for these tests (issue 11: a denial read as an assertion is the worst error).
describe('rules engine: denials', () => {
  it('denial verbs in any form, the subjunctive included, give denies', () => {
    expect(stanceOf('Le maire conteste la version donnée par son adversaire.')).toBe('denies');
    expect(stanceOf('Le syndicat réfute les chiffres publiés par la direction.')).toBe('denies');
    expect(
      stanceOf("Bien que l'hôpital démente ces informations, le doute reste entier dans la ville."),
    ).toBe('denies');
  });

  it('a bare denial after an adverb of speed still denies: "a aussitôt démenti", "a très vite démenti"', () => {
    expect(stanceOf('Accusé d’avoir truqué le concours, le ministère a aussitôt démenti.')).toBe(
      'denies',
    );
    expect(stanceOf('Interrogé sur ces départs, le club a très vite démenti.')).toBe('denies');
  });

  it('"assure n\'avoir jamais" and "ignorais que" deny', () => {
    expect(stanceOf('Le trésorier assure n’avoir jamais signé ce contrat.')).toBe('denies');
    expect(
      stanceOf('« J’ignorais que cette société appartenait à mon frère », a déclaré le député.'),
    ).toBe('denies');
  });

  it('a negated reported clause denies that clause', () => {
    expect(
      stanceOf("Le porte-parole affirme que le gouvernement n'a pas modifié le texte initial."),
    ).toBe('denies');
    expect(
      stanceOf(
        "Selon son avocat, le sénateur ne s'est pas placé en situation de conflit d'intérêts.",
      ),
    ).toBe('denies');
    expect(
      stanceOf('« Il n’y a aucun danger pour les riverains de la centrale », assure le préfet.'),
    ).toBe('denies');
    expect(
      stanceOf(
        '« La direction maintient qu’il n’y a pas de fuite dans le réservoir nord », écrit la société.',
      ),
    ).toBe('denies');
  });

  it('a norm, a lack or a failure stated in the negative still asserts', () => {
    expect(
      stanceOf('« Il ne faut pas céder aux pressions des lobbies du tabac », estime la ministre.'),
    ).toBe('asserts');
    expect(
      stanceOf('« Les aides annoncées ne suffisent pas à sauver la filière », juge le syndicat.'),
    ).toBe('asserts');
    expect(
      stanceOf("L'inspectrice affirme que les consignes n'ont pas été respectées par les agents."),
    ).toBe('asserts');
    // A feeling about something not done, and a purpose, reject nothing either.
    expect(
      stanceOf('« Nous sommes déçus que le ministre n’ait pas répondu », déclare le syndicat.'),
    ).toBe('asserts');
    expect(
      stanceOf(
        'La préfète annonce des contrôles pour vérifier que le chantier ne pollue pas la rivière.',
      ),
    ).toBe('asserts');
  });

  it('a quotation opening on a one-word dismissal denies', () => {
    expect(
      stanceOf(
        '« Ridicule. Ces chiffres circulent depuis des années sans aucune source », rétorque le ministre.',
      ),
    ).toBe('denies');
  });

  it('"fausses informations" denies only when the statement calls something false', () => {
    expect(
      stanceOf(
        '« Combattre les fausses informations demande du temps et des moyens », explique la chercheuse.',
      ),
    ).toBe('asserts');
    expect(
      stanceOf('« Ce sont de fausses informations diffusées pour nous nuire », affirme le club.'),
    ).toBe('denies');
  });

  it('a bare denial inside a quotation is its own claim, by its own subject, cut to its clause', () => {
    const claims = claimsOf(
      'Le directeur explique : « La rumeur citait une étude de l’Inserm, mais l’institut a aussitôt démenti. Personne n’y a cru ensuite. »',
    );
    expect(claims.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      [
        'Le directeur',
        'asserts',
        'La rumeur citait une étude de l’Inserm, mais l’institut a aussitôt démenti. Personne n’y a cru ensuite.',
      ],
      // "l’institut" stands for the institute named before it, as "la société" does.
      ['Inserm', 'denies', 'l’institut a aussitôt démenti'],
    ]);
  });

  it('in a quotation with no speaker, the denial inside it never takes the words outside it', () => {
    const claims = claimsOf(
      'Dans la ville, personne n’y a cru : « Le tract citait un rapport du ministère, mais le ministère a très vite démenti. Ainsi, la rumeur est retombée ».',
    );
    expect(claims.map((c) => [c.claimant, c.stance, c.quote])).toEqual([
      ['le ministère', 'denies', 'le ministère a très vite démenti'],
    ]);
  });

  it('a denial in the first person inside a quotation is the quotation’s own', () => {
    const claims = claimsOf('« Nous avons toujours démenti ces rumeurs », affirme le club.');
    expect(claims.map((c) => [c.claimant, c.stance])).toEqual([['le club', 'denies']]);
  });
});

// Sentences written for these tests (issue 11): a finding stated in the negative rejects it.
describe('rules engine: negated findings', () => {
  it('"ne montrent pas de", "ne prouvent aucun" deny, from the negation on', () => {
    const c = claimsOf(
      'Les analyses du laboratoire ne montrent pas de lien entre ce solvant et les cancers.',
    );
    expect(c.map((x) => [x.claimant, x.stance, x.quote])).toEqual([
      [
        'Les analyses du laboratoire',
        'denies',
        'ne montrent pas de lien entre ce solvant et les cancers',
      ],
    ]);
    expect(stanceOf('Les essais cliniques ne prouvent aucun bénéfice du traitement.')).toBe(
      'denies',
    );
  });

  it('a restrictive "ne … que" and a positive finding give no denial', () => {
    expect(claimsOf('Les analyses ne montrent que des traces infimes de plomb.')).toEqual([]);
    expect(claimsOf('Cela montre que la ville a changé depuis dix ans.')).toEqual([]);
  });
});
