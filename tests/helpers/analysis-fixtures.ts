/**
 * Realistic extracted articles and analyses for store, claims and briefing tests, built the way
 * the pipeline builds them: ids from analyse/ids.ts, spans located in the article text.
 *
 *   supermicroLeMonde()   Bloomberg asserts spy chips; Apple denies; Amazon denies
 *   supermicroLeFigaro()  the same story from a second outlet (Bloomberg, Apple, Supermicro)
 *   microsoftProPublica() ProPublica on China-based engineers for the Pentagon; Microsoft answers
 *   rulesAnalysisOf(x)    the rules-engine shape of any fixture: English fields null, French summary
 */
import { articleKey, claimId, entityId } from '../../src/analyse/ids.js';
import { RULES_VERSION } from '../../src/rules/index.js';
import type {
  Analysis,
  Certainty,
  Claim,
  Entity,
  EntityType,
  ExtractResult,
  Stance,
} from '../../src/types.js';

export interface Fixture {
  extract: ExtractResult;
  analysis: Analysis;
}

interface ArticleSpec {
  url: string;
  site: string;
  title: string;
  publishedAt: string | null;
  paragraphs: string[];
}

interface EntitySpec {
  name: string;
  type: EntityType;
  mentions: string[];
  description?: string;
}

interface ClaimSpec {
  claimant: string;
  stance: Stance;
  certainty?: Certainty;
  claim: string;
  quote: string;
  quoteEn: string;
  /** Entity names (claimant included when it is an entity). */
  entities: string[];
}

interface AnalysisSpec {
  headline: string;
  summary: string;
  bullets?: string[];
  entities: EntitySpec[];
  claims: ClaimSpec[];
}

export function makeExtract(spec: ArticleSpec): ExtractResult {
  const text = spec.paragraphs.join('\n\n');
  return {
    source: spec.url,
    article: {
      url: spec.url,
      canonicalUrl: spec.url,
      title: spec.title,
      byline: null,
      publishedAt: spec.publishedAt,
      siteName: spec.site,
      lang: 'fr',
      text,
      paragraphs: spec.paragraphs,
      wordCount: text.split(/\s+/).length,
    },
    removed: [],
    warnings: [],
  };
}

function toEntity(spec: EntitySpec): Entity {
  return {
    id: entityId(spec.type, spec.name),
    name: spec.name,
    type: spec.type,
    mentions: spec.mentions,
    description: spec.description ?? null,
  };
}

function toClaim(spec: ClaimSpec, extract: ExtractResult, entities: Entity[]): Claim {
  const { text } = extract.article;
  const start = text.indexOf(spec.quote);
  if (start < 0) throw new Error(`fixture quote not in its article: ${spec.quote}`);
  const ids = spec.entities.map((name) => {
    const entity = entities.find((e) => e.name === name);
    if (!entity) throw new Error(`fixture entity missing: ${name}`);
    return entity.id;
  });
  return {
    id: claimId(articleKey(extract.article), spec.claimant, spec.quote),
    claim: spec.claim,
    claimant: spec.claimant,
    stance: spec.stance,
    certainty: spec.certainty ?? 'certain',
    quote: spec.quote,
    quoteEn: spec.quoteEn,
    span: { start, end: start + spec.quote.length },
    grounded: true,
    entities: ids,
  };
}

/** An LLM-engine analysis of `extract` from a readable spec. */
export function makeAnalysis(extract: ExtractResult, spec: AnalysisSpec): Analysis {
  const entities = spec.entities.map(toEntity);
  const { text: _text, paragraphs: _p, ...meta } = extract.article;
  return {
    source: extract.source,
    article: meta,
    summary: {
      headline: spec.headline,
      text: spec.summary,
      bullets: spec.bullets ?? [],
      lang: 'en',
    },
    entities,
    claims: spec.claims.map((c) => toClaim(c, extract, entities)),
    engine: 'openai',
    model: 'gpt-4o-mini',
    promptVersion: 'analyse-3',
    usage: { promptTokens: 1800, completionTokens: 420 },
    warnings: [],
  };
}

/** The same article as the rules engine would give it: French summary, no English. */
export function rulesAnalysisOf(fixture: Fixture): Analysis {
  const { analysis, extract } = fixture;
  const first = extract.article.paragraphs[0] ?? '';
  return {
    ...analysis,
    summary: { headline: extract.article.title, text: first, bullets: [], lang: 'fr' },
    claims: analysis.claims.map((c) => ({ ...c, claim: null, quoteEn: null })),
    engine: 'rules',
    model: null,
    promptVersion: RULES_VERSION,
    usage: null,
    warnings: [{ code: 'NOT_TRANSLATED', message: 'rules engine: no translation' }],
  };
}

