import { decodesAsText } from './decodesAsText'

/**
 * Requests Next itself fails on with a 500 before any page, route or action of ours runs,
 * answered here (from proxy.ts) with the 4xx they are:
 * - a path whose escapes decode to no text (`%FF`, a lone surrogate `%ED%A0%80`): Next's router
 *   throws while decoding the route's params;
 * - a server-action POST (`Next-Action` header) whose body Next cannot decode into the action's
 *   arguments (text that is not a JSON list, broken multipart, another content type), and any
 *   form posted to a page (a server action without JavaScript) past Next's 1 MB server-action
 *   limit ("Body exceeded 1 MB limit").
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

const actionBodyProblem = async (request: Request): Promise<Response | undefined> => {
  const tooLarge = await formTooLarge(request)
  if (tooLarge) return tooLarge
  if (Number(request.headers.get('content-length') ?? 0) > SERVER_ACTION_BODY_LIMIT) return refuse(413, `The form is larger than ${SERVER_ACTION_BODY_LIMIT} bytes.`)
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (type === 'multipart/form-data') {
    try {
      await request.clone().formData()
      return undefined
    } catch {
      return refuse(400, 'The form could not be read.')
    }
  }
  if (type === 'text/plain') {
    const text = await request.clone().text()
    if (text.length > SERVER_ACTION_BODY_LIMIT) return refuse(413, `The form is larger than ${SERVER_ACTION_BODY_LIMIT} bytes.`)
    try {
      if (Array.isArray(JSON.parse(text))) return undefined
    } catch {
      // refused below
    }
    return refuse(400, 'The form could not be read.')
  }
  if (type === 'application/x-www-form-urlencoded') return undefined
  return refuse(415, 'Send the form as multipart/form-data.')
}

const FORM_TYPES = ['multipart/form-data', 'application/x-www-form-urlencoded']

/** A form posted to a page without JavaScript is a server action too (its id is a form field). */
const formTooLarge = async (request: Request): Promise<Response | undefined> => {
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()
  if (!FORM_TYPES.includes(type)) return undefined
  if (Number(request.headers.get('content-length') ?? 0) > SERVER_ACTION_BODY_LIMIT) return refuse(413, `The form is larger than ${SERVER_ACTION_BODY_LIMIT} bytes.`)
  // A body sent without Content-Length is measured.
  const size = (await request.clone().arrayBuffer()).byteLength
  return size > SERVER_ACTION_BODY_LIMIT ? refuse(413, `The form is larger than ${SERVER_ACTION_BODY_LIMIT} bytes.`) : undefined
}

export const unreadableRequest = async (request: Request): Promise<Response | undefined> => {
  const { pathname } = new URL(request.url)
  if (!decodesAsText(pathname)) return refuse(400, 'The address is not valid UTF-8.')
  if (request.method !== 'POST' || pathname.startsWith('/api/')) return undefined
  if (request.headers.has('next-action')) return actionBodyProblem(request)
  return formTooLarge(request)
}
