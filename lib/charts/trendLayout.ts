import { scaleLinear } from 'd3-scale'
import { line } from 'd3-shape'

import type { TrendSeries } from './trendSeries'

export type TrendMark = {
  id: string
  series: number
  dated: boolean
  cx: number
  cy: number
  /** The span of years, when the fact covers more than one. */
  x0: number | null
  x1: number | null
  /** The top of a range of values. */
  yMax: number | null
}

export type TrendLayout = {
  width: number
  height: number
  plot: { left: number; right: number; top: number; bottom: number }
  xTicks: { x: number; label: string }[]
  yTicks: { y: number; label: string }[]
  /** The slot at the right for facts that give no year. */
  undated: { x0: number; x1: number; cx: number } | null
  marks: TrendMark[]
  lines: { series: number; d: string }[]
}

const MARGIN = { top: 16, right: 16, bottom: 40, left: 56 }
const UNDATED_WIDTH = 84

/**
 * Positions for a chart of values over the years, one series per country. Facts without a
 * year stand in a separate slot at the right rather than being dropped or given a guessed year.
 */
export const trendLayout = (series: TrendSeries[], width = 640, height = 300): TrendLayout => {
  const points = series.flatMap((each) => each.points)
  const years = points.flatMap((point) => (point.from == null ? [] : [point.from, point.to ?? point.from]))
  const hasUndated = points.some((point) => point.from == null)
  const hasDated = years.length > 0
  // With no dated fact the chart is the undated slot alone: no axis of years to invent.
  const datedRight = hasDated ? width - MARGIN.right - (hasUndated ? UNDATED_WIDTH : 0) : MARGIN.left
  const plot = { left: MARGIN.left, right: datedRight, top: MARGIN.top, bottom: height - MARGIN.bottom }

  const minYear = years.length ? Math.min(...years) : 2000
  const maxYear = years.length ? Math.max(...years) : 2000
  const pad = maxYear - minYear < 4 ? (4 - (maxYear - minYear)) / 2 + 0.5 : 0.5
  const x = scaleLinear().domain([minYear - pad, maxYear + pad]).range([plot.left, plot.right])
  const top = Math.max(1, ...points.map((point) => point.valueMax ?? point.value))
  const y = scaleLinear().domain([0, top * 1.1]).nice().range([plot.bottom, plot.top])

  const undatedLeft = hasDated ? plot.right + 12 : plot.left
  const undated = hasUndated ? { x0: undatedLeft, x1: width - MARGIN.right, cx: (undatedLeft + width - MARGIN.right) / 2 } : null
  const marks: TrendMark[] = series.flatMap((each, index) =>
    each.points.map((point) => {
      const dated = point.from != null
      const span = dated && point.to != null && point.to !== point.from
      // Undated facts of different countries stand side by side, not on top of each other.
      const undatedX = (undated?.cx ?? 0) + (index - (series.length - 1) / 2) * 14
      const cx = dated ? x(((point.from as number) + (point.to ?? (point.from as number))) / 2) : undatedX
      return {
        id: point.id,
        series: index,
        dated,
        cx,
        cy: y(point.value),
        x0: span ? x(point.from as number) : null,
        x1: span ? x(point.to as number) : null,
        yMax: point.valueMax != null && point.valueMax !== point.value ? y(point.valueMax) : null,
      }
    }),
  )
  const path = line<{ cx: number; cy: number }>()
    .x((mark) => mark.cx)
    .y((mark) => mark.cy)
  const lines = series.flatMap((_each, index) => {
    const dated = marks.filter((mark) => mark.series === index && mark.dated)
    return dated.length > 1 ? [{ series: index, d: path(dated) ?? '' }] : []
  })

  const yearTicks = hasDated ? x.ticks(Math.min(8, Math.max(2, maxYear - minYear + 1))).filter((tick) => Number.isInteger(tick)) : []
  return {
    width,
    height,
    plot,
    xTicks: yearTicks.map((tick) => ({ x: x(tick), label: String(tick) })),
    yTicks: y.ticks(5).map((tick) => ({ y: y(tick), label: new Intl.NumberFormat('en-GB').format(tick) })),
    undated,
    marks,
    lines,
  }
}
