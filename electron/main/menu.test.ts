import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

type MenuItemConstructorOptions = ReturnType<typeof buildMenuTemplate>[number];

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? '');
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  return (menu?.submenu ?? []) as MenuItemConstructorOptions[];
}

describe('buildMenuTemplate', () => {
  const base = { isPackaged: true, isMac: false, onAbout: () => undefined };

  it('has the Indonesian top-level menus', () => {
    expect(labels(buildMenuTemplate(base))).toEqual(['Berkas', 'Sunting', 'Tampilan', 'Bantuan']);
  });

  it('labels every item in Indonesian', () => {
    const template = buildMenuTemplate(base);
    expect(labels(submenu(template, 'Berkas'))).toEqual(['Keluar']);
    expect(labels(submenu(template, 'Sunting'))).toEqual(['Batalkan', 'Ulangi', 'Potong', 'Salin', 'Tempel', 'Pilih Semua']);
    expect(labels(submenu(template, 'Tampilan'))).toEqual(['Muat Ulang', 'Perbesar', 'Perkecil', 'Ukuran Asli', 'Layar Penuh']);
    expect(labels(submenu(template, 'Bantuan'))).toEqual(['Tentang Peka']);
  });

  it('offers developer tools only in development', () => {
    const dev = buildMenuTemplate({ ...base, isPackaged: false });
    expect(labels(submenu(dev, 'Tampilan'))).toContain('Alat Pengembang');
    expect(JSON.stringify(buildMenuTemplate(base))).not.toContain('toggleDevTools');
  });

  it('Tentang Peka calls back', () => {
    const onAbout = vi.fn();
    const about = submenu(buildMenuTemplate({ ...base, onAbout }), 'Bantuan')[0];
    (about?.click as () => void)();
    expect(onAbout).toHaveBeenCalledOnce();
  });

  it('puts the app menu first on macOS', () => {
    expect(labels(buildMenuTemplate({ ...base, isMac: true }))[0]).toBe('Peka');
  });
});
