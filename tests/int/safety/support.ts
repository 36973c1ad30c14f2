import { randomBytes } from 'node:crypto'

import { REST_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { createAccount } from '../../helpers/accounts'
import { httpClient } from '../../helpers/http'
import { sessionCookieFor } from '../../helpers/sessionCookie'
import { startPayload, type TestArchive } from '../../helpers/startPayload'

export type Kind = 'admin' | 'editor' | 'researcher'

export type SafetyWorld = TestArchive & {
  http: ReturnType<typeof httpClient>
  users: Record<Kind, User>
  cookies: Record<Kind, string>
  /** Local API options acting as `kind` with access control on; `anonymous` has no user. */
  as: (kind: Kind | 'anonymous') => { overrideAccess: false; user?: User }
  /** A multipart upload through Payload's REST route, as the admin panel sends it. */
  upload: (kind: Kind, file: { data: Buffer; name: string; type: string }, fields: Record<string, unknown>) => Promise<{ status: number; json: any }>
}

/**
 * A unique word to search stored bytes for. Letters only: digits could form a date or a phone
 * number and trip the publish guard on the test's own fixtures.
 */
export const marker = (label: string): string =>
  `MARKER${label}${[...randomBytes(10)].map((byte) => String.fromCharCode(65 + (byte % 26))).join('')}`

/** A fresh database with an admin, an editor and an approved researcher, each signed in. */
export const startSafetyWorld = async (): Promise<SafetyWorld> => {
  const archive = await startPayload()
  const { payload } = archive
  const users = {} as Record<Kind, User>
  const cookies = {} as Record<Kind, string>
  for (const kind of ['admin', 'editor', 'researcher'] as const) {
    users[kind] = await createAccount(payload, kind)
    cookies[kind] = await sessionCookieFor(users[kind].id)
  }
  const post = REST_POST(Promise.resolve(archive.config))
  return {
    ...archive,
    http: httpClient(archive.config),
    users,
    cookies,
    as: (kind) => (kind === 'anonymous' ? { overrideAccess: false } : { overrideAccess: false, user: users[kind] }),
    upload: async (kind, file, fields) => {
      const form = new FormData()
      form.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
      form.append('_payload', JSON.stringify(fields))
      const request = new Request('http://localhost:3000/api/media', { method: 'POST', headers: { Cookie: cookies[kind] }, body: form })
      const response = await post(request, { params: Promise.resolve({ slug: ['media'] }) })
      const text = await response.text()
      return { status: response.status, json: text ? JSON.parse(text) : null }
    },
  }
}

/** A Lexical value with one paragraph per string. */
export const richText = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

/** The audit events of one action, read past access control. */
export const auditEvents = async (payload: Payload, action: string) =>
  (await payload.find({ collection: 'audit-events', where: { action: { equals: action } }, pagination: false, overrideAccess: true })).docs
