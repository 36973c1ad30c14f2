import type { PublicChange } from './publicChange'

/** Placeholder until public pages are cached (issue 4). */
export const revalidatePublicPages = async (_change: PublicChange): Promise<void> => {}
