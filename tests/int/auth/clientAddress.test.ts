import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER, stampClientAddress, trustedProxyHops } from '@/lib/auth/clientAddress'
import { signInWithPassword } from '@/lib/auth/signInWithPassword'
import { createAccount } from '../../helpers/accounts'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

/*
 * A real server on a real socket, stamping addresses as scripts/serve.ts does; the handler
 * answers with the headers the rest of the app would see.
 */
let archive: TestArchive
let servers: Server[] = []

const serverWithHops = async (hops: number): Promise<number> => {
  const server = createServer((req, res) => {
    stampClientAddress(req, hops)
    res.setHeader('content-type', 'application/json')
    res.end(JSON.stringify(req.headers))
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

const seenHeaders = (port: number, headers: Record<string, string>) =>
  new Promise<Record<string, string>>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
      let body = ''
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve(JSON.parse(body)))
    })
    req.on('error', reject)
    req.end()
  })

beforeAll(async () => {
  archive = await startPayload()
})
afterAll(async () => {
  for (const server of servers) server.close()
  servers = []
  await archive?.stop()
})

describe('client address', () => {
  it('ignores a forged X-Forwarded-For, X-Real-IP and our own header by default', async () => {
    expect(trustedProxyHops(undefined)).toBe(0)
    const port = await serverWithHops(trustedProxyHops(undefined))
    const seen = await seenHeaders(port, {
      'x-forwarded-for': '203.0.113.9, 198.51.100.7',
      'x-real-ip': '203.0.113.10',
      [CLIENT_ADDRESS_HEADER]: '203.0.113.11',
    })
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1')
    expect(seen['x-forwarded-for']).toBe('127.0.0.1')
    expect(seen['x-real-ip']).toBeUndefined()
  })

  it('believes exactly as many proxies as the operator set', async () => {
    const port = await serverWithHops(1)
    // The client wrote 203.0.113.9; the one trusted proxy appended the address it saw.
    const seen = await seenHeaders(port, { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })
    expect(seen[CLIENT_ADDRESS_HEADER]).toBe('198.51.100.7')
    const two = await seenHeaders(await serverWithHops(2), { 'x-forwarded-for': '203.0.113.9, 198.51.100.7' })
    expect(two[CLIENT_ADDRESS_HEADER]).toBe('203.0.113.9')
    // Fewer entries than trusted hops: the leftmost there is, never something invented.
    const short = await seenHeaders(await serverWithHops(3), {})
    expect(short[CLIENT_ADDRESS_HEADER]).toBe('127.0.0.1')
  })

  it('refuses a TRUST_PROXY_HOPS that is not a number', () => {
    expect(() => trustedProxyHops('yes')).toThrow(/TRUST_PROXY_HOPS/)
    expect(() => trustedProxyHops('-1')).toThrow(/TRUST_PROXY_HOPS/)
    expect(trustedProxyHops('2')).toBe(2)
  })

  it('puts the stamped network, not the forged one, into the audit trail', async () => {
    const port = await serverWithHops(0)
    const seen = await seenHeaders(port, { 'x-forwarded-for': '203.0.113.9' })
    const researcher = await createAccount(archive.payload, 'researcher')
    expect(await signInWithPassword(archive.payload, { email: researcher.email, password: 'wrong-guess-xyz' }, new Headers(seen))).toBeNull()
    const events = await archive.payload.find({
      collection: 'audit-events',
      where: { and: [{ action: { equals: 'auth.signin-failed' } }, { targetId: { equals: String(researcher.id) } }] },
      overrideAccess: true,
    })
    expect(events.docs).toHaveLength(1)
    expect(events.docs[0].network).toBe('127.0.0.0/24')
  })
})
