/**
 * Templates the demo SKP year is written from: RHK with their IKI and targets, by unit and
 * position. `{pd}` is replaced by the perangkat daerah (or kecamatan) name, `{unit}` by the unit name.
 */
import type { Aspek, Perspektif } from '../schemas/skp';

export interface IkiTpl {
  text: string;
  /** Kuantitatif target; the realisation style follows the unit ("%", "hari", or a count). */
  value: number;
  unit: string;
  /** JA/JF; inferred from the unit when absent. */
  aspek?: Aspek;
  /** JPT only. */
  perspektif?: Perspektif;
  /** The described target when the SKP uses the kualitatif approach. */
  kualitatif?: string;
}

export interface RhkTpl {
  text: string;
  iki: IkiTpl[];
  /** Which Utama RHK of the penilai this one supports (0-based); defaults to the same position. */
  up?: number;
  /** The supported RHK as typed text, when the penilai has no SKP in the app (a Camat under the Wali Kota). */
  ext?: string;
  /** Rencana aksi typical for this RHK. */
  aksi?: string[];
}

/** The IKI shared by the Disdukcapil service staff, charted across the quarters. */
export const TREND_IKI = 'Rata-rata waktu penyelesaian dokumen kependudukan';

export function iki(text: string, value: number, unit: string, more: Partial<IkiTpl> = {}): IkiTpl {
  return { text, value, unit, ...more };
}

/** A JPT indicator with its perspektif. */
export function jptIki(text: string, value: number, unit: string, perspektif: Perspektif): IkiTpl {
  return { text, value, unit, perspektif };
}

export function rhk(text: string, indicators: IkiTpl[], more: Omit<RhkTpl, 'text' | 'iki'> = {}): RhkTpl {
  return { text, iki: indicators, ...more };
}

/** Processing time of civil-registration documents, target 3 working days. */
export const trendIki = (): IkiTpl => iki(TREND_IKI, 3, 'hari', { aspek: 'waktu' });
