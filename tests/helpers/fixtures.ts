import { randomBytes } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'
import sharp from 'sharp'

import type {
  Fact,
  Media,
  Restaurant,
  Source,
  Testimony,
  TestimonyRecord,
  User,
} from '@/payload-types'
import { newRecoveryCodes } from '@/lib/auth/recoveryCodes'
import { newTotpSecret } from '@/lib/auth/totp'
import { httpClient } from './http'
import { startPayload, type TestArchive } from './startPayload'

/**
 * One shared world for the access tests: a user of every role (each logged in), and content of
 * every visibility, with unique marker strings planted in every restricted field so a test can
 * search raw response text for them.
 */

export const ROLES = ['anonymous', 'pending', 'refused', 'suspended', 'expired', 'researcher', 'editor', 'admin'] as const
export type Role = (typeof ROLES)[number]
/** Read exactly like anonymous. */
export const UNVETTED = ['anonymous', 'pending', 'refused', 'suspended', 'expired'] as const
/** Everyone who is not staff: anonymous, the three unvetted researchers and the approved one. */
export const NON_STAFF = [...UNVETTED, 'researcher'] as const
export const STAFF = ['editor', 'admin'] as const
export const isStaffRole = (role: Role): boolean => role === 'editor' || role === 'admin'

export const PASSWORD = 'Correct-Horse-Battery-9!'
const DAY = 24 * 60 * 60 * 1000

// Letters only: random digits now and then formed what the publish guard refuses as a phone or
// ID number, and a test publishing a marker failed about one run in five.
export const marker = (label: string): string =>
  `MARKER-${label}-${randomBytes(5).toString('hex').toUpperCase().replace(/\d/g, (digit) => 'GHIJKLMNOP'[Number(digit)])}`

