import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = {
  /** Developer tools are for development builds only. */
  isPackaged: boolean;
  /** macOS expects an application menu named after the app in front of the others. */
  isMac: boolean;
  onAbout: () => void;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

function macAppMenu(options: MenuOptions): MenuItemConstructorOptions {
  return {
    label: 'Peka',
    submenu: [
      { label: 'Tentang Peka', click: options.onAbout },
      separator,
      { label: 'Sembunyikan Peka', role: 'hide' },
      { label: 'Sembunyikan Lainnya', role: 'hideOthers' },
      { label: 'Tampilkan Semua', role: 'unhide' },
      separator,
      { label: 'Keluar dari Peka', role: 'quit' },
    ],
  };
}

function viewMenu(options: MenuOptions): MenuItemConstructorOptions {
  const devTools: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ label: 'Alat Pengembang', role: 'toggleDevTools' }];
  return {
    label: 'Tampilan',
    submenu: [
      { label: 'Muat Ulang', role: 'reload' },
      ...devTools,
      separator,
      { label: 'Perbesar', role: 'zoomIn' },
      { label: 'Perkecil', role: 'zoomOut' },
      { label: 'Ukuran Asli', role: 'resetZoom' },
      separator,
      { label: 'Layar Penuh', role: 'togglefullscreen' },
    ],
  };
}

/** The Indonesian application menu as data (Signal's menu.std.ts pattern); roles bring the shortcuts. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const fileMenu: MenuItemConstructorOptions = {
    label: 'Berkas',
    submenu: [{ label: 'Keluar', role: 'quit' }],
  };
  const editMenu: MenuItemConstructorOptions = {
    label: 'Sunting',
    submenu: [
      { label: 'Batalkan', role: 'undo' },
      { label: 'Ulangi', role: 'redo' },
      separator,
      { label: 'Potong', role: 'cut' },
      { label: 'Salin', role: 'copy' },
      { label: 'Tempel', role: 'paste' },
      { label: 'Pilih Semua', role: 'selectAll' },
    ],
  };
  const helpMenu: MenuItemConstructorOptions = {
    label: 'Bantuan',
    role: 'help',
    submenu: [{ label: 'Tentang Peka', click: options.onAbout }],
  };
  return [...(options.isMac ? [macAppMenu(options)] : []), fileMenu, editMenu, viewMenu(options), helpMenu];
}
