/* Readiness (lib/health/readiness.ts): 200 when the archive can serve readers, else 503. */
import { readinessAnswer } from '@/lib/health/readiness'
import { getArchive } from '@/lib/payload'

export const dynamic = 'force-dynamic'

export const GET = async (): Promise<Response> => {
  try {
    return await readinessAnswer(await getArchive())
  } catch {
    // Payload could not start (no database at boot): not ready, and nothing more said.
    return Response.json({ status: 'not ready' }, { status: 503, headers: { 'Cache-Control': 'no-store' } })
  }
}
