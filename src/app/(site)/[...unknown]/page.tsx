import { notFound } from 'next/navigation'

/** Unknown addresses get the site's own 404 page, inside the site layout. */
export default function Unknown() {
  notFound()
}
