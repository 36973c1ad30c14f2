/**
 * Series colours from the Okabe–Ito set, darkened where needed for 3:1 contrast on white
 * (WCAG 1.4.11), each paired with its own marker shape so no series relies on colour alone.
 */
export const SERIES_STYLES = [
  { color: '#0b5f96', shape: 'circle' },
  { color: '#b34700', shape: 'square' },
  { color: '#00745a', shape: 'triangle' },
  { color: '#9c3d7a', shape: 'diamond' },
  { color: '#5b3a00', shape: 'circle' },
  { color: '#3f4650', shape: 'square' },
] as const

export type SeriesStyle = (typeof SERIES_STYLES)[number]

export const seriesStyle = (index: number): SeriesStyle => SERIES_STYLES[index % SERIES_STYLES.length]
