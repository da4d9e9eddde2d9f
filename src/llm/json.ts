/**
 * Finding the JSON object in a model reply: the whole reply, else a fenced ```json block,
 * else the first balanced `{…}` (string-aware, so braces inside strings do not count).
 */

export type JsonExtraction = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses the reply's JSON object; says why not when it cannot (no object vs syntax error). */
export function extractJson(reply: string): JsonExtraction {
  const trimmed = reply.trim();
  const candidates = [trimmed, ...fencedBlocks(trimmed)];
  const balanced = firstBalancedObject(trimmed);
  if (balanced !== null) candidates.push(balanced);
  let lastError: string | null = null;
  for (const candidate of candidates) {
    if (!candidate.startsWith('{') && !candidate.startsWith('[')) continue;
    try {
      return { ok: true, value: JSON.parse(candidate) as unknown };
    } catch (err) {
      lastError = (err as Error).message;
    }
  }
  return {
    ok: false,
    error: lastError === null ? 'no JSON object found in the reply' : `invalid JSON: ${lastError}`,
  };
}

function fencedBlocks(text: string): string[] {
  const blocks: string[] = [];
  for (const match of text.matchAll(/```(?:json|JSON)?\s*\n([\s\S]*?)```/g)) {
    if (match[1] !== undefined) blocks.push(match[1].trim());
  }
  return blocks;
}

/** The first `{…}` whose braces balance outside strings; null when none closes. */
export function firstBalancedObject(text: string): string | null {
  const start = text.indexOf('{');
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') inString = true;
    else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return text.slice(start, i + 1);
  }
  return null;
}
