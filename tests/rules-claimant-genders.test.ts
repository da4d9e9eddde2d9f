import { describe, expect, it } from 'vitest';
import { occurrencesOf } from '../src/rules/antecedents.js';
import { genderOfFirstName, genderOfWord } from '../src/rules/genders.js';
import { analyseWithRules } from '../src/rules/index.js';
import { gendersOf } from '../src/rules/persons.js';
import type { Claim } from '../src/types.js';
import { extractResultOf as resultOf } from './helpers/extract-result.js';

const claimantsOf = (text: string): string[] =>
  analyseWithRules(resultOf(text)).claims.map((c: Claim) => c.claimant);

/** The genders the page gives its persons, by name. */
function gendersIn(text: string): Record<string, string> {
  const entities = analyseWithRules(resultOf(text)).entities;
  return Object.fromEntries(gendersOf(text, occurrencesOf(text, entities)));
}

// Sentences written for these tests (issue 11, round 7): "Sacha", "Dominique", "Camille",
// "Claude" and "Yannick" are given to both genders, so only the words around tell.
describe('rules engine: the gender a page gives a person', () => {
  it('reads the ending of a role, a participle or an adjective', () => {
    expect(
      ['présidente', 'interrogée', 'convaincue', 'directrice', 'infirmière'].map(genderOfWord),
    ).toEqual(['f', 'f', 'f', 'f', 'f']);
    expect(
      ['président', 'interrogé', 'convaincu', 'directeur', 'policier'].map(genderOfWord),
    ).toEqual(['m', 'm', 'm', 'm', 'm']);
    // Words of both genders, and words whose ending lies.
    expect(
      ['ministre', 'toxicologue', 'professeur', 'diplomate', 'père', 'hier', 'souvent'].map(
        genderOfWord,
      ),
    ).toEqual([null, null, null, null, null, null, null]);
  });

  it('reads a first name, a compound by its first part, and not a name given to both', () => {
    expect(
      [
        'Sophie Binet',
        'Jean-Marie Leclerc',
        'Marie-Laure Denis',
        'Dominique Roux',
        'Sacha Morel',
      ].map(genderOfFirstName),
    ).toEqual(['f', 'm', 'f', null, null]);
  });

  it('reads an apposition, an age and a role, a participle, and a role closed by a comma', () => {
    expect(
      gendersIn(
        "Sacha Morel, interrogée par nos soins, décrit un quartier à bout. Dominique Vasseur, 52 ans, infirmière à Mons, a vu arriver les blessés. Le prévenu, Yannick Boyer, est resté silencieux. La porte-parole de la police, Claude Lenoir, a confirmé l'interpellation. Camille Girard s'est dite surprise.",
      ),
    ).toEqual({
      'Sacha Morel': 'f',
      'Dominique Vasseur': 'f',
      'Yannick Boyer': 'm',
      'Claude Lenoir': 'f',
      'Camille Girard': 'f',
    });
  });

  it('gives nothing for a phrase that describes no person, nor for a role of both genders', () => {
    expect(
      gendersIn(
        'Le 4 mai, notamment sur la réforme de la santé, Dominique Lebrun a obtenu un accord. Camille Ferrand, une semaine avant le vote, a rencontré les élus. Claude Arnal, toxicologue, a rendu son avis.',
      ),
    ).toEqual({});
    // "professeur" is said of women too: the first name tells.
    expect(
      gendersIn("Marie-Pierre Dausse, professeur d'histoire, défend son point de vue."),
    ).toEqual({ 'Marie-Pierre Dausse': 'f' });
  });
});

describe('rules engine: "il" and "elle" take a person of their gender', () => {
  it('faits-divers: "a-t-elle ajouté" is the police spokeswoman, not the mayor who spoke since', () => {
    expect(
      claimantsOf(
        "La porte-parole de la police, Sacha Lenoir, a confirmé l'interpellation de deux mineurs. Dominique Roux, le maire de la commune, s'est dit choqué par les dégradations. « Les deux suspects seront présentés à un juge demain », a-t-elle ajouté.",
      ).at(-1),
    ).toBe('Sacha Lenoir');
  });

  it('court report: "elle" is the defence lawyer, not the accused named after her', () => {
    expect(
      claimantsOf(
        "Devant le tribunal, l'avocate de la défense, Camille Roussel, a plaidé la relaxe. Le prévenu, Yannick Boyer, est resté silencieux. Elle a estimé que le dossier était vide.",
      ).at(-1),
    ).toBe('Camille Roussel');
  });

  it('Quebec city hall: "a-t-elle déclaré" after the councillor spoke is the mayor', () => {
    expect(
      claimantsOf(
        "La mairesse de Montréal, Sacha Tremblay, a défendu le budget. Le conseiller Dominique Gagnon, chef de l'opposition, a réclamé une baisse des taxes. « Le budget protège les services aux citoyens », a-t-elle déclaré.",
      ),
    ).toEqual(['Dominique Gagnon', 'Sacha Tremblay']);
  });

  it('Belgian hospital report: "raconte-t-elle" is the nurse given an age and a role, not the director', () => {
    expect(
      claimantsOf(
        "Dominique Vasseur, 52 ans, infirmière à l'hôpital de Mons, a vu arriver les blessés. Le directeur, Claude Marchal, a déclenché le plan blanc. « Nous avons manqué de brancards pendant une heure », raconte-t-elle.",
      ),
    ).toEqual(['Dominique Vasseur']);
  });

  it('politics: "le ministre" and "elle" after a minister and a woman minister named together', () => {
    expect(
      claimantsOf(
        "Le ministre de l'Intérieur, Gérald Morin, et la ministre de la Justice, Sacha Leroy, ont reçu les syndicats. Le ministre a promis des renforts. Elle a assuré que les tribunaux seraient équipés.",
      ),
    ).toEqual(['Gérald Morin', 'Sacha Leroy']);
  });

  it('sports: "a-t-il expliqué" after a club statement is the coach named with his role', () => {
    expect(
      claimantsOf(
        "Julien Masson, l'entraîneur du club, a présenté la recrue. La direction s'est dite satisfaite du recrutement. « Il nous manquait un milieu défensif », a-t-il expliqué.",
      ).at(-1),
    ).toBe('Julien Masson');
  });

  it('interview: "confie-t-elle" is the woman the portrait is about, not her neighbour', () => {
    expect(
      claimantsOf(
        'Sacha Morel, interrogée par nos soins, décrit un quartier à bout. Son voisin Dominique Faure a lancé une pétition. « Personne ne nous écoute depuis des années », confie-t-elle.',
      ),
    ).toEqual(['Sacha Morel']);
  });

  it('near miss: two women, the subject of the sentence before wins over its object', () => {
    expect(
      claimantsOf(
        "Sophie Laurent a rencontré Julie Marchand mardi. Elle affirme que l'accord sera signé avant l'été.",
      ),
    ).toEqual(['Sophie Laurent']);
  });

  it('near miss: "elle" for a body named before stays that body', () => {
    expect(
      claimantsOf(
        'La mairie de Namur a publié son bilan lundi. Selon elle, les chantiers du centre seront terminés en juin.',
      ),
    ).toEqual(['mairie de Namur']);
  });
});
