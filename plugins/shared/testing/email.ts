import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Mail for a plugin's alone-config: to a test SMTP server when one is given, else into a JSON
 * transport that sends nothing (no console noise, no outside test-account service).
 */
export function testEmailAdapter(
  smtpUrl: string | undefined,
  from: { name: string; address: string } = { name: 'test', address: 'no-reply@localhost' },
): Promise<EmailAdapter> {
  return nodemailerAdapter({
    transport: smtpUrl ? nodemailer.createTransport(smtpUrl) : nodemailer.createTransport({ jsonTransport: true }),
    skipVerify: true,
    defaultFromAddress: from.address,
    defaultFromName: from.name,
  }) as Promise<EmailAdapter>
}
