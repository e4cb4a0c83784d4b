import type { WebsiteForm } from '../lib/website'
import { sheetHtml } from './document'
import type { Sheet } from './tables'

const shown = (value: WebsiteForm['rows'][number]['value']) =>
  value === null ? '' : value === true ? '是' : value === false ? '否' : value

/** The website form as one sheet: section, item, value; each section's name spans its items. */
export function websiteSheet(form: WebsiteForm): Sheet {
  const rows: Sheet['rows'] = [['类别', '项目', '数据']]
  const merges: Sheet['merges'] = []
  let start = 1
  form.rows.forEach((row, index) => {
    const first = index === 0 || form.rows[index - 1]!.section !== row.section
    if (first) start = index + 1
    rows.push([first ? row.section : '', row.label, shown(row.value)])
    const last = index === form.rows.length - 1 || form.rows[index + 1]!.section !== row.section
    if (last && index + 1 > start) merges.push([start, 0, index + 1, 0])
  })
  return { key: 'website', name: '网站年度报表', title: form.title, rows, headerRows: 1, merges, widths: [14, 44, 24] }
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** The printable website form (A4). */
export function websiteHtml(form: WebsiteForm): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(form.title)}</title><style>
@page { size: A4; margin: 20mm; }
body { font-family: "FangSong", "仿宋", serif; font-size: 11pt; max-width: 170mm; margin: 0 auto; }
h1 { font-family: "SimHei", "黑体", sans-serif; font-size: 16pt; text-align: center; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 3pt 5pt; }
th { text-align: center; }
</style></head>
<body><h1>${escapeHtml(form.title)}</h1>
${sheetHtml(websiteSheet(form))}
</body></html>`
}
