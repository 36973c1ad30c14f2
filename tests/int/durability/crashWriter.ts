/**
 * The child process of the crash test (crash.test.ts): starts Payload on DATABASE_URI once,
 * then writes testimonies (English, then Korean), facts, and records citing them through
 * the Local API, without pause, until it is killed. After each write has returned, and only
 * then, it prints `ack <kind> <id>`: the parent holds the database to every acknowledged write.
 * It prints `ready` once its modules are loaded and waits for `go` on its input, so the parent
 * can load the next life while this one writes (loading costs seconds, a life less).
 */
import readline from 'node:readline'

import { getPayload } from 'payload'

import config from '../../../payload.config'

const paragraph = (text: string) => ({
  root: {
    type: 'root', version: 1, direction: 'ltr', format: '', indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }],
  },
})

const main = async () => {
  // The modules load before `go` (that is the slow part of a start); the database is opened
  // only after it, so two lives never write at once.
  console.log('ready')
  await new Promise<void>((resolve) => readline.createInterface({ input: process.stdin }).on('line', (line) => line === 'go' && resolve()))
  const payload = await getPayload({ config })
  const write = { overrideAccess: true, depth: 0 } as const
  const life = process.env.CRASH_LIFE ?? '0'
  const existing = await payload.find({ collection: 'sources', limit: 1, pagination: false, ...write })
  const source =
    existing.docs[0] ??
    (await payload.create({ collection: 'sources', data: { kind: 'news', title: 'Crash test source', reliability: 'high', _status: 'published' }, ...write }))
  for (let n = 0; ; n++) {
    const testimony = await payload.create({
      collection: 'testimonies',
      data: {
        title: `Crash ${life}-${n} shifts`,
        summary: paragraph(`Long shifts, life ${life}, write ${n}. `.repeat(20)),
        country: 'CN',
        topics: ['wages', 'working-hours'],
        _status: 'published',
      } as never,
      ...write,
    })
    console.log(`ack testimony ${testimony.id}`)
    await payload.update({ collection: 'testimonies', id: testimony.id, locale: 'ko', data: { title: `충돌 ${life}-${n}`, summary: paragraph('하루 최대 16시간씩 일했다.') } as never, ...write })
    console.log(`ack korean ${testimony.id}`)
    // The fact first, then the record that cites it: fact→testimony links live on the record
    // (docs/disclosure.md), and the server copies the public ones out.
    const fact = await payload.create({
      collection: 'facts',
      data: { kind: 'other', statement: `Fact ${life}-${n}`, sources: [source.id], confidence: 'reported', _status: 'published' } as never,
      ...write,
    })
    console.log(`ack fact ${fact.id}`)
    const record = await payload.create({
      collection: 'testimony-records',
      data: { testimony: testimony.id, sensitivity: 'researcher', transcript: paragraph(`Transcript ${life}-${n}`), consent: { scope: 'research-use' }, facts: [fact.id] } as never,
      ...write,
    })
    console.log(`ack record ${record.id}`)
  }
}

main().catch((error: unknown) => {
  console.error('crash writer failed', error)
  process.exit(1)
})
