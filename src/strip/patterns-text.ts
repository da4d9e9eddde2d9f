/**
 * Line shapes of reader-comment sections and page footers in plain text, where no markup helps.
 * Every regex matches a WHOLE short block (anchored, length-capped): a word inside prose never
 * fires. "Comment réagissent…" or "n'a fait aucun commentaire" are article text, not structure.
 */

/**
 * What a matching block says about its position:
 * - `start`: a comment section begins here (counter, heading, "comments closed", comment form);
 * - `byline`: one comment's header (pseudo + date/time, avatar line);
 * - `reply`: inside a comment (Répondre, "X a écrit :", "Édité par"); confirms, never starts;
 * - `tail`: trails a thread (pagination, trackbacks);
 * - `footer`: site boilerplate after the article (paywall notice, legal lines, share buttons).
 */
export type TextRole = 'start' | 'byline' | 'reply' | 'tail' | 'footer';

export interface TextPattern {
  /** Stable rule id, reported in `Removal.rule`. */
  id: string;
  role: TextRole;
  /**
   * Tested against the trimmed, lower-cased block; must match the whole block. Written in lower
   * case and without the `i` flag: V8 compiles a Unicode class about 3× slower under `i`, and
   * these regexes are compiled afresh at every start (issue 9).
   */
  regex: RegExp;
  /** Blocks longer than this never match (keeps prose out and regexes cheap). */
  maxLength: number;
  /**
   * A cheap test, without Unicode classes, that every block `regex` matches passes: blocks that
   * fail it skip `regex`, which on most pages is then never compiled (issue 9: the pseudo, date
   * and time shapes take V8 milliseconds each to compile, at every start). Default: none.
   */
  needs?: RegExp;
  reason: string;
}

// Shared pieces.
const APOS = `['’]`;
// JS `\b` is ASCII-only even with the `u` flag (no boundary after "é"): use letter lookarounds.
const END = String.raw`(?![\p{L}\p{N}_])`;
const BEGIN = String.raw`(?<![\p{L}\p{N}_])`;
// A pseudo is 1–4 tokens without sentence punctuation ("KP2", "Haken Trigger").
const PSEUDO = String.raw`[\p{L}\p{N}_@][\p{L}\p{N}_.'’@-]{0,29}(?: [\p{L}\p{N}_@][\p{L}\p{N}_.'’@-]{0,29}){0,3}`;
const MONTH = String.raw`(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)[\p{L}]*\.?`;
const DATE = String.raw`(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}(?:er)? ${MONTH}(?: \d{4})?)`;
// A time is required in comment bylines: "Paris, le 15 mai 2019" is a dateline, not a comment.
const TIME = String.raw`\d{1,2} ?(?:h|:) ?\d{2}(?::\d{2})?`;
const AT_TIME = String.raw`(?:,? (?:à|a) |, | - | )${TIME}`;
// Article headers and edit notices share the byline shape ("Publié le 12/03/2021 à 14:02").
const NOT_HEADER = String.raw`(?!(?:publié|mis à jour|mise à jour|modifié|édité|edité|actualisé|créé|posté le|date)${END})`;
// Gate (`TextPattern.needs`) of the shapes with a time: it always holds a digit, `h` or `:`,
// then two digits.
const HAS_TIME = /\d ?[h:] ?\d\d/u;
const RELATIVE = String.raw`il y a (?:\d{1,3}|une?|quelques) (?:secondes?|minutes?|min|heures?|h|jours?|semaines?|mois|ans?)`;

/** Id of the bare date-and-time byline, whose pseudo sits on the line above. */
export const DATE_LINE_ID = 'text-comment-date-line';

/** A line holding only a pseudo (1–3 words, no sentence punctuation). */
export const PSEUDO_LINE =
  /^[\p{L}\p{N}_@][\p{L}\p{N}_@'’-]{0,29}(?: [\p{L}\p{N}_@][\p{L}\p{N}_@'’-]{0,29}){0,2}$/u;

