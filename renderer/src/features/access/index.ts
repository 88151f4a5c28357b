/** The access feature's public face: the provider and hook, guards, header menu, Beranda notice and the settings cards. */
export { AccessProvider } from './AccessProvider';
export { useAccess, type Access } from './access-context';
export { AccessMenu } from './AccessMenu';
export { AccessSettingsCard } from './AccessSettingsCard';
export { DeskNotice } from './DeskNotice';
export { AreaGuard, NoAccess, RecordGuard, RouteGuard } from './guards';
export { StorageCard } from './StorageCard';
