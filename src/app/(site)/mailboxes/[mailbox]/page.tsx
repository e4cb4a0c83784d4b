import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../components/site/Breadcrumbs'
import { LetterForm } from '../../../../components/site/LetterForm'
import { publicMailboxes } from '../../../../lib/site/mailboxes'

// `/mailboxes` is rewritten to `/mailboxes/all` (next.config.ts).
export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ mailbox: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { mailbox } = await params
  const found = (await publicMailboxes()).find((item) => item.slug === mailbox)
  return { title: found ? found.name : '领导信箱' }
}

export default async function MailboxPage({ params }: Props) {
  const { mailbox } = await params
  const mailboxes = await publicMailboxes()
  if (mailbox === 'all') {
    return (
      <>
        <Breadcrumbs trail={[{ label: '领导信箱' }]} />
        <h1>领导信箱</h1>
        <p>
          欢迎您通过领导信箱反映意见建议。来信提交后您将获得来信编号和查询码，可随时
          <a href="/mailboxes/track">查询办理进度</a>。
        </p>
        <div className="grid">
          {mailboxes.map((item) => (
            <section key={item.id} className="panel" aria-labelledby={`mb-${item.slug}`}>
              <h2 id={`mb-${item.slug}`}>{item.name}</h2>
              {item.description && <p>{item.description}</p>}
              <p>
                <a className="button" href={`/mailboxes/${item.slug}`}>
                  写信
                </a>{' '}
                <a href={`/mailboxes/${item.slug}/replies`}>公开答复</a>
              </p>
            </section>
          ))}
        </div>
      </>
    )
  }
  const current = mailboxes.find((item) => item.slug === mailbox)
  if (!current) notFound()
  return (
    <>
      <Breadcrumbs trail={[{ label: '领导信箱', href: '/mailboxes' }, { label: current.name }]} />
      <h1>给{current.leaderTitle || current.name}写信</h1>
      {current.description && <p>{current.description}</p>}
      <p className="muted">
        带“必填”的项目须填写。我们按工作日计算办理时限；涉及个人隐私的内容不会公开。
        <a href={`/mailboxes/${current.slug}/replies`}>查看公开答复</a>
      </p>
      <LetterForm mailbox={current.slug} mailboxName={current.name} />
    </>
  )
}
