/** What the rest of the app mounts from the backup feature (see BackupSettings). */
export { BackupCard } from './BackupCard';
export { BackupSettings } from './BackupSettings';
export { ExchangeExportCard } from './ExchangeExportCard';
export { ExchangeImportCard } from './ExchangeImportCard';
export { KnownDesksCard } from './KnownDesksCard';
export { RollingBackupCard } from './RollingBackupCard';
export { RollingBackupRunner } from './RollingBackupRunner';
