import type { SeriesStyle } from '@/lib/charts/palette'

/** A series marker: colour and shape together, so no series depends on colour alone. */
export const MarkerShape = ({ style, x, y, size = 5 }: { style: SeriesStyle; x: number; y: number; size?: number }) => {
  const common = { fill: style.color, stroke: '#ffffff', strokeWidth: 1.5 }
  switch (style.shape) {
    case 'square':
      return <rect x={x - size} y={y - size} width={size * 2} height={size * 2} {...common} />
    case 'triangle':
      return <path d={`M${x},${y - size * 1.2}L${x + size * 1.1},${y + size * 0.8}L${x - size * 1.1},${y + size * 0.8}Z`} {...common} />
    case 'diamond':
      return <path d={`M${x},${y - size * 1.3}L${x + size * 1.1},${y}L${x},${y + size * 1.3}L${x - size * 1.1},${y}Z`} {...common} />
    default:
      return <circle cx={x} cy={y} r={size} {...common} />
  }
}
