/**
 * A fake OpenAI-compatible server on 127.0.0.1 (port 0) for tests and the bench: real HTTP,
 * OpenAI's response shapes, scripted replies (`enqueue`), a responder for unscripted calls,
 * recorded requests (`history`, never the Authorization header) and injectable faults.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { LlmConfig } from '../../src/llm/config.js';

/** A scripted answer to one chat-completion request. */
export type FakeReply =
  | {
      kind: 'content';
      content: string;
      finishReason?: 'stop' | 'length';
      /** null = omit `usage` (as some local servers do). */
      usage?: { prompt: number; completion: number } | null;
      delayMs?: number;
    }
  | { kind: 'status'; status: number; body: unknown; headers?: Record<string, string> }
  | { kind: 'hang' }
  | { kind: 'reset' };

export interface RecordedRequest {
  method: string;
  path: string;
  /** Headers without `authorization`. */
  headers: Record<string, string | string[] | undefined>;
  /** True when an Authorization header was sent (its value is never kept). */
  authorized: boolean;
  /** Names of the query parameters sent (values are never kept: they may be keys). */
  queryNames: string[];
  body: ChatBody | null;
}

/** The parts of a chat-completion request the tests look at. */
export interface ChatBody {
  model: string;
  messages: { role: string; content: string }[];
  response_format?: {
    type: string;
    json_schema?: { name: string; strict: boolean; schema: unknown };
  };
}

/** Builders for common replies and faults. */
export const reply = {
  json: (
    value: unknown,
    extra: Partial<Extract<FakeReply, { kind: 'content' }>> = {},
  ): FakeReply => ({
    kind: 'content',
    content: JSON.stringify(value),
    ...extra,
  }),
  text: (
    content: string,
    extra: Partial<Extract<FakeReply, { kind: 'content' }>> = {},
  ): FakeReply => ({
    kind: 'content',
    content,
    ...extra,
  }),
  truncated: (content = '{"summary": {"headline": "Chips'): FakeReply => ({
    kind: 'content',
    content,
    finishReason: 'length',
  }),
};

const apiError = (
  message: string,
  type: string,
  code: string | null,
  param: string | null = null,
) => ({
  error: { message, type, param, code },
});

export const fault = {
  rateLimited: (retryAfterSeconds = 0): FakeReply => ({
    kind: 'status',
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: apiError('Rate limit reached for requests', 'requests', 'rate_limit_exceeded'),
  }),
  serverError: (): FakeReply => ({
    kind: 'status',
    status: 500,
    body: apiError('The server had an error while processing your request.', 'server_error', null),
  }),
  unauthorized: (): FakeReply => ({ kind: 'status', status: 401, body: null }),
  modelNotFound: (): FakeReply => ({ kind: 'status', status: 404, body: null }),
  rejectFormat: (): FakeReply => ({
    kind: 'status',
    status: 400,
    body: apiError(
      "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
      'invalid_request_error',
      null,
      'response_format',
    ),
  }),
  contextLength: (): FakeReply => ({
    kind: 'status',
    status: 400,
    body: apiError(
      "This model's maximum context length is 8192 tokens. However, your messages resulted in 9001 tokens.",
      'invalid_request_error',
      'context_length_exceeded',
      'messages',
    ),
  }),
  hang: (): FakeReply => ({ kind: 'hang' }),
  reset: (): FakeReply => ({ kind: 'reset' }),
};

export interface FakeOpenAi {
  /** Base URL for the SDK: `http://127.0.0.1:<port>/v1`. */
  baseUrl: string;
  history: RecordedRequest[];
  /** Chat-completion requests only, in order. */
  chats: () => ChatBody[];
  enqueue: (...replies: FakeReply[]) => void;
  /** Answers requests when the queue is empty; default: a 500 saying nothing was scripted. */
  respond: ((body: ChatBody) => FakeReply) | null;
  /** Ids listed by GET /v1/models. */
  models: string[];
  close: () => Promise<void>;
}

