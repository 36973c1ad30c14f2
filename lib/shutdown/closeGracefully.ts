import type { Server } from 'node:http'

/** The whole shutdown must end within this: systemd (deploy/archive.service) kills at 10 s. */
const DEADLINE_MS = 9000
/** Requests still running this long after the signal lose their connections. */
const REQUESTS_MS = 7000

/**
 * SIGTERM and SIGINT: stop accepting connections, let the requests in flight finish (idle
 * keep-alive connections are closed at once), then close the database (the WAL merged into the
 * file on SQLite) and exit 0. A request that outlives REQUESTS_MS is cut; past DEADLINE_MS the
 * process exits 1 whatever is left, so a supervisor never has to kill it.
 */
export const closeGracefully = (server: Server, closeDatabase: () => Promise<void>, log: (line: string) => void = console.log): void => {
  let closing = false
  const shutDown = async (signal: string) => {
    if (closing) return
    closing = true
    log(`serve: ${signal}: not accepting new connections; finishing the requests in flight`)
    setTimeout(() => {
      log('serve: requests still running; closing their connections')
      server.closeAllConnections()
    }, REQUESTS_MS).unref()
    setTimeout(() => {
      log('serve: shutdown took too long; exiting')
      process.exit(1)
    }, DEADLINE_MS).unref()
    // A keep-alive connection whose request finishes after the signal would otherwise stay
    // open until the client lets it go (seconds): it is closed as soon as it falls idle.
    const idle = setInterval(() => server.closeIdleConnections(), 100)
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    })
    clearInterval(idle)
    try {
      await closeDatabase()
      log('serve: database closed; exiting')
      process.exit(0)
    } catch (error) {
      log(`serve: closing the database failed: ${error instanceof Error ? error.message : String(error)}`)
      process.exit(1)
    }
  }
  for (const signal of ['SIGTERM', 'SIGINT'] as const) process.on(signal, () => void shutDown(signal))
}
