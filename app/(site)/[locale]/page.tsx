import { notFound } from 'next/navigation'

import { FactItem } from '@/components/FactItem'
import { PageShell } from '@/components/PageShell'
import { TestimonyCard } from '@/components/TestimonyCard'
import { getCurrentUser } from '@/lib/auth/currentUser'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getArchive } from '@/lib/payload'

// Reads the database on every request; a build must never freeze what it found then.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

const HomePage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const [payload, user] = await Promise.all([getArchive(), getCurrentUser()])

  const [facts, testimonies] = await Promise.all([
    payload.find({
      collection: 'facts',
      locale,
      fallbackLocale: 'en',
      depth: 1,
      limit: 12,
      sort: 'kind',
      overrideAccess: false,
      user,
    }),
    payload.find({
      collection: 'testimonies',
      locale,
      fallbackLocale: 'en',
      depth: 0,
      limit: 6,
      sort: '-createdAt',
      overrideAccess: false,
      user,
    }),
  ])

  return (
    <PageShell locale={locale} dict={dict} alternatePath="">
      <section className="intro">
        <h1>{dict.siteName}</h1>
        <p className="lede">{dict.tagline}</p>
      </section>
      <section aria-labelledby="figures">
        <h2 id="figures">{dict.home.figures}</h2>
        {facts.docs.length === 0 ? (
          <p>{dict.home.noFacts}</p>
        ) : (
          <div className="fact-grid">
            {facts.docs.map((fact) => (
              <FactItem key={fact.id} fact={fact} locale={locale} dict={dict} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">{dict.home.latest}</h2>
        {testimonies.docs.length === 0 ? (
          <p>{dict.home.noTestimonies}</p>
        ) : (
          <div className="card-list">
            {testimonies.docs.map((testimony) => (
              <TestimonyCard key={testimony.id} testimony={testimony} locale={locale} dict={dict} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="why">
        <h2 id="why">{dict.home.why}</h2>
        <p>{dict.home.whyText}</p>
      </section>
    </PageShell>
  )
}

export default HomePage
