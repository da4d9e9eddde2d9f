/**
 * `translate` stores and caches its result like `summarize`: keyed by content hash, model and
 * prompt version, so a re-run on unchanged content makes no model call; `--no-store` neither
 * reads nor saves, `--db` says where.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import {
  MIGRATIONS,
  TRANSLATION_SCHEMA_VERSION,
  cacheKey,
  defaultDbPath,
  openStore,
} from '../src/store/index.js';
import { migrate } from '../src/store/migrations.js';
import { echoResponder } from './helpers/fake-openai.js';
import { runCli } from './helpers/run-cli.js';
import { useFakeOpenAi } from './helpers/use-fake-openai.js';

const fake = useFakeOpenAi();
let dir: string;
let data: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-translate-store-'));
  data = path.join(dir, 'data');
  file = path.join(dir, 'article.txt');
  writeFileSync(file, article('jeudi'));
  fake.respond = echoResponder;
});

function article(day: string): string {
  return `Le budget des écoles voté ${day}\n\nLe conseil municipal a voté ${day} soir un budget de dix millions d’euros pour la rénovation des écoles.\n\nLes travaux commenceront au printemps, a précisé l’adjoint chargé des finances.\n`;
}

function translate(...args: string[]) {
  return runCli(['translate', ...args, file], {
    env: {
      OPENAI_BASE_URL: fake.baseUrl,
      VEILLE_MODEL: 'test-model',
      XDG_CONFIG_HOME: dir,
      XDG_DATA_HOME: data,
    },
    cwd: dir,
  });
}

describe('translate keeps its result in the store', () => {
  it('a re-run on unchanged content makes no model call and prints the same', async () => {
    const first = await translate();
    expect(first.code, first.stderr).toBe(0);
    const calls = fake.chats().length;
    expect(calls).toBeGreaterThan(0);
    expect(existsSync(defaultDbPath({ XDG_DATA_HOME: data }))).toBe(true);
    const again = await translate();
    expect(again.code, again.stderr).toBe(0);
    expect(fake.chats()).toHaveLength(calls);
    expect(again.stdout).toBe(first.stdout);
    expect(again.stderr.trimEnd().split('\n').at(-1)).toMatch(/1 from cache/);
  });

  it('translates again when the text changed', async () => {
    await translate();
    const calls = fake.chats().length;
    writeFileSync(file, article('vendredi'));
    const again = await translate();
    expect(again.code, again.stderr).toBe(0);
    expect(fake.chats().length).toBeGreaterThan(calls);
    expect(again.stdout).toContain('vendredi');
  });

  it('--no-store neither reads nor saves', async () => {
    await translate();
    const calls = fake.chats().length;
    const unstored = await translate('--no-store');
    expect(unstored.code, unstored.stderr).toBe(0);
    expect(fake.chats().length).toBe(calls * 2);
    const elsewhere = path.join(dir, 'none');
    const fresh = await runCli(['translate', '--no-store', file], {
      env: {
        OPENAI_BASE_URL: fake.baseUrl,
        VEILLE_MODEL: 'test-model',
        XDG_CONFIG_HOME: dir,
        XDG_DATA_HOME: elsewhere,
      },
      cwd: dir,
    });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('--refresh translates again and keeps the new translation', async () => {
    await translate();
    const calls = fake.chats().length;
    const refreshed = await translate('--refresh');
    expect(refreshed.code, refreshed.stderr).toBe(0);
    expect(fake.chats()).toHaveLength(calls * 2);
    await translate();
    expect(fake.chats()).toHaveLength(calls * 2);
  });

  it('a database that cannot be opened is said once; the translation is still printed, exit 1', async () => {
    mkdirSync(path.join(dir, 'folder.db')); // a folder where the database file should be
    const { code, stdout, stderr } = await translate('--db', 'folder.db');
    expect(code).toBe(1);
    expect(stdout).toContain('EN: Le conseil municipal');
    const errors = stderr.split('\n').filter((l) => l.startsWith('error '));
    expect(errors, stderr).toHaveLength(1);
    expect(errors[0]).toMatch(/\[STORE_/);
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^1 done, 0 failed, .*\(nothing stored: STORE_\w+\)$/,
    );
  });

  it('--db names the database', async () => {
    const first = await translate('--db', 'mine.db');
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(path.join(dir, 'mine.db'))).toBe(true);
    expect(existsSync(defaultDbPath({ XDG_DATA_HOME: data }))).toBe(false);
    const calls = fake.chats().length;
    await translate('--db', 'mine.db');
    expect(fake.chats()).toHaveLength(calls);
  });
});

describe('the translations table (schema 6)', () => {
  it('upgrades a database of schema 5 in place and keeps a translation by its key', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'veille-schema6-')), 'old.db');
    const old = new Database(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 5),
    );
    old.close();
    const store = openStore(file);
    const key = (model: string) =>
      cacheKey({
        contentHash: 'abc',
        model,
        promptVersion: 'translate@1',
        schemaVersion: TRANSLATION_SCHEMA_VERSION,
      });
    const translation = {
      title: 'Title',
      paragraphs: [{ fr: 'Bonjour.', en: 'Hello.' }],
      model: 'm1',
      promptVersion: 'translate@1',
      usage: { promptTokens: 3, completionTokens: 2 },
      warnings: [],
    };
    try {
      store.saveTranslation('a.txt', translation, key('m1'));
      expect(store.getCachedTranslation(key('m1'))).toEqual(translation);
      expect(store.getCachedTranslation(key('m2'))).toBeNull();
    } finally {
      store.close();
    }
  });
});
