import Link from 'next/link'

import { getDictionary } from '@/lib/i18n/dictionary'

// Next gives not-found pages no params; the English text carries a Korean line beside it.
const NotFound = () => {
  const en = getDictionary('en')
  const ko = getDictionary('ko')
  return (
    <main id="main" className="wrap not-found">
      <h1>{en.notFound.title}</h1>
      <p>{en.notFound.text}</p>
      <p lang="ko">{ko.notFound.text}</p>
      <p>
        <Link href="/en">{en.nav.home}</Link> · <Link href="/ko" lang="ko">{ko.nav.home}</Link>
      </p>
    </main>
  )
}

export default NotFound
