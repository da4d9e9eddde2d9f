import { describe, expect, it } from 'vitest';
import { detectLanguage, toIso6391 } from '../src/lang.js';

// Invented paragraphs, long enough (> 200 letters) for detection to override a declared lang.
const FRENCH =
  "Le conseil municipal de Brest a adopté lundi soir un plan de rénovation des écoles, qui prévoit l'isolation de douze bâtiments d'ici à 2027. L'opposition juge le calendrier trop lent et réclame une priorité pour les établissements les plus anciens du centre-ville.";
const ENGLISH =
  'The city council of Brest adopted a renovation plan for its schools on Monday evening, which provides for the insulation of twelve buildings by 2027. The opposition considers the timetable too slow and calls for priority to be given to the oldest buildings in the city centre.';
const GERMAN =
  'Der Stadtrat von Brest hat am Montagabend einen Plan zur Renovierung der Schulen beschlossen, der die Dämmung von zwölf Gebäuden bis 2027 vorsieht. Die Opposition hält den Zeitplan für zu langsam und fordert Vorrang für die ältesten Gebäude im Stadtzentrum.';

describe('detectLanguage', () => {
  it.each([
    [FRENCH, 'fr'],
    [ENGLISH, 'en'],
    [GERMAN, 'de'],
  ])('detects the language of an undeclared text (%#)', (text, lang) => {
    expect(detectLanguage(text, null)).toEqual({ lang, detected: lang });
  });

  it('keeps the declared language when the text agrees, normalising the tag', () => {
    expect(detectLanguage(FRENCH, 'fr-FR')).toEqual({ lang: 'fr', detected: 'fr' });
    expect(detectLanguage(FRENCH, 'FR')).toEqual({ lang: 'fr', detected: 'fr' });
  });

  it('lets a long text that is clearly another language win over the declaration', () => {
    expect(detectLanguage(ENGLISH, 'fr')).toEqual({ lang: 'en', detected: 'en' });
    expect(detectLanguage(GERMAN, 'fr')).toEqual({ lang: 'de', detected: 'de' });
  });

  it('trusts the declaration over detection on short text', () => {
    const short = 'The mayor spoke on Monday.';
    expect(detectLanguage(short, 'fr').lang).toBe('fr');
    expect(detectLanguage('Brest, lundi.', 'fr')).toEqual({ lang: 'fr', detected: null });
  });

  it('returns null when nothing is declared and the text is too short', () => {
    expect(detectLanguage('OK', null)).toEqual({ lang: null, detected: null });
    expect(detectLanguage('', null)).toEqual({ lang: null, detected: null });
  });

  it('ignores a declaration that is not a language tag', () => {
    expect(detectLanguage(FRENCH, 'x')).toEqual({ lang: 'fr', detected: 'fr' });
    expect(detectLanguage('', '  ')).toEqual({ lang: null, detected: null });
  });
});

describe('toIso6391', () => {
  it('maps franc codes and returns null for und or unmapped codes', () => {
    expect(toIso6391('fra')).toBe('fr');
    expect(toIso6391('eng')).toBe('en');
    expect(toIso6391('deu')).toBe('de');
    expect(toIso6391('und')).toBeNull();
    expect(toIso6391('hnj')).toBeNull();
  });
});
