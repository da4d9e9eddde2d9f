import { describe, expect, it } from 'vitest';
import { claimsOf, stanceOfOnly as stanceOf } from './helpers/rules.js';

/**
 * Issue 11, round 6: verbs of telling and recalling (raconter, rappeler, relater, rapporter,
 * faire état) relay hearsay only from a medium or a document; a person telling what they saw, or
 * a body stating its own figures, asserts (the real-page gold: "a-t-il raconté", "rappelle
 * Ana …" and "rapporte le ministère" assert, "rappelle le quotidien" reports). All sentences
 * written for these tests.
 */
type Row = [sentence: string, stance: string];

const ROWS: Row[] = [
  // A person or a body telling their own account: asserts.
  ['« J’ai vu la fumée depuis ma fenêtre », a-t-elle raconté.', 'asserts'],
  ['Une voisine a raconté à la presse avoir entendu deux détonations.', 'asserts'],
  ['Le maire Paul Girard rappelle que la commune a déjà investi deux millions.', 'asserts'],
  ['« La ligne a fermé en 2019 », rappelle Anne Roux, professeure d’histoire.', 'asserts'],
  ['Le ministère rapporte que 40 drones ont été abattus dans la nuit.', 'asserts'],
  // A medium or a document relaying: reports.
  ['« La ligne a fermé en 2019 », rappelle le quotidien régional.', 'reports'],
  ['Le Parisien rapporte que la ligne fermera en mars.', 'reports'],
  ['L’agence Reuters rapporte que la ligne fermera en mars.', 'reports'],
  ['« La ligne a fermé en 2019 », rappelle l’étude.', 'reports'],
  ['Les titres de la presse régionale font état de trois blessés.', 'reports'],
  ['« La ligne a fermé en 2019 », rappelle le journal américain “The New York Times”.', 'reports'],
  // "selon" reports whoever the source is.
  ['Selon le maire Paul Girard, la ligne fermera en mars.', 'reports'],
];

describe('rules engine: telling and recalling report only from a medium or a document', () => {
  it.each(ROWS)('%s', (sentence, stance) => expect(stanceOf(sentence)).toBe(stance));
  it('a pronoun tells as the claimant it stands for: a medium reports, a person asserts', () => {
    const stances = (text: string): string[] => claimsOf(text).map((c) => c.stance);
    expect(
      stances('Le Parisien affirme que la ligne fermera. Il rappelle que la gare a fermé en 2019.'),
    ).toEqual(['asserts', 'reports']);
    expect(
      stances('Paul Girard affirme que la ligne fermera. Il rappelle que la gare a fermé en 2019.'),
    ).toEqual(['asserts', 'asserts']);
  });
});
