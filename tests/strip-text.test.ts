import { describe, expect, it } from 'vitest';
import { matchTextPattern, TEXT_PATTERNS } from '../src/strip/patterns-text.js';
import { stripTextComments } from '../src/strip/text.js';

// Invented article prose in the style of French tech and regional news.
const ARTICLE = [
  'La mairie de Quimperlé a voté jeudi soir la fermeture de la piscine municipale pour six mois.',
  "Les travaux, estimés à 2,4 millions d'euros, doivent remplacer une toiture jugée dangereuse par les experts mandatés l'an dernier.",
  "« Nous n'avions pas d'autre choix », a expliqué l'adjointe aux sports, qui promet des créneaux dans les bassins voisins.",
  "Les clubs de natation s'inquiètent toutefois pour la saison des compétitions, qui débute en octobre.",
];

describe('stripTextComments: clean input', () => {
  it('leaves a clean article untouched', () => {
    const result = stripTextComments(ARTICLE);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed).toEqual([]);
  });

  it('keeps the adverb "Comment" and prose about comments', () => {
    const blocks = [
      ...ARTICLE,
      'Comment réagissent les maîtres-nageurs ?',
      "Le préfet n'a fait aucun commentaire.",
      'Aucun commentaire',
      'Sur les réseaux sociaux, les commentaires des habitants ont afflué toute la soirée.',
      "Le fabricant de la toiture ne fait aucun commentaire pour l'instant.",
      'Les commentaires sont fermés sur la page Facebook du club depuis samedi.',
      'La CNIL rappelle que les mentions légales doivent rester lisibles.',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(blocks);
    expect(result.removed).toEqual([]);
  });

  it('keeps a live blog with bare times intact', () => {
    const blocks = [
      'Suivez en direct la séance du conseil régional.',
      '09h12 — La présidente ouvre la séance et annonce un vote sur les transports.',
      '09h40 — L’opposition demande une suspension de séance.',
      '10h05 - Reprise des débats, le budget des lycées est adopté.',
      '10h31 : Un élu écologiste dénonce « un passage en force ».',
      '11h02 — Fin de la séance, rendez-vous la semaine prochaine.',
    ];
    expect(stripTextComments(blocks)).toEqual({ kept: blocks, removed: [] });
  });

  it("keeps the article's own byline and co-author lines", () => {
    const blocks = [
      'Par Jeanne Kervella, le 15 mai 2019 à 09h23',
      'Par Loïc Tanguy, le 15 mai 2019 à 09h23',
      'Publié le 15/05/2019 à 09:23',
      'Mis à jour le 15/05/2019 à 11:02',
      ...ARTICLE,
    ];
    expect(stripTextComments(['Titre', ...blocks]).kept).toEqual(['Titre', ...blocks]);
  });

  it('keeps an article whose header is a bare date line and that introduces a quote with "a dit :"', () => {
    const blocks = [
      'Une piscine fermée six mois',
      '15 mai 2019 à 09h23',
      ...ARTICLE,
      'Le maire a dit :',
      '« Nous rouvrirons avant l’été prochain, quoi qu’il arrive. »',
    ];
    expect(stripTextComments(blocks)).toEqual({ kept: blocks, removed: [] });
  });

  it('does not cut at a comment counter shown under the title', () => {
    const blocks = [
      'Une piscine fermée six mois',
      '12 commentaires',
      'Par Jeanne Kervella, le 15 mai 2019 à 09h23',
      ...ARTICLE,
    ];
    expect(stripTextComments(blocks).kept).toEqual(blocks);
  });
});

