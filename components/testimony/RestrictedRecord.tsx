import type { TestimonyRecord } from '@/payload-types'
import type { RecordDictionary } from '@/lib/i18n/recordDictionary'
import { RichText } from '../RichText'

type Props = { record: TestimonyRecord; text: RecordDictionary }

/**
 * The restricted layer, for a reader Payload allowed to read it. The page that shows it is
 * rendered for this reader alone (no shared cache) and the read is already in the audit trail.
 */
export const RestrictedRecord = ({ record, text }: Props) => {
  const narrator = record.narrator ?? {}
  const value = (shown: string | number | null | undefined) => (shown === null || shown === undefined || shown === '' ? text.none : shown)
  return (
    <section className="restricted" aria-labelledby="restricted-title" data-testid="restricted-record">
      <h2 id="restricted-title">{text.title}</h2>
      <p className="notice notice-restricted" role="note">
        {text.notice}
      </p>
      <dl className="meta-list">
        <dt>{text.narratorCode}</dt>
        <dd className="code">{value(narrator.code ?? record.narratorCode)}</dd>
        <dt>{text.ageBracket}</dt>
        <dd>{narrator.ageBracket ? (text.ages[narrator.ageBracket] ?? narrator.ageBracket) : text.none}</dd>
        <dt>{text.role}</dt>
        <dd>{narrator.roleAtRestaurant ? (text.roles[narrator.roleAtRestaurant] ?? narrator.roleAtRestaurant) : text.none}</dd>
        <dt>{text.yearsAbroad}</dt>
        <dd>{value(narrator.yearsAbroad)}</dd>
        <dt>{text.exactPlaces}</dt>
        <dd className="preserve-lines">{value(record.exactPlaces)}</dd>
        <dt>{text.exactDates}</dt>
        <dd className="preserve-lines">{value(record.exactDates)}</dd>
        <dt>{text.consentScope}</dt>
        <dd>{text.scopes[record.consent.scope] ?? record.consent.scope}</dd>
      </dl>
      <h3>{text.transcript}</h3>
      {record.transcript ? <RichText data={record.transcript} /> : <p>{text.none}</p>}
    </section>
  )
}
