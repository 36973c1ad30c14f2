type Node = { type?: string; relationTo?: string; value?: unknown; children?: Node[]; root?: Node }

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id?: unknown }).id : value)

/** Ids of the media embedded as upload nodes in a rich-text value (or a map of locales). */
export const mediaInRichText = (value: unknown, found: Set<string> = new Set()): Set<string> => {
  if (!value || typeof value !== 'object') return found
  const node = value as Node
  if (node.type === 'upload' && node.relationTo === 'media') {
    const id = idOf(node.value)
    if (typeof id === 'string' || typeof id === 'number') found.add(String(id))
  }
  for (const child of Array.isArray(value) ? value : Object.values(value)) {
    if (child && typeof child === 'object') mediaInRichText(child, found)
  }
  return found
}