describe('stripTextComments: threads', () => {
  it('removes a Next INpact-style thread with paywall and legal footers', () => {
    const blocks = [
      ...ARTICLE,
      'Ce contenu est désormais en accès libre',
      'Nos journalistes ont pu le préparer parce que des lecteurs paient leur abonnement.',
      "ou choisissez l'une de nos offres d'abonnement :",
      '37 commentaires',
      'Avatar de Brezhoneg Abonné',
      'Avatar de BrezhonegBrezhoneg- 12/06/19 à 10:14:07',
      'Six mois sans piscine, les enfants vont encore apprendre à nager dans la mer.',
      'Avatar de mamm_goz Abonné',
      'Avatar de mamm_gozmamm_goz- 12/06/19 à 10:20:55',
      'Brezhoneg a écrit :',
      // A quoted reply repeats article text; it is still part of the thread.
      "« Nous n'avions pas d'autre choix », a expliqué l'adjointe aux sports.",
      'Ils disent ça à chaque fois.',
      'Édité par mamm_goz le 12/06/2019 à 10:22',
      'Avatar de Kig ha Farz Abonné',
      'Avatar de Kig ha FarzKig ha Farz- 12/06/19 à 10:31:40',
      'Le toit fuyait déjà en 2012.',
      "Il n'est plus possible de commenter cette actualité.",
      'Page 1 / 4',
      '2003 - 2019 Presse Armor - SARL de presse. N° de CPPAP 0000 Z 00000.',
      'Marque déposée. Tous droits réservés. Mentions légales et contact',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed.map((r) => r.rule)).toEqual([
      'text-paywall-footer',
      'text-comment-counter',
      'text-legal-footer',
    ]);
    const thread = result.removed[1];
    expect(thread?.preview).toBe(
      '37 commentaires Avatar de Brezhoneg Abonné Avatar de BrezhonegBrezhoneg- 12/06/1',
    );
    expect(thread?.preview).toHaveLength(80);
    const threadBlocks = blocks.slice(ARTICLE.length + 3, blocks.length - 2);
    expect(thread?.chars).toBe(threadBlocks.join('').length);
    expect(result.removed[0]?.chars).toBe(blocks.slice(4, 7).join('').length);
  });

  it('finds a thread by avatar bylines alone, without a counter', () => {
    const blocks = [
      ...ARTICLE,
      'Avatar de Gwen Abonné',
      'Avatar de GwenGwen- 03/02/20 à 18:02:11',
      'Enfin une bonne nouvelle pour la sécurité des enfants.',
      'Avatar de Yann29 Abonné',
      'Avatar de Yann29Yann29- 03/02/20 à 18:15:43',
      'Bonne nouvelle ? Six mois sans bassin !',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed).toHaveLength(1);
    expect(result.removed[0]?.rule).toBe('text-avatar-line');
  });

  it('removes Disqus-like "pseudo · il y a 2 heures" comments', () => {
    const blocks = [
      ...ARTICLE,
      '4 réactions',
      'Marcel_B · il y a 2 heures',
      'Et les scolaires, ils iront où ?',
      'Répondre',
      'nageuse56 · il y a 1 heure',
      'À Lorient, il reste de la place le mercredi.',
      'Répondre · Signaler',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed.map((r) => r.rule)).toEqual(['text-comment-counter']);
  });

  it('removes "Par X, le 15 mai 2019 à 09h23" comment bylines', () => {
    const blocks = [
      ...ARTICLE,
      'Commentaires (3)',
      'Par Titouan, le 15 mai 2019 à 09h23',
      'Il était temps, cette toiture faisait peur.',
      'Par Anne-Laure B., le 15 mai 2019 à 10h02',
      'Et qui paie les 2,4 millions ? Le contribuable, comme toujours.',
      'Signaler',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed[0]?.rule).toBe('text-comment-counter');
  });

  it('removes forum "X le 12/03/2021 à 14:02" bylines without a counter', () => {
    const blocks = [
      ...ARTICLE,
      'plouf22 le 12/03/2021 à 14:02',
      'On nous avait promis un bassin olympique.',
      'Répondre',
    ];
    expect(stripTextComments(blocks).kept).toEqual(ARTICLE);
  });

  it('removes "#1 pseudo - 12/03/2021 14:02" numbered bylines (time without "à")', () => {
    const blocks = [
      ...ARTICLE,
      '#1 plouf22 - 12/03/2021 14:02',
      'On nous avait promis un bassin olympique.',
      '#2 Nageuse29 - 12/03/2021 15:40',
      'Et les scolaires, ils iront où ?',
    ];
    expect(stripTextComments(blocks).kept).toEqual(ARTICLE);
  });

  it('removes "Le 12 mars 2021 à 14:02, X a dit :" bylines', () => {
    const blocks = [
      ...ARTICLE,
      'Le 12 mars 2021 à 14:02, plouf22 a dit :',
      'On nous avait promis un bassin olympique.',
      'Le 12 mars 2021 à 15:40, Nageuse29 a dit :',
      'Et les scolaires, ils iront où ?',
    ];
    expect(stripTextComments(blocks).kept).toEqual(ARTICLE);
  });

  it('removes comments whose pseudo sits above a bare date line, pseudo included', () => {
    const blocks = [
      ...ARTICLE,
      'plouf22',
      '12 mars 2021 à 14h02',
      'On nous avait promis un bassin olympique.',
      'Répondre',
      'Nageuse29',
      '12 mars 2021 à 15h40',
      'Et les scolaires, ils iront où ?',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed[0]?.preview.startsWith('plouf22')).toBe(true);
  });

  it('removes a SPIP forum', () => {
    const blocks = [
      ...ARTICLE,
      'Un message, un commentaire ?',
      '2 Messages de forum',
      'Message de Morgane le 2 avril 2021 à 17:45',
      'Merci pour cet article très clair.',
      'Répondre à ce message',
      '3 avril 2021, 08:12, par Erwan',
      'Je confirme, les travaux étaient attendus.',
      'Répondre à ce message',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed[0]?.rule).toBe('text-comment-heading');
  });

  it('removes WordPress pings at the end as one removal', () => {
    const blocks = [
      ...ARTICLE,
      'Ping : Piscines bretonnes, le grand chantier - Le Blog du Nageur',
      'Pingback : Quimperlé : la toiture de la discorde | Ouest Nages',
      'Rétrolien : Revue de presse du 16 mai',
    ];
    const result = stripTextComments(blocks);
    expect(result.kept).toEqual(ARTICLE);
    expect(result.removed).toEqual([
      {
        rule: 'text-trackback',
        reason: expect.any(String),
        chars: blocks.slice(4).join('').length,
        preview: 'Ping : Piscines bretonnes, le grand chantier - Le Blog du Nageur Pingback : Quim',
      },
    ]);
  });

  it('removes closed-thread and comment-form lines at the very end', () => {
    const tails = [
      ['Les commentaires sont fermés.'],
      ['Laisser un commentaire', 'Votre adresse e-mail ne sera pas publiée.'],
      ['Vous devez être connecté pour publier un commentaire.'],
      ['1 commentaire'],
      ['Partager : Facebook Twitter LinkedIn', '© 2021 Le Télégramme du Port'],
    ];
    for (const tail of tails) {
      expect(stripTextComments([...ARTICLE, ...tail]).kept).toEqual(ARTICLE);
    }
  });

  it('is idempotent', () => {
    const blocks = [...ARTICLE, '2 réactions', 'Marcel_B · il y a 2 heures', 'Bravo.', 'Répondre'];
    const once = stripTextComments(blocks).kept;
    expect(stripTextComments(once)).toEqual({ kept: once, removed: [] });
  });
});

