import fs from 'node:fs/promises'
import path from 'node:path'

import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import type { Payload } from 'payload'
import sharp from 'sharp'

import type { Media } from '../../payload-types'
import { throwIfStopped } from './stopped'
import type { SeedModule } from './types'

/**
 * Files the demo needs, made at seed time (no binary file is kept in the repository): photos
 * for news items, which Payload cuts into its renditions; gazette covers and PDF editions; and
 * PDF attachments for notices. Ids are shared as `shared.media`.
 */
export type DemoMedia = {
  photos: Media['id'][]
  covers: Media['id'][]
  gazettePdfs: Media['id'][]
  attachments: Media['id'][]
}

const palettes = [
  ['#8ec5fc', '#e0c3fc', '#3d7a4f', '#58a36c'],
  ['#f6d365', '#fda085', '#7a5c3d', '#a3814f'],
  ['#a1c4fd', '#c2e9fb', '#2f5d7c', '#4d8fb8'],
  ['#d4fc79', '#96e6a1', '#3e6b2f', '#6fa55a'],
  ['#fbc2eb', '#a6c1ee', '#5b4a7a', '#8470a8'],
  ['#ffecd2', '#fcb69f', '#6b4a3a', '#9c6f58'],
]

const photoSubjects = [
  '区政府常务会议现场',
  '城市更新项目施工现场',
  '乡村振兴示范村村貌',
  '防汛应急演练现场',
  '政务服务中心办事大厅',
  '义务教育学校新校舍',
]

