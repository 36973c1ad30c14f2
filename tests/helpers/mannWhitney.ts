/**
 * Two-sided Mann-Whitney U test, normal approximation with tie correction (fine from about
 * 20 samples a side). Returns the p-value that both samples come from one distribution.
 */
export const mannWhitneyP = (a: number[], b: number[]): number => {
  const all = [...a.map((value) => ({ value, group: 0 })), ...b.map((value) => ({ value, group: 1 }))].sort(
    (x, y) => x.value - y.value,
  )
  const ranks = new Array<number>(all.length)
  let tieTerm = 0
  for (let i = 0; i < all.length; ) {
    let j = i
    while (j + 1 < all.length && all[j + 1].value === all[i].value) j++
    const rank = (i + j) / 2 + 1
    for (let k = i; k <= j; k++) ranks[k] = rank
    const t = j - i + 1
    tieTerm += t * t * t - t
    i = j + 1
  }
  const n1 = a.length
  const n2 = b.length
  const n = n1 + n2
  const rankSumA = all.reduce((sum, entry, index) => (entry.group === 0 ? sum + ranks[index] : sum), 0)
  const u = rankSumA - (n1 * (n1 + 1)) / 2
  const mean = (n1 * n2) / 2
  const sd = Math.sqrt(((n1 * n2) / 12) * (n + 1 - tieTerm / (n * (n - 1))))
  if (sd === 0) return 1
  const z = (Math.abs(u - mean) - 0.5) / sd
  return Math.min(1, 2 * (1 - normalCdf(Math.max(0, z))))
}

// Abramowitz and Stegun 7.1.26, error below 1.5e-7.
const normalCdf = (z: number): number => {
  const t = 1 / (1 + 0.3275911 * (z / Math.SQRT2))
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
  return 0.5 * (1 + (1 - poly * Math.exp(-(z * z) / 2)))
}