/** One block each pattern must name, and the pattern. */
const MATCHES: [string, string][] = [
  ['82 commentaires', 'text-comment-counter'],
  ['3 réactions', 'text-comment-counter'],
  ['Commentaires (12)', 'text-comment-counter'],
  ['1 commentaire', 'text-comment-counter'],
  ['Vos réactions', 'text-comment-heading'],
  ['2 réponses à « Une piscine fermée »', 'text-comment-heading'],
  ['Avatar de KP2 Abonné', 'text-avatar-line'],
  ['Lolo56- 05/10/18 à 08:48:21', 'text-comment-byline'],
  ['Par Titouan, le 15 mai 2019 à 09h23', 'text-comment-byline'],
  ['plouf22 le 12/03/2021 à 14:02', 'text-comment-byline'],
  ['Marcel_B · il y a 3 heures', 'text-comment-relative-byline'],
  ['Répondre', 'text-comment-action'],
  ['Signaler un abus', 'text-comment-action'],
  ['Gwen a écrit :', 'text-comment-quote'],
  ['Édité par Gwen le 05/10/2018 à 08:56', 'text-comment-edited'],
  ['Page 1 / 9', 'text-comment-pagination'],
  ["Il n'est plus possible de commenter cette actualité.", 'text-comments-closed'],
  ['Les commentaires sont fermés.', 'text-comments-closed'],
  ['Les réactions sont closes', 'text-comments-closed'],
  ['Les commentaires sont clos pour cet article.', 'text-comments-closed'],
  ['Laisser un commentaire', 'text-comment-form'],
  ['Ping : Un autre billet - Un blog', 'text-trackback'],
  ['Ce contenu est désormais en accès libre', 'text-paywall-footer'],
  ["ou choisissez l'une de nos offres d'abonnement :", 'text-paywall-footer'],
  ['© 2019 Presse Armor', 'text-legal-footer'],
  ['Tous droits réservés', 'text-legal-footer'],
  ['Partager sur Facebook', 'text-share'],
  ['Le 12 mars 2024 à 10:21, JeanMi a dit :', 'text-comment-byline-said'],
  ['12 mars 2021, 14:02, par Jeanne', 'text-comment-byline-spip'],
  ['12 mars 2024 à 10h21', 'text-comment-date-line'],
  ['2000 - 2019 INpact MediaGroup - SARL de presse', 'text-legal-footer'],
  ['Marque déposée. Mentions légales et contact', 'text-legal-footer'],
];

