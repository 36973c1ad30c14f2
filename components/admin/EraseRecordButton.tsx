'use client'

import { Button, toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

const CONFIRM_WORD = 'ERASE'

/**
 * Erasure on the record's edit view, for admins only (the endpoint checks again). It asks for a
 * typed word because it cannot be undone: the testimony, the record, their versions and their
 * files are deleted, and only the audit trail remembers that they existed.
 */
export const EraseRecordButton = () => {
  const { user } = useAuth<{ roles?: string[] | null }>()
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  if (!id || !user?.roles?.includes('admin')) return null

  const erase = async () => {
    const typed = window.prompt(
      `Erase this record, its testimony, every version of them and the files only they use? This cannot be undone.\n\nType ${CONFIRM_WORD} to confirm.`,
    )
    if (typed !== CONFIRM_WORD) return
    setBusy(true)
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/testimony-records/${id}/erase`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = await response.json().catch(() => null)
      if (!response.ok) throw new Error(body?.errors?.[0]?.message ?? `Erasure failed (${response.status}).`)
      toast.success('Erased. The audit trail records what was removed.')
      router.push(`${config.routes.admin}/collections/testimony-records`)
    } catch (error) {
      toast.error((error as Error).message)
      setBusy(false)
    }
  }

  return (
    <Button buttonStyle="error" size="medium" disabled={busy} onClick={erase}>
      {busy ? 'Erasing…' : 'Erase testimony'}
    </Button>
  )
}
