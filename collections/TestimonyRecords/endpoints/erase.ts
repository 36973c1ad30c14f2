import { commitTransaction, initTransaction, killTransaction, type Endpoint } from 'payload'

import { checkRole } from '@/lib/access/roles'
import { eraseTestimony, type Erasure } from '@/lib/safety/eraseTestimony'
import { purgeFreedSpace } from '@/lib/safety/purgeFreedSpace'

const fail = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * POST /api/testimony-records/:id/erase — admins only. The database work runs in one
 * transaction where the database offers one, so a failure part-way leaves the testimony whole
 * rather than half erased; media files, which no transaction covers, are deleted last.
 */
export const eraseEndpoint: Endpoint = {
  path: '/:id/erase',
  method: 'post',
  handler: async (req) => {
    if (!req.user) return fail(401, 'Sign in as an admin to erase.')
    if (!checkRole(['admin'], req.user)) return fail(403, 'Only admins may erase a testimony.')
    const id = req.routeParams?.id as string | undefined
    if (!id) return fail(400, 'Missing record id.')

    let erasure: Erasure
    const shouldCommit = await initTransaction(req)
    try {
      erasure = await eraseTestimony(req, id)
      if (shouldCommit) await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      const status = (error as { status?: number }).status
      if (status === 404) return fail(404, 'No such record.')
      // The error's name only: database errors can quote the values they failed on.
      req.payload.logger.error({ msg: `erasure of record ${id} failed: ${(error as Error).name}` })
      return fail(500, 'Erasure failed; nothing was committed.')
    }
    try {
      await purgeFreedSpace(req.payload)
    } catch (error) {
      req.payload.logger.error({ msg: `erasure of record ${id}: compacting the database failed: ${(error as Error).name}` })
      // Not a success: the erased text may still be readable in the file's free pages. The
      // documents are gone (committed), so the answer says what is left to do.
      return Response.json(
        { errors: [{ message: 'Erased from every collection, but the database file was not compacted: the erased text may remain in its free pages until VACUUM runs.' }], erasure },
        { status: 500 },
      )
    }
    return Response.json({ message: 'Erased.', erasure })
  },
}
