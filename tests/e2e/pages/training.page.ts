import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { generateDemoEvaluations } from '../../../shared/demo/evaluation-demo';
import { generateDemoAgency } from '../../../shared/demo/generate';
import { generateDemoSkpYear } from '../../../shared/demo/skp-demo';
import { DEMO_CLASS_RUNNING_ID, generateDemoTraining } from '../../../shared/demo/training-demo';
import { fullName } from '../../../shared/schemas/entities';

/**
 * What the demo holds, computed in Node from the same deterministic generators the app runs at
 * first start: a Q2 recommendation still waiting for a decision, for a course the person has not
 * done and is in no class for; and a Q3 draft evaluation (predikat Baik) ready to finalise.
 */
export function trainingTargets() {
  const at = '2026-11-28T08:00:00.000Z';
  const agency = generateDemoAgency();
  const year = generateDemoSkpYear(agency);
  const { evaluations } = generateDemoEvaluations(agency, year, at);
  const demo = generateDemoTraining(agency, year, evaluations, at);
  const running = demo.classes.find((c) => c.id === DEMO_CLASS_RUNNING_ID)!;
  const courseById = new Map(demo.courses.map((c) => [c.id, c]));
  const rec = demo.recommendations
    .filter((r) => r.status === 'usulan' && r.courseId !== running.courseId && (courseById.get(r.courseId)?.jp ?? 0) > 0)
    .filter((r) => !demo.ledger.some((l) => l.employeeId === r.employeeId && l.courseId === r.courseId))
    .filter((r) => !demo.recommendations.some((o) => o.employeeId === r.employeeId && o.courseId === r.courseId && o.id !== r.id))
    .sort((a, b) => a.id.localeCompare(b.id))[0]!;
  const person = agency.employees.find((e) => e.id === rec.employeeId)!;
  const evaluation = evaluations.find((e) => e.id === rec.evaluationId)!;
  const jpBefore = demo.ledger.filter((l) => l.employeeId === person.id && l.year === 2026).reduce((s, l) => s + l.jp, 0);
  const heads = new Set(agency.units.map((u) => u.headEmployeeId));
  const draft = evaluations.filter((e) => e.status === 'draft' && e.predikat === 'baik' && !heads.has(e.employeeId)).sort((a, b) => a.id.localeCompare(b.id))[0]!;
  return { rec, course: courseById.get(rec.courseId)!, person: { id: person.id, name: fullName(person), nip: person.nip ?? '' }, evaluation, jpBefore, draft };
}

/** Page object for the Pelatihan area: decisions, the trainers' view, a class, an employee's page. */
export class TrainingPage {
  constructor(readonly page: Page) {}

  async open(path = '') {
    await this.page.goto(`./#/pelatihan${path}`);
    await expect(this.page.getByRole('navigation')).toBeVisible();
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name, exact: true });
  }

  async openDecisions(name: string, period: string) {
    await this.open('/rekomendasi');
    await this.page.getByLabel('Cari').fill(name);
    await this.page.getByRole('link', { name: `Rekomendasi ${name}, ${period}` }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: `Rekomendasi pelatihan: ${name}` })).toBeVisible();
  }

  card(course: string): Locator {
    return this.page.getByTestId('recommendation-card').filter({ has: this.page.getByText(course, { exact: true }) });
  }

  async employeeJp(employeeId: string): Promise<string> {
    await this.open(`/pegawai/${employeeId}`);
    const jp = this.page.getByTestId('employee-jp');
    await expect(jp).toBeVisible();
    return jp.innerText();
  }

  /** Clicks a download button and returns the file's name and bytes (the browser host downloads). */
  async download(button: Locator): Promise<{ name: string; buffer: Buffer }> {
    const download = this.page.waitForEvent('download');
    await button.click();
    const file = await download;
    return { name: file.suggestedFilename(), buffer: await readFile((await file.path())!) };
  }
}
