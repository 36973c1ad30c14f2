import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { PageShell } from '@/components/PageShell'
import { SourceEntry } from '@/components/sources/SourceEntry'
import { getDictionary } from '@/lib/i18n/dictionary'
import { isLocale } from '@/lib/i18n/locales'
import { getSourcesDictionary } from '@/lib/i18n/sourcesDictionary'
import { getViewer } from '@/lib/site/getViewer'
import { localeAlternates } from '@/lib/site/localeAlternates'
import { readSources } from '@/lib/site/reads/readSources'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: getSourcesDictionary(locale).title, alternates: localeAlternates(locale, '/sources') } : {}
}

const SourcesPage = async ({ params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const dict = getDictionary(locale)
  const text = getSourcesDictionary(locale)
  const sources = await readSources(await getViewer(), locale)

  return (
    <PageShell locale={locale} dict={dict} alternatePath="/sources">
      <h1>{text.title}</h1>
      <p className="lede">{text.intro}</p>
      {sources.length === 0 ? (
        <p>{text.none}</p>
      ) : (
        <div className="source-entries">
          {sources.map((source) => (
            <SourceEntry key={source.id} source={source} locale={locale} text={text} />
          ))}
        </div>
      )}
    </PageShell>
  )
}

export default SourcesPage
