import { describe, expect, it } from 'vitest';
import { isSpeakerPhrase } from '../src/rules/speaker.js';
import { claimsOf } from './helpers/rules.js';

// Sentences written for these tests.
describe('rules engine: who can speak', () => {
  it('takes any agent noun as a speaker (-eur, -iste, -logue, -ier, -ant …), not only a listed one', () => {
    for (const phrase of [
      'le trésorier',
      'la toxicologue',
      'le naturopathe',
      'la gastro-entérologue',
      'le syndicat',
      'les manifestants',
      'la professeure',
      'le préfet',
      'les détracteurs du projet',
    ]) {
      expect(isSpeakerPhrase(phrase), phrase).toBe(true);
    }
  });

  it('still refuses adverbials and plain things', () => {
    for (const phrase of ['dans la soirée', 'la semaine dernière', 'les murs du campus']) {
      expect(isSpeakerPhrase(phrase), phrase).toBe(false);
    }
  });

  it('finds the claim of such a speaker, before or after the statement', () => {
    const [a] = claimsOf('Le trésorier affirme que les comptes ont été validés en juin.');
    expect(a?.claimant).toBe('Le trésorier');
    const [b] = claimsOf('« Les aides annoncées arrivent beaucoup trop tard », juge le syndicat.');
    expect(b?.claimant).toBe('le syndicat');
  });
});

describe('rules engine: speaker resolution', () => {
  it('gives "il"/"elle" to the person named since the last statement, not to an older speaker', () => {
    const claims = claimsOf(
      'Le maire Jean Roux affirme que le budget est tenu. Dans la salle, on croise Lucie Martin, infirmière. « Les effectifs baissent chaque année, soupire-t-elle. Personne ne nous écoute. »',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Jean Roux', 'Lucie Martin', 'Lucie Martin']);
  });

  it('counts a name the tables do not know as a person for "il"/"elle"', () => {
    const claims = claimsOf(
      'Le maire Jean Roux affirme que le stade sera rénové. Sur le parking, on croise Zorglub. « Le club a besoin de nous », glisse-t-il.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Jean Roux', 'Zorglub']);
  });

  it('gives a person described ("la jeune femme", "le géologue") to the person named last', () => {
    const claims = claimsOf(
      'Nous avons rencontré Inès Haddad au marché. La jeune femme estime que les prix ont doublé en un an.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Inès Haddad']);
  });

  it('resolves "son porte-parole" to the body, but keeps "ses opposants" as written', () => {
    const claims = claimsOf(
      'La société Veolia a publié ses comptes. Son porte-parole affirme que la dette a baissé. Le projet de la société Veolia divise. Ses opposants estiment que le coût sera trop élevé.',
    );
    expect(claims.map((c) => c.claimant)).toEqual(['Veolia', 'Ses opposants']);
  });
});
