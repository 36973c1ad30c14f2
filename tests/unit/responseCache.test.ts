import { beforeEach, describe, expect, it } from 'vitest'

import { cacheGeneration, cacheKeyOf, cachedResponse, clearResponseCache, storeResponse } from '@/lib/server/responseCache'

const request = (url: string, headers: Record<string, string> = {}, method = 'GET') => ({ method, url, headers })
const html = { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" }

beforeEach(() => clearResponseCache())

describe('which requests the response cache may answer', () => {
  it('anonymous GETs of public pages, with or without a query', () => {
    for (const url of ['/en', '/ko/', '/en/testimonies', '/ko/testimonies/T-0002VWX6', '/en/search?q=%EC%8B%9D%EB%8B%B9&country=CN', '/en/facts', '/ko/restaurants/okryu', '/en/sources', '/en/about']) {
      expect(cacheKeyOf(request(url)), url).not.toBeNull()
    }
    expect(cacheKeyOf(request('/en', { cookie: 'archive-csrf=abc' }))).not.toBeNull()
  })

  it('never a request that carries a session, a token or any other cookie', () => {
    for (const cookie of ['archive-session=x', 'archive-session.0=x', '__Secure-archive-session=x', 'payload-token=x', 'archive-csrf=a; archive-session=b', 'other=1']) {
      expect(cacheKeyOf(request('/en/testimonies', { cookie })), cookie).toBeNull()
    }
    expect(cacheKeyOf(request('/en', { authorization: 'Bearer x' }))).toBeNull()
  })

  it('never the client router’s requests, other methods, or pages that are not public', () => {
    expect(cacheKeyOf(request('/en', { rsc: '1' }))).toBeNull()
    expect(cacheKeyOf(request('/en', { 'next-router-prefetch': '1' }))).toBeNull()
    expect(cacheKeyOf(request('/en?_rsc=abc'))).toBeNull()
    expect(cacheKeyOf(request('/en', {}, 'POST'))).toBeNull()
    expect(cacheKeyOf(request('/en', {}, 'HEAD'))).toBeNull()
    for (const url of ['/', '/en/login', '/ko/account', '/en/apply', '/en/logout', '/api/testimonies', '/admin', '/en/testimonies/a/b', '/fr', '/sitemap.xml']) {
      expect(cacheKeyOf(request(url)), url).toBeNull()
    }
  })

  it('keeps one entry per Accept-Encoding, since Next compresses by it', () => {
    expect(cacheKeyOf(request('/en', { 'accept-encoding': 'gzip' }))).not.toBe(cacheKeyOf(request('/en')))
  })
})

describe('what it stores and forgets', () => {
  it('stores a 200 HTML answer without its cookies and date, and answers with it', () => {
    const key = cacheKeyOf(request('/en'))!
    expect(storeResponse(key, cacheGeneration(), 200, { ...html, date: 'now', 'content-length': 4 }, Buffer.from('page'))).toBe(true)
    const hit = cachedResponse(key)!
    expect(hit.body.toString()).toBe('page')
    expect(hit.headers).toEqual(html)
  })

  it('refuses errors, answers that set a cookie, and other content types', () => {
    const key = cacheKeyOf(request('/en'))!
    const g = cacheGeneration()
    expect(storeResponse(key, g, 404, html, Buffer.from('x'))).toBe(false)
    expect(storeResponse(key, g, 200, { ...html, 'set-cookie': ['a=b'] }, Buffer.from('x'))).toBe(false)
    expect(storeResponse(key, g, 200, { 'content-type': 'application/json' }, Buffer.from('{}'))).toBe(false)
    expect(cachedResponse(key)).toBeNull()
  })

  it('forgets everything on a public change, and never stores a render that began before it', () => {
    const key = cacheKeyOf(request('/en/testimonies/T-0002VWX6'))!
    const before = cacheGeneration()
    storeResponse(key, before, 200, html, Buffer.from('old'))
    clearResponseCache()
    expect(cachedResponse(key)).toBeNull()
    expect(storeResponse(key, before, 200, html, Buffer.from('rendered before the change'))).toBe(false)
    expect(cachedResponse(key)).toBeNull()
    expect(storeResponse(key, cacheGeneration(), 200, html, Buffer.from('new'))).toBe(true)
    expect(cachedResponse(key)!.body.toString()).toBe('new')
  })

  it('lets an entry expire after its time', () => {
    const key = cacheKeyOf(request('/en'))!
    storeResponse(key, cacheGeneration(), 200, html, Buffer.from('page'))
    expect(cachedResponse(key, Date.now() + 301_000)).toBeNull()
  })
})
