/**
 * Done-when 2 of issue 11, the server's part: generated malformed requests to the public pages,
 * the facts CSV, /apply (a server action), sign-in and the API, against the production build.
 * None may answer 5xx, and a census of every table of the server's database (rows and content)
 * is the same before and after. The Payload-level part is tests/int/malformed/.
 */
import { createClient } from '@libsql/client'
import { expect, test, type APIRequestContext } from '@playwright/test'
import { createHash } from 'node:crypto'
import path from 'node:path'

type Sent = { label: string; status: number }

const databaseFile = path.resolve(process.env.E2E_DATA_DIR ?? 'data/e2e', 'archive.db')

/** Rows and a content hash of every table, read from the server's own file. */
const census = async (): Promise<Record<string, string>> => {
  const client = createClient({ url: `file:${databaseFile}` })
  try {
    const tables = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    const out: Record<string, string> = {}
    for (const { name } of tables.rows) {
      const rows = (await client.execute(`SELECT * FROM "${String(name)}" ORDER BY rowid`)).rows
      out[String(name)] = `${rows.length} rows, ${createHash('sha256').update(JSON.stringify(rows)).digest('hex').slice(0, 12)}`
    }
    return out
  } finally {
    client.close()
  }
}

const PAGES = ['/en', '/ko', '/en/facts', '/en/testimonies', '/en/restaurants', '/en/sources', '/en/search', '/en/about', '/en/apply', '/en/login', '/en/facts/csv']
const QUERIES = [
  'page=1e23', 'page=-1', 'page=abc', 'page=99999999999999999999', 'page=1.5', 'restaurant=00000000-0000-4000-8000-000000000000', 'restaurant=5f0000000000000000000000',
  'restaurant=%FF', 'restaurant=abc', 'source=%ED%A0%80', 'fact=x', 'q=%ED%A0%80', `q=${'x'.repeat(5_000)}`, 'q[]=a&q[]=b', 'country=%00', 'kind=%FF', 'period=9999-0000', 'sort=%FF', 'locale=xx',
]
const BAD_IDS = ['%FF', '%ED%A0%80', '%00', 'abc', 'x'.repeat(3_000), '..%2F..%2Fetc%2Fpasswd', '00000000-0000-4000-8000-000000000000']
const API_COLLECTIONS = ['testimonies', 'testimony-records', 'facts', 'restaurants', 'sources', 'media', 'users', 'audit-events', 'guard-rules']

const send = async (request: APIRequestContext, sent: Sent[], label: string, go: () => ReturnType<APIRequestContext['get']>) => {
  const response = await go()
  sent.push({ label, status: response.status() })
  await response.dispose()
}

