/**
 * Markup patterns for reader comments and page boilerplate, as data.
 *
 * Every entry names the platform or site family whose markup it comes from, so a rule can be
 * traced to a convention rather than to one page. Rules match STRUCTURE (container ids and
 * classes, schema.org types, a heading that opens a thread), never a lone word in prose: "Comment
 * réagissent les pêcheurs ?" is a French question, not a comment section.
 */

/** What a removed container was: decides the warning it raises and how strict the guard is. */
export type HtmlKind = 'comments' | 'boilerplate' | 'paywall';

/** A container rule: any element matching `selector` is removed with everything inside it. */
export interface SelectorPattern {
  /** Stable rule id, recorded on each removal. */
  id: string;
  selector: string;
  reason: string;
  kind: HtmlKind;
  /**
   * Generic rules (tags, tokens) may hit a wrapper around the whole page; when true the element
   * is kept if it holds the article body or most of the page text. Default false.
   */
  guarded?: boolean;
}

export const SELECTOR_PATTERNS: readonly SelectorPattern[] = [
  // WordPress core themes (comments.php): the thread, pingbacks and the reply form.
  {
    id: 'wp-comments',
    selector: '#comments, .comments-area, .comment-list, ol.commentlist',
    reason: 'WordPress comment thread',
    kind: 'comments',
  },
  {
    id: 'wp-pings',
    selector: '#pings, .pingback, .trackback, .pinglist',
    reason: 'WordPress pingbacks and trackbacks',
    kind: 'comments',
  },
  {
    id: 'wp-respond',
    selector: '#respond, .comment-respond, #reply-title, #commentform, .comment-form',
    reason: 'WordPress comment form',
    kind: 'comments',
  },
  // Elementor (WordPress page builder) wraps the core thread in a post-comments widget.
  {
    id: 'elementor-comments',
    selector: '.elementor-widget-post-comments',
    reason: 'Elementor comments widget',
    kind: 'comments',
  },
  // Disqus embeds and its WordPress plugin (dsq-* ids and classes).
  {
    id: 'disqus',
    selector: '#disqus_thread, [id^="dsq-"], [class^="dsq-"], [class*=" dsq-"]',
    reason: 'Disqus comment thread',
    kind: 'comments',
  },
  // Drupal 7–10 comment module.
  {
    id: 'drupal-comments',
    selector:
      '.comment-wrapper, section.comments, #comment-wrapper, .field-name-comment-body, .comments-wrapper',
    reason: 'Drupal comment section',
    kind: 'comments',
  },
  // SPIP: forums attached to articles and their posting form.
  {
    id: 'spip-forum',
    selector:
      '.forum, .forums, .divforum, #forum, .forum-repondre, #formulaire_forum, .formulaire_forum',
    reason: 'SPIP forum (reader comments)',
    kind: 'comments',
  },
  // Le Figaro family (lefigaro.fr, madame.lefigaro.fr): comments and "Réagir" blocks.
  {
    id: 'figaro-comments',
    selector: '.fig-comments, #reagir, .fig-comment, [class*="fig-comments"]',
    reason: 'Le Figaro reader reactions',
    kind: 'comments',
  },
  // Le Monde: reactions and reader contributions under the article.
  {
    id: 'lemonde-reactions',
    selector:
      '.article__reactions, .article__reactions-container, .contributions, .js-contribution, #contributions',
    reason: 'Le Monde reader reactions',
    kind: 'comments',
  },
  // Facebook comments plugin.
  {
    id: 'fb-comments',
    selector: '.fb-comments, .fb_comments, [data-href][class*="fb-comments"]',
    reason: 'Facebook comments plugin',
    kind: 'comments',
  },
  // schema.org microdata: Comment items and the UserComments type (news sites, forums).
  {
    id: 'schema-comment',
    selector:
      '[itemtype*="schema.org/Comment"], [itemprop="comment"], [itemtype*="schema.org/UserComments"], [itemprop="comments"]',
    reason: 'schema.org Comment items',
    kind: 'comments',
  },
  // Hosted comment services embedded by French and international news sites.
  {
    id: 'hosted-comments',
    selector:
      '#coral_thread, #coral-container, .coral-container, .talk-embed-stream, #vf-conversations, .viafoura, .vf-comments, #spot-im-root, .spot-im-frame, [data-spotim-module], #hyvor-talk-view, .hyvor-talk-view, hyvor-talk-comments, #commento, .commento, #isso-thread, #fastcomments-widget, #graphcomment, #livefyre, .fyre, #idc-container, #remark42, #cusdis_thread, .utterances, .giscus, giscus-widget, #wpdiscuz, .wpdiscuz_top_clearing, #wpd-threads, .wpd-thread-list, #wc-comment-header',
    reason: 'Hosted or plugin comment widget (Coral, Viafoura, OpenWeb, Hyvor, Isso, wpDiscuz, …)',
    kind: 'comments',
  },
  // Paywall boxes: Le Figaro, Le Monde, and generic "premium" teasers; the text is an offer.
  // Guarded: some paywalls (Steady on WordPress) put their class on the article wrapper itself.
  {
    id: 'paywall-box',
    selector:
      '.fig-premium-paywall, .paywall, #paywall, .paywall-box, .article__paywall, .tp-container-inner, .piano-paywall',
    reason: 'Paywall teaser',
    kind: 'paywall',
    guarded: true,
  },
  // phpBB (prosilver and derived styles, `<body id="phpbb">`): everything around the posts'
  // `.content` — site banner (its h1 is the board name), poster profile, post subject and
  // author line, buttons, signatures, action bars, similar topics, "who is online".
  {
    id: 'phpbb-chrome',
    selector: [
      '.headerbar',
      '.postprofile',
      '.postbody > [id^="post_content"] > h3',
      '.postbody p.author',
      '.post-buttons',
      '.signature',
      '.back2top',
      '.action-bar',
      '.similar-topics',
      '.stat-block',
      '.online-list',
    ]
      .map((s) => `#phpbb ${s}`)
      .join(', '),
    reason: 'phpBB forum chrome (profiles, signatures, post buttons, board statistics)',
    kind: 'boilerplate',
  },
  // Page chrome common to every CMS; `.arbo` is the SPIP (dist templates) breadcrumb.
  {
    id: 'chrome-nav',
    selector:
      'nav, [role="navigation"], .breadcrumb, .breadcrumbs, #breadcrumb, .ariane, .fil-ariane, .arbo, .skip-link, .pagination, .nav-links, .post-navigation',
    reason: 'Navigation, breadcrumb or pagination',
    kind: 'boilerplate',
    guarded: true,
  },
  {
    id: 'chrome-footer',
    selector: 'footer, [role="contentinfo"], #footer, .site-footer',
    reason: 'Page or article footer',
    kind: 'boilerplate',
    guarded: true,
  },
  {
    id: 'chrome-aside',
    selector: 'aside, [role="complementary"], .sidebar, #sidebar, .widget-area, .widget',
    reason: 'Sidebar or widget',
    kind: 'boilerplate',
    guarded: true,
  },
  {
    id: 'chrome-form',
    selector: 'form, button, select, textarea, input',
    reason: 'Form controls (search, login, sign-up)',
    kind: 'boilerplate',
    guarded: true,
  },
  {
    id: 'chrome-dialog',
    selector:
      '[role="dialog"], [aria-modal="true"], [aria-hidden="true"], [hidden], .modal, .popup, .overlay',
    reason: 'Dialog or hidden element',
    kind: 'boilerplate',
    guarded: true,
  },
  // Consent managers used across French sites (Didomi, OneTrust, Quantcast, Sirdata, tarteaucitron).
  {
    id: 'consent',
    selector:
      '#didomi-host, .didomi-popup, #onetrust-consent-sdk, #onetrust-banner-sdk, .qc-cmp2-container, #sd-cmp, #tarteaucitronRoot, .cookie-banner, #cookie-banner, .cookie-notice, #cookie-notice, .cookies, #cookies, .cmp-banner, .rgpd',
    reason: 'Cookie or consent banner',
    kind: 'boilerplate',
    guarded: true,
  },
  // Share bars: AddThis, AddToAny, ShareThis, Jetpack sharedaddy, and house-made ones.
  {
    id: 'share',
    selector:
      '.addthis_toolbox, .a2a_kit, .sharethis-inline-share-buttons, .sharedaddy, .sd-sharing-enabled, .social-share, .share-buttons, .share-bar, .sharebar, .social-links, .partage, .article__share, .jp-relatedposts',
    reason: 'Share bar',
    kind: 'boilerplate',
    guarded: true,
  },
  // Newsletter sign-up boxes (Mailchimp embeds, "inscrivez-vous à la newsletter").
  {
    id: 'newsletter',
    selector:
      '#mc_embed_signup, .newsletter, .newsletter-box, .inscription-newsletter, [class*="newsletter-"], [id*="newsletter"]',
    reason: 'Newsletter sign-up',
    kind: 'boilerplate',
    guarded: true,
  },
  // Related and most-read lists: Jetpack, YARPP, Outbrain, Taboola, French "Lire aussi" boxes.
  {
    id: 'related',
    selector:
      '.related, .related-posts, .related-articles, .yarpp-related, .crp_related, .outbrain, .OUTBRAIN, [id^="taboola"], .taboola, .trc_related_container, .lire-aussi, .a-lire-aussi, .sur-le-meme-sujet, .most-read, .les-plus-lus, .article__siblings',
    reason: 'Related or most-read articles',
    kind: 'boilerplate',
    guarded: true,
  },
  // Author boxes and tag lists under blog posts (WordPress themes, Drupal taxonomy).
  {
    id: 'author-box',
    selector:
      '.author-box, .about-author, .author-bio, .author-info, #author-info, .saboxplugin-wrap',
    reason: 'Author box',
    kind: 'boilerplate',
    guarded: true,
  },
  {
    id: 'tags',
    selector:
      '.tags, .tag-list, .post-tags, .tags-links, .entry-tags, .article__tags, .field-name-field-tags, .mots-cles',
    reason: 'Tag list',
    kind: 'boilerplate',
    guarded: true,
  },
  // Ad slots: Google Publisher Tag, Smart AdServer, house "pub" slots.
  {
    id: 'ads',
    selector:
      '.ad, .ads, .advert, .advertisement, .adsbygoogle, [id^="div-gpt-ad"], [id^="google_ads"], .pub, .publicite, .sas_ad, [class*="ad-slot"], [class*="adslot"]',
    reason: 'Advertising slot',
    kind: 'boilerplate',
    guarded: true,
  },
];

