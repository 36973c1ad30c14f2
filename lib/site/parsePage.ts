// Past this, the database offset overflows (page=99999999999999999999 answered 500); no
// listing has a millionth page.
const LAST_PAGE = 1_000_000

/** A page number from a query string: a positive whole number up to LAST_PAGE, else 1. */
export const parsePage = (value: string | string[] | undefined): number => {
  const page = Number.parseInt((Array.isArray(value) ? value[0] : value) ?? '1', 10)
  return Number.isFinite(page) && page > 0 && page <= LAST_PAGE ? page : 1
}
