import { solutionOf, type IssuedChallenge } from '../../plugins/mailboxes/testing/challenge'

/**
 * The public letter form and hit beacon as a browser uses them against a running site
 * (end-to-end and deployment tests). `client` is sent as X-Forwarded-For, so the site must
 * trust the loopback proxy (TRUSTED_PROXIES=127.0.0.1).
 */

/** A challenge from `origin`, solved as the ALTCHA widget does; the form field's value. */
export async function solvedChallengeAt(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/mailboxes/challenge`)
  if (response.status !== 200) throw new Error(`challenge: ${response.status}`)
  return solutionOf((await response.json()) as IssuedChallenge)
}

export type LetterFile = { name: string; type: string; bytes: Buffer }

/** Posts a letter to `mailbox` (slug) at `origin` from `client`; the altcha field as given. */
export async function postLetter(
  origin: string,
  mailbox: string,
  { client, altcha, subject, files = [] }: { client: string; altcha: string; subject: string; files?: LetterFile[] },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData()
  const fields = {
    category: 'suggestion',
    subject,
    content: '多个实例部署测试：同一来信人的提交次数应在所有实例间合计。',
    name: '测试来信人',
    phone: '13812345678',
    consentToPublish: 'false',
    altcha,
  }
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  for (const file of files)
    form.append('attachments', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  const response = await fetch(`${origin}/api/mailboxes/${mailbox}/letters`, {
    method: 'POST',
    headers: { 'x-forwarded-for': client },
    body: form,
  })
  const text = await response.text()
  let body: Record<string, unknown> = {}
  try {
    body = JSON.parse(text) as Record<string, unknown>
  } catch {
    body = { text }
  }
  return { status: response.status, body }
}

/** One beacon for a column page, from `client` with `userAgent`; the status. */
export async function sendHit(origin: string, column: number, client: string, userAgent: string): Promise<number> {
  const response = await fetch(`${origin}/api/hits`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain', 'x-forwarded-for': client, 'user-agent': userAgent },
    body: JSON.stringify({ column }),
  })
  await response.arrayBuffer()
  return response.status
}
