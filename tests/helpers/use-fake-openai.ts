import { afterEach, beforeEach } from 'vitest';
import { startFakeOpenAi, type FakeOpenAi } from './fake-openai.js';

/**
 * A fresh fake server for each test of the calling file: started before each test, closed
 * after it. The returned object always stands for the current test's server.
 */
export function useFakeOpenAi(options: { models?: string[] } = {}): FakeOpenAi {
  let current: FakeOpenAi | null = null;
  beforeEach(async () => {
    current = await startFakeOpenAi(options);
  });
  afterEach(async () => {
    await current?.close();
    current = null;
  });
  const live = (): FakeOpenAi => {
    if (current === null) throw new Error('the fake server exists only inside a test');
    return current;
  };
  return new Proxy({} as FakeOpenAi, {
    get: (_target, key) => Reflect.get(live(), key) as unknown,
    set: (_target, key, value) => Reflect.set(live(), key, value),
  });
}
