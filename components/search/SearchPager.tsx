import Link from 'next/link'

import type { SearchDictionary } from '@/lib/i18n/searchDictionary'
import { searchHref, type SearchUrlState } from '@/lib/search/searchHref'

type Props = { path: string; state: SearchUrlState; page: number; pageCount: number; sdict: SearchDictionary }

export const SearchPager = ({ path, state, page, pageCount, sdict }: Props) =>
  pageCount > 1 ? (
    <nav className="pager" aria-label={sdict.pages}>
      {page > 1 ? (
        <Link prefetch={false} href={searchHref(path, { ...state, page: page - 1 })} rel="prev">
          ← {sdict.previous}
        </Link>
      ) : null}
      <span aria-current="page">{sdict.page(page, pageCount)}</span>
      {page < pageCount ? (
        <Link prefetch={false} href={searchHref(path, { ...state, page: page + 1 })} rel="next">
          {sdict.next} →
        </Link>
      ) : null}
    </nav>
  ) : null
