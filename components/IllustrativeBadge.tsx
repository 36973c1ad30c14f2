import type { Dictionary } from '@/lib/i18n/dictionary'

/** Demo material is marked wherever it appears, so no reader takes a composite for a person. */
export const IllustrativeBadge = ({ dict }: { dict: Dictionary }) => (
  <span className="badge badge-illustrative" title={dict.illustrativeNote}>
    {dict.illustrative}
    <span className="visually-hidden">: {dict.illustrativeNote}</span>
  </span>
)
