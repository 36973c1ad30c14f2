/**
 * What an attacker can work out from shown figures, by brute force: the unknowns are how many
 * testimonies there are of each kind (a kind: one value of every attribute), every shown figure
 * says that the testimonies of some kinds number within [min, max], and a search tries every
 * integer assignment that agrees with all of them. Small archives only.
 */
export type Figure = { kinds: number[]; min: number; max: number; label: string }

const NODE_BUDGET = 5_000_000

/** Whether some assignment agrees with every figure; throws when the search runs out of budget. */
export const consistent = (kindCount: number, figures: Figure[]): boolean => {
  const cap = new Array<number>(kindCount).fill(Number.POSITIVE_INFINITY)
  for (const f of figures) for (const k of f.kinds) cap[k] = Math.min(cap[k], f.max)
  if (cap.some((c) => !Number.isFinite(c))) throw new Error('every kind needs a figure that bounds it')
  const byKind = Array.from({ length: kindCount }, () => [] as number[])
  figures.forEach((f, i) => f.kinds.forEach((k) => byKind[k].push(i)))
  // Kinds in few figures last: the most constrained are decided first.
  const order = [...cap.keys()].sort((a, b) => byKind[b].length - byKind[a].length)
  const sum = new Array<number>(figures.length).fill(0)
  const room = figures.map((f) => f.kinds.reduce((n, k) => n + cap[k], 0))
  let nodes = 0
  const fits = (i: number) => sum[i] <= figures[i].max && sum[i] + room[i] >= figures[i].min
  const step = (depth: number): boolean => {
    if (++nodes > NODE_BUDGET) throw new Error('search budget exhausted')
    if (depth === order.length) return true
    const kind = order[depth]
    for (const i of byKind[kind]) room[i] -= cap[kind]
    for (let v = 0; v <= cap[kind]; v++) {
      for (const i of byKind[kind]) sum[i] += v
      const ok = byKind[kind].every(fits) && step(depth + 1)
      for (const i of byKind[kind]) sum[i] -= v
      if (ok) {
        for (const i of byKind[kind]) room[i] += cap[kind]
        return true
      }
    }
    for (const i of byKind[kind]) room[i] += cap[kind]
    return false
  }
  return figures.every((f) => f.min <= f.max) && step(0)
}
