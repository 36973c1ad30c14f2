type LexicalNode = {
  type?: string
  text?: string
  children?: LexicalNode[]
  fields?: Record<string, unknown>
}

const BLOCKS = new Set(['paragraph', 'heading', 'listitem', 'quote', 'list', 'code', 'tablecell', 'tablerow'])

const walk = (node: LexicalNode, out: string[]): void => {
  if (typeof node.text === 'string') out.push(node.text)
  if (node.type === 'linebreak' || node.type === 'tab') out.push(node.type === 'tab' ? '\t' : '\n')
  // A link hides its address behind harmless words ("her page"), and blocks keep their own
  // text in `fields`: both are published, so both are checked.
  for (const value of Object.values(node.fields ?? {})) {
    if (typeof value === 'string' && value.trim()) out.push(` ${value} `)
  }
  for (const child of node.children ?? []) walk(child, out)
  if (node.type && BLOCKS.has(node.type)) out.push('\n')
}

/**
 * The words a reader sees in a rich-text value, in order. Adjacent text runs are joined with
 * nothing between them, because formatting can split a word ("Ning" in bold, "bo" plain).
 */
export const lexicalToText = (value: unknown): string => {
  if (typeof value === 'string') return value
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const out: string[] = []
  walk(root, out)
  return out.join('')
}
