import type { HostOutput } from '@shared/host/contract';

export type AppInfoDeps = {
  getVersion: () => string;
  platform: string;
  electronVersion: string | undefined;
};

export function createAppHandlers(deps: AppInfoDeps) {
  return {
    'app:info': (): HostOutput<'app:info'> => ({
      name: 'Peka',
      version: deps.getVersion(),
      host: 'electron',
      platform: deps.platform,
      ...(deps.electronVersion ? { electronVersion: deps.electronVersion } : {}),
    }),
  };
}
