import { scaleLinear } from 'd3-scale'

export type Bar = { id: string; label: string; value: number; valueMax?: number | null }

export type BarLayout = {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  bars: { id: string; label: string; labelY: number; y: number; height: number; width: number; rangeWidth: number | null; valueX: number }[]
  ticks: { x: number; label: string }[]
  /** A reference line (an eight-hour day), when one is given and fits the scale. */
  reference: { x: number } | null
}

// Each bar has its label on the line above it, so long or Korean labels never collide.
const ROW = 48
const MARGIN = { top: 4, right: 72, bottom: 26, left: 8 }

/**
 * Horizontal bars on one scale. `domainMax` fixes the end of the scale (24 hours in a day);
 * without it the scale runs a little past the largest value.
 */
export const barLayout = (bars: Bar[], options: { width?: number; domainMax?: number; reference?: number } = {}): BarLayout => {
  const width = options.width ?? 560
  // A reference line gets a strip of its own above the bars for its label.
  const top = MARGIN.top + (options.reference != null ? 18 : 0)
  const plot = { left: MARGIN.left, right: width - MARGIN.right, top, bottom: top + bars.length * ROW }
  const largest = Math.max(1, ...bars.map((bar) => bar.valueMax ?? bar.value))
  const x = scaleLinear()
    .domain([0, options.domainMax ?? largest * 1.1])
    .range([plot.left, plot.right])
  if (options.domainMax == null) x.nice()
  const format = new Intl.NumberFormat('en-GB', { notation: x.domain()[1] >= 1_000_000 ? 'compact' : 'standard' })
  return {
    width,
    height: plot.bottom + MARGIN.bottom,
    plot,
    bars: bars.map((bar, index) => {
      const row = plot.top + index * ROW
      return {
        id: bar.id,
        label: bar.label,
        labelY: row + 16,
        y: row + 22,
        height: 18,
        width: Math.max(1, x(bar.value) - plot.left),
        rangeWidth: bar.valueMax != null && bar.valueMax > bar.value ? x(bar.valueMax) - x(bar.value) : null,
        valueX: x(bar.valueMax ?? bar.value) + 6,
      }
    }),
    ticks: x.ticks(6).map((tick) => ({ x: x(tick), label: format.format(tick) })),
    reference: options.reference != null && options.reference <= x.domain()[1] ? { x: x(options.reference) } : null,
  }
}
