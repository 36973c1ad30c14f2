/**
 * An inverted index of terms to slots, in typed arrays: 5 bytes per (term, document) pair.
 * FlexSearch, used before, keeps JavaScript arrays of arrays; with it the server sat at
 * 1.3 GB after indexing 100,000 testimonies and 100,000 facts, and built the index no faster.
 * The tokenizer (lib/search/text) has already done the language work, so matching is set
 * intersection. Each pair keeps the term's position in the document's terms (titles come
 * first), which ranks the matches.
 */
type Postings = { slots: Int32Array; ranks: Uint8Array; length: number }

export type TermMatch = { slots: number[]; size: number }

/** An order of slots: `slots` in order, and each slot's place in it. */
export type SlotOrder = { slots: number[]; position: Int32Array }

export class TermIndex {
  private readonly postings = new Map<string, Postings>()

  /** Terms of one slot, in document order; slots only ever grow. */
  add(slot: number, terms: string[]): void {
    terms.forEach((term, position) => {
      let list = this.postings.get(term)
      if (!list) this.postings.set(term, (list = { slots: new Int32Array(4), ranks: new Uint8Array(4), length: 0 }))
      if (list.length > 0 && list.slots[list.length - 1] === slot) return
      if (list.length === list.slots.length) {
        const slots = new Int32Array(list.slots.length * 2)
        const ranks = new Uint8Array(list.slots.length * 2)
        slots.set(list.slots)
        ranks.set(list.ranks)
        list.slots = slots
        list.ranks = ranks
      }
      list.slots[list.length] = slot
      list.ranks[list.length] = Math.min(255, position)
      list.length++
    })
  }

  /** Gives back the room doubling left at the end of each list (after a full build). */
  compact(): void {
    for (const list of this.postings.values()) {
      if (list.length === list.slots.length) continue
      list.slots = list.slots.slice(0, list.length)
      list.ranks = list.ranks.slice(0, list.length)
    }
  }

  /**
   * Slots holding every term, best ranked first (a term near the start of a document, as in
   * its title, ranks it higher), ties in `order` when given, else by slot. The shortest list is walked and the others searched, so a rare word costs little
   * however common the other words of the query are.
   */
  match(terms: string[], accept: (slot: number) => boolean, order?: SlotOrder): number[] {
    const lists: Postings[] = []
    for (const term of new Set(terms)) {
      const list = this.postings.get(term)
      if (!list) return []
      lists.push(list)
    }
    if (lists.length === 0) return []
    lists.sort((a, b) => a.length - b.length)
    const [shortest, ...others] = lists
    const found: number[] = []
    const ranks: number[] = []
    const from = new Array<number>(others.length).fill(0)
    candidates: for (let i = 0; i < shortest.length; i++) {
      const slot = shortest.slots[i]
      let worst = shortest.ranks[i]
      for (let l = 0; l < others.length; l++) {
        const at = seek(others[l], slot, from[l])
        from[l] = at
        if (at >= others[l].length || others[l].slots[at] !== slot) continue candidates
        if (others[l].ranks[at] > worst) worst = others[l].ranks[at]
      }
      if (!accept(slot)) continue
      found.push(slot)
      ranks.push(worst)
    }
    // One sortable number per match: rank above, then place (or slot) below.
    const keys = new Float64Array(found.length)
    for (let i = 0; i < found.length; i++) keys[i] = ranks[i] * 2 ** 32 + (order ? order.position[found[i]] : found[i])
    return Array.from(keys.sort(), (key) => (order ? order.slots[key % 2 ** 32] : key % 2 ** 32))
  }
}

/** The first index at or after `from` whose slot is not below `slot` (lists are sorted). */
const seek = (list: Postings, slot: number, from: number): number => {
  let low = from
  let high = list.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (list.slots[middle] < slot) low = middle + 1
    else high = middle
  }
  return low
}
