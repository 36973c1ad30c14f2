import type { FieldHook } from 'payload'

const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

/** A readable slug from the English name when the editor leaves it empty. */
export const slugFromName: FieldHook = ({ value, data }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const name = data?.name
  const english = typeof name === 'object' && name ? name.en : name
  return typeof english === 'string' && english.trim() ? slugify(english) : value
}
