/** A seeded generator (mulberry32), so every run loads the same archive. */
export const seededRandom = (seed: number) => {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = int(min, max)
    const copy = [...list]
    const out: T[] = []
    while (out.length < count && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0])
    return out
  }
  return { next, int, pick, some }
}

export type Random = ReturnType<typeof seededRandom>
