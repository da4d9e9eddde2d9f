/**
 * LLM-stage bench, offline: runs analyseArticle over a few French texts against the fake
 * OpenAI-compatible server and prints, per article, the calls made, the estimated tokens of
 * instructions+schema vs article, and the HTTP requests the server saw.
 * Run: `npx tsx bench/llm.ts` (or `npm run bench:llm`).
 */
import { analyseArticle, translateArticle, type FormatMemory } from '../src/analyse/index.js';
import { ANALYSIS_JSON_SCHEMA } from '../src/analyse/schema.js';
import { loadPrompt, renderPrompt } from '../src/llm/prompts.js';
import { estimateTokens } from '../src/llm/tokens.js';
import {
  echoResponder,
  fakeConfig,
  fault,
  startFakeOpenAi,
  SUPERMICRO_PARAGRAPHS,
  supermicroResult,
} from '../tests/helpers/fake-openai.js';

const SHORT = [
  'Le quotidien économique Bloomberg maintient ses informations malgré les démentis répétés des entreprises concernées.',
  'Dans un court message publié vendredi, la rédaction affirme que son enquête repose sur dix-sept sources, dont des responsables du renseignement américain.',
];

const EXTRA = [
  'Le département américain de la Sécurité intérieure a indiqué samedi qu’il n’avait « aucune raison de douter » des déclarations d’Apple et d’Amazon.',
  'Au Royaume-Uni, le Centre national de cybersécurité a adopté la même position, tout en précisant qu’il restait attentif à toute nouvelle information.',
  'Plusieurs chercheurs en sécurité informatique jugent l’attaque décrite techniquement possible, mais extrêmement difficile à mettre en œuvre à grande échelle.',
  'D’autres spécialistes s’étonnent qu’aucune photographie des composants incriminés n’ait été publiée, alors que des serveurs auraient été démontés par dizaines.',
  'Chez Supermicro, la direction a annoncé un audit indépendant de ses cartes mères afin de rassurer ses clients, parmi lesquels figurent des administrations.',
  'Le titre de l’entreprise a regagné une partie du terrain perdu, sans retrouver son niveau d’avant la publication de l’enquête.',
  'À Pékin, les autorités ont de nouveau dénoncé une campagne de dénigrement visant les industriels chinois de l’électronique.',
  'Bloomberg, de son côté, n’a publié aucun rectificatif et affirme continuer ses recherches sur l’ensemble de la chaîne d’approvisionnement.',
];

const ARTICLES: { name: string; paragraphs: string[] }[] = [
  { name: 'short (2 paragraphs)', paragraphs: SHORT },
  { name: 'supermicro (6 paragraphs)', paragraphs: SUPERMICRO_PARAGRAPHS },
  { name: 'long (22 paragraphs)', paragraphs: [...SUPERMICRO_PARAGRAPHS, ...EXTRA, ...EXTRA] },
];

function row(cells: (string | number)[]): string {
  return `${cells.map((c, i) => String(c).padEnd(i === 0 ? 28 : 12)).join('')}\n`;
}

function instructionTokens(): { instructions: number; schema: number } {
  const prompt = renderPrompt(loadPrompt('analyse'), {
    length: 'standard',
    part: 'the whole article',
    article: '',
  });
  return {
    instructions: estimateTokens(prompt.system + prompt.user),
    schema: estimateTokens(JSON.stringify(ANALYSIS_JSON_SCHEMA)),
  };
}

async function main(): Promise<void> {
  const fake = await startFakeOpenAi();
  fake.respond = echoResponder;
  const out = process.stdout;
  const fixed = instructionTokens();
  out.write(
    `instructions ~${fixed.instructions} tokens + schema ~${fixed.schema} tokens = ~${fixed.instructions + fixed.schema} (target ≤ 1,200; chars/3.5)\n\n`,
  );
  out.write(row(['article', 'article tok', 'budget', 'LLM calls', 'HTTP reqs', 'usage in/out']));
  out.write('(usage as the fake server counts it: chars/4)\n');
  for (const budget of [6_000, 300]) {
    for (const { name, paragraphs } of ARTICLES) {
      const before = fake.history.length;
      const chatsBefore = fake.chats().length;
      const analysis = await analyseArticle(supermicroResult(paragraphs), {
        config: fakeConfig(fake, { tokenBudget: budget }),
        length: 'standard',
        strict: false,
      });
      const requests = fake.history.length - before;
      const calls = fake.chats().length - chatsBefore;
      const articleTokens = estimateTokens(paragraphs.join('\n\n'));
      const usage = `${analysis.usage?.promptTokens ?? 0}/${analysis.usage?.completionTokens ?? 0}`;
      out.write(row([name, articleTokens, budget, calls, requests, usage]));
    }
  }
  await fallbackScenario(fake, out);
  const translated = await translateArticle(supermicroResult(), { config: fakeConfig(fake) });
  out.write(
    `\ntranslate supermicro: ${translated.paragraphs.length} paragraphs, usage ${translated.usage.promptTokens}/${translated.usage.completionTokens}\n`,
  );
  await fake.close();
}

/** A server that rejects json_schema: the first article pays one extra request, the next none. */
async function fallbackScenario(
  fake: Awaited<ReturnType<typeof startFakeOpenAi>>,
  out: NodeJS.WriteStream,
): Promise<void> {
  const memory: FormatMemory = {};
  out.write('\nserver rejecting json_schema (format memory shared across articles):\n');
  for (const [i, { name, paragraphs }] of ARTICLES.slice(0, 2).entries()) {
    if (i === 0) fake.enqueue(fault.rejectFormat());
    const before = fake.history.length;
    await analyseArticle(supermicroResult(paragraphs), {
      config: fakeConfig(fake),
      length: 'brief',
      strict: false,
      memory,
    });
    out.write(
      `  ${name}: ${fake.history.length - before} requests, memory ${JSON.stringify(Object.values(memory))}\n`,
    );
  }
}

await main();
