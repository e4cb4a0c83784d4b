import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type TestMailbox = {
  /** `smtp://127.0.0.1:PORT` for SMTP_URL. */
  url: string
  messages: ParsedMail[]
  /** Resolves once `count` messages matching `filter` have arrived (or rejects after timeoutMs). */
  waitFor: (count: number, filter?: (mail: ParsedMail) => boolean, timeoutMs?: number) => Promise<ParsedMail[]>
  close: () => Promise<void>
}

/** A real SMTP server on loopback that keeps every message it receives. */
export async function startTestMailbox(): Promise<TestMailbox> {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as { port: number }
  const waitFor: TestMailbox['waitFor'] = async (count, filter = () => true, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const matching = messages.filter(filter)
      if (matching.length >= count) return matching
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} mail(s), got ${matching.length}: ${messages.map((m) => m.subject).join(' | ')}`,
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    waitFor,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
