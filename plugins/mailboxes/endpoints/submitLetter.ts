import crypto from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'

import { attachmentsSlug, lettersSlug } from '../access/handledMailboxes'
import { attachmentExtensions } from '../lib/limits'
import { queryCodePepper } from '../hooks/pepper'
import { hashQueryCode, newQueryCode } from '../../shared/abuse/queryCode'
import { consume } from '../../shared/abuse/rateLimits'
import { validateLetter } from '../lib/validateLetter'
import {
  BadBody,
  BodyTooLarge,
  FileTooLarge,
  readSubmissionForm,
  Refused,
  TooManyFiles,
  type UploadedFile,
} from '../../shared/abuse/readForm'
import { errorResponse, findPublicMailbox, json, type MailboxRuntime } from './runtime'

/** The hidden field a person never fills in; bots that fill every field do. */
export const honeypotField = 'website'

type Refusal = Response

function completePdf(data: Buffer): boolean {
  const tail = data.subarray(Math.max(0, data.length - 1024)).toString('latin1')
  return tail.includes('%%EOF') && tail.includes('xref')
}

async function checkAttachments(
  req: PayloadRequest,
  runtime: MailboxRuntime,
  files: UploadedFile[],
): Promise<Refusal | null> {
  const { maxAttachments, maxAttachmentBytes } = runtime.options
  const limitMb = Math.round((maxAttachmentBytes / 1024 / 1024) * 10) / 10
  if (files.length > maxAttachments) {
    return errorResponse(
      req,
      400,
      { zh: `附件最多 ${maxAttachments} 个`, en: `At most ${maxAttachments} attachments` },
      { field: 'attachments' },
    )
  }
  for (const file of files) {
    if (file.data.length > maxAttachmentBytes) {
      return errorResponse(
        req,
        413,
        {
          zh: `附件“${file.name}”超过 ${limitMb} MB 的大小限制`,
          en: `Attachment "${file.name}" is larger than ${limitMb} MB`,
        },
        { field: 'attachments' },
      )
    }
    const extension = file.name.toLowerCase().split('.').pop() ?? ''
    const verdict = attachmentExtensions.includes(extension)
      ? await runtime.options.inspectUpload(file.name, file.data)
      : null
    // Payload refuses a PDF without end marker or cross-reference table; say so before writing anything.
    const brokenPdf = verdict?.ok && verdict.mimeType === 'application/pdf' && !completePdf(file.data)
    if (!verdict?.ok || brokenPdf) {
      return errorResponse(
        req,
        verdict?.ok === false && verdict.reason === 'empty' ? 400 : 415,
        {
          zh: `附件“${file.name}”不是允许的图片（JPG、PNG、WebP、GIF）或 PDF 文件${verdict?.ok === false && verdict.reason === 'content' ? '：内容与扩展名不符' : brokenPdf ? '：PDF 文件不完整' : ''}`,
          en: `Attachment "${file.name}" is not an allowed image (JPG, PNG, WebP, GIF) or PDF${verdict?.ok === false && verdict.reason === 'content' ? ': its content does not match its extension' : brokenPdf ? ': the PDF is incomplete' : ''}`,
        },
        { field: 'attachments' },
      )
    }
    if (verdict?.ok) file.type = verdict.mimeType
  }
  return null
}

/**
 * The checks that need only the fields: the honeypot, then the proof of work. They run before
 * any attachment is read, so the `altcha` field must precede the files in the form.
 */
async function checkBeforeFiles(
  req: PayloadRequest,
  runtime: MailboxRuntime,
  fields: Record<string, unknown>,
): Promise<Refusal | null> {
  const trap = fields[honeypotField]
  if (trap !== undefined && trap !== null && trap !== '') {
    return errorResponse(
      req,
      400,
      { zh: '提交被拒绝：请勿填写隐藏字段', en: 'Refused: a hidden field was filled in' },
      { field: honeypotField },
    )
  }
  if (!(await runtime.challenge(req).redeem(req, fields.altcha))) {
    return errorResponse(
      req,
      400,
      {
        zh: '人机验证未通过、已过期或未放在附件之前，请重新验证',
        en: 'The challenge was not solved, has expired, was already used or did not come before the attachments',
      },
      { field: 'altcha' },
    )
  }
  return null
}

