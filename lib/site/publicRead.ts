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

/**
 * A read of public content. Readers who see exactly the public view share one cached answer,
 * made as an anonymous reader (user null, access enforced), so nothing a signed-in reader
 * may see can enter the cache. Everyone else is read live with their own access.
 */
export const publicRead =
  <A extends unknown[], R>(name: string, live: Live<A, R>, tags: (...args: A) => string[]) =>
  (viewer: Viewer, ...args: A): Promise<R> => {
    if (!viewer.publicView) return live(viewer.user, ...args)
    const cached = unstable_cache(() => live(null, ...args), [generation, name, JSON.stringify(args)], {
      tags: [cacheTags.all, ...tags(...args)],
      revalidate: PUBLIC_READ_SECONDS,
    })
    return cached()
  }
