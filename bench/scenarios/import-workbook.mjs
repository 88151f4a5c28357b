/**
 * A large import file in the layout of resources/sample/contoh-impor-pegawai.xlsx (its header row is
 * read, not copied): synthetic people with NIPs the demo agency does not have, each placed in an
 * existing pelaksana post of the demo agency, so every row is "new" and none creates a position.
 */
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { ROOT } from '../runner/setup.mjs';

export const SAMPLE_XLSX = join(ROOT, 'resources/sample/contoh-impor-pegawai.xlsx');
const TOP_KINDS = new Set(['perangkat-daerah', 'kecamatan']);

/** The sample's header row and sheet name. */
export async function sampleLayout() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(SAMPLE_XLSX);
  const sheet = workbook.worksheets[0];
  for (let r = 1; r <= Math.min(sheet.rowCount, 10); r += 1) {
    const values = sheet.getRow(r).values.slice(1).map((v) => String(v ?? '').trim());
    if (values.includes('NIP')) return { sheetName: sheet.name, headers: values };
  }
  throw new Error(`no header row with "NIP" in ${SAMPLE_XLSX}`);
}

/** Demo pelaksana posts with the unit and perangkat daerah names the import matches on. */
function demoPelaksanaPosts(demo) {
  const unitById = new Map(demo.units.map((u) => [u.id, u]));
  const topOf = (unit) => {
    for (let u = unit; u; u = u.parentId ? unitById.get(u.parentId) : undefined) if (TOP_KINDS.has(u.kind)) return u;
    return undefined;
  };
  return demo.positions
    .filter((p) => p.type === 'pelaksana')
    .map((p) => ({ position: p, unit: unitById.get(p.unitId), top: topOf(unitById.get(p.unitId)) }))
    .filter((x) => x.unit && x.top);
}

/** `rows` people: synthetic pelaksana (PNS and PPPK, active) whose NIPs are not in the demo agency. */
function importPeople(lib, demo, rows) {
  const taken = new Set(demo.employees.map((e) => e.nip).filter(Boolean));
  const source = lib.generateSyntheticAgency({ employees: Math.ceil(rows * 2.6) + 100, units: 120, seed: 777 });
  const positionType = new Map(source.positions.map((p) => [p.id, p.type]));
  const people = source.employees.filter((e) => e.nip && !taken.has(e.nip) && e.status === 'aktif' && positionType.get(e.positionId) === 'pelaksana');
  if (people.length < rows) throw new Error(`only ${people.length} synthetic pelaksana for ${rows} import rows`);
  return people.slice(0, rows);
}

export async function makeImportWorkbook(lib, rows) {
  const demo = lib.generateDemoAgency();
  const posts = demoPelaksanaPosts(demo);
  const people = importPeople(lib, demo, rows);
  const { sheetName, headers } = await sampleLayout();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers);
  people.forEach((e, i) => {
    const post = posts[i % posts.length];
    const value = {
      NIP: lib.formatNip(e.nip),
      Nama: e.name,
      'Gelar Depan': e.gelarDepan ?? '',
      'Gelar Belakang': e.gelarBelakang ?? '',
      'Tanggal Lahir': new Date(`${e.birthDate}T00:00:00.000Z`),
      'Jenis Kelamin': e.sex,
      'Jenis Pegawai': e.kind === 'pppk' ? 'PPPK' : 'PNS',
      'Pangkat/Golongan': e.golonganRuang ? lib.formatPangkatGolongan(e.golonganRuang) : (e.golonganPppk ?? ''),
      Jabatan: post.position.name,
      'Jenis Jabatan': '',
      'Unit Kerja': post.unit.name,
      'Perangkat Daerah': post.top.name,
      Status: 'Aktif',
    };
    sheet.addRow(headers.map((h) => value[h] ?? ''));
  });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { buffer, rows: people.length };
}
