/**
 * `npm run bench:site`: loads 100,000 testimonies and 100,000 facts into a fresh SQLite database
 * under bench/data, serves the production build on it, drives search, testimony pages and the
 * home page with 20 concurrent connections, and writes bench/results.md. Leaves no server behind.
 */
import fs from 'node:fs'
import { spawn } from 'node:child_process'
import http from 'node:http'
import path from 'node:path'
import readline from 'node:readline'

import { benchCode } from '../bench/generate/rows'
import { drive } from '../bench/load'
import { writeReport, type BenchReport } from '../bench/report'
import { startServer, waitUntilUp, type Server } from '../bench/serve'

const root = process.cwd()
const dataDir = path.join(root, 'bench', 'data')
const PORT = Number(process.env.BENCH_PORT ?? 3200)
const BASE = `http://localhost:${PORT}`
const SIZES = {
  testimonies: Number(process.env.BENCH_TESTIMONIES ?? 100_000),
  facts: Number(process.env.BENCH_FACTS ?? 100_000),
  restaurants: 130,
  sources: 60,
}
const CONNECTIONS = 20
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20)
const log = (line: string) => console.log(`bench: ${line}`)

const QUERIES = [
  '식당', '식당에서', '월급', '감시원', '여권', '외출', '숙소', '팁', '하루 16시간', '평양', '닝보', '송환',
  'wages', 'passport', 'minder', 'tips manager', 'sixteen', 'outing', 'Ningbo', 'Pyŏngyang', 'self-criticism',
  'Phnom Penh', 'restaurant closed', 'Okryu', 'dance', 'report',
]
const FACETS = ['', '', '', '&country=CN', '&topic=wages', '&type=testimonies', '&period=2010s', '&page=2']
let turn = 0
const next = <T>(list: readonly T[]) => list[turn++ % list.length]
const randomOf = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]

const ENDPOINTS: { name: string; target: number | null; note: string; path: () => string; headers?: Record<string, string> }[] = [
  { name: 'search', target: 100, note: `/{en,ko}/search, ${QUERIES.length} queries (Korean and English), with and without facets`,
    path: () => `/${next(['en', 'ko'])}/search?q=${encodeURIComponent(randomOf(QUERIES))}${randomOf(FACETS)}` },
  { name: 'testimony page', target: 150, note: '/{en,ko}/testimonies/<code>, random codes of the 100,000',
    path: () => `/${next(['en', 'ko'])}/testimonies/${benchCode(Math.floor(Math.random() * SIZES.testimonies))}` },
  { name: 'home', target: 100, note: '/en and /ko', path: () => `/${next(['en', 'ko'])}` },
  // What Next costs for a route with no work of ours: the floor under every page.
  { name: 'floor', target: null, note: '/robots.txt, a route Next serves without rendering a page', path: () => '/robots.txt' },
  // What Next costs to render a page that reads nothing: a cookie keeps the response cache out.
  { name: 'floor: page render', target: null, note: '/{en,ko}/about rendered for every request (a cookie bypasses the response cache)', path: () => `/${next(['en', 'ko'])}/about`, headers: { cookie: 'bench=1' } },
  // No target in the issue: measured so that the facts page at 100,000 facts stays in view.
  { name: 'facts page', target: null, note: '/{en,ko}/facts with a facet or a page', path: () => `/${next(['en', 'ko'])}/facts?${randomOf(['', 'country=KH', 'kind=monthly-wage-usd', 'page=7', 'period=2015-2019'])}` },
  { name: 'testimonies list', target: 150, note: '/{en,ko}/testimonies with a facet or a page', path: () => `/${next(['en', 'ko'])}/testimonies?${randomOf(['', 'country=KH', 'topic=tips', 'page=7', 'period=2000s'])}` },
]

// BENCH_ENDPOINTS=search,testimony page limits the run to some endpoints (by name).
const chosen = process.env.BENCH_ENDPOINTS?.split(',').map((name) => name.trim())
const RUN = chosen ? ENDPOINTS.filter((endpoint) => chosen.includes(endpoint.name)) : ENDPOINTS

const generatedFile = path.join(dataDir, 'generated.json')