test('malformed requests to pages, the CSV, /apply, sign-in and the API answer 4xx, never 5xx, and write nothing', async ({ request }) => {
  test.setTimeout(600_000)
  const before = await census()
  const sent: Sent[] = []
  const noRedirect = { maxRedirects: 0 }

  for (const page of PAGES) for (const query of QUERIES) await send(request, sent, `GET ${page}?${query.slice(0, 40)}`, () => request.get(`${page}?${query}`, noRedirect))
  for (const id of BAD_IDS) {
    for (const page of ['/en/testimonies', '/en/restaurants', '/ko/testimonies']) await send(request, sent, `GET ${page}/${id.slice(0, 30)}`, () => request.get(`${page}/${id}`, noRedirect))
    await send(request, sent, `GET /${id.slice(0, 30)}/facts`, () => request.get(`/${id}/facts`, noRedirect))
    for (const collection of API_COLLECTIONS) {
      await send(request, sent, `GET /api/${collection}/${id.slice(0, 30)}`, () => request.get(`/api/${collection}/${id}`))
      await send(request, sent, `DELETE /api/${collection}/${id.slice(0, 30)}`, () => request.delete(`/api/${collection}/${id}`))
      await send(request, sent, `PATCH /api/${collection}/${id.slice(0, 30)}`, () => request.patch(`/api/${collection}/${id}`, { data: 'null', headers: { 'Content-Type': 'application/json' } }))
    }
  }
  for (const body of ['null', '"str"', '123', '{"a":'.repeat(5_000) + '1' + '}'.repeat(5_000), '{', 'x']) {
    for (const type of ['application/json', 'text/plain', 'multipart/form-data; boundary=b']) {
      await send(request, sent, `POST /api/testimonies ${type} ${body.slice(0, 10)}`, () => request.post('/api/testimonies', { data: body, headers: { 'Content-Type': type } }))
      await send(request, sent, `POST /api/graphql ${type} ${body.slice(0, 10)}`, () => request.post('/api/graphql', { data: body, headers: { 'Content-Type': type } }))
      await send(request, sent, `POST /api/users/login ${type} ${body.slice(0, 10)}`, () => request.post('/api/users/login', { data: body, headers: { 'Content-Type': type } }))
    }
  }

  // /apply is a server action: a garbage action id, a garbage body for the real one, a 2 MB field.
  const applyPage = await (await request.get('/en/apply')).text()
  const actionField = /name="(\$ACTION_ID_[0-9a-f]+)"/.exec(applyPage)?.[1]
  expect(actionField, 'the apply form carries its server action id').toBeTruthy()
  const actionId = actionField!.replace('$ACTION_ID_', '')
  for (const [label, headers, data] of [
    ['garbage action id', { 'Next-Action': 'garbage', 'Content-Type': 'text/plain;charset=UTF-8' }, '["$K1"]'],
    ['garbage action id, form', { 'Next-Action': '00'.repeat(21), 'Content-Type': 'application/x-www-form-urlencoded' }, 'a=b'],
    ['real action, garbage body', { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8' }, '[{"a":'],
    ['real action, not an array', { 'Next-Action': actionId, 'Content-Type': 'text/plain;charset=UTF-8' }, '{"x":1}'],
    ['real action, broken multipart', { 'Next-Action': actionId, 'Content-Type': 'multipart/form-data; boundary=b' }, '--b\r\nContent-Disposition: form-data; name="1_x"\r\n\r\n'],
  ] as const) {
    await send(request, sent, `POST /en/apply ${label}`, () => request.post('/en/apply', { headers: { ...headers, Accept: 'text/x-component' }, data, maxRedirects: 0 }))
  }
  for (const [label, size] of [['2 MB field', 2_000_000], ['200 KB field', 200_000]] as const) {
    await send(request, sent, `POST /en/apply ${label}`, () =>
      request.post('/en/apply', { multipart: { [actionField!]: '', locale: 'en', name: 'x'.repeat(size), email: 'not-an-address', password: 'x', affiliation: 'x', purpose: 'x' }, maxRedirects: 0 }),
    )
  }

  // Sign-in goes through next-auth's credentials callback, which expects a form with its CSRF token.
  for (const [label, headers, data] of [
    ['JSON body', { 'Content-Type': 'application/json' }, JSON.stringify({ email: 'a@b.c', password: 'x', csrfToken: 'x' })],
    ['JSON null', { 'Content-Type': 'application/json' }, 'null'],
    ['JSON cut short', { 'Content-Type': 'application/json' }, '{"email":'],
    ['text/plain', { 'Content-Type': 'text/plain' }, 'email=a'],
    ['form without CSRF', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'email=a%40b.c&password=x'],
    ['form with %FF', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'email=%FF&password=%ED%A0%80&csrfToken=%FF'],
    ['broken multipart', { 'Content-Type': 'multipart/form-data; boundary=b' }, '--b\r\n'],
  ] as const) {
    for (const route of ['/api/auth/callback/credentials', '/api/auth/signin/credentials', '/api/auth/%FF']) {
      await send(request, sent, `POST ${route} ${label}`, () => request.post(route, { headers, data, maxRedirects: 0 }))
    }
  }

  const classes: Record<string, number> = {}
  for (const { status } of sent) classes[`${String(status)[0]}xx`] = (classes[`${String(status)[0]}xx`] ?? 0) + 1
  console.log(`[malformed e2e] ${sent.length} requests:`, JSON.stringify(classes))
  expect(sent.length).toBeGreaterThan(300)
  expect(await census(), 'census of every table').toEqual(before)
  expect(sent.filter((s) => s.status >= 500).map((s) => `${s.status} ${s.label}`)).toEqual([])
})
