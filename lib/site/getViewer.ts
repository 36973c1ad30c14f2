import { cache } from 'react'

import { getCurrentUser } from '@/lib/auth/currentUser'
import { type Viewer, viewerOf } from './viewerOf'

/** The reader of this request; the header and the page share one lookup. */
export const getViewer = cache(async (): Promise<Viewer> => viewerOf(await getCurrentUser()))
