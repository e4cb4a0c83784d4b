import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { Breadcrumbs } from '../../../../../components/site/Breadcrumbs'
import { PublishedReplies } from '../../../../../components/site/PublishedReplies'
import { publicMailboxes } from '../../../../../lib/site/mailboxes'

export const revalidate = 300
export const dynamicParams = true
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ mailbox: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { mailbox } = await params
  const found = (await publicMailboxes()).find((item) => item.slug === mailbox)
  return { title: found ? `${found.name} 公开答复` : '公开答复' }
}

export default async function RepliesPage({ params }: Props) {
  const { mailbox } = await params
  const current = (await publicMailboxes()).find((item) => item.slug === mailbox)
  if (!current) notFound()
  return (
    <>
      <Breadcrumbs
        trail={[
          { label: '领导信箱', href: '/mailboxes' },
          { label: current.name, href: `/mailboxes/${current.slug}` },
          { label: '公开答复' },
        ]}
      />
      <h1>{current.name} · 公开答复</h1>
      <PublishedReplies mailbox={current.slug} />
    </>
  )
}
