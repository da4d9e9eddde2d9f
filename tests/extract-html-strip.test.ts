import { describe, expect, it } from 'vitest';
import { extractHtml } from '../src/extract/html.js';
import { COMMENT_HEADINGS, TEXT_PATTERNS } from '../src/strip/patterns-html.js';

/** A French article body long enough to win the content vote. */
const PROSE = [
  'Les pêcheurs du littoral breton ont manifesté mardi devant la préfecture, à Quimper, pour dénoncer la baisse des quotas, la hausse du gazole et les contrôles jugés tatillons.',
  'Selon la coopérative, près de quatre cents bateaux sont restés à quai, ce qui représente une perte de plusieurs millions d’euros pour la filière, déjà fragilisée par la crise.',
  'Le préfet a promis de recevoir une délégation la semaine prochaine, mais les syndicats, prudents, attendent des engagements écrits avant de lever le mouvement.',
]
  .map((t) => `<p>${t}</p>`)
  .join('');

function page(article: string, after = ''): string {
  return `<html lang="fr"><head><title>Les pêcheurs en colère</title></head><body>
    <header><a href="/">Le Journal</a><nav><a href="/a">Politique</a> <a href="/b">Économie</a></nav></header>
    <article><h1>Les pêcheurs en colère</h1>${article}</article>${after}
    <footer><a href="/mentions">Mentions légales</a></footer></body></html>`;
}

function run(html: string) {
  const result = extractHtml(html, { url: 'https://www.exemple.fr/article' });
  return { ...result, text: result.paragraphs.join('\n') };
}

const THREAD =
  '<li><p>Jean-Marc a dit : scandaleux, comme d’habitude, on nous ment sur toute la ligne.</p></li><li><p>Sophie : je suis tout à fait d’accord avec vous, rien ne change jamais ici.</p></li>';

