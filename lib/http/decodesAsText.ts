/** Whether a URL path decodes to text: `%FF` or a lone surrogate `%ED%A0%80` does not. */
export const decodesAsText = (path: string): boolean => {
  try {
    decodeURIComponent(path)
    return true
  } catch {
    return false
  }
}
