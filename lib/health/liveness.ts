/**
 * `GET /api/health`: the process is up and answers. It touches nothing else, so a slow or lost
 * database never makes a supervisor restart a server that is otherwise fine.
 */
export const livenessAnswer = (): Response =>
  Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } })
