/**
 * How a recommendation reads on paper: the line in CATATAN/REKOMENDASI of the Dokumen Evaluasi
 * (domain.md §7.4) and on the employee's recommendation list. Pure text.
 */
import type { Course, Recommendation, RecommendationReason } from '../schemas/training';
import { BENTUK_LABEL, PRIORITY_LABEL } from './training-forms';

/** "Pelatihan teknis, 40 JP, BPSDM Provinsi Banten". */
export function courseSummary(c: Pick<Course, 'bentuk' | 'jp' | 'provider'>): string {
  return `${BENTUK_LABEL[c.bentuk]}, ${c.jp} JP, ${c.provider}`;
}

export function reasonsText(reasons: readonly RecommendationReason[]): string {
  return reasons.map((r) => r.text.trim()).join(' ');
}

/**
 * One accepted recommendation as printed: course, form and JP, priority, why, and the
 * supervisor's note when there is one.
 */
export function recommendationLine(r: Pick<Recommendation, 'priority' | 'reasons' | 'note'>, course: Pick<Course, 'name' | 'bentuk' | 'jp' | 'provider'>): string {
  const note = r.note?.trim() ? ` Catatan atasan: ${r.note.trim()}` : '';
  return `${course.name} (${courseSummary(course)}), prioritas ${PRIORITY_LABEL[r.priority].toLowerCase()}. Alasan: ${reasonsText(r.reasons)}${note}`;
}
