/**
 * Institutions named by their shape rather than by a table: a court, an office or an institute
 * with its lower-case complement before a place ("la cour d'appel de Mons", "le tribunal de
 * première instance de Namur"), a Belgian police zone ("la zone de police Vesdre"), a local body
 * by its acronym and its town ("le CPAS de Liège"), a club by its prefix ("RSC Anderlecht"), and
 * a company or an association by its legal form ("Interparking SPRL", "l'asbl Infor-Drogues").
 * entities.ts stretches mentions over the first two; typing.ts types the others.
 */
import { CLUB_PREFIXES, FIRST_NAMES, LOWER_CASE_HEADS } from './entity-words.js';
import { lookupGazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { fold } from './text.js';

const OF = String.raw`(?:de\s+la|de\s+l['’]|du|des|de|d['’])`;

/** A lower-case word of a complement, no particle ("de", "la" start the next complement). */
const COMPLEMENT_WORD = String.raw`(?!(?:de|du|des|la|le|les|et|ou)\s)\p{Ll}+`;

/**
 * "la cour d'appel de Mons", "l'institut de médecine légale de Bordeaux", "la cour d'assises du
 * Hainaut": after a definite article, an institution head (group 1), its lower-case complement
 * (one to three words), then "de" and the place.
 */
const HEAD_COMPLEMENT_PLACE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:[lL]e|[lL]a|[dD]u|[aA]u|[aA]ux|[lL]es|[dD]es)\s+|[lL]['’])(\p{Ll}+)\s+${OF}\s*${COMPLEMENT_WORD}(?:\s+${COMPLEMENT_WORD}){0,2}\s+${OF}\s*$`,
  'du',
);

/** The Belgian police zone, named after its communes: "zone de police Vesdre". */
const POLICE_ZONE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})zone\s+de\s+police\s+(?:${OF}\s*)?$`,
  'u',
);

/** How far before a place the head and its complement are looked for. */
const REACH = 70;

/**
 * Where the institution whose place `m` is starts, or -1. The place is a known one, or an
 * unknown single word that is no first name ("la cour d'appel de Verviers" is the court, "la
 * cour de récréation de Jean" none of Jean's); the head is one that names institutions in lower
 * case (LOWER_CASE_HEADS).
 */
export function institutionBefore(text: string, m: Mention): number {
  const known = lookupGazetteer(m.surface);
  const firstName = FIRST_NAMES.has(fold(m.surface.split(/\s+/u)[0] ?? ''));
  const from = Math.max(0, m.start - REACH);
  const before = text.slice(from, m.start);
  const zone = POLICE_ZONE_BEFORE.exec(before);
  if (zone !== null && !firstName) return from + zone.index;
  const place = known?.type === 'LOCATION' || (known === undefined && !/\s/u.test(m.surface));
  if (!place || firstName) return -1;
  const found = HEAD_COMPLEMENT_PLACE_BEFORE.exec(before);
  const head = found?.indices?.[1];
  if (found === null || head === undefined || !LOWER_CASE_HEADS.has(fold(found[1] ?? ''))) {
    return -1;
  }
  return from + head[0];
}

/** "RSC Anderlecht", "AS Monaco", "FC Bâle": a club prefix before a capitalised name. */
export function isClub(surface: string): boolean {
  const [prefix, next] = surface.split(/\s+/u);
  return CLUB_PREFIXES.has(prefix ?? '') && /^\p{Lu}/u.test(next ?? '');
}

/**
 * "CPAS de Liège", "CHU d'Amiens", "zone de police Bruxelles-Ixelles": a local public body
 * named by its acronym (or "zone de police") and the known place it serves. An acronym before an
 * unknown name ("PDG de Renault") is left to other evidence.
 */
export function isLocalBody(surface: string): boolean {
  if (/^zone\s+de\s+police\s+\S/u.test(surface)) return true;
  const body = new RegExp(String.raw`^(\p{Lu}{2,6})\s+${OF}\s*(.+)$`, 'u').exec(surface);
  if (body === null || lookupGazetteer(body[1] ?? '')?.type === 'LOCATION') return false;
  return lookupGazetteer(body[2] ?? '')?.type === 'LOCATION';
}

/**
 * Legal forms of Belgian, Swiss and French companies and associations (the Belgian Code des
 * sociétés et des associations, the Swiss Code des obligations), folded: written before or after
 * the name ("ASBL Infor-Drogues", "Interparking SPRL", "Fluxys SA", "Ecopower scrl").
 */
const LEGAL_FORMS = new Set(`asbl aisbl sprl srl scrl sc sa nv bv sarl snc`.split(' '));

/** "l'asbl Infor-Drogues": a legal form in lower case right before the name. */
const LEGAL_FORM_BEFORE = /(?<!\p{L})(?:asbl|aisbl|sprl|srl|scrl)\s+$/u;

/** Whether a name carries a legal form before or after it (LEGAL_FORMS), or just before it. */
export function hasLegalForm(text: string, m: Pick<Mention, 'surface' | 'start'>): boolean {
  const words = m.surface.split(/\s+/u);
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  // In capitals when it opens the name, so the French "sa" ("sa mère") never counts.
  if (words.length > 1 && /^\p{Lu}+$/u.test(first) && LEGAL_FORMS.has(fold(first))) return true;
  if (words.length > 1 && /^\p{Lu}/u.test(last) && LEGAL_FORMS.has(fold(last))) return true;
  return LEGAL_FORM_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}
