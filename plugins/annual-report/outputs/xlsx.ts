import type { Sheet } from './tables'

/** One worksheet per table, the official headings bold and merged as on the printed form. */
export async function sheetsToXlsx(sheets: Sheet[], title: string): Promise<Buffer> {
  // Loaded on the first download: exceljs takes about 2 s to load, which every server start and
  // every test file would otherwise pay for a file few people fetch.
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.title = title
  workbook.creator = 'Gongkai'
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name)
    worksheet.addRow([sheet.title])
    worksheet.getRow(1).font = { bold: true, size: 14 }
    for (const row of sheet.rows) worksheet.addRow(row)
    // Rows of the sheet start below the title row.
    for (const [r1, c1, r2, c2] of sheet.merges) worksheet.mergeCells(r1 + 2, c1 + 1, r2 + 2, c2 + 1)
    for (let r = 0; r < sheet.headerRows; r += 1) worksheet.getRow(r + 2).font = { bold: true }
    worksheet.eachRow((row) =>
      row.eachCell((cell) => {
        cell.alignment = {
          vertical: 'middle',
          horizontal: typeof cell.value === 'number' ? 'center' : 'left',
          wrapText: true,
        }
        cell.border = {
          top: { style: 'thin' },
          left: { style: 'thin' },
          bottom: { style: 'thin' },
          right: { style: 'thin' },
        }
      }),
    )
    worksheet.columns.forEach((column, index) => {
      column.width = sheet.widths?.[index] ?? (sheet.key === '3' && index < 3 ? 24 : 14)
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
