/** A page number from a query string: a positive whole number, else 1. */
export const parsePage = (value: string | string[] | undefined): number => {
  const page = Number.parseInt((Array.isArray(value) ? value[0] : value) ?? '1', 10)
  return Number.isFinite(page) && page > 0 ? page : 1
}
