/**
 * `npm start`: build when the sources changed, bring the database schema up to date, seed the
 * demo on an empty embedded database, then serve the site and /admin.
 */
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { sourceHash } from './sourceHash'
import { restrictFileModes } from '../lib/restrictFileModes'

// Before anything writes to the data folder: files 0600, folders 0700 (lib/restrictFileModes.ts).
restrictFileModes()

const root = process.cwd()
const hashFile = path.join(root, '.next', 'archive-source-hash')
Object.assign(process.env, { NODE_ENV: 'production' })
// Next's telemetry would report this archive's builds to a third party.
process.env.NEXT_TELEMETRY_DISABLED = '1'
process.env.NEXTAUTH_URL ??= `http://localhost:${process.env.PORT ?? '3000'}`

const buildIfChanged = () => {
  const hash = sourceHash(root)
  const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(hashFile)
  if (built && fs.readFileSync(hashFile, 'utf8') === hash) {
    console.log('start: the build is current')
    return
  }
  console.log('start: building (sources changed since the last build)')
  const result = spawnSync(path.join(root, 'node_modules', '.bin', 'next'), ['build'], { stdio: 'inherit', env: process.env })
  if (result.status !== 0) {
    console.error('start: the build failed; see the output above')
    process.exit(result.status ?? 1)
  }
  fs.writeFileSync(hashFile, hash)
}

const prepareDatabase = async () => {
  // Imported here, after NODE_ENV is set, so Payload applies migrations on init.
  const [{ getPayload }, { default: config }, { databaseKind }, { seedDemo }, { seedDemoAccounts }, { dataDir }] =
    await Promise.all([
      import('payload'),
      import('../payload.config'),
      import('../lib/db'),
      import('../lib/seed'),
      import('../lib/seed/demoAccounts'),
      import('../lib/paths'),
    ])
  const payload = await getPayload({ config })
  if (databaseKind() === 'sqlite') {
    const { totalDocs } = await payload.count({ collection: 'sources', overrideAccess: true })
    if (totalDocs === 0) {
      console.log('start: empty embedded database, loading the demo archive')
      await seedDemo(payload)
    }
    const { created, accounts } = await seedDemoAccounts(payload, dataDir())
    if (created) {
      console.log(`\nDemo accounts (shown once; also kept in ${path.join(dataDir(), 'demo-accounts.json')}, mode 0600):`)
      for (const account of accounts) {
        console.log(`  ${account.role.padEnd(20)} ${account.email}  ${account.password}`)
        if (account.totpUri) console.log(`  ${''.padEnd(20)} authenticator: ${account.totpUri}`)
      }
      console.log('')
    } else {
      console.log(`start: demo accounts are listed in ${path.join(dataDir(), 'demo-accounts.json')}`)
    }
  }
  await payload.destroy()
}

/**
 * V8 grows its heap lazily up to a limit set by the machine's memory (several GB here), so
 * the garbage of the search index build stayed in the process: 850 MB resident for 340 MB
 * of live data. A limit makes it collect sooner. An operator's own NODE_OPTIONS limit wins.
 */
const heapLimit = () => {
  const options = process.env.NODE_OPTIONS ?? ''
  return options.includes('--max-old-space-size') ? options : `${options} --max-old-space-size=768`.trim()
}

const serve = () => {
  const port = process.env.PORT ?? '3000'
  // Next's handler behind the response cache for anonymous readers (scripts/serve.ts).
  const server = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'serve.ts')], {
    stdio: 'inherit',
    env: { ...process.env, PORT: port, NODE_OPTIONS: heapLimit() },
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal))
  server.on('exit', (code) => process.exit(code ?? 0))
  console.log(`start: serving on http://localhost:${port} (admin: http://localhost:${port}/admin)`)
}

buildIfChanged()
await prepareDatabase()
serve()