/** A Lexical rich-text value with one paragraph per string. */
export const richText = (...paragraphs: string[]): Testimony['summary'] => ({
  root: {
    type: 'root',
    direction: 'ltr',
    format: '',
    indent: 0,
    version: 1,
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 1,
      textFormat: 0,
      children: [{ type: 'text', text, version: 1, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
})

/** A small real PNG: 480 pixels wide, so Payload also makes a 400-pixel thumbnail. */
export const tinyPng = async (name = `${marker('FILE').toLowerCase()}.png`) => {
  const data = await sharp({ create: { width: 480, height: 4, channels: 3, background: { r: 9, g: 99, b: 199 } } })
    .png()
    .toBuffer()
  return { data, mimetype: 'image/png', name, size: data.length }
}

export type Actor = { role: Role; user: User | null; token?: string; email?: string }

export type RecordKind = 'researcher' | 'custodian' | 'withdrawn' | 'draftTestimony'
export const RECORD_KINDS: RecordKind[] = ['researcher', 'custodian', 'withdrawn', 'draftTestimony']
/** Markers in each restricted field of a record; `all` lists every one. */
export type RecordMarkers = {
  transcript: string
  homeProvince: string
  exactPlaces: string
  exactDates: string
  neverPublish: string
  all: string[]
}

export type MediaKind = 'public' | 'private' | RecordKind
export const MEDIA_KINDS: MediaKind[] = ['public', 'private', ...RECORD_KINDS]

export type Fixtures = TestArchive & {
  http: ReturnType<typeof httpClient>
  actors: Record<Role, Actor>
  testimonies: {
    /** Published; its record is researcher-readable; links the published restaurant. */
    published: Testimony
    /** Published, with a custodian-only record. */
    custodian: Testimony
    /** Published, with a researcher record whose consent is withdrawn. */
    withdrawn: Testimony
    /** Never published; has a researcher-sensitivity record; links the draft restaurant. */
    draft: Testimony
    /** Published, then given a newer unpublished draft (title `markers.revisedDraftTitle`). */
    revised: Testimony
  }
  records: Record<RecordKind, TestimonyRecord>
  media: Record<MediaKind, Media>
  facts: { published: Fact; draft: Fact }
  sources: { published: Source; draft: Source }
  restaurants: { published: Restaurant; draft: Restaurant }
  markers: {
    records: Record<RecordKind, RecordMarkers>
    /** editorialNote of every testimony, keyed like `testimonies`. */
    testimonyNotes: Record<keyof Fixtures['testimonies'], string>
    restaurantNotes: { published: string; draft: string }
    draftTestimonyTitle: string
    draftTestimonySummary: string
    revisedDraftTitle: string
    revisedDraftSummary: string
    draftFactStatement: string
    draftSourceTitle: string
    draftRestaurantName: string
    /** `alt` of each media file; all but `public` are restricted. */
    mediaAlt: Record<MediaKind, string>
  }
  /** Local API options that act as `role` with access control on. */
  as: (role: Role) => { overrideAccess: false; user?: User }
  rest: (
    role: Role,
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    path: string,
    body?: unknown,
  ) => ReturnType<ReturnType<typeof httpClient>['rest']>
  gql: (role: Role, query: string, variables?: Record<string, unknown>) => ReturnType<ReturnType<typeof httpClient>['gql']>
  /** Number of documents in a collection, read past access control. */
  count: (collection: CollectionSlug, draft?: boolean) => Promise<number>
  /** One document as stored (published state), read past access control; null when missing. */
  raw: <T = Record<string, any>>(collection: CollectionSlug, id: string) => Promise<T | null>
  /** Awaits `work`, failing the test if it takes longer than ANSWER_WITHIN_MS (see below). */
  settle: <T>(label: string, work: Promise<T>, ms?: number) => Promise<T>
  /** Creates and logs in one more user (admin-created). */
  makeUser: (data: Partial<User> & { roles: User['roles'] }) => Promise<Actor & { user: User; token: string; email: string }>
}

const emailFor = (label: string) => `${label}-${randomBytes(4).toString('hex')}@archive.test`

/**
 * Creates a user past access control and signs them in through `payload.login`. Editors and
 * admins must have a second factor (collections/Users/hooks/requireSecondFactor.ts): they are
 * given an authenticator and recovery codes, and sign in with one of the codes.
 */
const createUser = async (payload: Payload, label: string, data: Partial<User> & { roles: User['roles'] }) => {
  const email = emailFor(label)
  const privileged = data.roles.some((role) => role === 'admin' || role === 'editor')
  const recovery = newRecoveryCodes()
  const secondFactor = privileged
    ? { totpEnabled: true, totpSecret: newTotpSecret(), recoveryCodeHashes: recovery.hashes }
    : {}
  const user = (await payload.create({
    collection: 'users',
    data: { name: marker(`NAME-${label.toUpperCase()}`), ...secondFactor, ...data, email, password: PASSWORD } as User,
    overrideAccess: true,
  })) as User
  const login = await payload.login({
    collection: 'users',
    data: { email, password: PASSWORD },
    ...(privileged ? { context: { signIn: { recoveryCode: recovery.codes[0] } } } : {}),
  })
  if (!login.token) throw new Error(`no token for ${label}`)
  return { user, token: login.token, email }
}

/** Starts Payload on a fresh database and fills it; call once per test file. */
export const buildFixtures = async (): Promise<Fixtures> => {
  // payload.config.ts reads this at import, and on MongoDB refuses to make one up.
  process.env.NEXTAUTH_SECRET ??= 'integration-tests-only-nextauth-secret-0123456789'
  const archive = await startPayload()
  const { payload } = archive
  const http = httpClient(archive.config)
  const create = <T>(collection: CollectionSlug, data: Record<string, unknown>, draft = false) =>
    payload.create({ collection, data: data as never, overrideAccess: true, draft }) as Promise<T>

  // ---- people
  const future = new Date(Date.now() + 30 * DAY).toISOString()
  const past = new Date(Date.now() - DAY).toISOString()
  const userData: Record<Exclude<Role, 'anonymous'>, Partial<User> & { roles: User['roles'] }> = {
    pending: { roles: ['researcher'], researcherStatus: 'pending', accessExpiresAt: future },
    refused: { roles: ['researcher'], researcherStatus: 'refused', accessExpiresAt: future },
    suspended: { roles: ['researcher'], researcherStatus: 'suspended', accessExpiresAt: future },
    // Approved with a future date, then moved into the past below: approving with a past date
    // grants twelve months (collections/Users/hooks/setAccessExpiry.ts).
    expired: { roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: future },
    researcher: { roles: ['researcher'], researcherStatus: 'approved', accessExpiresAt: future },
    editor: { roles: ['editor'] },
    admin: { roles: ['admin'] },
  }
  const actors = { anonymous: { role: 'anonymous', user: null } } as Record<Role, Actor>
  // One at a time: the in-process MongoDB stand-in drops connections under concurrent writes.
  // Each account costs two 600,000-round password hashes (create and sign-in), the bulk of the
  // fixture's time.
  for (const [role, data] of Object.entries(userData) as [Exclude<Role, 'anonymous'>, (typeof userData)['admin']][]) {
    actors[role] = { role, ...(await createUser(payload, role, data)) }
  }
  actors.expired.user = (await payload.update({
    collection: 'users',
    id: actors.expired.user!.id,
    data: { accessExpiresAt: past },
    overrideAccess: true,
  })) as User
  if (new Date(actors.expired.user.accessExpiresAt!).getTime() > Date.now()) throw new Error('expired researcher is not expired')

  // ---- markers
  const recordMarkers = (kind: RecordKind): RecordMarkers => {
    const base = marker(`REC-${kind.toUpperCase()}`)
    const m = {
      transcript: `${base}-TRANSCRIPT`,
      homeProvince: `${base}-PROVINCE`,
      exactPlaces: `${base}-PLACES`,
      exactDates: `${base}-DATES`,
      neverPublish: `${base}-NEVERPUBLISH`,
    }
    return { ...m, all: Object.values(m) }
  }
  const markers: Fixtures['markers'] = {
    records: {
      researcher: recordMarkers('researcher'),
      custodian: recordMarkers('custodian'),
      withdrawn: recordMarkers('withdrawn'),
      draftTestimony: recordMarkers('draftTestimony'),
    },
    testimonyNotes: {
      published: marker('NOTE-T-PUBLISHED'),
      custodian: marker('NOTE-T-CUSTODIAN'),
      withdrawn: marker('NOTE-T-WITHDRAWN'),
      draft: marker('NOTE-T-DRAFT'),
      revised: marker('NOTE-T-REVISED'),
    },
    restaurantNotes: { published: marker('NOTE-R-PUBLISHED'), draft: marker('NOTE-R-DRAFT') },
    draftTestimonyTitle: marker('DRAFT-T-TITLE'),
    draftTestimonySummary: marker('DRAFT-T-SUMMARY'),
    revisedDraftTitle: marker('REVISED-T-TITLE'),
    revisedDraftSummary: marker('REVISED-T-SUMMARY'),
    draftFactStatement: marker('DRAFT-F-STATEMENT'),
    draftSourceTitle: marker('DRAFT-S-TITLE'),
    draftRestaurantName: marker('DRAFT-R-NAME'),
    mediaAlt: Object.fromEntries(MEDIA_KINDS.map((k) => [k, marker(`ALT-${k.toUpperCase()}`)])) as Record<MediaKind, string>,
  }

  // ---- media
  const media = {} as Record<MediaKind, Media>
  for (const kind of MEDIA_KINDS) {
    media[kind] = (await payload.create({
      collection: 'media',
      data: { alt: markers.mediaAlt[kind], isPublic: kind === 'public' },
      file: await tinyPng(`${kind.toLowerCase()}-${randomBytes(4).toString('hex')}.png`),
      overrideAccess: true,
    })) as Media
  }

  // ---- sources and restaurants
  const sources = {
    published: await create<Source>('sources', { kind: 'news', title: 'Published source', reliability: 'high', url: 'https://example.org/a', _status: 'published' }),
    draft: await create<Source>('sources', { kind: 'news', title: markers.draftSourceTitle, reliability: 'low', _status: 'draft' }, true),
  }
  const restaurants = {
    published: await create<Restaurant>('restaurants', { name: 'Pyongyang Garden', country: 'CN', status: 'operating', editorialNote: markers.restaurantNotes.published, sources: [sources.published.id, sources.draft.id], _status: 'published' }),
    draft: await create<Restaurant>('restaurants', { name: markers.draftRestaurantName, country: 'KH', status: 'closed', editorialNote: markers.restaurantNotes.draft, _status: 'draft' }, true),
  }

  // ---- testimonies
  const testimony = (title: string, note: string, extra: Record<string, unknown> = {}, draft = false) =>
    create<Testimony>('testimonies', { title, summary: richText(`Summary of ${title}`), country: 'CN', yearFrom: 2014, yearTo: 2016, topics: ['wages'], editorialNote: note, _status: draft ? 'draft' : 'published', ...extra }, draft)
  const n = markers.testimonyNotes
  const testimonies: Fixtures['testimonies'] = {
    published: await testimony('Published testimony', n.published, { disclosure: 'restaurant' }),
    custodian: await testimony('Custodian testimony', n.custodian),
    withdrawn: await testimony('Withdrawn testimony', n.withdrawn),
    draft: await testimony(markers.draftTestimonyTitle, n.draft, { summary: richText(markers.draftTestimonySummary) }, true),
    revised: await testimony('Revised testimony', n.revised),
  }
  await payload.update({
    collection: 'testimonies',
    id: testimonies.revised.id,
    data: { title: markers.revisedDraftTitle, summary: richText(markers.revisedDraftSummary) },
    draft: true,
    overrideAccess: true,
  })

  // ---- restricted records (they hold the exact restaurant; the testimony gets a copy)
  const recordFor: Record<RecordKind, { testimony: Testimony; sensitivity: 'researcher' | 'custodian'; withdrawn: boolean; restaurant?: string }> = {
    researcher: { testimony: testimonies.published, sensitivity: 'researcher', withdrawn: false, restaurant: restaurants.published.id },
    custodian: { testimony: testimonies.custodian, sensitivity: 'custodian', withdrawn: false },
    withdrawn: { testimony: testimonies.withdrawn, sensitivity: 'researcher', withdrawn: true },
    draftTestimony: { testimony: testimonies.draft, sensitivity: 'researcher', withdrawn: false, restaurant: restaurants.draft.id },
  }
  const records = {} as Record<RecordKind, TestimonyRecord>
  for (const kind of RECORD_KINDS) {
    const { testimony: t, sensitivity, withdrawn, restaurant } = recordFor[kind]
    const m = markers.records[kind]
    records[kind] = await create<TestimonyRecord>('testimony-records', {
      testimony: t.id,
      restaurant,
      sensitivity,
      transcript: richText(m.transcript),
      interviewedAt: '2019-03-02T00:00:00.000Z',
      narrator: { ageBracket: '20-24', roleAtRestaurant: 'server', homeProvince: m.homeProvince, yearsAbroad: 3 },
      exactPlaces: m.exactPlaces,
      exactDates: m.exactDates,
      consent: { scope: 'research-use', withdrawn },
      neverPublish: [{ term: m.neverPublish }],
      attachments: [media[kind].id],
    })
  }

  // ---- facts
  const facts = {
    published: await create<Fact>('facts', {
      kind: 'working-hours-per-day', value: 14, unit: 'hours/day', statement: 'Fourteen-hour days', yearFrom: 2015, yearTo: 2016,
      country: 'CN', restaurant: restaurants.draft.id, sources: [sources.published.id, sources.draft.id],
      confidence: 'reported', _status: 'published',
    }),
    draft: await create<Fact>('facts', {
      kind: 'other', statement: markers.draftFactStatement, sources: [sources.published.id],
      confidence: 'reported', _status: 'draft',
    }, true),
  }
  // Editors link facts on the records; the facts' public links follow (lib/disclosure).
  const linkFacts = async (kind: RecordKind, factIds: string[]) => {
    records[kind] = (await payload.update({ collection: 'testimony-records', id: records[kind].id, data: { facts: factIds }, overrideAccess: true })) as TestimonyRecord
  }
  await linkFacts('researcher', [facts.published.id])
  await linkFacts('draftTestimony', [facts.published.id, facts.draft.id])
  // The copies the server wrote since these documents were made.
  testimonies.published = (await payload.findByID({ collection: 'testimonies', id: testimonies.published.id, depth: 0, overrideAccess: true })) as Testimony
  facts.published = (await payload.findByID({ collection: 'facts', id: facts.published.id, depth: 0, overrideAccess: true })) as Fact

  /**
   * Reading a record with attachments, or any media, as an approved researcher once recursed
   * without end (the `attachments` afterRead hook asked `canReadMedia`, which read the records
   * again with the same request). Every call made through these helpers therefore gets a
   * deadline. When it passes, the loop is broken by emptying the records' attachments for a
   * moment, so the stuck call unwinds and the rest of the file is not slowed down; then the
   * call fails the test.
   */
  const settle = async <T>(label: string, work: Promise<T>, ms = ANSWER_WITHIN_MS): Promise<T> => {
    let timer: NodeJS.Timeout | undefined
    const late = new Promise<typeof LATE>((resolve) => {
      timer = setTimeout(() => resolve(LATE), ms)
    })
    const first = await Promise.race([work, late]).finally(() => clearTimeout(timer))
    if (first !== LATE) return first as T
    for (const kind of RECORD_KINDS) {
      await payload.db.updateOne({ collection: 'testimony-records', id: records[kind].id, data: { attachments: [] } })
    }
    await work.catch(() => undefined)
    for (const kind of RECORD_KINDS) {
      await payload.db.updateOne({ collection: 'testimony-records', id: records[kind].id, data: { attachments: [media[kind].id] } })
    }
    throw new Error(`${label}: no answer within ${ms} ms (it ran on once the records' attachments were emptied)`)
  }

  const tokenOf = (role: Role) => actors[role].token
  return {
    ...archive,
    http,
    actors,
    testimonies,
    records,
    media,
    facts,
    sources,
    restaurants,
    markers,
    settle,
    as: (role) => (actors[role].user ? { overrideAccess: false, user: actors[role].user! } : { overrideAccess: false }),
    rest: (role, method, path, body) =>
      settle(`${role} ${method} ${path}`, http.rest(method, path, { token: tokenOf(role), body })),
    gql: (role, query, variables) =>
      settle(`${role} GraphQL ${query.slice(0, 60)}`, http.gql(query, { token: tokenOf(role), variables })),
    count: async (collection, draft = false) =>
      (await payload.count({ collection, overrideAccess: true, ...(draft ? { draft: true } : {}) } as never)).totalDocs,
    // As the admin: with no user, hideUnreadableRelations would drop links as for anonymous.
    raw: (collection, id) =>
      payload.findByID({ collection, id, overrideAccess: true, user: actors.admin.user!, depth: 0, draft: false, disableErrors: true } as never) as never,
    makeUser: async (data) => {
      const made = await createUser(payload, 'extra', data)
      return { role: data.roles.includes('admin') ? 'admin' : data.roles.includes('editor') ? 'editor' : 'researcher', ...made }
    },
  }
}

/** How long any one call may take before the test calls it hung. */
export const ANSWER_WITHIN_MS = 15_000
const LATE = Symbol('late')

/** The Local API refused: Forbidden (403) or, for a document it hides, NotFound (404). */
export const isRefusal = (error: unknown): boolean => {
  const status = (error as { status?: number })?.status
  return status === 403 || status === 404
}

/** Runs a Local API read; a refusal (see isRefusal) counts as "nothing", anything else is rethrown. */
export const docsOrNothing = async <T>(read: Promise<{ docs: T[] }>): Promise<T[]> => {
  try {
    return (await read).docs
  } catch (error) {
    if (isRefusal(error)) return []
    throw error
  }
}

/** Runs a Local API findByID; a refusal counts as null. */
export const docOrNull = async <T>(read: Promise<T>): Promise<T | null> => {
  try {
    return (await read) ?? null
  } catch (error) {
    if (isRefusal(error)) return null
    throw error
  }
}

/** Every marker that a role outside staff must never see. */
export const staffOnlyMarkers = (f: Fixtures): string[] => [
  ...Object.values(f.markers.testimonyNotes),
  ...Object.values(f.markers.restaurantNotes),
  f.markers.draftTestimonyTitle,
  f.markers.draftTestimonySummary,
  f.markers.revisedDraftTitle,
  f.markers.revisedDraftSummary,
  f.markers.draftFactStatement,
  f.markers.draftSourceTitle,
  f.markers.draftRestaurantName,
  ...f.markers.records.custodian.all,
  ...f.markers.records.withdrawn.all,
  ...f.markers.records.draftTestimony.all,
  f.markers.mediaAlt.private,
  f.markers.mediaAlt.custodian,
  f.markers.mediaAlt.withdrawn,
  f.markers.mediaAlt.draftTestimony,
]

/** Markers that only staff and the approved researcher may see. */
export const researcherMarkers = (f: Fixtures): string[] => [...f.markers.records.researcher.all, f.markers.mediaAlt.researcher]

/** Every restricted marker `role` must not find in any response. */
export const forbiddenMarkersFor = (f: Fixtures, role: Role): string[] =>
  isStaffRole(role) ? [] : role === 'researcher' ? staffOnlyMarkers(f) : [...staffOnlyMarkers(f), ...researcherMarkers(f)]

/** The markers of `list` found in `text`. */
export const leaked = (text: string, list: string[]): string[] => list.filter((m) => text.includes(m))
