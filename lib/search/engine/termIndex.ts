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

export class TermIndex {
  private readonly postings = new Map<string, Postings>()
  private capacity = 0

  /** Terms of one slot, in document order; slots only ever grow. */
  add(slot: number, terms: string[]): void {
    this.capacity = Math.max(this.capacity, slot + 1)
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
   * its title, ranks it higher), ties in the order of `order` when given, else by slot.
   */
  match(terms: string[], accept: (slot: number) => boolean, order?: number[]): number[] {
    const unique = [...new Set(terms)]
    const lists = unique.map((term) => this.postings.get(term))
    if (unique.length === 0 || lists.some((list) => !list)) return []
    const found = lists as Postings[]
    found.sort((a, b) => a.length - b.length)
    const hits = new Uint8Array(this.capacity)
    const worst = new Uint8Array(this.capacity)
    for (const list of found) {
      for (let i = 0; i < list.length; i++) {
        const slot = list.slots[i]
        hits[slot]++
        if (list.ranks[i] > worst[slot]) worst[slot] = list.ranks[i]
      }
    }
    const buckets = new Map<number, number[]>()
    const consider = (slot: number) => {
      if (hits[slot] !== found.length || !accept(slot)) return
      const bucket = buckets.get(worst[slot])
      if (bucket) bucket.push(slot)
      else buckets.set(worst[slot], [slot])
    }
    if (order) for (const slot of order) consider(slot)
    else for (let i = 0; i < found[0].length; i++) consider(found[0].slots[i])
    return [...buckets.keys()].sort((a, b) => a - b).flatMap((rank) => buckets.get(rank)!)
  }
}
