/**
 * Text bound for a terminal (stderr). Page text reaches it in titles, removal previews, warning
 * and error messages, and a page can carry escape sequences (raw, or as `&#27;` references) that
 * would clear the screen, retitle the window, forge a hyperlink, or return the cursor (CR) so an
 * error line reads as something else. They are removed whole, so no `[31m` debris is left.
 */

/* eslint-disable no-control-regex -- matching control characters is what this table is for */

/** What is removed, in this order (a sequence before the lone characters it starts with). */
const TERMINAL_CONTROLS: RegExp[] = [
  // OSC (window title, OSC 8 hyperlinks…), DCS, SOS, PM, APC: a string ended by BEL or ST
  // (ESC \ or 0x9c), in their 7-bit (ESC ] …) and 8-bit (0x9d …) forms. An unterminated one is
  // left to the rules below, which drop its introducer and keep the rest visible.
  /(?:\x1b[\]PX^_]|[\x90\x98\x9d-\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)/gu,
  // CSI (colours, cursor moves, screen clears): ESC [ or 0x9b, parameters, one final byte.
  /(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?/gu,
  // Other escape sequences: ESC and the one character after it (ESC c resets the terminal).
  /\x1b[\x20-\x7e]?/gu,
  // Remaining C0 controls but tab and line feed (BEL, backspace, CR…), DEL and C1 controls.
  /[\x00-\x08\x0b-\x1f\x7f-\x9f]/gu,
  // Bidirectional embeddings, overrides and isolates, which reorder what the terminal shows.
  /[\u202a-\u202e\u2066-\u2069]/gu,
];

/** `text` without terminal controls; line feeds and tabs are kept (stacks, help text). */
export function terminalText(text: string): string {
  let out = text;
  for (const pattern of TERMINAL_CONTROLS) out = out.replace(pattern, '');
  return out;
}

/** One line for the terminal: controls removed, and any line break in it turned into a space. */
export function terminalLine(text: string): string {
  // CR is a line break here (not an overwrite): `a\r\nb` and `a\rb` both read `a b`.
  return terminalText(text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '));
}
