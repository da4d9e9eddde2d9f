/**
 * Article text reaches the model only inside delimiters. Anything inside the text that looks
 * like one of our delimiter tags (`</article>`, `< article >`, `<notes>`, `<title>`…) has its
 * angle brackets replaced by ‹ › so it cannot close the block early or open a new one.
 * Grounding always works on the original text, so this never moves a quote's offsets.
 */

/** The tag names we use as delimiters in prompts. */
export const DELIMITER_TAGS = ['article', 'notes', 'title', 'part'] as const;
export type DelimiterTag = (typeof DELIMITER_TAGS)[number];

const TAG_LIKE = new RegExp(`<\\s*/?\\s*(?:${DELIMITER_TAGS.join('|')})\\b[^<>]*>?`, 'gi');

/** Replaces delimiter-looking tags inside data with harmless look-alikes. */
export function neutraliseDelimiters(text: string): string {
  return text.replace(TAG_LIKE, (tag) => tag.replace(/</g, '‹').replace(/>/g, '›'));
}

/** `<tag>\n…\n</tag>` with the content neutralised. */
export function wrapData(tag: DelimiterTag, content: string): string {
  return `<${tag}>\n${neutraliseDelimiters(content)}\n</${tag}>`;
}

/** The article block: optional title, then the text, all inside `<article>`. */
export function articleBlock(text: string, title: string | null): string {
  const head =
    title === null || title.trim() === ''
      ? ''
      : `<title>${neutraliseDelimiters(title.trim())}</title>\n`;
  return `<article>\n${head}${neutraliseDelimiters(text)}\n</article>`;
}
