/**
 * The production server: Next's own request handler for the built app, behind the response
 * cache for anonymous readers of public pages (lib/server/responseCache.ts). Started by
 * scripts/start.ts after the build and the migrations; PORT and HOSTNAME as for `next start`.
 */
import { createServer, get } from 'node:http'
import next from 'next'

import { stampClientAddress, trustedProxyHops } from '../lib/auth/clientAddress'
import { serveWithCache } from '../lib/server/serveWithCache'
import { closeArchiveDatabase } from '../lib/shutdown/closeArchiveDatabase'
import { closeGracefully } from '../lib/shutdown/closeGracefully'
import { restrictFileModes } from '../lib/restrictFileModes'

// Before anything writes to the data folder: files 0600, folders 0700 (lib/restrictFileModes.ts).
restrictFileModes()

const port = Number(process.env.PORT ?? 3000)
const hostname = process.env.HOSTNAME ?? '0.0.0.0'

const main = async () => {
  const app = next({ dev: false, dir: process.cwd(), hostname, port })
  await app.prepare()
  const handle = app.getRequestHandler()
  const hops = trustedProxyHops()
  const cached = serveWithCache((request, response) => handle(request, response))
  // Before the cache and Next: every later reader of the client's address gets the socket's
  // word, or the trusted proxies' (lib/auth/clientAddress.ts).
  const server = createServer((request, response) => {
    stampClientAddress(request, hops)
    return cached(request, response)
  })
  server.listen(port, hostname, () => {
    console.log(`serve: ready on http://localhost:${port}`)
    // The search index is built at the first search (110 s at 200,000 documents): ask for one
    // now, so no reader is the one who waits for it.
    get(`http://localhost:${port}/en/search?q=archive`, (response) => response.resume()).on('error', () => undefined)
  })
  // Stop accepting, finish the requests in flight, merge the WAL, close the database, exit
  // within 10 s (lib/shutdown/closeGracefully.ts).
  closeGracefully(server, closeArchiveDatabase)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
