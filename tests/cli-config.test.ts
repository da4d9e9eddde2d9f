/**
 * Config files: one key table; unknown keys reported with the nearest known key instead of being
 * ignored; every option that makes sense there takes its default from the file, flags winning;
 * `veille config path|show|get|set|unset|keys`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const SAMPLE = path.join(ROOT, 'samples', '01-tech-abonnes-supermicro.html');

let dir: string;
let project: string;
let xdg: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'veille-cfg-'));
  project = path.join(dir, 'project');
  xdg = path.join(dir, 'xdg');
  mkdirSync(project);
  mkdirSync(path.join(xdg, 'veille'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const ctx = (): { cwd: string; env: NodeJS.ProcessEnv } => ({
  cwd: project,
  env: { XDG_CONFIG_HOME: xdg, XDG_DATA_HOME: path.join(dir, 'data') },
});
const projectFile = (): string => path.join(project, 'veille.config.json');
const userFile = (): string => path.join(xdg, 'veille', 'config.json');

describe('config files', () => {
  it('reports an unknown key in one line naming the file and the nearest known key', async () => {
    writeFileSync(projectFile(), JSON.stringify({ baseURL: 'http://127.0.0.1:9/v1', model: 'm' }));
    const r = await runCli(['summarize', SAMPLE], ctx());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `error [CONFIG] ${projectFile()}: unknown key "baseURL" (did you mean "baseUrl"?); \`veille config keys\` lists them\n`,
    );
  });

  it('names the file once in a CONFIG error', async () => {
    writeFileSync(userFile(), '{ "model": ');
    const r = await runCli(['summarize', '--engine', 'rules', SAMPLE], ctx());
    expect(r.code).toBe(1);
    expect(r.stderr.split(userFile()).length - 1).toBe(1);
    expect(r.stderr).toMatch(/^error \[CONFIG\] .*config\.json: is not valid JSON/);
  });

  it('gives defaults to options, flags still winning', async () => {
    writeFileSync(
      projectFile(),
      JSON.stringify({ engine: 'rules', format: 'markdown', db: 'here.db' }),
    );
    const r = await runCli(['summarize', SAMPLE], ctx());
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^# /);
    expect(r.stderr).not.toContain('no model endpoint configured'); // engine came from the file
    expect(readFileSync(path.join(project, 'here.db')).length).toBeGreaterThan(0);
    const flagged = await runCli(['summarize', '--format', 'jsonl', SAMPLE], ctx());
    expect(JSON.parse(flagged.stdout)).toMatchObject({ engine: 'rules' });
  });

  it('refuses a bad value naming the key', async () => {
    writeFileSync(projectFile(), JSON.stringify({ concurrency: 500 }));
    const r = await runCli(['summarize', SAMPLE], ctx());
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error [CONFIG] ${projectFile()}: key "concurrency": expected at most 64\n`,
    );
  });
});

describe('object keys of a config file', () => {
  it.each([
    [
      { smtp: { hots: 'smtp.example.org' } },
      'key "smtp": unknown field "hots" (did you mean "host"?)',
    ],
    [{ smtp: { port: '587' } }, 'key "smtp": field "port": expected an integer'],
    [
      { smtp: { password: 'x' } },
      'key "smtp": unknown field "password" (the password is read only from VEILLE_SMTP_PASSWORD)',
    ],
    [
      { prices: { 'gpt-4o-mini': { input: 'x' } } },
      'key "prices": field "gpt-4o-mini.input": expected a number',
    ],
    [
      { prices: { 'gpt-4o-mini': { inptu: 0.1 } } },
      'key "prices": unknown field "gpt-4o-mini.inptu" (did you mean "input"?)',
    ],
    [
      { tokenBudgets: { 'llama3.1:8b': '3000' } },
      'key "tokenBudgets": field "llama3.1:8b": expected an integer',
    ],
    [
      { postHeaders: { Authorization: 42 } },
      'key "postHeaders": field "Authorization": expected a string',
    ],
  ])('refuses %j in one line naming the field', async (content, message) => {
    writeFileSync(projectFile(), JSON.stringify(content));
    const r = await runCli(['summarize', SAMPLE], ctx());
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`error [CONFIG] ${projectFile()}: ${message}\n`);
  });
});

describe('veille config', () => {
  it('set, get, show and unset a key in the user file', async () => {
    expect((await runCli(['config', 'set', 'concurrency', '8'], ctx())).code).toBe(0);
    expect(JSON.parse(readFileSync(userFile(), 'utf8'))).toEqual({ concurrency: 8 });
    const got = await runCli(['config', 'get', 'concurrency'], ctx());
    expect(got.stdout).toBe('8\n');
    const shown = await runCli(['config', 'show'], ctx());
    expect(shown.stdout).toContain(`concurrency = 8  (${userFile()})`);
    expect((await runCli(['config', 'unset', 'concurrency'], ctx())).code).toBe(0);
    expect(JSON.parse(readFileSync(userFile(), 'utf8'))).toEqual({});
  });

  it('writes the project file with --project, and prints both paths', async () => {
    expect(
      (await runCli(['config', 'set', '--project', 'timezone', 'Asia/Tokyo'], ctx())).code,
    ).toBe(0);
    expect(JSON.parse(readFileSync(projectFile(), 'utf8'))).toEqual({ timezone: 'Asia/Tokyo' });
    const paths = await runCli(['config', 'path'], ctx());
    expect(paths.stdout).toBe(`${projectFile()}\n${userFile()}\n`);
  });

  it('refuses an unknown key or a bad value as a usage error, and never prints the API key', async () => {
    const typo = await runCli(['config', 'set', 'baseURL', 'http://127.0.0.1:9/v1'], ctx());
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(
      /^error \[USAGE\] unknown key "baseURL" \(did you mean "baseUrl"\?\)/,
    );
    const bad = await runCli(['config', 'set', 'concurrency', 'many'], ctx());
    expect(bad.code).toBe(2);
    writeFileSync(userFile(), JSON.stringify({ apiKey: 'sk-cfg-SECRET-123456789' }));
    const shown = await runCli(['config', 'show'], ctx());
    const got = await runCli(['config', 'get', 'apiKey'], ctx());
    expect(shown.stdout + got.stdout).not.toContain('SECRET');
  });

  it('lists the keys with type, default and description', async () => {
    const r = await runCli(['config', 'keys'], ctx());
    expect(r.stdout).toMatch(/^baseUrl\s/m);
    expect(r.stdout).toMatch(/^concurrency\s+integer\s+4\s/m);
  });
});
