import { VeilleError } from '../errors.js';

/**
 * The one rule for a source's URL, whoever gives it (`sources add`, an OPML file): http(s) only,
 * so that a shared OPML file cannot make `run` read `file:///etc/passwd` and send it to the model
 * (the rule src/inputs/links.ts applies to remote content), and no user name or password, which
 * would be kept in the database and shown by `sources list`. Returns the normalised URL.
 */
export function sourceUrl(raw: string, input: string = raw): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refused(input, `not a valid URL: ${raw}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw refused(input, `only http(s) sources are followed, not ${url.protocol}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw refused(input, 'URLs with a user name or password are not supported');
  }
  url.hash = '';
  return url.href;
}

function refused(input: string, why: string): VeilleError {
  return new VeilleError('UNSAFE_LINK', why, { stage: 'input', input });
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

/** Longest tag kept [100 characters]. */
const MAX_TAG_LENGTH = 100;

/**
 * A tag as stored: trimmed, inner white space collapsed, controls removed; null when nothing is
 * left. Commas separate tags in OPML `category`, so a tag cannot hold one.
 */
export function cleanTag(raw: string): string | null {
  const tag = raw.replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  if (tag === '' || tag.includes(',')) return null;
  return tag.slice(0, MAX_TAG_LENGTH);
}
