/**
 * Events named by their cue word: summits, games, wars, elections, climate conferences,
 * national debates, festivals, named storms. Their words are often lower case ("le sommet de Nairobi", "la
 * guerre de Corée"), so the name finder alone sees only the place; the cue word says the whole is
 * an event. Each pattern needs a name, a number or a year after its cue, so "le sommet de la
 * montagne" and "la guerre des prix" stay out.
 */
import { CAP, CAPS, OF, YEAR, cuedMentions } from './cues.js';
import type { TypedMention } from './typing.js';

const START = String.raw`(?<![\p{L}\p{N}])`;
/** Head words of a body's name, which an event is never named after. */
const BODY = String.raw`(?:Association|Fédération|Union|Parti|Syndicat|Fondation|Société|Académie|Ordre|Confédération|Ligue|Mouvement|Institut|Comité|Conseil)`;

/** Event patterns (French), each with the kind of text it names. */
const EVENT_PATTERNS: RegExp[] = [
  // Summits, conferences, forums, festivals, congresses named by a place or a body:
  // "sommet de Nairobi", "Festival d'Avignon", "conférence de Munich", "sommet du G20".
  // Not after a body's head word: "le congrès de l'Association X" is the body's meeting.
  String.raw`${START}(?:[sS]ommet|[cC]onférence|[fF]estival|[fF]orum|[cC]ongrès|[gG]renelle)\s+${OF}(?!${BODY}(?![\p{L}\p{N}]))${CAPS}`,
  // Wars named by a place or a people: "guerre de Corée", "guerre du Vietnam", "guerre d'Algérie".
  String.raw`${START}[gG]uerre\s+${OF}${CAP}`,
  String.raw`${START}(?:Première|Seconde|Deuxième)\s+[gG]uerre\s+mondiale`,
  // Wars between two sides or in a country: "guerre Iran-Irak", "la guerre en Ukraine".
  String.raw`${START}[gG]uerre\s+(?:en\s+${CAP}|\p{Lu}[\p{L}'’]*-\p{Lu}[\p{L}'’-]*)`,
  // Named storms: "la tempête Zélie", "l'ouragan Maria", "le cyclone Freddy".
  String.raw`${START}(?:[tT]empête|[oO]uragan|[cC]yclone|[tT]yphon|[tT]ornade)\s+${CAP}`,
  // Games and cups: "Jeux olympiques de 2032", "JO de Paris", "Coupe du monde 2030", "Euro 2028".
  String.raw`${START}Jeux\s+[oO]lympiques(?:\s+et\s+paralympiques)?(?:\s+d['’](?:été|hiver))?(?:\s+de\s+(?:${YEAR}|${CAP}))?(?:\s+(?:en\s+)?${YEAR})?`,
  String.raw`${START}JO\s+(?:de\s+)?(?:${YEAR}|${CAP})`,
  String.raw`${START}Coupe\s+du\s+monde(?:\s+de\s+(?:football|rugby|${CAP}))?(?:\s+${YEAR})?`,
  String.raw`${START}(?:Euro|Mondial)\s+${YEAR}`,
  // Competitions by their own name: "Ligue des champions", "Ligue Europa", "Tour de France".
  String.raw`${START}(?:Ligue\s+des\s+[cC]hampions|Ligue\s+Europa(?:\s+[cC]onférence)?|Ligue\s+des\s+[nN]ations|Coupe\s+de\s+France|Coupe\s+d['’]Europe|Coupe\s+Davis|Tour\s+de\s+France|Tournoi\s+des\s+[sS]ix\s+[nN]ations|Super\s+Bowl|Roland-Garros)(?![\p{L}\p{N}])`,
  // Elections with their year: "l'élection présidentielle de 2027", "les européennes de 2029".
  String.raw`${START}[éÉ]lections?\s+(?:présidentielle|législatives?|municipales?|européennes?|régionales?|sénatoriales?|départementales?|fédérales?|cantonales?)\s+(?:de\s+)?${YEAR}`,
  // Climate conferences: "COP 31", "COP26".
  String.raw`${START}COP\s?\d{1,2}(?![\p{L}\p{N}])`,
  // National debates and consultations: "États généraux de la santé", "grand débat national".
  String.raw`${START}[éÉEe]tats\s+[gG]énéraux\s+${OF}\p{L}+`,
  String.raw`${START}[gG]rand\s+[dD]ébat\s+[nN]ational`,
].map((source) => new RegExp(source, 'gu'));

/** Events of `text`, as mentions typed EVENT. */
export function findEvents(text: string): TypedMention[] {
  return cuedMentions(text, EVENT_PATTERNS, 'EVENT');
}