/** The table. Order matters only for reporting: the first matching pattern names the block. */
export const TEXT_PATTERNS: readonly TextPattern[] = [
  // Comment counters above threads: Next INpact "82 commentaires", Le Monde/Le Parisien
  // "3 réactions", Disqus/WordPress themes "Commentaires (12)", SPIP "2 Messages de forum".
  {
    id: 'text-comment-counter',
    role: 'start',
    regex: new RegExp(
      String.raw`^(?:(?:\d{1,5}|un|une|aucun)\s+(?:commentaires?|réactions?|messages? de forum|contributions?)|(?:commentaires?|réactions?)\s*(?:\(\s*\d{1,5}\s*\)|:\s*\d{1,5})|voir les \d{1,5} commentaires)\s*$`,
      'u',
    ),
    maxLength: 40,
    reason: 'comment counter line above a reader thread',
  },
  // Bare section headings: "Commentaires", "Vos réactions" (regional dailies), WordPress
  // "2 réponses à « Titre »" and SPIP "Un message, un commentaire ?" / "Répondre à cet article".
  {
    id: 'text-comment-heading',
    role: 'start',
    regex: new RegExp(
      String.raw`^(?:(?:les |vos )?commentaires|(?:vos )?réactions|(?:\d{1,5}|une?) réponses? à [«“"].{1,150}|un message, un commentaire ?\?|répondre à cet article)\s*:?$`,
      'u',
    ),
    maxLength: 180,
    reason: 'heading of the reader comment section',
  },
  // Closed threads: Next INpact "Il n'est plus possible de commenter cette actualité.",
  // WordPress "Les commentaires sont fermés." The object must be this page, not a third party.
  {
    id: 'text-comments-closed',
    role: 'start',
    regex: new RegExp(
      String.raw`^(?:il n${APOS}est plus possible de (?:commenter|réagir)|les (?:commentaires|réactions) (?:sont|ont été) (?:fermée?s|clos|closes|désactivée?s)|commentaires (?:fermés|clos))(?: (?:(?:sur|pour|à|de|sous) )?(?:cet(?:te)?|ce) [\p{L}-]+)?\s*[.!]?$`,
      'u',
    ),
    maxLength: 90,
    reason: 'notice that the reader comment section is closed',
  },
  // Comment forms: WordPress "Laisser un commentaire" / "Annuler la réponse" / "Votre adresse
  // e-mail ne sera pas publiée", paywalled sites "Vous devez être connecté pour publier…".
  {
    id: 'text-comment-form',
    role: 'start',
    regex: new RegExp(
      String.raw`^(?:(?:laisser|laissez|ajouter|écrire|rédiger|poster|publier) (?:un|votre) commentaire|réagir à cet article|soyez (?:le premier|la première) à (?:commenter|réagir)|vous devez être connecté(?:e|·e)? pour (?:publier|poster|écrire|laisser) un commentaire|connectez-vous pour (?:commenter|réagir)|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|annuler la réponse)${END}.{0,60}$`,
      'u',
    ),
    maxLength: 140,
    reason: 'reader comment form or its instructions',
  },
  // Avatar alt text flattened into text: Next INpact/WordPress "Avatar de KP2 Abonné".
  {
    id: 'text-avatar-line',
    role: 'byline',
    regex: /^avatar de \S.{0,80}$/u,
    maxLength: 100,
    reason: 'comment author avatar line',
  },
  // Pseudo + date + time: Next INpact "KP2- 05/10/18 à 08:48:21", forums "X le 12/03/2021 à
  // 14:02", Le Figaro-style "Par X, le 15 mai 2019 à 09h23", SPIP "Message de X le …".
  {
    id: 'text-comment-byline',
    role: 'byline',
    regex: new RegExp(
      String.raw`^${NOT_HEADER}(?:#?\d{1,4}[.)]? )?(?:par |message de |posté par |commentaire de |réponse de )?${PSEUDO}(?: ?[-–—·|] ?|, le | le |, )${DATE}${AT_TIME}$`,
      'u',
    ),
    needs: HAS_TIME,
    maxLength: 120,
    reason: 'comment byline: pseudo followed by a date and time',
  },
  // SPIP forums put the date first: "12 mars 2021, 14:02, par Jeanne".
  {
    id: 'text-comment-byline-spip',
    role: 'byline',
    regex: new RegExp(String.raw`^${DATE}${AT_TIME},? par ${PSEUDO}$`, 'u'),
    needs: HAS_TIME,
    maxLength: 120,
    reason: 'comment byline: date and time followed by the pseudo (SPIP forum)',
  },
  // Quoting forums and mail-like threads: "Le 12 mars 2024 à 10:21, JeanMi a dit :".
  {
    id: 'text-comment-byline-said',
    role: 'byline',
    regex: new RegExp(String.raw`^(?:le )?${DATE}${AT_TIME},? ${PSEUDO} a (?:dit|écrit)\s*:$`, 'u'),
    needs: HAS_TIME,
    maxLength: 120,
    reason: 'comment byline: date and time, then "X a dit :"',
  },
  // Themes that put the pseudo on its own line above a bare date and time: "12 mars 2024 à
  // 10h21". An article header has the same shape, so these start a thread only when two of
  // them are separated by a comment; the stripper also takes the pseudo line above the first.
  {
    id: DATE_LINE_ID,
    role: 'byline',
    regex: new RegExp(String.raw`^${NOT_HEADER}(?:le )?${DATE}${AT_TIME}$`, 'u'),
    needs: HAS_TIME,
    maxLength: 40,
    reason: 'comment byline: a bare date and time under the pseudo',
  },
  // Disqus / Facebook comments: "Marcel_B · il y a 3 heures".
  {
    id: 'text-comment-relative-byline',
    role: 'byline',
    regex: new RegExp(String.raw`^${NOT_HEADER}${PSEUDO} ?[·•|-] ?${RELATIVE}$`, 'u'),
    needs: /il y a /u,
    maxLength: 100,
    reason: 'comment byline: pseudo followed by a relative time',
  },
  // Action links under each comment (Disqus, WordPress, SPIP "Répondre à ce message").
  {
    id: 'text-comment-action',
    role: 'reply',
    regex: new RegExp(
      String.raw`^(?:(?:répondre(?: à ce (?:message|commentaire))?|signaler(?: (?:un abus|ce commentaire))?|alerter|citer|modérer|j${APOS}aime|partager)\s*[·•|,-]?\s*)+$`,
      'u',
    ),
    maxLength: 60,
    reason: 'comment action links (reply, report)',
  },
  // Quoted replies: Next INpact/phpBB "winster a écrit :". Prose quoting a minister would be
  // followed by article text, and this pattern only confirms a thread, it never starts one.
  {
    id: 'text-comment-quote',
    role: 'reply',
    regex: new RegExp(String.raw`^${PSEUDO} a écrit\s*:$`, 'u'),
    needs: / a écrit\s*:$/u,
    maxLength: 80,
    reason: 'header of a quoted reply inside a comment',
  },
  // Edit notices: Next INpact "Édité par CryoGen le 05/10/2018 à 08:56".
  {
    id: 'text-comment-edited',
    role: 'reply',
    regex: new RegExp(
      String.raw`^(?:édité|edité|edite|modifié) par ${PSEUDO} le ${DATE}.{0,20}$`,
      'u',
    ),
    needs: /^(?:édité|edité|edite|modifié) par /u,
    maxLength: 100,
    reason: 'comment edit notice',
  },
  // Thread pagination: Next INpact "Page 1 / 9", WordPress "Commentaires précédents".
  {
    id: 'text-comment-pagination',
    role: 'tail',
    regex:
      /^(?:page \d{1,4} ?(?:\/|sur) ?\d{1,4}|commentaires (?:précédents|suivants|plus anciens|plus récents)|(?:charger|afficher|voir) plus de commentaires)$/u,
    maxLength: 40,
    reason: 'comment thread pagination',
  },
  // WordPress trackbacks: "Ping : <title> - <blog>", "Pingback :", French "Rétrolien :".
  {
    id: 'text-trackback',
    role: 'tail',
    regex: /^(?:ping|pingback|trackback|rétrolien) ?: ?\S.*$/u,
    maxLength: 300,
    reason: 'trackback from another blog (WordPress ping)',
  },
  // Paywall notices: Next INpact "Ce contenu est désormais en accès libre" block, the usual
  // subscriber prompts of French paywalled sites, and the reader-funded sites' gifted-article
  // banner ("Cet article vous a été offert", "Notre rédaction ne vit que de ses lecteurs").
  {
    id: 'text-paywall-footer',
    role: 'footer',
    regex: new RegExp(
      String.raw`^(?:ce contenu est désormais en accès libre|il a été produit grâce à nos abonnés|ou choisissez l${APOS}une de nos offres d${APOS}abonnement|cet article est réservé aux abonnés|déjà abonné ?\?|abonnez-vous|découvrez nos offres|(?:cet )?article (?:vous (?:a été |est )?)?offert|(?:notre|la) rédaction ne vit que (?:de|grâce à|par) ses (?:lecteurs|lectrices|abonnés)|soutenez (?:notre|le|un) journalisme)${END}.{0,160}$`,
      'u',
    ),
    maxLength: 200,
    reason: 'subscription notice after the article',
  },
  // Legal lines: "© 2019 …", Next INpact "2000 - 2019 INpact MediaGroup - SARL de presse … N° de
  // CPPAP …", "Marque déposée. Tous droits réservés. Mentions légales et contact". "Mentions
  // légales" must open the line or follow a separator, so a sentence about them stays.
  {
    id: 'text-legal-footer',
    role: 'footer',
    regex: new RegExp(
      String.raw`^(?:(?:©|copyright) ?\S.*|\(c\) ?(?:19|20)\d{2}.*|.*${BEGIN}(?:sarl|sas|sa) de presse${END}.*|.*${BEGIN}n° de cppap${END}.*|(?:.*[.|·•-] )?(?:marque déposée|tous droits réservés|mentions légales)${END}.{0,40})$`,
      'u',
    ),
    // Every branch holds one of these.
    needs:
      /©|copyright|\(c\)|sa de presse|sas de presse|sarl de presse|n° de cppap|marque déposée|tous droits réservés|mentions légales/u,
    maxLength: 200,
    reason: 'legal footer (copyright, publisher registration)',
  },
  // Share bars flattened to text: "Partager : Facebook Twitter LinkedIn", "Imprimer".
  {
    id: 'text-share',
    role: 'footer',
    regex:
      /^(?:(?:partager(?: (?:sur|cet article|l'article|via))?|tweeter|imprimer|envoyer par (?:e-?mail|courriel)|facebook|twitter|x|linkedin|whatsapp|bluesky|mastodon|e-?mail|copier le lien)\s*[:·•|,-]?\s*)+$/u,
    maxLength: 120,
    reason: 'share buttons',
  },
];

/**
 * A photo credit left on its own line when a page is flattened to text (the figure caption's
 * last line): "Crédits : AFP", "Crédit photo : Reuters", "Photo : X / AFP". Anchored and short,
 * so "Crédits d'impôt : le gouvernement…" as a sentence is never one.
 */
export const CREDIT_LINE =
  /^(?:crédits?|credits?)(?: (?:photos?|images?|illustrations?))?\s*:\s*[^.!?]{1,60}$|^(?:photos?|illustration)\s*:\s*[^.!?:]{1,40}(?:\/|©)\s*[^.!?]{1,30}$/iu;

/** The first pattern the block matches, or null. */
export function matchTextPattern(block: string): TextPattern | null {
  const text = block.replace(/\s+/gu, ' ').trim();
  if (text === '') return null;
  // Case folded once for the whole table (see `TextPattern.regex`).
  const lower = text.toLowerCase();
  for (const pattern of TEXT_PATTERNS) {
    if (text.length > pattern.maxLength || pattern.needs?.test(lower) === false) continue;
    if (pattern.regex.test(lower)) return pattern;
  }
  return null;
}