const SUPERMICRO_ENTITIES: EntitySpec[] = [
  { name: 'Bloomberg', type: 'ORG', mentions: ['Bloomberg', 'Bloomberg Businessweek'] },
  { name: 'Supermicro', type: 'ORG', mentions: ['Supermicro'] },
  { name: 'Apple', type: 'ORG', mentions: ['Apple'] },
  { name: 'Amazon', type: 'ORG', mentions: ['Amazon', 'AWS'] },
  {
    name: "People's Liberation Army",
    type: 'ORG',
    mentions: ["l'Armée populaire de libération"],
  },
  { name: 'China', type: 'LOCATION', mentions: ['Chine', 'chinois'] },
];

export function supermicroLeMonde(): Fixture {
  const extract = makeExtract({
    url: 'https://www.lemonde.fr/pixels/article/2018/10/04/des-puces-espionnes-chinoises_5364.html',
    site: 'Le Monde',
    title: 'Des puces espionnes chinoises dans des serveurs américains ? Apple et Amazon démentent',
    publishedAt: '2018-10-04T18:02:00+02:00',
    paragraphs: [
      "Selon une enquête de Bloomberg Businessweek publiée jeudi 4 octobre, des espions chinois auraient implanté des puces minuscules dans des cartes mères fabriquées pour Supermicro, utilisées dans des serveurs d'Apple et d'Amazon.",
      "« Des agents de l'Armée populaire de libération ont fait implanter des puces malveillantes dans les cartes mères de Supermicro », affirme Bloomberg, qui cite dix-sept sources anonymes.",
      "Apple a fermement démenti. « Nous n'avons jamais trouvé de puces malveillantes ni de manipulations matérielles dans nos serveurs », a déclaré l'entreprise dans un communiqué.",
      "Amazon conteste également ces informations : « Il est faux de dire qu'AWS a découvert des puces modifiées dans les cartes mères de Supermicro », écrit le groupe.",
      "Supermicro affirme n'avoir été contacté par aucune agence gouvernementale à ce sujet.",
    ],
  });
  const analysis = makeAnalysis(extract, {
    headline: 'Bloomberg says Chinese spy chips reached Apple and Amazon servers; both deny it',
    summary:
      'Bloomberg Businessweek reports that Chinese military agents had tiny chips implanted in Supermicro motherboards used in Apple and Amazon servers. Apple and Amazon flatly deny finding any such chips. Supermicro says no government agency contacted it.',
    entities: SUPERMICRO_ENTITIES,
    claims: [
      {
        claimant: 'Bloomberg',
        stance: 'asserts',
        claim:
          'Chinese agents implanted malicious chips in Supermicro motherboards used in Apple and Amazon servers',
        quote:
          "Des agents de l'Armée populaire de libération ont fait implanter des puces malveillantes dans les cartes mères de Supermicro",
        quoteEn:
          "Agents of the People's Liberation Army had malicious chips implanted in Supermicro motherboards",
        entities: ['Bloomberg', "People's Liberation Army", 'Supermicro', 'Apple', 'Amazon'],
      },
      {
        claimant: 'Apple',
        stance: 'denies',
        claim: "Malicious chips were implanted in Apple's servers",
        quote:
          "Nous n'avons jamais trouvé de puces malveillantes ni de manipulations matérielles dans nos serveurs",
        quoteEn: 'We have never found malicious chips or hardware manipulations in our servers',
        entities: ['Apple'],
      },
      {
        claimant: 'Amazon',
        stance: 'denies',
        claim: 'Amazon found malicious chips in Supermicro motherboards',
        quote:
          "Il est faux de dire qu'AWS a découvert des puces modifiées dans les cartes mères de Supermicro",
        quoteEn: 'It is untrue that AWS found modified chips in Supermicro motherboards',
        entities: ['Amazon', 'Supermicro'],
      },
    ],
  });
  return { extract, analysis };
}