export async function startFakeOpenAi(options: { models?: string[] } = {}): Promise<FakeOpenAi> {
  const queue: FakeReply[] = [];
  const sockets = new Set<Socket>();
  const fake: FakeOpenAi = {
    baseUrl: '',
    history: [],
    chats: () => fake.history.filter((r) => r.path === '/v1/chat/completions').map((r) => r.body!),
    enqueue: (...replies) => queue.push(...replies),
    respond: null,
    models: options.models ?? ['fake-model'],
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server: Server = createServer((req, res) => {
    void handle(req, res, fake, queue);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  return fake;
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  fake: FakeOpenAi,
  queue: FakeReply[],
) {
  const raw = await readBody(req);
  const { authorization, ...headers } = req.headers;
  const body = raw === '' ? null : (JSON.parse(raw) as ChatBody);
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  fake.history.push({
    method: req.method ?? '',
    path: url.pathname,
    headers,
    authorized: authorization !== undefined,
    queryNames: [...url.searchParams.keys()],
    body,
  });
  if (req.method === 'GET' && url.pathname === '/v1/models') {
    return sendJson(res, 200, {
      object: 'list',
      data: fake.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
    });
  }
  if (req.method !== 'POST' || url.pathname !== '/v1/chat/completions' || body === null) {
    return sendJson(
      res,
      404,
      apiError(`Unknown path ${url.pathname}`, 'invalid_request_error', null),
    );
  }
  const next = queue.shift() ?? fake.respond?.(body) ?? fault.serverError();
  await answer(req, res, next, { body, key: bearer(authorization) });
}

async function answer(
  req: IncomingMessage,
  res: ServerResponse,
  next: FakeReply,
  ctx: { body: ChatBody; key: string },
) {
  if (next.kind === 'hang') return; // never answers: the client must time out
  if (next.kind === 'reset') return void req.socket.destroy();
  if (next.kind === 'status') {
    return sendJson(res, next.status, statusBody(next, ctx), next.headers);
  }
  if (next.delayMs !== undefined) await new Promise((r) => setTimeout(r, next.delayMs));
  const usage =
    next.usage === null ? undefined : (next.usage ?? estimateUsage(ctx.body, next.content));
  sendJson(res, 200, {
    id: `chatcmpl-fake${Date.now()}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: ctx.body.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: next.content, refusal: null },
        logprobs: null,
        finish_reason: next.finishReason ?? 'stop',
      },
    ],
    ...(usage === undefined
      ? {}
      : {
          usage: {
            prompt_tokens: usage.prompt,
            completion_tokens: usage.completion,
            total_tokens: usage.prompt + usage.completion,
          },
        }),
  });
}

/** 401 and 404 bodies as OpenAI writes them; the 401 quotes the key, like the real one does. */
function statusBody(
  next: Extract<FakeReply, { kind: 'status' }>,
  ctx: { body: ChatBody; key: string },
): unknown {
  if (next.status === 401 && next.body === null) {
    return apiError(
      `Incorrect API key provided: ${ctx.key}. You can find your API key at https://platform.openai.com/account/api-keys.`,
      'invalid_request_error',
      'invalid_api_key',
    );
  }
  if (next.status === 404 && next.body === null) {
    return apiError(
      `The model \`${ctx.body.model}\` does not exist or you do not have access to it.`,
      'invalid_request_error',
      'model_not_found',
    );
  }
  return next.body;
}

function estimateUsage(body: ChatBody, content: string): { prompt: number; completion: number } {
  const chars = body.messages.reduce((n, m) => n + m.content.length, 0);
  return { prompt: Math.ceil(chars / 4), completion: Math.ceil(content.length / 4) };
}

function bearer(header: string | undefined): string {
  return header?.replace(/^Bearer\s+/i, '') ?? '';
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(value);
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/* ---- A model stand-in for unscripted calls: answers each task from the request itself. ---- */

/** The article text sent in a request (between the delimiters), without the title block. */
export function articleIn(body: ChatBody): string {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const inner = /<article>\n([\s\S]*)\n<\/article>/.exec(user)?.[1] ?? '';
  return inner.replace(/^<title>[\s\S]*?<\/title>\n/, '');
}

/**
 * Plausible replies without scripting: analyse → one claim per paragraph quoting its first
 * ten words; summary of parts → a summary; translate → "EN: <paragraph>" per numbered item.
 */
export function echoResponder(body: ChatBody): FakeReply {
  const system = body.messages[0]?.content ?? '';
  if (system.includes('You translate')) {
    const items = articleIn(body)
      .split(/\n\n(?=\[\d+\] )/)
      .map((p) => `EN: ${p.replace(/^\[\d+\] /, '')}`);
    return reply.json({ paragraphs: items });
  }
  if (system.includes('summaries of its consecutive parts')) {
    return reply.json({
      headline: 'The whole story',
      text: 'It is a summary of the parts.',
      bullets: ['One fact'],
    });
  }
  const paragraphs = articleIn(body)
    .split('\n\n')
    .filter((p) => p.trim() !== '');
  return reply.json({
    summary: {
      headline: 'A headline',
      text: 'The article says that the chips were found.',
      bullets: ['A fact'],
    },
    entities: [
      { name: 'Supermicro', type: 'ORG', mentions: ['Supermicro'], description: 'Server maker' },
    ],
    claims: paragraphs.map((p, i) => ({
      claim: `Claim number ${i + 1} of the part`,
      claimant: 'Bloomberg',
      stance: 'reports',
      certainty: 'unknown',
      quote: p.split(/\s+/).slice(0, 10).join(' '),
      quoteEn: 'The quote in English',
      entities: ['Supermicro'],
    })),
  });
}

/* ---- Sample data: a French article written for these tests, and a good model reply to it. ---- */

const NB = '\u00a0'; // no-break space, as French typography puts inside « » and before %
const NNB = '\u202f'; // narrow no-break space

/** Paragraphs of a French article with real typography (« », ’, no-break spaces). */
export const SUPERMICRO_PARAGRAPHS = [
  'Selon une enquête publiée jeudi par l’agence Bloomberg, des espions chinois auraient implanté des puces minuscules sur des cartes mères fabriquées pour Super Micro Computer, un assembleur de serveurs installé en Californie.',
  'D’après le média américain, ces composants, pas plus gros qu’un grain de riz, auraient permis d’accéder à distance aux serveurs de près de trente entreprises, parmi lesquelles Apple et Amazon.',
  `Apple a opposé un démenti catégorique. «${NB}Nous n’avons jamais trouvé de puces malveillantes ni de manipulations matérielles dans nos serveurs${NB}», a affirmé l’entreprise dans un communiqué.`,
  `Amazon conteste également ces informations. «${NB}Il est faux qu’AWS ait découvert des puces modifiées dans le matériel de Supermicro${NB}», a déclaré Steve Schmidt, responsable de la sécurité d’Amazon Web Services.`,
  `Supermicro, dont l’action a chuté de près de 40${NNB}% après la publication, assure n’avoir «${NB}jamais été contacté par les autorités${NB}» au sujet d’une telle enquête.`,
  `Le ministère chinois des Affaires étrangères n’a pas répondu directement, se bornant à rappeler que la Chine «${NB}défend fermement la cybersécurité${NB}».`,
];

/** An ExtractResult-shaped value for the article (the shape of src/types.ts). */
export function supermicroResult(paragraphs: string[] = SUPERMICRO_PARAGRAPHS) {
  const text = paragraphs.join('\n\n');
  return {
    source: 'https://www.example.fr/tech/puces-espionnes',
    article: {
      url: 'https://www.example.fr/tech/puces-espionnes',
      canonicalUrl: 'https://www.example.fr/tech/puces-espionnes',
      title: 'Puces espionnes : Apple et Amazon démentent les révélations de Bloomberg',
      byline: 'Claire Dumas',
      publishedAt: '2018-10-05T08:00:00Z',
      siteName: 'Exemple Tech',
      lang: 'fr',
      text,
      paragraphs,
      wordCount: text.split(/\s+/).length,
    },
    removed: [],
    warnings: [],
  };
}

/** What a good model returns for the article: straight quotes and apostrophes in quotes. */
export function supermicroReply() {
  return {
    summary: {
      headline: 'Apple and Amazon deny Bloomberg report of Chinese spy chips',
      text: 'Bloomberg reports that Chinese spies may have planted tiny chips on server motherboards made for Super Micro Computer. Apple and Amazon firmly deny it.',
      bullets: [
        'Bloomberg says about thirty companies were affected',
        'Apple and Amazon deny finding any chips',
      ],
    },
    entities: [
      {
        name: 'Bloomberg',
        type: 'ORG',
        mentions: ['Bloomberg', "l'agence Bloomberg"],
        description: 'News agency behind the report',
      },
      {
        name: 'Super Micro Computer',
        type: 'ORG',
        mentions: ['Super Micro Computer'],
        description: 'Californian server maker',
      },
      { name: 'Supermicro', type: 'ORG', mentions: ['Supermicro'], description: null },
      {
        name: 'Apple',
        type: 'ORG',
        mentions: ['Apple'],
        description: 'Customer that denies the report',
      },
      {
        name: 'Amazon',
        type: 'ORG',
        mentions: ['Amazon'],
        description: 'Customer that denies the report',
      },
      {
        name: 'Steve Schmidt',
        type: 'PERSON',
        mentions: ['Steve Schmidt'],
        description: 'Head of security at Amazon Web Services',
      },
      { name: 'China', type: 'LOCATION', mentions: ['Chine'], description: null },
    ],
    claims: [
      {
        claim: 'Chinese spies implanted tiny chips on motherboards made for Supermicro',
        claimant: 'Bloomberg',
        stance: 'asserts',
        certainty: 'possible',
        quote:
          'des espions chinois auraient implanté des puces minuscules sur des cartes mères fabriquées pour Super Micro Computer',
        quoteEn:
          'Chinese spies allegedly implanted tiny chips on motherboards made for Super Micro Computer',
        entities: ['Bloomberg', 'Supermicro'],
      },
      {
        claim: 'Malicious chips were found in Apple servers',
        claimant: 'Apple',
        stance: 'denies',
        certainty: 'certain',
        quote:
          '"Nous n\'avons jamais trouvé de puces malveillantes ni de manipulations matérielles dans nos serveurs"',
        quoteEn: 'We have never found malicious chips or hardware manipulations in our servers',
        entities: ['Apple'],
      },
      {
        claim: 'AWS found modified chips in Supermicro hardware',
        claimant: 'Steve Schmidt',
        stance: 'denies',
        certainty: 'certain',
        quote:
          "Il est faux qu'AWS ait découvert des puces modifiées dans le matériel de Supermicro",
        quoteEn: 'It is false that AWS discovered modified chips in Supermicro hardware',
        entities: ['Amazon', 'Supermicro'],
      },
    ],
  };
}

/** A config pointing at the fake: fast retries and a short timeout unless overridden. */
export function fakeConfig(fake: FakeOpenAi, overrides: Partial<LlmConfig> = {}): LlmConfig {
  return {
    baseUrl: fake.baseUrl,
    model: 'fake-model',
    apiKey: 'sk-test-SECRET-0123456789abcdef',
    tokenBudget: 6_000,
    timeoutMs: 5_000,
    maxRetries: 2,
    origin: {
      baseUrl: 'flag',
      model: 'flag',
      apiKey: 'env',
      tokenBudget: 'default',
      timeoutMs: 'flag',
      maxRetries: 'flag',
    },
    ...overrides,
  };
}
