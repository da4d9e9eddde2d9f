import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../src/types.js';
import { runCli } from './helpers/run-cli.js';

/** A French article with every structure the Markdown output must keep. */
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>La réforme des retraites en questions</title></head><body>
<article><h1>La réforme des retraites en questions</h1>
<p>Le gouvernement a présenté mercredi son projet de réforme, qui prévoit de reculer l'âge légal de départ à la retraite et d'allonger la durée de cotisation, selon le <a href="https://www.exemple.fr/dossier">dossier de presse</a> publié le matin même.</p>
<h2>Ce qui change pour les salariés</h2>
<p>Les salariés nés après 1968 seront les premiers concernés par ces mesures, qui s'appliqueront progressivement à partir du mois de septembre prochain.</p>
<ul><li>Un âge légal porté à 64 ans</li><li>Une durée de cotisation de 43 ans</li></ul>
<h3>Les étapes du calendrier</h3>
<ol><li>Examen en conseil des ministres</li><li>Débat à l'Assemblée nationale</li></ol>
<blockquote><p>Cette réforme est indispensable pour sauver notre système par répartition, a affirmé la Première ministre devant les députés.</p></blockquote>
<p>Les syndicats ont aussitôt appelé à une journée de mobilisation, <a href="javascript:alert(1)">voir la carte</a> et <a href="/greves">le calendrier des grèves</a>, dénonçant un texte injuste et brutal pour les travailleurs.</p>
</article></body></html>`;

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-md-'));
  writeFileSync(path.join(dir, 'retraites.html'), PAGE);
});

describe('extract --format markdown keeps the structure', () => {
  it('renders headings, bullets, numbered items and quotes', async () => {
    const { code, stdout, stderr } = await runCli([
      'extract',
      '-f',
      'markdown',
      path.join(dir, 'retraites.html'),
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('\n## Ce qui change pour les salariés\n');
    expect(stdout).toContain('\n### Les étapes du calendrier\n');
    expect(stdout).toContain(
      '\n- Un âge légal porté à 64 ans\n- Une durée de cotisation de 43 ans\n',
    );
    expect(stdout).toContain(
      "\n1. Examen en conseil des ministres\n2. Débat à l'Assemblée nationale\n",
    );
    expect(stdout).toContain('\n> Cette réforme est indispensable');
    // Without --links, link text stays plain text.
    expect(stdout).toContain('selon le dossier de presse publié');
    expect(stdout).not.toContain('](');
  });

  it('--links keeps http(s) links as [text](url), resolved, never javascript:', async () => {
    const { code, stdout, stderr } = await runCli([
      'extract',
      '-f',
      'markdown',
      '--links',
      path.join(dir, 'retraites.html'),
    ]);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain('selon le [dossier de presse](https://www.exemple.fr/dossier) publié');
    expect(stdout).toContain('mobilisation, voir la carte et');
    expect(stdout).not.toMatch(/javascript/i);
    // A relative link from a local file has no web address: its text stays, unlinked.
    expect(stdout).toContain(' et le calendrier des grèves, ');
  });

  it('JSON gains blocks aligned one-to-one with paragraphs, text unchanged', async () => {
    const { code, stdout, stderr } = await runCli([
      'extract',
      '-f',
      'jsonl',
      path.join(dir, 'retraites.html'),
    ]);
    expect(code, stderr).toBe(0);
    const { article } = JSON.parse(stdout) as ExtractResult;
    const blocks = article.blocks ?? [];
    expect(blocks.map((b) => b.text)).toEqual(article.paragraphs);
    expect(article.text).toBe(article.paragraphs.join('\n\n'));
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'heading',
      'list-item',
      'list-item',
      'quote',
      'paragraph',
    ]);
    expect(blocks[1]).toMatchObject({ kind: 'heading', level: 2 });
    expect(blocks[3]).toMatchObject({ kind: 'list-item', ordered: false });
    expect(blocks[6]).toMatchObject({ kind: 'list-item', ordered: true });
    expect(blocks[0]?.links).toEqual([
      { text: 'dossier de presse', url: 'https://www.exemple.fr/dossier' },
    ]);
  });
});

describe('links resolve against the page URL', () => {
  it('a relative link of a fetched page becomes absolute', async () => {
    const { extractDocument } = await import('../src/extract/index.js');
    const { renderExtract } = await import('../src/render/extract.js');
    const result = extractDocument({
      source: 'https://www.journal.fr/politique/retraites',
      url: 'https://www.journal.fr/politique/retraites',
      kind: 'html',
      body: Buffer.from(PAGE),
      contentType: 'text/html; charset=utf-8',
    });
    const md = renderExtract(result, 'markdown', { links: true });
    expect(md).toContain('[le calendrier des grèves](https://www.journal.fr/greves)');
  });
});
