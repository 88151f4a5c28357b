import ExcelJS from 'exceljs';

/** A new workbook stamped with Peka as its creator and the given time. */
export function newWorkbook(created: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Peka';
  workbook.created = created;
  workbook.modified = created;
  return workbook;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
