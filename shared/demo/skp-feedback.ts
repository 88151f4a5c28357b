/**
 * Umpan balik berkelanjutan from each penilai (per RHK and for some core values) in the closed
 * periods, and a few documented dialog kinerja, in Indonesian.
 */
import { BERAKHLAK, type NilaiBerakhlak } from '../domain/berakhlak';
import type { DialogKinerja, Feedback, Realisasi } from '../schemas/monitoring';
import type { Period, Rhk, Skp } from '../schemas/skp';
import type { SkpWorld } from './skp-build';
import { addDays, earlier, periodTitle, stamp, targetLabel } from './skp-format';
import { HASIL_PERBAIKAN, HASIL_POSITIF, NEGATIF_KHUSUS, PERILAKU_NOTE } from './skp-phrases';
import type { MonitorPlan } from './skp-realisasi';

/** The penilai's sentence on one RHK: a phrase, then the first IKI's figure against its target. */
function rhkNote(world: SkpWorld, rhk: Rhk, real: Realisasi, negative: boolean): string {
  const phrase = world.rng.pick(negative ? HASIL_PERBAIKAN : HASIL_POSITIF);
  const iki = rhk.iki[0];
  const value = iki ? real.realisasi[iki.id] : undefined;
  if (!iki || !value || iki.target.kind === 'kualitatif') return phrase;
  return `${phrase} ${iki.text}: ${value} (target tahunan ${targetLabel(iki.target)}).`;
}

export function buildFeedback(world: SkpWorld, skps: readonly Skp[], periods: readonly Period[], realisasi: readonly Realisasi[], plan: MonitorPlan, now: string): Feedback[] {
  const byKey = new Map(realisasi.map((r) => [r.id, r]));
  const out: Feedback[] = [];
  for (const skp of skps) {
    const by = skp.penilai?.employeeId ?? null;
    if (!by) continue;
    for (const period of periods.filter((p) => p.status === 'closed')) {
      let n = 0;
      const push = (target: Feedback['target'], text: string, after = period.end) => {
        n += 1;
        const at = earlier(stamp(addDays(after, world.rng.int(1, 12)), world.rng), now);
        out.push({ id: `fb-${skp.id.replace(/^skp-/, '')}-${period.index}-${n}`, skpId: skp.id, periodId: period.id, target, text, byEmployeeId: by, at });
      };
      skp.rhk.forEach((rhk, r) => {
        const real = byKey.get(`${skp.id}|${period.id}|${rhk.id}`);
        const negative = plan.weak.has(skp.id) && period.index >= 2 && r === 0;
        if (real) push({ kind: 'rhk', rhkId: rhk.id }, rhkNote(world, rhk, real, negative), real.updatedAt.slice(0, 10));
      });
      for (const [value, text] of valueNotes(world, plan, skp, period.index)) push({ kind: 'perilaku', value }, text);
    }
  }
  return out;
}

/** One or two positive value notes now and then; the planned negative one from the second quarter. */
function valueNotes(world: SkpWorld, plan: MonitorPlan, skp: Skp, k: number): [NilaiBerakhlak, string][] {
  const notes: [NilaiBerakhlak, string][] = [];
  const negative = plan.negatif.get(skp.id);
  const specific = negative ? (NEGATIF_KHUSUS[negative] ?? [PERILAKU_NOTE[negative].perbaikan]) : [];
  if (negative && k >= 2) notes.push([negative, specific[(k - 2) % specific.length]!]);
  if (world.rng.chance(0.55)) {
    const value = world.rng.pick(BERAKHLAK).key;
    if (value !== negative) notes.push([value, PERILAKU_NOTE[value].positif]);
  }
  return notes;
}

const DIALOG_WEAK = {
  notes: (label: string, rhk: string) =>
    `Dialog kinerja ${label}: capaian "${rhk}" masih di bawah target. Pegawai menyampaikan kendala beban berkas dan gangguan aplikasi; penilai meminta rencana percepatan yang terukur.`,
  actions: ['Menyusun target mingguan dan melaporkannya setiap Jumat', 'Mengikuti bimbingan teknis aplikasi layanan bulan depan', 'Dialog lanjutan di akhir triwulan berikutnya'],
};
const DIALOG_NEGATIF: Record<'kompeten' | 'kolaboratif', { notes: string; actions: string[] }> = {
  kompeten: {
    notes: 'Dialog tentang pengembangan kompetensi: beberapa hasil kerja masih perlu koreksi berulang. Pegawai bersedia mengikuti pelatihan teknis dan didampingi rekan senior.',
    actions: ['Mendaftar pelatihan teknis yang relevan (minimal 20 JP)', 'Pendampingan oleh rekan senior selama satu bulan'],
  },
  kolaboratif: {
    notes: 'Dialog tentang kerja sama tim: koordinasi lintas seksi belum berjalan. Disepakati pegawai aktif dalam rapat koordinasi dan berbagi data tepat waktu.',
    actions: ['Hadir dan menyampaikan progres pada rapat koordinasi mingguan', 'Membagikan rekap data kepada seksi terkait setiap akhir bulan'],
  },
};

export function buildDialogs(world: SkpWorld, skps: readonly Skp[], periods: readonly Period[], plan: MonitorPlan, now: string): DialogKinerja[] {
  const out: DialogKinerja[] = [];
  const closed = periods.filter((p) => p.status === 'closed');
  const add = (skp: Skp, period: Period | null, date: string, notes: string, agreedActions: string[]) => {
    if (`${date}T23:59:59.999Z` > now) return;
    out.push({ id: `dlg-${skp.id.replace(/^skp-/, '')}-${out.length + 1}`, skpId: skp.id, periodId: period?.id ?? null, date, notes, agreedActions, at: stamp(date, world.rng) });
  };
  for (const skp of skps) {
    const second = closed[1];
    if (plan.weak.has(skp.id) && second) {
      add(skp, second, addDays(second.end, world.rng.int(5, 12)), DIALOG_WEAK.notes(periodTitle(second.label), skp.rhk[0]?.text ?? '-'), DIALOG_WEAK.actions);
    }
    const negative = plan.negatif.get(skp.id);
    const third = closed[2];
    if (negative && !plan.weak.has(skp.id) && third) {
      add(skp, third, addDays(third.end, world.rng.int(5, 12)), DIALOG_NEGATIF[negative].notes, DIALOG_NEGATIF[negative].actions);
    }
  }
  const kadis = skps.find((s) => s.form === 'jpt' && s.pegawai.unit === 'Dinas Kependudukan dan Pencatatan Sipil');
  if (kadis) {
    add(kadis, null, `${world.year}-01-20`, 'Penyelarasan ekspektasi awal tahun: fokus pada percepatan layanan dokumen kependudukan menjadi 3 hari dan perluasan pemanfaatan data.', [
      'Menetapkan standar waktu layanan 3 hari kerja',
      'Memantau waktu penyelesaian setiap bulan bersama para Kepala Bidang',
    ]);
  }
  return out;
}
