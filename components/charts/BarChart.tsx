import { type Bar, barLayout } from '@/lib/charts/barLayout'

type Props = {
  id: string
  title: string
  desc: string
  bars: Bar[]
  formatValue: (value: number) => string
  domainMax?: number
  reference?: { value: number; label: string }
  labels: { numbersBehind: string; item: string; value: string; noData: string }
}

/**
 * Horizontal bars drawn on the server as SVG, each labelled on the line above it, with a title,
 * a description and the table of its numbers for readers who cannot see it.
 */
export const BarChart = ({ id, title, desc, bars, formatValue, domainMax, reference, labels }: Props) => {
  if (bars.length === 0) {
    return (
      <figure className="chart" aria-labelledby={`${id}-caption`}>
        <figcaption id={`${id}-caption`}>{title}</figcaption>
        <p className="chart-empty">{labels.noData}</p>
      </figure>
    )
  }
  const layout = barLayout(bars, { domainMax, reference: reference?.value })
  const { plot } = layout
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <svg viewBox={`0 0 ${layout.width} ${layout.height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {layout.ticks.map((tick) => (
          <g key={tick.label} className="chart-grid">
            <line x1={tick.x} x2={tick.x} y1={plot.top} y2={plot.bottom} />
            <text x={tick.x} y={plot.bottom + 16} textAnchor="middle">
              {tick.label}
            </text>
          </g>
        ))}
        {layout.bars.map((bar, index) => (
          <g key={bar.id}>
            <text className="chart-label" x={plot.left} y={bar.labelY}>
              {bar.label}
            </text>
            <rect className="chart-bar" x={plot.left} y={bar.y} width={bar.width} height={bar.height} rx={2} />
            {bar.rangeWidth ? (
              <rect className="chart-bar-range" x={plot.left + bar.width} y={bar.y} width={bar.rangeWidth} height={bar.height} rx={2} />
            ) : null}
            <text className="chart-value" x={bar.valueX} y={bar.y + bar.height / 2} dy="0.35em">
              {formatValue(bars[index].value)}
              {bars[index].valueMax != null && (bars[index].valueMax as number) > bars[index].value
                ? `–${formatValue(bars[index].valueMax as number)}`
                : ''}
            </text>
          </g>
        ))}
        {layout.reference && reference ? (
          <g className="chart-reference">
            <line x1={layout.reference.x} x2={layout.reference.x} y1={plot.top - 4} y2={plot.bottom} />
            <text x={layout.reference.x} y={plot.top - 8} textAnchor="middle">
              {reference.label}
            </text>
          </g>
        ) : null}
      </svg>
      <details className="chart-numbers">
        <summary>{labels.numbersBehind}</summary>
        <table className="table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.item}</th>
              <th scope="col">{labels.value}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.id}>
                <td>{bar.label}</td>
                <td>
                  {formatValue(bar.value)}
                  {bar.valueMax != null && bar.valueMax > bar.value ? `–${formatValue(bar.valueMax)}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  )
}
