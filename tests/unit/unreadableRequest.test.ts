import { describe, expect, it } from 'vitest'

import { SERVER_ACTION_BODY_LIMIT, unreadableRequest } from '@/lib/http/unreadableRequest'

const action = (body: BodyInit, type: string, headers: Record<string, string> = {}) =>
  new Request('http://archive.test/en/apply', { method: 'POST', body, headers: { 'Next-Action': 'a'.repeat(42), 'Content-Type': type, ...headers } })

describe('requests Next would answer with a 500', () => {
  it('a path that does not decode to text is a 400', async () => {
    for (const path of ['/en/testimonies/%FF', '/%ED%A0%80/facts', '/api/testimonies/%E0%A4%A']) {
      expect((await unreadableRequest(new Request(`http://archive.test${path}`)))?.status, path).toBe(400)
    }
    expect(await unreadableRequest(new Request('http://archive.test/ko/%ED%95%9C'))).toBeUndefined()
  })

  it('a server action body Next cannot decode is refused; a readable one passes', async () => {
    expect((await unreadableRequest(action('[{"a":', 'text/plain;charset=UTF-8')))?.status).toBe(400)
    expect((await unreadableRequest(action('{"x":1}', 'text/plain')))?.status).toBe(400)
    expect((await unreadableRequest(action('--b\r\nContent-Disposition: form-data; name="1_x"\r\n\r\n', 'multipart/form-data; boundary=b')))?.status).toBe(400)
    expect((await unreadableRequest(action('{}', 'application/json')))?.status).toBe(415)
    expect((await unreadableRequest(action('x', 'text/plain', { 'Content-Length': String(SERVER_ACTION_BODY_LIMIT + 1) })))?.status).toBe(413)
    expect(await unreadableRequest(action('["$K1"]', 'text/plain'))).toBeUndefined()
    // Without JavaScript a form posts to the page with its action id as a field, no header.
    const large = new FormData()
    large.set('$ACTION_ID_' + 'a'.repeat(42), '')
    large.set('name', 'x'.repeat(SERVER_ACTION_BODY_LIMIT + 10))
    expect((await unreadableRequest(new Request('http://archive.test/en/apply', { method: 'POST', body: large })))?.status).toBe(413)
    expect(await unreadableRequest(new Request('http://archive.test/api/media', { method: 'POST', body: large }))).toBeUndefined()
    const form = new FormData()
    form.set('name', 'Researcher')
    expect(await unreadableRequest(new Request('http://archive.test/en/apply', { method: 'POST', body: form, headers: { 'Next-Action': 'a'.repeat(42) } }))).toBeUndefined()
  })
})
