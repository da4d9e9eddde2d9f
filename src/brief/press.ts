/**
 * Press or reader talk? A forum thread or a comment page is not a press source: it is left out of
 * the stories and their counts, and listed apart at the end of the briefing. Decided from the
 * page's URL and site name only (what every stored analysis has), by the tables below.
 */
import type { Article } from '../types.js';

/** URL paths and hosts of forum software and comment pages (phpBB, vBulletin, Discourse, SPIP…). */
const FORUM_URL: readonly RegExp[] = [
  /\/(viewtopic|viewforum|showthread|showtopic|forumdisplay)\.php/i, // phpBB, vBulletin, IPB
  /\/(forum|forums|foro|threads?|topics?|discussions?|communaute|community)\//i,
  /\/t\/[^/]+\/\d+/i, // Discourse: /t/slug/1234
  /\/(commentaires|comments|reactions|forum)(\.html?)?(\?|#|$)/i, // a page of comments alone
  /[?&](forum|topic|thread)=/i,
  /^https?:\/\/(forum|forums|community|communaute|boards)\./i,
];

/** Site names that say "forum": "Forum Auto Passion", "Communauté Numerama". */
const FORUM_SITE = /\b(forum|forums|communaut[ée]|community|discussions?)\b/i;

/** True when the article is a reader forum thread or a comment page, not press. */
export function isReaderForum(
  article: Pick<Article, 'url' | 'canonicalUrl' | 'siteName'>,
): boolean {
  const urls = [article.canonicalUrl, article.url].filter((u): u is string => u !== null);
  if (urls.some((url) => FORUM_URL.some((re) => re.test(url)))) return true;
  return article.siteName !== null && FORUM_SITE.test(article.siteName);
}
