import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { getAboutDictionary } from '@/lib/i18n/aboutDictionary'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { correctionsAddress } from '@/lib/site/correctionsAddress'
import { localeAlternates } from '@/lib/site/localeAlternates'

// No database read; dynamic only so the corrections address follows the deployment's own
// address at run time rather than the build machine's.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: getAboutDictionary(locale).title, alternates: localeAlternates(locale, '/about') } : {}
}

const Paragraphs = ({ paragraphs }: { paragraphs: string[] }) => (
  <>
    {paragraphs.map((paragraph) => (
      <p key={paragraph}>{paragraph}</p>
    ))}
  </>
)

const AboutPage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getAboutDictionary(locale)
  const address = correctionsAddress()
  const sections = [
    ['method', text.method],
    ['anonymisation', text.anonymisation],
    ['illustrative', text.illustrative],
  ] as const

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/about">
      <article className="prose">
        <h1>{text.title}</h1>
        <p className="lede">{text.lede}</p>
        {sections.map(([id, section]) => (
          <section key={id} aria-labelledby={id}>
            <h2 id={id}>{section.heading}</h2>
            <Paragraphs paragraphs={section.paragraphs} />
          </section>
        ))}
        <section aria-labelledby="access">
          <h2 id="access">{text.access.heading}</h2>
          <Paragraphs paragraphs={text.access.paragraphs} />
          <p>
            <Link className="button" href={`/${locale}/apply`}>
              {text.access.link}
            </Link>
          </p>
        </section>
        <section aria-labelledby="corrections">
          <h2 id="corrections">{text.corrections.heading}</h2>
          <Paragraphs paragraphs={text.corrections.paragraphs} />
          <p>
            {text.corrections.addressLabel}: <a href={`mailto:${address}`}>{address}</a>
          </p>
        </section>
        <section aria-labelledby="privacy">
          <h2 id="privacy">{text.privacy.heading}</h2>
          <Paragraphs paragraphs={text.privacy.paragraphs} />
        </section>
      </article>
    </PageShell>
  )
}

export default AboutPage