/** A landscape of hills, a river and a row of buildings: plausible as a news photo thumbnail. */
function photoSvg(index: number, width: number, height: number): string {
  const [skyTop, skyBottom, far, near] = palettes[index % palettes.length]
  const buildings = Array.from({ length: 9 }, (_, i) => {
    const w = width / 14
    const h = height * (0.12 + ((i * 37 + index * 11) % 23) / 100)
    const x = width * 0.08 + i * w * 1.35
    return `<rect x="${x}" y="${height * 0.62 - h}" width="${w}" height="${h}" fill="#f4f1ea" stroke="#b8b2a6"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${skyTop}"/><stop offset="1" stop-color="${skyBottom}"/></linearGradient></defs>
<rect width="100%" height="100%" fill="url(#sky)"/>
<circle cx="${width * (0.7 + (index % 3) * 0.08)}" cy="${height * 0.2}" r="${height * 0.07}" fill="#fff6d5" opacity="0.9"/>
<path d="M0 ${height * 0.62} Q ${width * 0.25} ${height * 0.35} ${width * 0.5} ${height * 0.58} T ${width} ${height * 0.5} V ${height} H 0 Z" fill="${far}"/>
${buildings}
<path d="M0 ${height * 0.75} Q ${width * 0.3} ${height * 0.62} ${width * 0.6} ${height * 0.74} T ${width} ${height * 0.7} V ${height} H 0 Z" fill="${near}"/>
<path d="M0 ${height * 0.9} C ${width * 0.3} ${height * 0.8} ${width * 0.6} ${height * 0.98} ${width} ${height * 0.86} V ${height} H 0 Z" fill="#6fa8dc" opacity="0.85"/>
</svg>`
}

/** A gazette cover: the red masthead band of an official gazette, without text (no fonts needed). */
function coverSvg(number: number, special: boolean): string {
  const bars = Array.from({ length: 7 }, (_, i) => {
    const filled = i < number
    return `<rect x="${90 + i * 60}" y="980" width="44" height="44" fill="${filled ? '#c8102e' : 'none'}" stroke="#c8102e" stroke-width="4"/>`
  }).join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="1100">
<rect width="600" height="1100" fill="${special ? '#fff7e6' : '#fffdf8'}"/>
<rect y="120" width="600" height="200" fill="#c8102e"/>
<rect y="340" width="600" height="10" fill="#c8102e"/>
<circle cx="300" cy="620" r="150" fill="none" stroke="#c8102e" stroke-width="10"/>
<path d="M300 500 L335 590 L430 590 L352 645 L382 735 L300 680 L218 735 L248 645 L170 590 L265 590 Z" fill="#c8102e"/>
${bars}
</svg>`
}

/** A small, valid PDF with a title page and `pages` pages of running text (standard fonts: pinyin only). */
async function pdf(title: string, lines: string[], pages: number, cover?: Buffer): Promise<Buffer> {
  const document = await PDFDocument.create()
  document.setTitle(title)
  document.setProducer('Gongkai demo seed')
  const font = await document.embedFont(StandardFonts.Helvetica)
  const bold = await document.embedFont(StandardFonts.HelveticaBold)
  for (let page = 0; page < pages; page++) {
    const sheet = document.addPage([595, 842])
    if (page === 0 && cover) {
      const image = await document.embedPng(cover)
      sheet.drawImage(image, { x: 148, y: 250, width: 300, height: 550 })
      sheet.drawText(title, { x: 60, y: 190, size: 20, font: bold, color: rgb(0.78, 0.06, 0.18) })
      continue
    }
    sheet.drawText(page === 0 ? title : `${title} - ${page + 1}`, { x: 60, y: 780, size: 16, font: bold })
    lines.forEach((line, index) => sheet.drawText(line, { x: 60, y: 740 - index * 18, size: 11, font }))
  }
  return Buffer.from(await document.save())
}

async function upload(
  payload: Payload,
  file: { data: Buffer; name: string; mimetype: string },
  data: { alt?: string; caption?: string },
): Promise<Media['id']> {
  const doc = await payload.create({
    collection: 'media',
    data,
    file: { ...file, size: file.data.length },
    overrideAccess: true,
    depth: 0,
  })
  return doc.id
}

export const mediaSeed: SeedModule = {
  name: 'media',
  collections: ['media'],
  async beforeReset(payload) {
    // Rows are emptied at the adapter level, which leaves files: remove them, or a new seed's
    // files would be renamed around the old ones (demo-photo-1-1.jpg …).
    const staticDir = payload.collections.media?.config.upload?.staticDir
    if (!staticDir) return
    const { docs } = await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })
    for (const doc of docs) {
      const names = [doc.filename, ...Object.values(doc.sizes ?? {}).map((size) => size?.filename)]
      for (const name of names) if (name) await fs.rm(path.join(staticDir, path.basename(name)), { force: true })
    }
  },
  async run({ payload, shared, log, signal }) {
    const started = Date.now()
    const media: DemoMedia = { photos: [], covers: [], gazettePdfs: [], attachments: [] }
    for (const [index, subject] of photoSubjects.entries()) {
      throwIfStopped(signal)
      const data = await sharp(Buffer.from(photoSvg(index, 1200, 750)))
        .jpeg({ quality: 82 })
        .toBuffer()
      media.photos.push(
        await upload(
          payload,
          { data, name: `demo-photo-${index + 1}.jpg`, mimetype: 'image/jpeg' },
          {
            alt: subject,
            caption: `${subject}（示范区融媒体中心 摄）`,
          },
        ),
      )
    }
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()
    for (let number = 1; number <= 7; number++) {
      throwIfStopped(signal)
      const special = number === 6
      const coverPng = await sharp(Buffer.from(coverSvg(number, special)))
        .png()
        .toBuffer()
      media.covers.push(
        await upload(
          payload,
          { data: coverPng, name: `gazette-${year}-${number}-cover.png`, mimetype: 'image/png' },
          {
            alt: `示范区人民政府公报${year}年第${number}期封面`,
          },
        ),
      )
      const edition = await pdf(
        `Shifanqu Renmin Zhengfu Gongbao ${year} No. ${number}${special ? ' (Special Issue)' : ''}`,
        ['Demo edition generated by the Gongkai seed.', 'The contents are listed on the issue page.'],
        4,
        coverPng,
      )
      media.gazettePdfs.push(
        await upload(
          payload,
          { data: edition, name: `gazette-${year}-${number}.pdf`, mimetype: 'application/pdf' },
          {
            alt: `示范区人民政府公报${year}年第${number}期（PDF版）`,
          },
        ),
      )
    }
    const forms = ['申报表', '项目清单', '实施细则', '公示名单', '办事指南']
    for (const [index, form] of forms.entries()) {
      throwIfStopped(signal)
      const data = await pdf(`Fujian ${index + 1}`, [`Attachment ${index + 1} of a demo notice.`], 1)
      media.attachments.push(
        await upload(
          payload,
          { data, name: `attachment-${index + 1}.pdf`, mimetype: 'application/pdf' },
          {
            alt: `附件${index + 1}：${form}`,
          },
        ),
      )
    }
    shared.media = media
    log(
      `media: ${media.photos.length} photos (with renditions), ${media.covers.length} gazette covers and PDF editions, ` +
        `${media.attachments.length} PDF attachments in ${Date.now() - started} ms`,
    )
  },
}