export function supermicroLeFigaro(): Fixture {
  const extract = makeExtract({
    url: 'https://www.lefigaro.fr/secteur/high-tech/2018/10/05/01007-espionnage-supermicro.php',
    site: 'Le Figaro',
    title: 'Espionnage : la Chine accusée d’avoir piégé des serveurs utilisés par Apple',
    publishedAt: '2018-10-05T06:45:00+02:00',
    paragraphs: [
      'Bloomberg Businessweek accuse Pékin d’avoir infiltré la chaîne d’approvisionnement de Supermicro, un fabricant californien de cartes mères.',
      "D'après le magazine, « des espions chinois ont implanté des puces malveillantes sur les cartes mères de Supermicro utilisées par Apple et Amazon ».",
      "Apple dément catégoriquement : « Aucune puce malveillante n'a jamais été implantée dans nos serveurs ».",
      "Supermicro, de son côté, assure « n'avoir connaissance d'aucune enquête » le concernant.",
    ],
  });
  const analysis = makeAnalysis(extract, {
    headline: 'China accused of planting spy chips in servers used by Apple',
    summary:
      'Bloomberg Businessweek accuses Beijing of infiltrating the supply chain of Supermicro, a Californian motherboard maker. Apple categorically denies that any malicious chip was ever implanted in its servers.',
    entities: SUPERMICRO_ENTITIES,
    claims: [
      {
        claimant: 'Bloomberg',
        stance: 'asserts',
        certainty: 'probable',
        claim:
          'Chinese spies implanted malicious chips in Supermicro motherboards used by Apple and Amazon',
        quote:
          'des espions chinois ont implanté des puces malveillantes sur les cartes mères de Supermicro utilisées par Apple et Amazon',
        quoteEn:
          'Chinese spies implanted malicious chips on Supermicro motherboards used by Apple and Amazon',
        entities: ['Bloomberg', 'China', 'Supermicro', 'Apple', 'Amazon'],
      },
      {
        claimant: 'Apple',
        stance: 'denies',
        claim: 'Malicious chips were implanted in Apple servers',
        quote: "Aucune puce malveillante n'a jamais été implantée dans nos serveurs",
        quoteEn: 'No malicious chip was ever implanted in our servers',
        entities: ['Apple'],
      },
      {
        claimant: 'Supermicro',
        stance: 'denies',
        claim: 'Supermicro is aware of an investigation concerning it',
        quote: "n'avoir connaissance d'aucune enquête",
        quoteEn: 'has no knowledge of any investigation',
        entities: ['Supermicro'],
      },
    ],
  });
  return { extract, analysis };
}

export function microsoftProPublica(): Fixture {
  const extract = makeExtract({
    url: 'https://www.lemondeinformatique.fr/actualites/lire-microsoft-ingenieurs-chinois-pentagone-97321.html',
    site: 'Le Monde Informatique',
    title:
      'Microsoft confiait la maintenance du cloud du Pentagone à des ingénieurs basés en Chine',
    publishedAt: '2018-10-05T09:15:00+02:00',
    paragraphs: [
      "Selon une enquête de ProPublica, Microsoft faisait appel à des ingénieurs basés en Chine pour maintenir les systèmes cloud du département de la Défense américain, sous la supervision d'« escortes numériques » peu qualifiées.",
      "« Ces escortes n'avaient pas les compétences techniques pour repérer un code malveillant », écrit ProPublica.",
      "Frank Shaw, porte-parole de Microsoft, a annoncé que « les équipes basées en Chine ne fourniront plus d'assistance technique au département de la Défense ».",
    ],
  });
  const analysis = makeAnalysis(extract, {
    headline:
      'Microsoft used China-based engineers to maintain Pentagon cloud systems, ProPublica says',
    summary:
      'ProPublica reports that Microsoft relied on engineers in China, supervised by under-qualified "digital escorts", to maintain US Defense Department cloud systems. Microsoft says China-based teams will no longer support the department.',
    entities: [
      { name: 'ProPublica', type: 'ORG', mentions: ['ProPublica'] },
      { name: 'Microsoft', type: 'ORG', mentions: ['Microsoft'] },
      {
        name: 'US Department of Defense',
        type: 'ORG',
        mentions: ['département de la Défense américain', 'département de la Défense'],
      },
      {
        name: 'Frank Shaw',
        type: 'PERSON',
        mentions: ['Frank Shaw'],
        description: 'Microsoft spokesman',
      },
      { name: 'China', type: 'LOCATION', mentions: ['Chine'] },
    ],
    claims: [
      {
        claimant: 'ProPublica',
        stance: 'asserts',
        claim: 'The digital escorts lacked the technical skills to spot malicious code',
        quote:
          "Ces escortes n'avaient pas les compétences techniques pour repérer un code malveillant",
        quoteEn: 'These escorts lacked the technical skills to spot malicious code',
        entities: ['ProPublica', 'Microsoft'],
      },
      {
        claimant: 'Frank Shaw',
        stance: 'asserts',
        claim:
          'China-based teams will no longer provide technical support to the Defense Department',
        quote:
          "les équipes basées en Chine ne fourniront plus d'assistance technique au département de la Défense",
        quoteEn:
          'China-based teams will no longer provide technical support to the Defense Department',
        entities: ['Frank Shaw', 'Microsoft', 'US Department of Defense', 'China'],
      },
    ],
  });
  return { extract, analysis };
}

/** The three fixtures, oldest first. */
export function allFixtures(): Fixture[] {
  return [supermicroLeMonde(), supermicroLeFigaro(), microsoftProPublica()];
}
