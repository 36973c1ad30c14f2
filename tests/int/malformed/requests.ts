import type { Field, SanitizedConfig } from 'payload'

/**
 * Generates malformed requests from the collections' own field lists, so a field added later is
 * fuzzed without anyone remembering to. Every request here must be refused: a suite that sends
 * them checks that none answers 5xx and that nothing is written.
 */
export type Malformed = {
  label: string
  role: 'anonymous' | 'editor'
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  path: string
  /** A raw body (sent as is) or, with `json`, a value to stringify. */
  body?: string
  json?: unknown
  contentType?: string
  graphql?: boolean
  /** The field a 400 must name, for field-type cases. */
  field?: string
}

export type Targets = {
  /** An existing document's id in each collection, for PATCH and DELETE by id. */
  ids: Record<string, string>
  /** An id of the right shape that names no document. */
  unknownId: string
}

const deep = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

/** Bodies no client should send: not an object, not JSON, broken multipart. */
export const BAD_BODIES: { label: string; body: string; contentType?: string }[] = [
  { label: 'JSON null', body: 'null', contentType: 'application/json' },
  { label: 'JSON string', body: '"str"', contentType: 'application/json' },
  { label: 'JSON number', body: '123', contentType: 'application/json' },
  { label: 'JSON true', body: 'true', contentType: 'application/json' },
  { label: 'JSON array', body: '[{"title":"x"}]', contentType: 'application/json' },
  { label: 'JSON 5,000 deep', body: deep(5000), contentType: 'application/json' },
  { label: 'JSON cut short', body: '{"title":', contentType: 'application/json' },
  { label: 'JSON 1e400', body: '{"createdAt":1e400,"yearFrom":1e400,"value":1e400}', contentType: 'application/json' },
  { label: 'text/plain', body: 'hello', contentType: 'text/plain' },
  { label: 'text/plain JSON', body: '{"title":1}', contentType: 'text/plain' },
  { label: 'urlencoded', body: 'title=1&country=12', contentType: 'application/x-www-form-urlencoded' },
  { label: 'multipart, no boundary', body: 'garbage', contentType: 'multipart/form-data' },
  { label: 'multipart, cut short', body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title"', contentType: 'multipart/form-data; boundary=b' },
  { label: 'multipart, _payload not JSON', body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
  { label: 'multipart, _payload null', body: '--b\r\nContent-Disposition: form-data; name="_payload"\r\n\r\nnull\r\n--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
  { label: 'multipart, file without a name', body: '--b\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: image/png\r\n\r\nnotapng\r\n--b--\r\n', contentType: 'multipart/form-data; boundary=b' },
]

/** Ids of the wrong shape, percent-escapes that decode to nothing, and ids naming nothing. */
export const badIds = (unknownId: string): string[] => [
  'abc', '%FF', '%ED%A0%80', '%00', '1e999', '-1', '0', 'null', '%5Bobject%20Object%5D', "'%20OR%201%3D1--", 'x'.repeat(2_000), unknownId,
]

type Path = { path: string; field: Field & { name: string } }

/** Every field that holds data, with its dotted path; array and block rows are not descended. */
const dataFields = (fields: Field[], prefix = ''): Path[] =>
  fields.flatMap((field): Path[] => {
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? dataFields(tab.fields, `${prefix}${tab.name}.`) : dataFields(tab.fields, prefix)))
    if (!('name' in field) || !field.name) return 'fields' in field ? dataFields(field.fields, prefix) : []
    const here: Path = { path: `${prefix}${field.name}`, field: field as Field & { name: string } }
    return field.type === 'group' ? [here, ...dataFields(field.fields, `${here.path}.`)] : [here]
  })

/** Values of the wrong type for a field, never a value Payload may lawfully store. */
const wrongValues = (field: Field, unknownId: string): unknown[] => {
  const many = 'hasMany' in field && field.hasMany
  switch (field.type) {
    case 'text': case 'textarea': case 'email': case 'code':
      return many ? ['a', [1], { a: 1 }] : [1, true, ['a'], { a: 1 }]
    case 'number':
      return ['12', '2016-05', true, [1], {}]
    case 'checkbox':
      return ['true', 1, 'yes', []]
    case 'date':
      return ['notadate', 12, true, {}, '2016-13-45']
    case 'select':
      return many ? ['wages', [12], ['not-an-option'], {}] : [12, 'not-an-option', ['x'], true]
    case 'relationship': case 'upload':
      return many ? ['abc', [unknownId], [123], {}, [{ id: 'abc' }]] : ['abc', unknownId, 123, true, { id: 'abc' }, ['x']]
    case 'richText':
      return [1, 'str', { root: 1 }, []]
    case 'array': case 'blocks':
      return ['x', 1, {}, [1]]
    case 'group':
      return ['x', 1, [], true]
    case 'json':
      return []
    default:
      return [1]
  }
}

/** Sets `value` at a dotted path in a new object. */
const at = (path: string, value: unknown): Record<string, unknown> =>
  path.split('.').reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<string, unknown>

const ROLES = ['anonymous', 'editor'] as const

export const restRequests = (config: SanitizedConfig, targets: Targets): Malformed[] => {
  const out: Malformed[] = []
  for (const collection of config.collections) {
    const slug = collection.slug
    const id = targets.ids[slug]
    for (const role of ROLES) {
      // Bodies that are not objects, to every writing operation.
      for (const { label, body, contentType } of BAD_BODIES) {
        out.push({ label: `${slug} create: ${label}`, role, method: 'POST', path: `/${slug}`, body, contentType })
        if (id) out.push({ label: `${slug} update: ${label}`, role, method: 'PATCH', path: `/${slug}/${id}`, body, contentType })
      }
      // Malformed and unknown ids, to every operation by id.
      for (const bad of badIds(targets.unknownId)) {
        out.push({ label: `${slug} read id ${bad.slice(0, 20)}`, role, method: 'GET', path: `/${slug}/${bad}` })
        out.push({ label: `${slug} update id ${bad.slice(0, 20)}`, role, method: 'PATCH', path: `/${slug}/${bad}`, json: { title: 'x' } })
        out.push({ label: `${slug} delete id ${bad.slice(0, 20)}`, role, method: 'DELETE', path: `/${slug}/${bad}` })
        if (collection.versions) out.push({ label: `${slug} version id ${bad.slice(0, 20)}`, role, method: 'GET', path: `/${slug}/versions/${bad}` })
        if (collection.versions) out.push({ label: `${slug} restore id ${bad.slice(0, 20)}`, role, method: 'POST', path: `/${slug}/versions/${bad}` })
        out.push({ label: `${slug} duplicate id ${bad.slice(0, 20)}`, role, method: 'POST', path: `/${slug}/${bad}/duplicate`, json: {} })
      }
    }
    // Wrong types, field by field, as staff (anonymous would be refused before validation).
    for (const { path, field } of dataFields(collection.fields)) {
      if (path === 'id') continue
      for (const value of wrongValues(field, targets.unknownId)) {
        const json = at(path, value)
        const label = `${slug}.${path} = ${JSON.stringify(value).slice(0, 40)}`
        out.push({ label: `create ${label}`, role: 'editor', method: 'POST', path: `/${slug}`, json, field: path })
        if (id) out.push({ label: `update ${label}`, role: 'editor', method: 'PATCH', path: `/${slug}/${id}`, json, field: path })
      }
    }
  }
  return out
}

/** Malformed GraphQL: syntax errors, wrong variable types, unknown ids, bodies that are not a query. */
export const graphqlRequests = (targets: Targets): Malformed[] => {
  const queries = [
    '{', 'query {', '}{', 'query { Testimonies { docs { id } }', 'mutation { createTestimony(data: {title: 1}) { id } }',
    'mutation { createTestimony(data: {title: "x", country: CN, summary: 1}) { id } }',
    `mutation { updateFact(id: "${targets.unknownId}", data: {value: 1}) { id } }`,
    `mutation { updateFact(id: "abc", data: {value: "x"}) { id } }`,
    `mutation { deleteTestimony(id: "%FF") { id } }`,
    `query { Testimony(id: "${targets.unknownId}") { id } }`, 'query { Testimony(id: "%ED%A0%80") { id } }',
    'query { Testimonies(limit: "x") { docs { id } } }', 'query { Testimonies(where: 1) { docs { id } } }',
    'subscription { Testimonies { docs { id } } }', 'query { __typename @nope }', 'query A { a } query A { a }',
    `query { ${'a:'.repeat(3)} }`, '\u0000', 'query { Testimonies { docs { id } } }'.repeat(50),
  ]
  const bodies: { label: string; body: string; contentType?: string }[] = [
    ...queries.map((query) => ({ label: `query ${query.slice(0, 40)}`, body: JSON.stringify({ query }), contentType: 'application/json' })),
    { label: 'variables of the wrong type', body: JSON.stringify({ query: 'query ($l: Int) { Testimonies(limit: $l) { docs { id } } }', variables: { l: 'x' } }), contentType: 'application/json' },
    { label: 'variables not an object', body: JSON.stringify({ query: '{ Testimonies { docs { id } } }', variables: 'x' }), contentType: 'application/json' },
    { label: 'query not a string', body: JSON.stringify({ query: 1 }), contentType: 'application/json' },
    { label: 'no query', body: '{}', contentType: 'application/json' },
    ...BAD_BODIES,
  ]
  return ROLES.flatMap((role) => bodies.map(({ label, body, contentType }): Malformed => ({ label: `GraphQL ${label}`, role, method: 'POST', path: '/graphql', body, contentType, graphql: true })))
}

/** Sign-in and account operations of the users collection, with bodies of the wrong shape. */
export const authRequests = (): Malformed[] => {
  const bodies: unknown[] = [{ email: 1, password: 1 }, { email: ['a@b.c'], password: 'x' }, { email: { $ne: null }, password: { $ne: null } }, { email: 'x'.repeat(100_000), password: 'x' }, { password: 'x' }, {}, { token: 1, password: 2 }, { token: { $ne: null }, password: 'Correct-Horse-Battery-9!' }]
  const out: Malformed[] = []
  for (const op of ['login', 'forgot-password', 'reset-password', 'unlock', 'first-register', 'refresh-token', 'logout', 'verify/abc', 'verify/%FF']) {
    for (const json of bodies) out.push({ label: `users ${op} ${JSON.stringify(json).slice(0, 40)}`, role: 'anonymous', method: 'POST', path: `/users/${op}`, json })
    for (const { label, body, contentType } of BAD_BODIES) out.push({ label: `users ${op} ${label}`, role: 'anonymous', method: 'POST', path: `/users/${op}`, body, contentType })
  }
  return out
}

/** GraphQL limits (owned by lib/access/queryPolicy, like the query parameters below). */
export const GRAPHQL_LIMITS = ['fragment F on Testimony { ...F } query { Testimonies { docs { ...F } } }', `query { ${Array.from({ length: 300 }, (_, i) => `a${i}: Testimonies { docs { id } }`).join(' ')} }`]

/** Query parameters (owned by lib/access/queryPolicy): reads only, so a failure writes nothing. */
export const queryRequests = (config: SanitizedConfig): Malformed[] => {
  const params = [
    'where=1', 'limit=1.5', 'limit=-1', 'limit=abc', 'page=99999999999999999999', 'page=0', 'page=1e23', 'depth=-1', 'depth=abc', 'depth=99',
    'where[createdAt][greater_than]=notadate', 'where[title][equals][]=a', 'where[or]=x', 'where[and][0]=1', 'where[restaurant][near]=1,2,3',
    'where[restaurant][equals]=abc', 'where[id][in]=%FF', 'sort=%FF', 'sort=-', 'select=1', 'select[title]=maybe', 'locale=xx', 'draft=maybe', 'where[title][like][$ne]=1',
  ]
  return config.collections.flatMap((collection) =>
    ROLES.flatMap((role) => params.map((query): Malformed => ({ label: `${collection.slug}?${query}`, role, method: 'GET', path: `/${collection.slug}?${query}` }))),
  )
}
