import path from 'node:path'
process.env.DATA_DIR = path.resolve('bench/data')
delete process.env.DATABASE_URI
Object.assign(process.env, { NODE_ENV: 'production' })
const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { readPublished } = await import('../lib/search/engine/readPublished')
const { projectTestimony } = await import('../lib/search/engine/project')
const { createState, putDoc } = await import('../lib/search/engine/state')
const payload = await getPayload({ config })
let t = Date.now()
const docs: Record<string, unknown>[] = []
let pages = 0
try {
for (let page = 1; page <= 6; page++) {
  const r = await payload.db.find({ collection: 'testimonies', where: { _status: { equals: 'published' } }, locale: 'all', limit: 1000, page, sort: 'id', pagination: false, select: { code: true, title: true, summary: true, country: true, yearFrom: true, yearTo: true, topics: true, restaurant: true, disclosure: true, illustrative: true, createdAt: true } } as never)
  docs.push(...(r.docs as never[])); console.log('page', page, Date.now() - t)
}
console.log(JSON.stringify(docs[0]).slice(0, 400))
} catch {}
console.log('read', docs.length, Date.now() - t, 'ms')
t = Date.now()
const projected = docs.map((d) => projectTestimony(d, new Map()))
console.log('project', Date.now() - t, 'ms', projected[0].terms.length, 'terms')
t = Date.now()
const state = createState(payload)
for (const p of projected) putDoc(state, p)
console.log('add', Date.now() - t, 'ms')
console.log(process.memoryUsage().heapUsed / 2 ** 20)
process.exit(0)
