import type { Endpoint, Payload } from 'payload'

const notFound = () => Response.json({ errors: [{ message: 'Not Found' }] }, { status: 404 })

/**
 * Two of Payload's own endpoints answer a 500 to a request for nothing: `POST
 * /api/users/verify/:id` when e-mail verification is off ("Cannot find field for path at
 * _verificationToken"), and `DELETE /api/payload-preferences/:key` for a key the user has no
 * preference under. The first is removed where verification is off; the second answers 404.
 */
export const answerMissingEndpoints = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    if (config.auth && !config.auth.verify && Array.isArray(config.endpoints)) {
      config.endpoints = config.endpoints.filter((endpoint) => endpoint.path !== '/verify/:id')
    }
  }
  const preferences = payload.collections['payload-preferences']?.config
  const remove = Array.isArray(preferences?.endpoints) ? preferences.endpoints.find((e) => e.method === 'delete' && e.path === '/:key') : undefined
  if (!remove) return
  const handler = remove.handler
  const guarded: Endpoint['handler'] = async (req) => {
    const key = req.routeParams?.key
    if (req.user && typeof key === 'string') {
      const { totalDocs } = await req.payload.count({
        collection: 'payload-preferences',
        where: { and: [{ key: { equals: key } }, { 'user.value': { equals: req.user.id } }, { 'user.relationTo': { equals: req.user.collection } }] },
        overrideAccess: true,
        req,
      })
      if (totalDocs === 0) return notFound()
    }
    return handler(req)
  }
  remove.handler = guarded
}
