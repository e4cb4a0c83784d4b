import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import type SMTPTransport from 'nodemailer/lib/smtp-transport'
import type { EmailAdapter } from 'payload'

export type MailSettings = {
  /** `smtp://user:pass@host:port` or `smtps://…`; unset means print mail to the console. */
  smtpUrl?: string
  /** `"显示名" <address@example.com>` or a bare address. */
  mailFrom?: string
}

export function parseMailFrom(mailFrom: string | undefined): { name: string; address: string } {
  const fallback = { name: '公开 Gongkai', address: 'no-reply@localhost' }
  if (!mailFrom?.trim()) return fallback
  const match = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(mailFrom)
  if (match) return { name: match[1].trim() || fallback.name, address: match[2].trim() }
  return { name: fallback.name, address: mailFrom.trim() }
}

/**
 * A transport that writes each message to the console, so that mail sent without SMTP
 * in development is visible rather than lost or sent to an outside test service.
 */
function consoleTransport(): Transporter {
  return nodemailer.createTransport({
    name: 'console',
    version: '1',
    send(mail, callback) {
      const { from, to, subject, text } = mail.data
      console.info(
        `[mail] (no SMTP_URL set: printed, not sent)\n  from: ${String(from)}\n  to: ${String(to)}\n  subject: ${String(subject)}\n${text ? `\n${String(text)}\n` : ''}`,
      )
      callback(null, { envelope: mail.message.getEnvelope(), messageId: mail.message.messageId() } as never)
    },
  })
}

export function emailAdapter(settings: MailSettings): Promise<EmailAdapter> {
  const from = parseMailFrom(settings.mailFrom)
  const transport: Transporter<SMTPTransport.SentMessageInfo> | Transporter = settings.smtpUrl
    ? nodemailer.createTransport(settings.smtpUrl)
    : consoleTransport()
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    transport,
    // Verification opens a connection at start-up; a mail server that is down must not stop the site.
    skipVerify: true,
  }) as Promise<EmailAdapter>
}