/**
 * Generic class/id tokens of comment sections, in English, French and German CMS themes. A token
 * is split on `-`/`_`; it matches when one part is a plural thread word (`comments`,
 * `commentaires`, `reactions`, `kommentare`) or the whole token is a known singular container.
 * `live-comment`, `commentary` and `comment-count` in a byline stay untouched.
 */
export const COMMENT_TOKEN_PARTS = words(`
  comments commentaires commentlist reactions réactions reagir réagir kommentare disqus forum`);
export const COMMENT_TOKENS = words(`
  comment commentaire comment-form comment-body comment-content comment-respond usercomments
  blocreactions`);
/**
 * Parts that turn a comment token into a link, counter or taxonomy term, which is not a thread.
 * WordPress `post_class()` / `body_class()` name taxonomy terms: `tag-comments`, `category-forum`.
 */
export const COMMENT_TOKEN_EXCEPTIONS = words(`
  count counter number nb link links open closed icon btn button bubble live tag category has no`);

function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/u));
}

/**
 * The link each reader comment carries ("Répondre", "Signaler un abus", "Reply"); a container
 * whose items mostly carry one is a thread. Narrower than the text rule `text-comment-action`:
 * "Partager" and "J'aime" links also repeat on lists of articles.
 */
export const COMMENT_ACTION_LINK =
  /^(?:répondre|repondre|signaler(?: (?:un abus|ce commentaire|ce message))?|citer|reply|report(?: comment)?)$/iu;

