import { describe, expect, it } from 'vitest';
import { hostContract } from '@shared/host/contract';
import { createAppHandlers } from './app.handlers';

describe('app:info', () => {
  it('describes the Electron host and fits the contract', () => {
    const info = createAppHandlers({ getVersion: () => '0.1.0', platform: 'linux', electronVersion: '45.5.0' })['app:info']();
    expect(info).toEqual({ name: 'Peka', version: '0.1.0', host: 'electron', platform: 'linux', electronVersion: '45.5.0' });
    expect(hostContract['app:info'].output.safeParse(info).success).toBe(true);
  });
});
