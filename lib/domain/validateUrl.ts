import type { TextFieldSingleValidation } from 'payload'

/** Only http(s) links: a `javascript:` URL in a bibliography would run in readers' browsers. */
export const validateUrl: TextFieldSingleValidation = (value) => {
  if (!value) return true
  try {
    const url = new URL(value)
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through to the message below
  }
  return 'Give a full web address starting with https:// or http://.'
}
