import { expect, type Locator, type Page } from '@playwright/test';

/** Page object for Dokumen → Tanda tangan elektronik (renderer/src/features/signing/SigningArea). */
export class SigningPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./#/dokumen/tanda-tangan');
    await expect(this.page.getByRole('heading', { level: 2, name: 'Tanda tangan elektronik' })).toBeVisible();
  }

  tab(name: 'Sertifikat & penandatanganan' | 'Verifikasi PDF' | 'Riwayat tanda tangan'): Locator {
    return this.page.getByRole('tab', { name });
  }

  loadedCertificate(): Locator {
    return this.page.getByTestId('loaded-certificate');
  }

  /** Fills the trial form and returns the .p12 the browser downloads. */
  async createTrialCertificate(person: { name: string; nip: string }, password: string): Promise<Buffer> {
    const form = this.page.getByRole('form', { name: 'Buat sertifikat uji coba' });
    await form.getByRole('textbox', { name: 'Nama lengkap' }).fill(person.name);
    await form.getByRole('textbox', { name: 'NIP' }).fill(person.nip);
    await form.getByLabel('Kata sandi untuk berkas .p12').fill(password);
    const download = this.page.waitForEvent('download');
    await form.getByRole('button', { name: 'Buat sertifikat uji coba' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`Sertifikat uji coba - ${person.name}.p12`);
    await expect(this.loadedCertificate()).toContainText(person.name);
    return readDownload(file);
  }

  async choosePdf(name: string, bytes: Uint8Array) {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Pilih PDF…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
  }

  async signAs(role: 'Pegawai yang Dinilai' | 'Pejabat Penilai Kinerja') {
    await this.page.getByRole('button', { name: `Tandatangani sebagai ${role}` }).click();
    await expect(this.page.getByTestId('sign-result')).toContainText(`Ditandatangani sebagai ${role}`);
  }

  async saveSigned(): Promise<{ name: string; bytes: Buffer }> {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: 'Simpan PDF bertanda tangan' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: await readDownload(file) };
  }

  async verify(name: string, bytes: Uint8Array) {
    await this.tab('Verifikasi PDF').click();
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Buka PDF untuk diverifikasi…' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    await expect(this.page.getByTestId('verify-file-name')).toHaveText(name);
  }

  summary(): Locator {
    return this.page.getByTestId('verify-summary');
  }

  signature(n: number): Locator {
    return this.page.getByRole('article', { name: `Tanda tangan #${n}` });
  }

  check(n: number, what: 'intact' | 'coverage' | 'trust' | 'record'): Locator {
    return this.signature(n).getByTestId(`check-${what}`);
  }
}

async function readDownload(file: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
