import { afterEach, describe, expect, it, vi } from 'vitest';
import { installKintone } from './support/fake-kintone';
import { jittered, kintoneGet, requestPolicy } from '../../src/api/request';

const original = { ...requestPolicy };
afterEach(() => {
  Object.assign(requestPolicy, original);
  vi.restoreAllMocks();
});

describe('retries', () => {
  it('backs off 50–150 % of the base delay, so pages turned away together do not return together', () => {
    vi.spyOn(Math, 'random').mockReturnValueOnce(0).mockReturnValueOnce(0.5).mockReturnValueOnce(0.999);
    expect([jittered(500), jittered(500), jittered(500)]).toEqual([250, 500, 750]);
  });

  it('waits a jittered delay before each retry of a busy answer', async () => {
    // Fake timers: the delays are read off the clock kintoneGet waits on, not off a busy machine's wall clock.
    vi.useFakeTimers();
    requestPolicy.retryDelaysMs = [40, 80];
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const started: number[] = [];
    installKintone(() => {
      started.push(Date.now());
      throw { code: 'GAIA_TO04', id: 'x', message: 'The number of concurrent API requests exceeds the limit.' };
    });
    const answer = expect(kintoneGet('/k/v1/app.json', { id: '1' })).rejects.toMatchObject({ kind: 'busy' });
    await vi.runAllTimersAsync();
    await answer;
    vi.useRealTimers();
    // random() = 0: half of each base delay (20 ms, then 40 ms), not the full 40 / 80 ms.
    expect(started.map((at) => at - started[0])).toEqual([0, 20, 60]);
  });

  it('sends exactly one request when retries are off', async () => {
    const { calls } = installKintone(() => {
      throw '<html>503</html>';
    });
    await expect(kintoneGet('/k/v1/app.json', { id: '1' }, { retry: false })).rejects.toMatchObject({ kind: 'busy' });
    expect(calls).toHaveLength(1);
  });
});
