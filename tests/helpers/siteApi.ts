/** A published notice as the public API lists it. */
export type PublicNotice = { id: number; title: string; primaryColumn: number; department: number }

/**
 * A published notice read as the public from `origin` (the first one not in `skip`) and the path
 * of its column's page.
 */
export async function publicNotice(
  origin: string,
  skip: number[] = [],
): Promise<{ notice: PublicNotice; columnPath: string; columnId: number }> {
  const { docs } = (await (await fetch(`${origin}/api/notices?depth=0&limit=20`)).json()) as { docs: PublicNotice[] }
  const notice = docs.find((doc) => !skip.includes(doc.id))!
  const column = (await (await fetch(`${origin}/api/columns/${notice.primaryColumn}?depth=0`)).json()) as {
    id: number
    path: string
  }
  return { notice, columnPath: `/columns/${column.path}`, columnId: column.id }
}

/** REST calls against a running site (end-to-end tests and benchmarks use the real HTTP API). */
export type SiteApi = {
  token: (email: string) => Promise<string>
  call: (method: string, path: string, token: string, body?: unknown) => Promise<{ status: number; body: any }> // eslint-disable-line @typescript-eslint/no-explicit-any
  /** Editor saves a change, reviewer and admin approve, admin publishes: the 初审 → 终审 chain. */
  publishThroughWorkflow: (collection: string, id: number | string, data: Record<string, unknown>) => Promise<number>
  /** The editor writes a new notice and submits it, the reviewer and the admin approve it: ready to publish. */
  approvedNotice: (data: Record<string, unknown>) => Promise<number>
  /** An approved notice in the same column and department as `like`, scheduled by the admin to publish in 3 s. */
  scheduledNotice: (
    like: { primaryColumn: unknown; department: unknown },
    title: string,
  ) => Promise<{ id: number; at: Date }>
  /** How many times the job runner published this item on schedule (its audit entries). */
  scheduledPublishCount: (id: number) => Promise<number>
}

export function siteApi(origin: string, password: string): SiteApi {
  const tokens = new Map<string, string>()
  const token = async (email: string) => {
    if (!tokens.has(email)) {
      const response = await fetch(`${origin}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      const body = (await response.json()) as { token?: string }
      if (!body.token) throw new Error(`could not sign in as ${email}`)
      tokens.set(email, body.token)
    }
    return tokens.get(email)!
  }
  const call: SiteApi['call'] = async (method, path, bearer, body) => {
    const response = await fetch(`${origin}/api${path}`, {
      method,
      headers: { authorization: `JWT ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed }
  }
  const step = async (email: string, method: string, path: string, body?: unknown) => {
    const result = await call(method, path, await token(email), body)
    if (result.status >= 300)
      throw new Error(`${email} ${method} ${path}: ${result.status} ${JSON.stringify(result.body)}`)
    return result
  }
  const approve = async (collection: string, id: number | string) => {
    await step('editor@example.com', 'POST', `/${collection}/${id}/workflow/submit`, {})
    await step('reviewer@example.com', 'POST', `/${collection}/${id}/workflow/approve`, {})
    await step('admin@example.com', 'POST', `/${collection}/${id}/workflow/approve`, {})
  }
  const approvedNotice: SiteApi['approvedNotice'] = async (data) => {
    const created = await step('editor@example.com', 'POST', '/notices', { disclosureMode: 'proactive', ...data })
    const id = (created.body as { doc: { id: number } }).doc.id
    await approve('notices', id)
    return id
  }
  const publishThroughWorkflow: SiteApi['publishThroughWorkflow'] = async (collection, id, data) => {
    await step('editor@example.com', 'PATCH', `/${collection}/${id}`, data)
    await approve(collection, id)
    const publishedAt = Date.now()
    await step('admin@example.com', 'POST', `/${collection}/${id}/workflow/publish`, {})
    return publishedAt
  }
  const scheduledNotice: SiteApi['scheduledNotice'] = async (like, title) => {
    const id = await approvedNotice({
      title,
      type: 'notification',
      primaryColumn: like.primaryColumn,
      department: like.department,
    })
    const at = new Date(Date.now() + 3_000)
    await step('admin@example.com', 'POST', `/notices/${id}/workflow/publish`, { at: at.toISOString() })
    return { id, at }
  }
  const scheduledPublishCount: SiteApi['scheduledPublishCount'] = async (id) => {
    const { body } = await step(
      'admin@example.com',
      'GET',
      `/workflow-audit-log?limit=50&depth=0&where[item][equals]=${id}`,
    )
    return (body.docs as { action: string }[]).filter((entry) => entry.action === 'scheduled-publish').length
  }
  return { token, call, publishThroughWorkflow, approvedNotice, scheduledNotice, scheduledPublishCount }
}