/** One attempt at generating: resolves with the child's summary, or null when it hung on start. */
const generateOnce = (sizes: typeof SIZES) =>
  new Promise<Pick<BenchReport, 'counts' | 'indexes' | 'dbBytes'> | null>((resolve, reject) => {
    fs.rmSync(dataDir, { recursive: true, force: true })
    fs.mkdirSync(dataDir, { recursive: true })
    const env = { ...process.env, DATA_DIR: dataDir, NODE_ENV: 'production', BENCH_SIZES: JSON.stringify(sizes) } as NodeJS.ProcessEnv
    delete env.DATABASE_URI
    const child = spawn('npx', ['tsx', 'bench/generate/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] })
    let ready = false
    let summary: string | null = null
    const hung = setTimeout(() => {
      if (!ready) child.kill('SIGKILL')
    }, 120_000)
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line === 'ready') ready = true
      else if (line.startsWith('generated ')) summary = line.slice('generated '.length)
      else console.log(line)
    })
    child.on('exit', (code) => {
      clearTimeout(hung)
      if (summary) resolve(JSON.parse(summary))
      else if (!ready) resolve(null)
      else reject(new Error(`bench: generation failed (exit code ${code})`))
    })
  })

const generate = async () => {
  // BENCH_REUSE_DATA=1 serves the database a previous run generated (after a failed build, say);
  // by default every run starts from nothing, as on a fresh clone.
  if (process.env.BENCH_REUSE_DATA === '1' && fs.existsSync(generatedFile)) {
    log('reusing the database in bench/data (BENCH_REUSE_DATA=1)')
    return JSON.parse(fs.readFileSync(generatedFile, 'utf8')) as Pick<BenchReport, 'counts' | 'indexes' | 'dbBytes'>
  }
  for (let attempt = 1; attempt <= 3; attempt++) {
    const generated = await generateOnce(SIZES)
    if (generated) {
      log(`generated in ${generated.counts.seconds.toFixed(0)} s`)
      fs.writeFileSync(generatedFile, JSON.stringify(generated))
      return generated
    }
    log(`the generator hung while loading Payload (attempt ${attempt}); starting it again`)
  }
  throw new Error('bench: the generator never started')
}

// node:http, not fetch: fetch gives up after 300 s without headers, and the first search waits
// for the whole index build.
const timed = (url: string) =>
  new Promise<number>((resolve, reject) => {
    const started = Date.now()
    http
      .get(url, (response) => {
        response.resume()
        response.on('end', () =>
          response.statusCode === 200 ? resolve(Date.now() - started) : reject(new Error(`bench: ${url} answered ${response.statusCode}`)),
        )
      })
      .on('error', reject)
  })

const main = async () => {
  const generated = await generate()
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NEXTAUTH_URL: BASE } as NodeJS.ProcessEnv
  log('building if needed and starting the server (log: bench/data/server.log)')
  const server: Server = startServer(env, path.join(dataDir, 'server.log'))
  const stop = () => void server.stop()
  process.on('SIGINT', () => server.stop().then(() => process.exit(130)))
  process.on('SIGTERM', () => server.stop().then(() => process.exit(143)))
  process.on('exit', stop)
  try {
    await waitUntilUp(`${BASE}/api/users/me`, server, 20 * 60_000)
    log(`server up (pid ${server.serverPid()}); first search builds the index`)
    const firstSearchMs = await timed(`${BASE}/en/search?q=${encodeURIComponent('식당')}`)
    log(`index built and first search answered in ${(firstSearchMs / 1000).toFixed(1)} s`)
    for (const endpoint of RUN) {
      // A failing endpoint is reported in the table (errors column), not allowed to stop the others.
      const failures = new Set<string>()
      for (let i = 0; i < 10; i++) await timed(`${BASE}${endpoint.path()}`).catch((error: Error) => failures.add(error.message))
      if (failures.size > 0) log(`warm-up of ${endpoint.name}: ${[...failures].slice(0, 2).join('; ')}`)
    }
    const idleMb = server.rss() / 1024
    let peakMb = idleMb
    const sampler = setInterval(() => (peakMb = Math.max(peakMb, server.rss() / 1024)), 500)
    const endpoints: BenchReport['endpoints'] = []
    for (const endpoint of RUN) {
      log(`driving ${endpoint.name} for ${SECONDS} s`)
      const result = await drive(BASE, endpoint.path, CONNECTIONS, SECONDS, endpoint.headers)
      log(`  p50 ${result.p50} ms, p95 ${result.p95} ms, p99 ${result.p99} ms, ${result.requests} requests, ${result.non2xx + result.errors} errors`)
      endpoints.push({ name: endpoint.name, target: endpoint.target, note: endpoint.note, result })
    }
    clearInterval(sampler)
    const report: BenchReport = {
      ...generated,
      firstSearchMs,
      endpoints,
      rss: { idleMb, peakMb, afterMb: server.rss() / 1024 },
      connections: CONNECTIONS,
      seconds: SECONDS,
    }
    writeReport(path.join(root, 'bench', 'results.md'), report)
    log(`wrote bench/results.md (peak RSS ${peakMb.toFixed(0)} MB)`)
  } finally {
    await server.stop()
    log('server stopped')
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
