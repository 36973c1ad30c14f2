import { seriesStyle } from '@/lib/charts/palette'
import { trendLayout } from '@/lib/charts/trendLayout'
import type { TrendSeries } from '@/lib/charts/trendSeries'
import { formatPeriod } from '@/lib/site/format'
import { MarkerShape } from './MarkerShape'

type Props = {
  id: string
  title: string
  desc: string
  /** Said under the chart: what it leaves out. */
  note?: string
  series: TrendSeries[]
  /** The name of a series key (a country code, or "none"). */
  seriesLabel: (key: string) => string
  formatValue: (value: number) => string
  labels: { undated: string; numbersBehind: string; country: string; year: string; value: string; noData: string; medianOf: (n: number) => string }
}

/**
 * Values over the years, one line and marker shape per country, drawn on the server as SVG:
 * no script, readable as an image with a title and description, and followed by the table of
 * the numbers it shows.
 */
export const TrendChart = ({ id, title, desc, note, series, seriesLabel, formatValue, labels }: Props) => {
  if (series.length === 0) {
    return (
      <figure className="chart" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>{title}</figcaption>
        <p className="chart-empty">{labels.noData}</p>
      </figure>
    )
  }
  const layout = trendLayout(series)
  const { plot } = layout
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {layout.yTicks.map((tick) => (
          <g key={tick.label} className="chart-grid">
            <line x1={plot.left} x2={layout.undated?.x1 ?? plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.label} className="chart-axis" x={tick.x} y={plot.bottom + 20} textAnchor="middle">
            {tick.label}
          </text>
        ))}
        <line className="chart-baseline" x1={plot.left} x2={layout.undated?.x1 ?? plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.undated ? (
          <g className="chart-undated">
            <line x1={layout.undated.x0 - 6} x2={layout.undated.x0 - 6} y1={plot.top} y2={plot.bottom} />
            <text x={layout.undated.cx} y={plot.bottom + 20} textAnchor="middle">
              {labels.undated}
            </text>
          </g>
        ) : null}
        {layout.lines.map((each) => (
          <path key={each.series} d={each.d} fill="none" stroke={seriesStyle(each.series).color} strokeWidth={2} />
        ))}
        {layout.marks.map((mark) => {
          const style = seriesStyle(mark.series)
          return (
            <g key={mark.id}>
              {mark.x0 != null && mark.x1 != null ? (
                <line x1={mark.x0} x2={mark.x1} y1={mark.cy} y2={mark.cy} stroke={style.color} strokeWidth={3} strokeLinecap="round" />
              ) : null}
              {mark.yMax != null ? <line x1={mark.cx} x2={mark.cx} y1={mark.cy} y2={mark.yMax} stroke={style.color} strokeWidth={3} /> : null}
              <MarkerShape style={style} x={mark.cx} y={mark.cy} size={6} />
            </g>
          )
        })}
      </svg>
      <ul className="chart-legend">
        {series.map((each, index) => (
          <li key={each.key}>
            <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <MarkerShape style={seriesStyle(index)} x={8} y={8} size={5} />
            </svg>
            {seriesLabel(each.key)}
          </li>
        ))}
      </ul>
      {note ? <p className="chart-note">{note}</p> : null}
      <details className="chart-numbers">
        <summary>{labels.numbersBehind}</summary>
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.country}</th>
              <th scope="col">{labels.year}</th>
              <th scope="col">{labels.value}</th>
            </tr>
          </thead>
          <tbody>
            {series.flatMap((each) =>
              each.points.map((point) => (
                <tr key={point.id}>
                  <td>{seriesLabel(each.key)}</td>
                  <td>{point.from == null ? labels.undated : formatPeriod(point.from, point.to)}</td>
                  <td>
                    {formatValue(point.value)}
                    {point.valueMax != null && point.valueMax !== point.value ? `–${formatValue(point.valueMax)}` : ''}
                    {point.count > 1 ? ` (${labels.medianOf(point.count)})` : ''}
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
