import { afterAll, beforeAll, expect, it } from 'vitest'
import { buildFixtures, type Fixtures } from '../../helpers/fixtures'

let f: Fixtures
beforeAll(async () => { const t = Date.now(); f = await buildFixtures(); console.log('SCRATCH build ms', Date.now() - t) }, 120_000)
afterAll(async () => f?.stop())

it('scratch', async () => {
  const log = (...a: unknown[]) => console.log('SCRATCH', ...a)
  let t = Date.now()
  try { await f.rest('researcher', 'GET', '/testimony-records') } catch (e: any) { log('threw', e.message, Date.now() - t) }
  t = Date.now()
  const r = await f.rest('editor', 'GET', '/testimony-records')
  log('editor', r.status, r.json.totalDocs, Date.now() - t)
  t = Date.now()
  const r2 = await f.rest('anonymous', 'GET', '/facts')
  log('anon facts', r2.status, Date.now() - t)
  const raw = await f.raw('testimony-records', f.records.researcher.id)
  log('attachments restored', JSON.stringify(raw?.attachments))
  expect(1).toBe(1)
}, 300_000)