describe('TEXT_PATTERNS', () => {
  it.each(MATCHES)('%s → %s', (block, id) => {
    expect(matchTextPattern(block)?.id).toBe(id);
  });

  it.each([
    'Comment réagissent les pêcheurs ?',
    'Supermarchés : aucun commentaire de la direction',
    '09h12 — Le ministre annonce un plan de relance.',
    'Paris, le 15 mai 2019',
    'Publié le 12/03/2021 à 14:02',
    'Page blanche pour les élus',
    'Les commentaires des internautes ont afflué.',
  ])('%s matches nothing', (block) => {
    expect(matchTextPattern(block)).toBeNull();
  });

  // Start-up (issue 9): a Unicode class compiled with the `i` flag costs V8 about 3× as much
  // (it closes the class over case), and every run compiles these regexes afresh. The block is
  // lower-cased once instead; upper-case blocks match as before.
  it('folds case once per block, not in each regex', () => {
    expect(TEXT_PATTERNS.filter((p) => p.regex.flags.includes('i')).map((p) => p.id)).toEqual([]);
  });

  it.each([
    ['82 COMMENTAIRES', 'text-comment-counter'],
    ['VOS RÉACTIONS', 'text-comment-heading'],
    ['PAR TITOUAN, LE 15 MAI 2019 À 09H23', 'text-comment-byline'],
    ['RÉPONDRE', 'text-comment-action'],
    ['ÉDITÉ PAR GWEN LE 05/10/2018 À 08:56', 'text-comment-edited'],
    ['Tous Droits Réservés', 'text-legal-footer'],
  ])('%s (upper case) → %s', (block, id) => {
    expect(matchTextPattern(block)?.id).toBe(id);
  });

  // Start-up (issue 9): the regexes spelling a pseudo, a date or a time hold Unicode classes that
  // V8 takes milliseconds to compile; a cheap gate keeps them from being compiled (and run) for
  // blocks that cannot match, which on most pages is every block.
  it.each([
    'text-comment-byline',
    'text-comment-byline-spip',
    'text-comment-byline-said',
    'text-comment-date-line',
    'text-comment-relative-byline',
    'text-comment-quote',
    'text-comment-edited',
    'text-legal-footer',
  ])('%s has a gate without Unicode classes', (id) => {
    const gate = TEXT_PATTERNS.find((p) => p.id === id)?.needs;
    expect(gate).toBeInstanceOf(RegExp);
    expect(gate?.source).not.toMatch(/\\p\{/u);
  });

  it('lets every block its regex matches through its gate', () => {
    const blocks = [...MATCHES.map(([block]) => block), ...ARTICLE];
    for (const pattern of TEXT_PATTERNS) {
      for (const block of blocks.map((b) => b.toLowerCase())) {
        if (pattern.regex.test(block)) expect(pattern.needs?.test(block) ?? true).toBe(true);
      }
    }
  });

  it('has unique ids and a reason for every pattern', () => {
    const ids = TEXT_PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const pattern of TEXT_PATTERNS) expect(pattern.reason).not.toBe('');
  });
});
