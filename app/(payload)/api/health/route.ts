/*
 * Liveness, and readiness with `?ready` (lib/health/). A static segment: Next matches it before
 * the `[...slug]` catch-all of Payload's REST routes beside it.
 */
import { livenessAnswer } from '@/lib/health/liveness'
import { GET as readiness } from './ready/route'

export const dynamic = 'force-dynamic'

export const GET = async (request: Request): Promise<Response> =>
  new URL(request.url).searchParams.has('ready') ? readiness() : livenessAnswer()
