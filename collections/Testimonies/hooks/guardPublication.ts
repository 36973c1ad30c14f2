import { APIError, ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { checkRole } from '@/lib/access/roles'
import { checkPublicText } from '@/lib/safety/checkPublicText'
import { findingsToErrors } from '@/lib/safety/findingsToErrors'
import { loadGuardInput } from '@/lib/safety/loadGuardInput'
import { readInternally } from '@/lib/safety/readInternally'

/** Short enough to write, long enough that "ok" is not a reason. */
export const MIN_OVERRIDE_REASON = 10

/** Where the afterChange hook finds an accepted override to write to the audit trail. */
export const OVERRIDE_CONTEXT_KEY = 'publishOverride'
export type PendingOverride = { code: string; reason: string }

/**
 * Publishing (or saving a published testimony) runs the publish guard over the public text in
 * every locale. Findings refuse the save, field by field, unless an admin wrote a fresh reason:
 * an override covers one publication, so a reason already on the published version does not
 * carry over to new findings. Editors never override. A withdrawn consent cannot be overridden.
 */
export const guardPublication: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (data._status !== 'published') return data
  const id = originalDoc?.id ?? null
  const { input, consentWithdrawn } = await loadGuardInput(req, id, data)
  if (consentWithdrawn) {
    throw new APIError('Consent for this testimony was withdrawn: it cannot be published.', 403, null, true)
  }

  const findings = checkPublicText(input)
  if (findings.length === 0) return { ...data, publishOverrideReason: null }

  const reason = typeof data.publishOverrideReason === 'string' ? data.publishOverrideReason.trim() : ''
  const published =
    id == null
      ? null
      : await readInternally(req, (lookup) =>
          req.payload.findByID({
            collection: 'testimonies',
            id,
            draft: false,
            disableErrors: true,
            select: { _status: true, publishOverrideReason: true },
            ...lookup,
          }),
        )
  const reasonIsFresh = !(published?._status === 'published' && published.publishOverrideReason?.trim() === reason)
  if (checkRole(['admin'], req.user) && reason.length >= MIN_OVERRIDE_REASON && reasonIsFresh) {
    req.context[OVERRIDE_CONTEXT_KEY] = { code: data.code, reason } satisfies PendingOverride
    return data
  }

  const errors = findingsToErrors(findings)
  if (checkRole(['admin'], req.user)) {
    errors.push({
      path: 'publishOverrideReason',
      message: reasonIsFresh
        ? `To publish anyway, write why (at least ${MIN_OVERRIDE_REASON} characters); the reason is kept with this version and in the audit trail.`
        : 'This reason was given for an earlier publication; write a new one for these findings.',
    })
  }
  throw new ValidationError({ collection: 'testimonies', id: id ?? undefined, errors, req }, req.t)
}
