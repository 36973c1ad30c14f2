import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { checkRole } from '@/lib/access/roles'
import { eraseTestimony } from '@/lib/safety/eraseTestimony'

/**
 * POST /api/testimony-records/:id/erase — admins only. The database work runs in one
 * transaction where the database offers one, so a failure part-way leaves the testimony whole
 * rather than half erased; media files, which no transaction covers, are deleted last.
 */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in as an admin to erase.' }] }, { status: 401 })
    if (!checkRole(['admin'], req.user)) {
      return Response.json({ errors: [{ message: 'Only admins may erase a testimony.' }] }, { status: 403 })
    }
    const id = req.routeParams?.id as string | undefined
    if (!id) return Response.json({ errors: [{ message: 'Missing record id.' }] }, { status: 400 })
    const shouldCommit = await initTransaction(req)
    try {
      const erasure = await eraseTestimony(req, id)
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ message: 'Erased.', erasure })
    } catch (error) {
      await killTransaction(req)
      // The error's name only: database errors can quote the values they failed on.
      req.payload.logger.error({ msg: `erasure of record ${id} failed: ${(error as Error).name}` })
      const status = (error as { status?: number }).status ?? 500
      return Response.json({ errors: [{ message: status === 404 ? 'No such record.' : 'Erasure failed; nothing was committed.' }] }, { status })
    }
  },
}
