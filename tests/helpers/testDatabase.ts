import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type TestDatabase = { kind: 'sqlite' | 'mongodb'; uri: string; real: boolean; stop: () => Promise<void> }

/**
 * A fresh database for one test file. SQLite: a new file under a temporary folder. MongoDB:
 * the server in MONGODB_TEST_URI when given (a real one), else CongoDB, an in-process
 * wire-protocol stand-in, since MongoDB's own binaries cannot be fetched on these machines.
 */
export const startTestDatabase = async (): Promise<TestDatabase> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'archive-int-'))
  process.env.DATA_DIR = dir
  const database = `archive_${path.basename(dir).replace(/\W/g, '_')}`

  if (process.env.TEST_DB !== 'mongo') {
    const uri = `file:${path.join(dir, 'archive.db')}`
    return { kind: 'sqlite', uri, real: true, stop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
  }

  if (process.env.MONGODB_TEST_URI) {
    const base = new URL(process.env.MONGODB_TEST_URI)
    base.pathname = `/${database}`
    return { kind: 'mongodb', uri: base.toString(), real: true, stop: async () => fs.rmSync(dir, { recursive: true, force: true }) }
  }

  const { CongoServer } = await import('@push.rocks/smartmongo/dist_ts/congodb/index.js')
  const port = await freePort()
  const server = new CongoServer({ port, host: '127.0.0.1' })
  await server.start()
  return {
    kind: 'mongodb',
    uri: `mongodb://127.0.0.1:${port}/${database}?directConnection=true&serverMonitoringMode=poll`,
    real: false,
    stop: async () => {
      await server.stop()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })
