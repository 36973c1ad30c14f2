/**
 * The SIGTERM test's server (shutdown.test.ts): Payload on DATABASE_URI behind a plain Node
 * HTTP server with the production server's shutdown (lib/shutdown/, as scripts/serve.ts uses
 * it), without Next's build. `GET /slow` takes a second, then writes a testimony and answers
 * its id; `GET /api/health` and `/api/health/ready` are the app's own route handlers.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload } from 'payload'

import config from '../../../payload.config'
import { closeArchiveDatabase } from '../../../lib/shutdown/closeArchiveDatabase'
import { closeGracefully } from '../../../lib/shutdown/closeGracefully'
import { GET as health } from '../../../app/(payload)/api/health/route'
import { GET as ready } from '../../../app/(payload)/api/health/ready/route'

const main = async () => {
  const payload = await getPayload({ config })
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/slow') {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      const testimony = await payload.create({
        collection: 'testimonies',
        data: { title: 'Written during shutdown', country: 'CN', topics: ['wages'], _status: 'draft' } as never,
        overrideAccess: true,
        draft: true,
      })
      response.end(String(testimony.id))
      return
    }
    const answer = url.pathname === '/api/health/ready' ? await ready() : url.pathname === '/api/health' ? await health(new Request(url)) : new Response('', { status: 404 })
    response.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' })
    response.end(await answer.text())
  })
  server.listen(0, '127.0.0.1', () => console.log(`listening ${(server.address() as AddressInfo).port}`))
  closeGracefully(server, closeArchiveDatabase)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
