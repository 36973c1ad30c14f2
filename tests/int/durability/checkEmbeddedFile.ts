import { createClient, type Client } from '@libsql/client'

/** What the crash writer acknowledged, by kind (crashWriter.ts prints `ack <kind> <id>`). */
export type Acknowledged = { testimony: Set<string>; korean: Set<string>; record: Set<string>; fact: Set<string> }

export const noAcks = (): Acknowledged => ({ testimony: new Set(), korean: new Set(), record: new Set(), fact: new Set() })

const ids = async (db: Client, sql: string): Promise<string[]> => (await db.execute(sql)).rows.map((row) => String(Object.values(row)[0]))

/**
 * Everything a crash must not leave, read with a plain SQLite client (no Payload start):
 * returns one line per problem, so an empty list means the file is whole.
 */
export const problemsIn = async (file: string, acked: Acknowledged): Promise<string[]> => {
  const db = createClient({ url: `file:${file}` })
  const problems: string[] = []
  const expectNone = async (what: string, sql: string) => {
    const found = await ids(db, sql)
    if (found.length > 0) problems.push(`${what}: ${found.slice(0, 5).join(', ')}${found.length > 5 ? ` (+${found.length - 5})` : ''}`)
  }
  try {
    const integrity = await ids(db, 'PRAGMA integrity_check')
    if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`)
    await expectNone('foreign key broken', 'PRAGMA foreign_key_check')
    for (const collection of ['testimonies', 'facts']) {
      await expectNone(`${collection} without an English locale row`, `SELECT id FROM ${collection} WHERE id NOT IN (SELECT _parent_id FROM ${collection}_locales WHERE _locale = 'en')`)
      await expectNone(
        `${collection} without exactly one latest version`,
        `SELECT c.id FROM ${collection} c WHERE (SELECT count(*) FROM _${collection}_v v WHERE v.parent_id = c.id AND v.latest = 1) != 1`,
      )
      await expectNone(`${collection} versions of no document`, `SELECT id FROM _${collection}_v WHERE parent_id IS NULL OR parent_id NOT IN (SELECT id FROM ${collection})`)
      await expectNone(`${collection} versions without their locale row`, `SELECT id FROM _${collection}_v WHERE id NOT IN (SELECT _parent_id FROM _${collection}_v_locales WHERE _locale = 'en')`)
    }
    // Published and half-written: a title without its summary, its two topics (every writer in
    // these tests gives two) or its version text.
    await expectNone(
      'published testimony written in part',
      `SELECT t.id FROM testimonies t WHERE t._status = 'published' AND (
         NOT EXISTS (SELECT 1 FROM testimonies_locales l WHERE l._parent_id = t.id AND l._locale = 'en' AND l.title IS NOT NULL AND l.summary IS NOT NULL)
         OR (SELECT count(*) FROM testimonies_topics p WHERE p.parent_id = t.id) != 2
         OR NOT EXISTS (SELECT 1 FROM _testimonies_v v JOIN _testimonies_v_locales vl ON vl._parent_id = v.id
                        WHERE v.parent_id = t.id AND v.latest = 1 AND v.version__status = 'published' AND vl.version_title IS NOT NULL))`,
    )
    await expectNone('fact without its source', `SELECT f.id FROM facts f WHERE NOT EXISTS (SELECT 1 FROM facts_rels r WHERE r.parent_id = f.id AND r.path = 'sources' AND r.sources_id IS NOT NULL)`)
    await expectNone('record without its transcript', `SELECT r.id FROM testimony_records r WHERE NOT EXISTS (SELECT 1 FROM testimony_records_locales l WHERE l._parent_id = r.id AND l.transcript IS NOT NULL)`)

    const present = async (sql: string) => new Set(await ids(db, sql))
    const lost = (what: string, want: Set<string>, have: Set<string>) => {
      const missing = [...want].filter((id) => !have.has(id))
      if (missing.length > 0) problems.push(`acknowledged ${what} missing: ${missing.slice(0, 5).join(', ')}`)
    }
    lost('testimony', acked.testimony, await present(`SELECT id FROM testimonies`))
    lost('Korean text', acked.korean, await present(`SELECT _parent_id FROM testimonies_locales WHERE _locale = 'ko' AND title IS NOT NULL`))
    lost('record', acked.record, await present(`SELECT r.id FROM testimony_records r JOIN testimony_records_rels l ON l.parent_id = r.id AND l.path = 'facts' AND l.facts_id IS NOT NULL`))
    lost('fact', acked.fact, await present(`SELECT id FROM facts`))
  } finally {
    db.close()
  }
  return problems
}
