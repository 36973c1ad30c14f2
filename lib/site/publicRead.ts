import { randomUUID } from 'node:crypto'
import { unstable_cache } from 'next/cache'

import type { User } from '@/payload-types'
import { cacheTags } from './cacheTags'
import type { Viewer } from './viewerOf'

/** Seconds after which a cached read is refreshed even if no change reached this process. */
export const PUBLIC_READ_SECONDS = 300

// One value per server process, in every cache key: an entry made by an earlier process (or
// against another database) can never answer, even if the cache were ever kept on disk.
const globals = globalThis as typeof globalThis & { archiveCacheGeneration?: string }
const generation = (globals.archiveCacheGeneration ??= randomUUID())

type Live<A extends unknown[], R> = (user: User | null, ...args: A) => Promise<R>

// Public reads under way in this process, by cache key: readers who arrive while one is being
// made wait for it rather than each making it again (the facts page's first view after a
// change reads for seconds at 100,000 facts).
const underWay = new Map<string, Promise<unknown>>()

/**
 * A read of public content. Readers who see exactly the public view share one cached answer,
 * made as an anonymous reader (user null, access enforced), so nothing a signed-in reader
 * may see can enter the cache. Everyone else is read live with their own access.
 */
export const publicRead =
  <A extends unknown[], R>(name: string, live: Live<A, R>, tags: (...args: A) => string[]) =>
  (viewer: Viewer, ...args: A): Promise<R> => {
    if (!viewer.publicView) return live(viewer.user, ...args)
    const keyParts = [generation, name, JSON.stringify(args)]
    const key = keyParts.join('\u0000')
    const pending = underWay.get(key)
    if (pending) return pending as Promise<R>
    const cached = unstable_cache(() => live(null, ...args), keyParts, {
      tags: [cacheTags.all, ...tags(...args)],
      revalidate: PUBLIC_READ_SECONDS,
    })
    const read = cached().finally(() => underWay.delete(key))
    underWay.set(key, read)
    return read
  }
