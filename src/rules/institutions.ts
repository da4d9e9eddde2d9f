/**
 * Institutions named by their shape rather than by a table: a court, an office or an institute
 * with its lower-case complement before a place ("la cour d'appel de Mons", "le tribunal de
 * première instance de Namur"), a Belgian police zone ("la zone de police Vesdre"), a local body
 * by its acronym and its town ("le CPAS de Liège"), and a club by its prefix ("RSC Anderlecht").
 * entities.ts stretches mentions over the first two; typing.ts types the last two.
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
