import { BackupCard } from './BackupCard';
import { ExchangeExportCard } from './ExchangeExportCard';
import { ExchangeImportCard } from './ExchangeImportCard';
import { KnownDesksCard } from './KnownDesksCard';
import { RollingBackupCard } from './RollingBackupCard';

/**
 * Every backup and exchange card, in the order a desk needs them, for the Settings page. Mount
 * this (or the cards one by one); RollingBackupRunner is mounted once at the app's root instead.
 */
export function BackupSettings() {
  return (
    <>
      <BackupCard />
      <RollingBackupCard />
      <ExchangeExportCard />
      <ExchangeImportCard />
      <KnownDesksCard />
    </>
  );
}
