'use client'

import { useEffect, useState } from 'react'

type Props = { targetId: string; label: string; done: string }

/**
 * Copies the citation next to it. Progressive enhancement only: without JavaScript it never
 * appears, and the citation stays selectable text in its <pre> block.
 */
export const CopyButton = ({ targetId, label, done }: Props) => {
  const [ready, setReady] = useState(false)
  const [copied, setCopied] = useState(false)
  useEffect(() => setReady(true), [])
  if (!ready) return null

  const copy = async () => {
    const target = document.getElementById(targetId)
    if (!target) return
    try {
      await navigator.clipboard.writeText(target.textContent ?? '')
      setCopied(true)
    } catch {
      // No clipboard permission (or no secure context): select the text for the reader to copy.
      const range = document.createRange()
      range.selectNodeContents(target)
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
    }
  }

  return (
    <>
      <button type="button" className="button button-small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {copied ? done : ''}
      </span>
    </>
  )
}