/**
 * Headings that open a comment thread. The whole heading must match (anchored), so a question
 * beginning with the adverb "Comment" never does. Like `TEXT_PATTERNS`, tested on lower-cased
 * text and written without the `i` flag.
 */
export const COMMENT_HEADINGS: readonly { id: string; regex: RegExp; reason: string }[] = [
  // French press and blogs: "12 commentaires", "Commentaires (3)", "Vos réactions", "Réagir".
  {
    id: 'heading-commentaires',
    regex:
      /^(?:(?:\d+|un|une|aucun)\s+)?(?:commentaires?|réactions?|contributions?)(?:\s*\(\d+\))?\s*:?$|^\d+\s+avis\s*:?$/u,
    reason: 'Heading counting comments or reactions',
  },
  {
    id: 'heading-vos-reactions',
    regex:
      /^(?:vos|les|toutes les)\s+(?:réactions|commentaires|contributions)(?:\s+(?:des|de nos)\s+(?:lecteurs|lectrices|internautes|abonnés|auditeurs))?(?:\s*\(\d+\))?\s*:?$/u,
    reason: 'Heading "Vos réactions", "Les réactions des lecteurs"',
  },
  {
    id: 'heading-lecteurs',
    regex:
      /^(?:ce qu['’]en pensent|l['’]avis de|la parole à|le mot de)\s+(?:nos|les|des)\s+(?:lecteurs|lectrices|internautes|abonnés)\s*[:?!.]?$/u,
    reason: 'Heading "Ce qu’en pensent nos lecteurs"',
  },
  {
    id: 'heading-reagir',
    regex:
      /^(?:réagir|reagir|réagissez|laisser un commentaire|laissez un commentaire|ajouter un commentaire|écrire un commentaire|poster un commentaire|répondre à cet article|un commentaire \?)(?:\s+à cet article)?\s*[:!.]?$/u,
    reason: 'Heading of a comment form',
  },
  // English WordPress themes: "10 thoughts on “…”", "One response to …", "Leave a Reply".
  {
    id: 'heading-thoughts',
    regex:
      /^(?:\d+|one|two|three)\s+(?:thoughts?|responses?|replies|comments?)\s+(?:on|to)\s+.{1,200}$/u,
    reason: 'WordPress "N thoughts on" heading',
  },
  {
    id: 'heading-comments-en',
    regex:
      /^(?:(?:\d+|no)\s+)?(?:comments?|responses?|replies)(?:\s*\(\d+\))?\s*:?$|^leave a (?:reply|comment)|^(?:join the (?:discussion|conversation)|discussion|diskutieren sie mit)$/u,
    reason: 'English comments heading',
  },
  // German blogs in the corpus family (netzpolitik, Verfassungsblog): "N Kommentare".
  {
    id: 'heading-kommentare',
    regex: /^(?:\d+\s+)?(?:kommentare?|ergänzungen)(?:\s*\(\d+\))?\s*:?$/u,
    reason: 'German comments heading',
  },
];

