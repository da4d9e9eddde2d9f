/** Wording shared by the Markdown and HTML renderers: times, stance verbs, safe links. */
import type { Stance } from '../types.js';
import { languageNames } from '../render/language.js';
import { webUrl } from '../util/web-url.js';

/** Verb shown between a claimant and their claim. */
export const STANCE_VERB: Record<Stance, string> = {
  asserts: 'asserts',
  reports: 'reports',
  questions: 'questions',
  denies: 'denies',
};

/**
 * Label appended to text the engine could not give in English: `(in French)`, or the
 * article's language when it is another (`(in German)`).
 */
export function untranslatedLabel(lang: string): string {
  let name: string | undefined;
  try {
    name = languageNames().of(lang);
  } catch {
    name = undefined; // not a language code
  }
  return `(in ${name !== undefined && name !== lang ? name : 'the original language'})`;
}

/** `Thu 4 Oct 2018, 18:02` in the given time zone; `undated` for null. */
export function formatTime(iso: string | null, timeZone: string): string {
  if (iso === null) return 'undated';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}

/** The period line at the top: `Thu 4 Oct 2018, 00:00 – Fri 5 Oct 2018, 08:00 (Europe/Paris)`. */
export function formatRange(since: string, until: string, timeZone: string): string {
  return `${formatTime(since, timeZone)} – ${formatTime(until, timeZone)} (${timeZone})`;
}

/** The URL when it is http(s), else null: nothing else may become a link (util/web-url.ts). */
export const safeUrl = webUrl;

/**
 * What a source is called: its site name, else its web host, else the file it was read from
 * (`07-texte.txt`), else `standard input`. Never a bare number.
 */
export function siteLabel(site: string | null, url: string | null, origin: string): string {
  if (site !== null && site.trim() !== '') return site;
  const host = hostOf(webUrl(url));
  if (host !== null) return host;
  if (origin === '-' || origin.trim() === '') return 'standard input';
  const file = /^file:/i.test(origin) ? safeFileUrlPath(origin) : origin;
  return file.split(/[\\/]/).filter(Boolean).pop() ?? file;
}

function hostOf(url: string | null): string | null {
  try {
    return url === null ? null : new URL(url).host.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function safeFileUrlPath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}

/** `1 story`, `2 stories`: the count with its noun in the right number. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? singular : plural}`;
}

/** `Friday 5 October 2018`: the day the briefing is for, in its time zone. */
export function formatDay(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).formatToParts(new Date(iso));
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/** The title shown: `Morning briefing — Friday 5 October 2018` (the day the period ends). */
export function datedTitle(title: string, until: string, timeZone: string): string {
  return `${title} — ${formatDay(until, timeZone)}`;
}

/** A claim as a clause: the trailing full stop dropped, so clauses join with `;` cleanly. */
export function clause(text: string): string {
  return oneLine(text).replace(/[\s.;,:]+$/u, '');
}

/** Collapses line breaks and runs of spaces: article text goes on one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
