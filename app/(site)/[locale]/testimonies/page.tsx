import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { TestimonyCard } from '@/components/TestimonyCard'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: getDictionary(locale).nav.testimonies } : {}
}

const TestimoniesPage = async ({ params, searchParams }: Props) => {
  const [{ locale }, { page }] = await Promise.all([params, searchParams])
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const [payload, user] = await Promise.all([getArchive(), getCurrentUser()])
  const pageNumber = Math.max(1, Math.min(10_000, Number.parseInt(page ?? '1', 10) || 1))

  const testimonies = await payload.find({
    collection: 'testimonies',
    locale,
    fallbackLocale: 'en',
    depth: 0,
    limit: 20,
    page: pageNumber,
    sort: '-createdAt',
    overrideAccess: false,
    user,
  })

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/testimonies">
      <h1>{dict.nav.testimonies}</h1>
      {testimonies.docs.length === 0 ? (
        <p>{dict.home.noTestimonies}</p>
      ) : (
        <div className="card-list">
          {testimonies.docs.map((testimony) => (
            <TestimonyCard key={testimony.id} testimony={testimony} locale={locale} dict={dict} />
          ))}
        </div>
      )}
      {testimonies.totalPages > 1 ? (
        <nav className="pager" aria-label="Pages">
          {testimonies.hasPrevPage ? <a href={`?page=${pageNumber - 1}`}>←</a> : null}
          <span>
            {pageNumber} / {testimonies.totalPages}
          </span>
          {testimonies.hasNextPage ? <a href={`?page=${pageNumber + 1}`}>→</a> : null}
        </nav>
      ) : null}
    </PageShell>
  )
}

export default TestimoniesPage