/** Short blocks that are boilerplate wherever they appear: teasers, prompts, "read also". */
export interface TextPattern {
  id: string;
  /**
   * Tested against the block's lower-cased text, so written in lower case and without the `i`
   * flag: V8 compiles a regex about 2–3× slower under `i`, and these are compiled afresh at
   * every start (issue 9).
   */
  regex: RegExp;
  reason: string;
  kind: HtmlKind;
  /**
   * An appeal that opens or closes a small box (heading, pitch, button) takes the box with it:
   * see `APPEAL_BOX_MAX_CHARS`. Default false.
   */
  opensBox?: boolean;
}

/** A box opened by an appeal is removed whole when its text is at most this long. */
export const APPEAL_BOX_MAX_CHARS = 600;

// Month names for datelines: French, English, German (abbreviated or not).
const MONTHS = String.raw`(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec|jan|feb|mar|apr|may|jun|jul|aug|sep|okt|dez|januar|februar|märz|april|juni|juli|august|september|oktober|november|dezember|january|february|march|june|july|october|december)[\p{L}]*\.?`;

export const TEXT_PATTERNS: readonly TextPattern[] = [
  // French paywall teasers (Le Monde, Le Figaro, Libération, L'Opinion, regional press).
  {
    id: 'paywall-teaser',
    regex:
      /^(?:cet article est réservé aux abonnés|article réservé aux abonnés|réservé aux abonnés|il vous reste \d+\s*% de (?:cet |l['’])article à lire|la suite est réservée aux abonnés|pour lire la suite|abonnez-vous pour (?:lire|accéder)|vous devez (?:vous abonner|être abonné)|déjà abonné)/u,
    reason: 'Paywall teaser: the article may be truncated',
    kind: 'paywall',
  },
  // "Lire aussi" / "À lire aussi" / "Sur le même sujet" link paragraphs inside French articles.
  {
    id: 'read-also',
    regex:
      /^(?:[àa] )?(?:lire|voir|écouter|découvrir) (?:aussi|également|notre|nos|la suite)\b|^sur le (?:même )?(?:sujet|thème)\b|^(?:les )?(?:articles? )?(?:les )?plus (?:lus|partagés|commentés)\b|^(?:audios? et )?vidéos? sur le (?:même )?sujet\b|^dans la même rubrique\b|^articles? (?:similaires|liés|associés|recommandés)\b|^(?:read|see) (?:more|also)\b|^related(?: articles| posts)?\s*:?$|^mehr zum thema\b|^lesen sie auch\b/u,
    reason: '"Lire aussi" / related-article link',
    kind: 'boilerplate',
  },
  // Ad slot labels: French sites must label ads ("Publicité"), the label is all that is left
  // of an empty slot once its script is gone.
  {
    id: 'ad-label',
    regex: /^(?:publicité|pub|annonce|advertisement|sponsorisé|contenu sponsorisé)$/u,
    reason: 'Advertising slot label',
    kind: 'boilerplate',
  },
  // Share, print and permalink prompts left inside the article body.
  {
    id: 'share-text',
    regex:
      /^(?:partager(?: cet article)?(?: sur)?|partagez(?: cet article)?|share(?: this)?(?: article| post)?|imprimer(?: cet article| cette page)?|envoyer par e-?mail|tweet|facebook|twitter|linkedin|whatsapp|copier le lien)\s*:?$|^permalien\b/u,
    reason: 'Share or print prompt',
    kind: 'boilerplate',
  },
  // Photo credits written as a paragraph ("Crédits photos : …", "Image illustrative : …").
  {
    id: 'photo-credit',
    regex:
      /^(?:crédits?|copyright)(?: photos?| images?)?\s*:|^(?:photos?|images?|illustrations?|visuels?)(?: d['’]illustration| illustratives?| d['’]archives?)?\s*:\s*\S{1,60}$|^(?:image|photo|illustration) illustrative\b/u,
    reason: 'Photo credit line',
    kind: 'boilerplate',
  },
  // Attribution line closing a rewritten story: "Source : AFP", "Sources : L'Express, Reuters"
  // (French tech and regional sites), German "Quelle: NDR, 18.09.2025". Short, no sentence (a
  // dot only inside a date): a source the text discusses stays.
  {
    id: 'source-credit',
    regex: /^(?:sources?|avec|quellen?)\s*:\s*(?:[^.!?:]|(?<=\d)\.(?=\d)){1,60}$/u,
    reason: 'Source attribution line',
    kind: 'boilerplate',
  },
  // Subscriber-only notices inside English and German articles (the French ones are above):
  // "This content is reserved for subscribers", "Dieser Artikel ist nur für Abonnenten".
  {
    id: 'subscriber-teaser',
    regex:
      /^(?:this (?:content|article|story|post) is (?:only )?(?:reserved|available|exclusive) (?:for|to) (?:paying )?(?:subscribers|members)|(?:to )?(?:continue|keep) reading,? (?:subscribe|become a subscriber|log in)|dieser (?:artikel|beitrag|inhalt) ist (?:nur |exklusiv )?für (?:abonnenten|abonnentinnen|abonnent\*innen|abonnierende)|(?:jetzt )?weiterlesen mit (?:abo|plus|\S+\+))/u,
    reason: 'Subscriber-only notice: the article may be truncated',
    kind: 'paywall',
    opensBox: true,
  },
  // Subscription offers and metered-access notices (FR, EN, DE): "Subscribe today for unlimited
  // access", "Vous avez lu 3 articles ce mois-ci", "Jetzt abonnieren", "Already a subscriber?".
  {
    id: 'subscribe-offer',
    regex:
      /^(?:subscribe (?:now|today)|subscribe|(?:subscribe|sign up) (?:today |now )?(?:for|to get) (?:unlimited|full|digital) access|already a (?:subscriber|member)\b|become a (?:subscriber|member)|s['’]abonner|je m['’]abonne|abonnez-vous(?: dès| à partir de| pour)\b|(?:soutenez|découvrez) .{0,80}: abonnez-vous\b|vous avez (?:lu|consulté) \d+ articles?|you(?:['’]ve| have) read \d+ (?:free )?(?:articles|stories)|jetzt abonnieren|(?:sie sind )?bereits abonnent|sie haben (?:bereits )?\d+ (?:kostenlose )?artikel gelesen)/u,
    reason: 'Subscription offer',
    kind: 'boilerplate',
    opensBox: true,
  },
  // Donation appeals of reader-funded sites (German Spendenaufrufe, English and French appeals).
  {
    id: 'donation-appeal',
    regex:
      /^(?:unterstützen sie (?:uns|unabhängigen|unseren|unsere|den|guten)|jetzt (?:spenden|unterstützen)|spenden sie\b|dieser (?:artikel|beitrag|text) ist (?:frei|kostenlos) (?:zugänglich|verfügbar)|(?:please )?(?:support|fund) (?:independent|our|quality|local|nonprofit|non-profit) (?:journalism|reporting|news|newsroom|work)|(?:donate|give) (?:now|today)|make a (?:donation|gift)|(?:if you value|if you like|if you enjoyed) (?:this|our) (?:article|work|journalism|reporting)|faites un don|faire un don|je fais un don|soutenez[- ](?:nous|notre|la rédaction|le journalisme|une information|l['’]information)|aidez[- ]nous à)/u,
    reason: 'Donation appeal',
    kind: 'boilerplate',
    opensBox: true,
  },
  // Dateline and reading-time lines inside the article box ("Publié le 14 mars 2025 par …",
  // "Published 6 May 2025 / 4 minute read", "Stand: 18.09.2025 11:42 Uhr"): metadata already
  // read from the page, never a sentence (no final full stop).
  {
    id: 'dateline',
    regex: new RegExp(
      String.raw`^(?:(?:publié|publiée|mis à jour|mise à jour|modifié|actualisé|posted|published|updated|last updated|veröffentlicht|aktualisiert|stand)(?: le| on| am)?\s*:?\s*(?:\d|${MONTHS}|(?:lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[\p{L}]*\.?\s)|\d{1,3}\s*(?:min(?:utes?)?|mn)\.?\s*(?:de lecture|read|reading time)|(?:lesezeit|temps de lecture|reading time)\s*:?\s*\d)[^!?;]{0,100}(?<![.!?…])$`,
      'u',
    ),
    reason: 'Dateline or reading time inside the article',
    kind: 'boilerplate',
  },
  // Newsletter prompts written as plain paragraphs.
  {
    id: 'newsletter-text',
    regex:
      /^(?:inscrivez-vous|abonnez-vous) (?:à|a) (?:notre|la) newsletter|^recevez (?:gratuitement )?(?:notre|la) newsletter|^sign up (?:for|to) (?:our|the) newsletter/u,
    reason: 'Newsletter prompt',
    kind: 'boilerplate',
  },
  // Comment prompts left at the end of a post body.
  {
    id: 'comment-prompt',
    regex:
      /^(?:vous devez être connecté pour (?:publier|poster) un commentaire|les commentaires sont (?:fermés|clos)|comments are closed|you must be logged in to post a comment)/u,
    reason: 'Comment form prompt',
    kind: 'comments',
  },
];

/** Blocks longer than this are prose, whatever they start with. */
export const TEXT_PATTERN_MAX_CHARS = 220;
