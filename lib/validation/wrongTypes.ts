import type { Field, ValidationFieldError } from 'payload'

/** What the check needs to know beyond the fields: the shape of ids and the locales. */
export type TypeRules = {
  /** True when `value` has the shape of a document id in this database. */
  isId: (value: unknown) => boolean
  /** Locale codes, when the request writes every locale at once (`locale=all`). */
  allLocales?: string[]
  /** Told of every well-shaped id a relationship names, so the caller can check it exists. */
  onLink?: (link: { path: string; relationTo: string; id: string }) => void
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)

const describe = (value: unknown): string =>
  Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value === 'object' ? 'an object' : `${typeof value} ${JSON.stringify(value)?.slice(0, 40)}`

type Check = (value: unknown, path: string) => string | undefined

const optionValues = (field: Field): string[] =>
  'options' in field ? field.options.map((option) => (typeof option === 'string' ? option : option.value)) : []

/** One value of a field that holds no sub-fields; undefined when its type is right. */
const scalarCheck = (field: Field, rules: TypeRules): Check | undefined => {
  switch (field.type) {
    case 'text': case 'textarea': case 'email': case 'code':
      return (v) => (typeof v === 'string' ? undefined : `must be text, not ${describe(v)}`)
    case 'number':
      // Payload would parseFloat a string: "2016-05" became 2016.
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? undefined : `must be a number, not ${describe(v)}`)
    case 'checkbox':
      return (v) => (typeof v === 'boolean' ? undefined : `must be true or false, not ${describe(v)}`)
    case 'date':
      return (v) =>
        v instanceof Date ? (Number.isNaN(v.getTime()) ? 'is not a date' : undefined)
          : typeof v === 'string' && /^\d{4}-\d{2}-\d{2}/.test(v) && !Number.isNaN(Date.parse(v)) ? undefined
            : `must be an ISO date, not ${describe(v)}`
    case 'select': case 'radio': {
      const options = optionValues(field)
      return (v) => (typeof v !== 'string' ? `must be one of the options, not ${describe(v)}` : options.includes(v) ? undefined : `"${v.slice(0, 40)}" is not one of the options`)
    }
    case 'relationship': case 'upload': {
      const polymorphic = Array.isArray(field.relationTo)
      const idOf = (v: unknown): unknown => (isPlainObject(v) ? (polymorphic ? v.value : v.id) : v)
      // Payload's admin panel writes its preferences' `user` as `{ collection, value }`, which
      // the preferences collection maps to `relationTo` in a hook of its own.
      const collectionOf = (v: Record<string, unknown>): unknown => v.relationTo ?? v.collection
      return (v, path) => {
        if (polymorphic && !(isPlainObject(v) && typeof collectionOf(v) === 'string' && (field.relationTo as string[]).includes(collectionOf(v) as string))) return 'must name one of its collections (relationTo) and the id (value)'
        const id = idOf(v)
        const inner = isPlainObject(id) ? id.id : id
        if (!rules.isId(inner)) return `must be a document id, not ${describe(inner)}`
        rules.onLink?.({ path, relationTo: polymorphic ? String(collectionOf(v as Record<string, unknown>)) : (field.relationTo as string), id: inner as string })
        return undefined
      }
    }
    case 'richText':
      return (v) => (isPlainObject(v) && isPlainObject(v.root) ? undefined : `must be rich text (an object with a root), not ${describe(v)}`)
    case 'point':
      return (v) => (Array.isArray(v) && v.length === 2 && v.every((c) => typeof c === 'number' && Number.isFinite(c)) ? undefined : 'must be [longitude, latitude]')
    default:
      return undefined
  }
}

/**
 * The wrong-typed values in `data` for `fields`, before Payload sanitizes anything: Payload turns
 * `1` into "1", `["a"]` into '["a"]', a number's string into parseFloat(it), drops a select's
 * string where a list was expected; a strict refusal names the field instead.
 */
export const wrongTypes = (fields: Field[], data: Record<string, unknown>, rules: TypeRules, prefix = '', localized = false): ValidationFieldError[] => {
  const errors: ValidationFieldError[] = []
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) errors.push(...nested(tab.fields, data[tab.name], rules, `${prefix}${tab.name}`, localized || Boolean(tab.localized)))
        else errors.push(...wrongTypes(tab.fields, data, rules, prefix, localized))
      }
      continue
    }
    if (!('name' in field) || !field.name) {
      if ('fields' in field) errors.push(...wrongTypes(field.fields, data, rules, prefix, localized))
      continue
    }
    const path = `${prefix}${field.name}`
    const value = data[field.name]
    if (value === undefined || value === null || field.name === 'id' || field.type === 'json' || field.type === 'ui' || field.type === 'join') continue
    const isLocalized = localized || Boolean('localized' in field && field.localized)
    // With locale=all, a localized value is an object of one value per locale.
    if (isLocalized && rules.allLocales && field.type !== 'group') {
      if (!isPlainObject(value) || !Object.keys(value).every((key) => rules.allLocales!.includes(key))) {
        errors.push({ path, message: `must give one value per locale (${rules.allLocales.join(', ')})` })
        continue
      }
      for (const [locale, one] of Object.entries(value)) {
        if (one !== null && one !== undefined) errors.push(...valueErrors(field, one, rules, `${path}`, locale))
      }
      continue
    }
    errors.push(...valueErrors(field, value, rules, path))
  }
  return errors
}

const nested = (fields: Field[], value: unknown, rules: TypeRules, path: string, localized: boolean): ValidationFieldError[] => {
  if (value === undefined || value === null) return []
  if (!isPlainObject(value)) return [{ path, message: `must be an object of fields, not ${describe(value)}` }]
  return wrongTypes(fields, value, rules, `${path}.`, localized)
}

const valueErrors = (field: Field, value: unknown, rules: TypeRules, path: string, locale?: string): ValidationFieldError[] => {
  const where = locale ? ` (${locale})` : ''
  const many = 'hasMany' in field && field.hasMany === true
  if (field.type === 'group') return nested(field.fields, value, rules, path, false)
  if (field.type === 'array' || field.type === 'blocks') {
    if (!Array.isArray(value)) return [{ path, message: `must be a list of rows, not ${describe(value)}${where}` }]
    return value.flatMap((row, index): ValidationFieldError[] => {
      if (!isPlainObject(row)) return [{ path: `${path}.${index}`, message: `must be a row of fields, not ${describe(row)}` }]
      if (field.type === 'array') return wrongTypes(field.fields, row, rules, `${path}.${index}.`)
      const block = field.blocks.find((b) => b.slug === row.blockType)
      return block ? wrongTypes(block.fields, row, rules, `${path}.${index}.`) : [{ path: `${path}.${index}.blockType`, message: 'is not a known block' }]
    })
  }
  const check = scalarCheck(field, rules)
  if (!check) return []
  if (many) {
    if (!Array.isArray(value)) return [{ path, message: `must be a list, not ${describe(value)}${where}` }]
    return value.flatMap((one, index) => {
      const problem = check(one, path)
      return problem ? [{ path, message: `item ${index + 1} ${problem}${where}` }] : []
    })
  }
  const problem = check(value, path)
  return problem ? [{ path, message: `${problem}${where}` }] : []
}
