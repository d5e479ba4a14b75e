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
    requestPolicy.retryDelaysMs = [40, 80];
    vi.spyOn(Math, 'random').mockReturnValue(0);
    const started: number[] = [];
    installKintone(() => {
      started.push(performance.now());
      throw { status: 429, message: 'Too Many Requests' };
    });
    await expect(kintoneGet('/k/v1/app.json', { id: '1' })).rejects.toMatchObject({ kind: 'busy' });
    expect(started).toHaveLength(3);
    // random() = 0: half of each base delay (20 ms, then 40 ms), not the full 40 / 80 ms.
    expect(started[1] - started[0]).toBeGreaterThanOrEqual(18);
    expect(started[1] - started[0]).toBeLessThan(38);
    expect(started[2] - started[1]).toBeLessThan(78);
  });

  it('sends exactly one request when retries are off', async () => {
    const { calls } = installKintone(() => {
      throw { status: 503 };
    });
    await expect(kintoneGet('/k/v1/app.json', { id: '1' }, { retry: false })).rejects.toMatchObject({ kind: 'busy' });
    expect(calls).toHaveLength(1);
  });
});