describe('extractHtml comment stripping', () => {
  it.each([
    [
      'wp-comments',
      `<div id="comments" class="comments-area"><h2>2 commentaires</h2><ol class="comment-list">${THREAD}</ol></div>`,
    ],
    [
      'wp-respond',
      '<div id="respond" class="comment-respond"><h3 id="reply-title">Laisser un commentaire</h3><p>Votre adresse e-mail ne sera pas publiée, les champs obligatoires sont indiqués.</p></div>',
    ],
    [
      'disqus',
      '<div id="disqus_thread"><p>Jean-Marc a dit : scandaleux, comme d’habitude, on nous ment sur toute la ligne.</p></div>',
    ],
    ['spip-forum', `<div class="forum"><ul>${THREAD}</ul></div>`],
    ['figaro-comments', `<section class="fig-comments"><ul>${THREAD}</ul></section>`],
    ['lemonde-reactions', `<section class="article__reactions"><ul>${THREAD}</ul></section>`],
    [
      'schema-comment',
      `<div itemscope itemtype="https://schema.org/Comment"><p>Jean-Marc a dit : scandaleux, comme d’habitude, on nous ment sur toute la ligne.</p></div>`,
    ],
    ['comment-token', `<div class="bloc-commentaires"><ul>${THREAD}</ul></div>`],
    ['heading-vos-reactions', `<h2>Vos réactions</h2><div><ul>${THREAD}</ul></div>`],
    [
      'heading-commentaires',
      `<div><h3>12 commentaires</h3></div><div class="list"><ul>${THREAD}</ul></div>`,
    ],
    [
      'heading-commentaires',
      `<div><h3>7 avis</h3><div class="list"><ul>${THREAD}</ul></div></div>`,
    ],
    [
      'heading-vos-reactions',
      `<div><h3>Les réactions des lecteurs</h3><div class="x"><ul>${THREAD}</ul></div></div>`,
    ],
    [
      'heading-lecteurs',
      `<div><h3>Ce qu’en pensent nos lecteurs</h3><div class="x"><ul>${THREAD}</ul></div></div>`,
    ],
    ['hosted-comments', `<div class="hyvor-talk-view"><ul>${THREAD}</ul></div>`],
    ['hosted-comments', `<div id="wpdiscuz"><div id="wpd-threads"><ul>${THREAD}</ul></div></div>`],
    ['hosted-comments', `<div id="commento"><ul>${THREAD}</ul></div>`],
  ])('removes %s and records it', (rule, thread) => {
    const { text, removed } = run(page(PROSE, thread));
    expect(text).toContain('Les pêcheurs du littoral breton');
    expect(text).not.toMatch(/Jean-Marc|Sophie|adresse e-mail/);
    expect(removed.map((r) => r.rule)).toContain(rule);
    const record = removed.find((r) => r.rule === rule);
    expect(record?.chars).toBeGreaterThan(0);
    expect(record?.preview.length).toBeLessThanOrEqual(80);
  });

  it('removes an unmarked thread whose items each carry a "Répondre" link, even when longer than the article', () => {
    const items = Array.from(
      { length: 12 },
      (_, i) =>
        `<div><p><b>Lecteur${i}</b></p><p>Commentaire ${i} : on nous ment sur toute la ligne, comme d’habitude, et personne au port ne croit plus aux promesses de la préfecture depuis des années.</p><p><a href="#r${i}">Répondre</a></p></div>`,
    ).join('');
    const { text, removed } = run(page(PROSE, `<div class="discussion">${items}</div>`));
    expect(text).toContain('Les pêcheurs du littoral breton');
    expect(text).not.toMatch(/Lecteur|Commentaire \d|Répondre/);
    expect(removed.map((r) => r.rule)).toContain('action-link-thread');
  });

  it('keeps the posts of a forum page without schema.org markup, whose posts have "Citer" links', () => {
    const posts = Array.from(
      { length: 3 },
      (_, i) =>
        `<div class="post"><p><b>Membre${i}</b></p><p>Message ${i} : les quotas de pêche baissent encore cette année, la coopérative propose une réunion jeudi à Quimper pour en parler avec les élus.</p><p><a href="#q${i}">Citer</a></p></div>`,
    ).join('');
    const html = `<html lang="fr"><head><title>Quotas de pêche</title></head><body><h1>Quotas de pêche</h1><div class="posts">${posts}</div></body></html>`;
    const { text, removed } = run(html);
    expect(text).toContain('Message 0 : les quotas de pêche baissent');
    expect(removed.map((r) => r.rule)).not.toContain('action-link-thread');
  });

  it('keeps a heading that starts with the adverb "Comment" and an article about comments', () => {
    const article = `${PROSE}<h2>Comment réagissent les pêcheurs ?</h2><p>Les commentaires des élus, sur les réseaux sociaux, ont irrité les marins, qui réclament des actes et non des mots.</p>`;
    const { text, removed } = run(page(article));
    expect(text).toContain('Comment réagissent les pêcheurs ?');
    expect(text).toContain('Les commentaires des élus');
    expect(removed.filter((r) => r.rule.startsWith('heading'))).toEqual([]);
  });

  it('keeps live commentary and forum posts', () => {
    const live = `<div class="live-match-comment"><div class="live-match-comment-body"><p>12e minute : le ballon arrive enfin dans la surface, mais la frappe, trop molle, est captée par le gardien.</p></div></div>`;
    expect(run(page(PROSE + live)).text).toContain('12e minute');
    const ld =
      '<script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Quota de pêche"}</script>';
    const forum = `<html><head>${ld}</head><body><div id="forum">${PROSE}<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p>Réponse de Marc : les quotas, fixés à Bruxelles, ne tiennent aucun compte des réalités du terrain.</p></div></div></body></html>`;
    expect(run(forum).text).toContain('Réponse de Marc');
  });

  it('flags paywall teasers with a warning', () => {
    const { text, warnings, removed } = run(
      page(
        `${PROSE}<p>Il vous reste 75% de cet article à lire.</p><div class="paywall"><p>Abonnez-vous pour lire la suite, à partir de 1 € le premier mois.</p></div>`,
      ),
    );
    expect(text).not.toMatch(/Il vous reste|Abonnez-vous/);
    expect(warnings.map((w) => w.code)).toContain('PAYWALL');
    expect(removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['paywall-teaser', 'paywall-box']),
    );
  });

  it('removes site chrome, share bars, newsletter boxes and "Lire aussi" links', () => {
    const article = `${PROSE}<p>Lire aussi : <a href="/x">La pêche en crise</a></p><div class="share-buttons"><a href="/fb">Facebook</a></div><div class="newsletter"><p>Inscrivez-vous à notre newsletter</p></div>`;
    const { text, removed } = run(
      page(
        article,
        '<aside><h2>Les plus lus</h2><ul><li><a href="/1">Un autre article</a></li></ul></aside>',
      ),
    );
    expect(text).not.toMatch(/Lire aussi|Facebook|newsletter|Mentions légales|Politique|plus lus/);
    expect(removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining([
        'read-also',
        'share',
        'newsletter',
        'chrome-nav',
        'chrome-footer',
        'chrome-aside',
      ]),
    );
  });
});

describe('markup text rules and case', () => {
  // Start-up (issue 9): a regex compiled with the `i` flag costs V8 about 2–3× as much, and every
  // run compiles these afresh; the block's text is lower-cased once instead.
  it('fold case once per block, not in each regex', () => {
    const folded = [...TEXT_PATTERNS, ...COMMENT_HEADINGS].filter((p) =>
      p.regex.flags.includes('i'),
    );
    expect(folded.map((p) => p.id)).toEqual([]);
  });

  it('still match upper-case blocks and headings', () => {
    const article = `${PROSE}<p>LIRE AUSSI : <a href="/x">La pêche en crise</a></p><p>PUBLIÉ LE 14 MARS 2025 PAR JEAN DUPONT</p>`;
    const thread = `<h2>VOS RÉACTIONS</h2><div><p>${'Jean-Marc : scandaleux, comme toujours, on nous ment. '.repeat(2)}</p></div>`;
    const { text, removed } = run(page(article, thread));
    expect(text).not.toMatch(/LIRE AUSSI|PUBLIÉ|scandaleux/);
    expect(removed.map((r) => r.rule)).toEqual(
      expect.arrayContaining(['read-also', 'dateline', 'heading-vos-reactions']),
    );
  });
});