/**
 * `POST /api/mailboxes/:mailbox/letters`: a citizen writes a letter, without an account.
 * Checks run before anything is written (rate limit, mailbox, honeypot and challenge before any
 * attachment is read, then body size, fields, attachments), so a refused letter leaves neither a
 * row nor a file, and one without a solved challenge costs no attachment reading. The answer carries the
 * letter number and the query code, which is shown this once and stored only as a hash.
 */
export const submitLetterEndpoint = (runtime: MailboxRuntime): Endpoint => ({
  path: '/:id/letters',
  method: 'post',
  handler: async (req) => {
    const client = runtime.options.clientAddress(req.headers)
    const wait = await consume(runtime.limiters.submissions, req, client)
    if (wait) {
      return errorResponse(
        req,
        429,
        {
          zh: `提交过于频繁，请 ${Math.ceil(wait / 60)} 分钟后再试`,
          en: `Too many letters; try again in ${Math.ceil(wait / 60)} minutes`,
        },
        { retryAfter: wait },
      )
    }
    const mailbox = await findPublicMailbox(req, req.routeParams?.id)
    if (!mailbox) return errorResponse(req, 404, { zh: '信箱不存在或已停用', en: 'No such mailbox, or it is closed' })
    const { maxAttachments, maxAttachmentBytes } = runtime.options
    const limitMb = Math.round((maxAttachmentBytes / 1024 / 1024) * 10) / 10
    let form
    try {
      form = await readSubmissionForm(req, {
        totalBytes: maxAttachments * maxAttachmentBytes + 256 * 1024,
        jsonBytes: 256 * 1024,
        fileBytes: maxAttachmentBytes,
        files: maxAttachments,
        beforeFiles: (fields) => checkBeforeFiles(req, runtime, fields),
      })
    } catch (error) {
      if (error instanceof Refused) return error.response
      if (error instanceof TooManyFiles) {
        return errorResponse(
          req,
          400,
          { zh: `附件最多 ${maxAttachments} 个`, en: `At most ${maxAttachments} attachments` },
          { field: 'attachments' },
        )
      }
      if (error instanceof FileTooLarge) {
        return errorResponse(
          req,
          413,
          {
            zh: `附件“${error.fileName}”超过 ${limitMb} MB 的大小限制`,
            en: `Attachment "${error.fileName}" is larger than ${limitMb} MB`,
          },
          { field: 'attachments' },
        )
      }
      if (error instanceof BodyTooLarge) {
        return errorResponse(req, 413, { zh: '提交的内容过大', en: 'The submission is too large' })
      }
      if (error instanceof BadBody) {
        return errorResponse(req, 400, {
          zh: '请以表单（multipart/form-data）或 JSON 提交',
          en: 'Send multipart/form-data or JSON',
        })
      }
      throw error
    }
    const { fields, files } = form
    const { value, problems } = validateLetter(fields)
    if (!value) return errorResponse(req, 400, { zh: '来信内容有误', en: 'The letter has errors' }, { problems })
    const refusal = await checkAttachments(req, runtime, files)
    if (refusal) return refusal

    const queryCode = newQueryCode()
    const attachmentIds: (number | string)[] = []
    try {
      for (const file of files) {
        const extension = file.name.toLowerCase().split('.').pop()
        const name = `${crypto.randomUUID()}.${extension}`
        const doc = await req.payload.create({
          collection: attachmentsSlug,
          data: { mailbox: mailbox.id },
          file: { data: file.data, mimetype: file.type, name, size: file.data.length },
          overrideAccess: true,
          depth: 0,
        })
        attachmentIds.push(doc.id)
      }
      const letter = await req.payload.create({
        collection: lettersSlug,
        data: {
          ...value,
          mailbox: mailbox.id,
          source: 'online',
          state: 'received',
          attachments: attachmentIds as number[],
        },
        context: { queryCodeHash: hashQueryCode(queryCode, queryCodePepper(req, runtime.options)) },
        overrideAccess: true,
        depth: 0,
      })
      return json(
        {
          message: '来信已提交。请记下来信编号和查询码：查询码只显示这一次。',
          number: letter.number,
          queryCode,
          receivedAt: letter.receivedAt,
          dueAt: letter.dueAt,
        },
        201,
      )
    } catch (error) {
      // Nothing half-written: remove the files of a letter that could not be stored.
      for (const id of attachmentIds) {
        await req.payload.delete({ collection: attachmentsSlug, id, overrideAccess: true }).catch(() => {})
      }
      throw error
    }
  },
})
