import type { CollectionConfig } from 'payload'

import { canReadRecords } from '@/lib/access/canReadRecords'
import { hideUnreadableRelations } from '@/lib/access/hideUnreadableRelations'
import { auditDeletion } from '@/lib/audit/auditDeletion'
import { auditRecordRead } from '@/lib/audit/auditRecordRead'
import { afterPublicChange, afterPublicDelete } from '@/lib/site/publicChangeHooks'
import { isStaff } from '@/lib/access/isStaff'
import { eraseEndpoint } from './endpoints/erase'
import { assignNarratorCode } from './hooks/assignNarratorCode'
import { copyToPublic, copyToPublicOnDelete } from './hooks/copyToPublic'
import { stampWithdrawal } from './hooks/stampWithdrawal'
import { unpublishOnWithdrawal } from './hooks/unpublishOnWithdrawal'
import { validateOneRecordPerTestimony } from './validateOneRecordPerTestimony'

/**
 * The restricted layer. Its protection is the collection-level `read`, which returns a Where
 * query for researchers, so the database itself never hands over a record they may not read.
 * There is no field for a real name, and there must never be one. No versions are kept:
 * every copy of identifying detail is one more thing to purge.
 */
export const TestimonyRecords: CollectionConfig = {
  slug: 'testimony-records',
  labels: {
    singular: { en: 'Testimony record', ko: '증언 기록' },
    plural: { en: 'Testimony records', ko: '증언 기록' },
  },
  admin: {
    useAsTitle: 'narratorCode',
    defaultColumns: ['narratorCode', 'testimony', 'sensitivity', 'interviewedAt'],
    group: { en: 'Restricted', ko: '제한' },
    description: 'Restricted: identifying detail. Never copy anything from here into a summary.',
    components: {
      // Admins only (the button hides itself otherwise; the endpoint checks again).
      edit: { beforeDocumentControls: ['/components/admin/EraseRecordButton#EraseRecordButton'] },
    },
  },
  access: {
    create: isStaff,
    read: canReadRecords,
    readVersions: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  hooks: {
    beforeChange: [assignNarratorCode, stampWithdrawal],
    // copyToPublic refreshes the testimony's place copies and the facts' public links first,
    // so the withdrawal and the search sync after it see them as they now are.
    afterChange: [copyToPublic, unpublishOnWithdrawal, afterPublicChange],
    afterDelete: [copyToPublicOnDelete, auditDeletion, afterPublicDelete],
    afterRead: [auditRecordRead],
  },
  endpoints: [eraseEndpoint],
  fields: [
    {
      name: 'testimony',
      type: 'relationship',
      relationTo: 'testimonies',
      required: true,
      unique: true,
      index: true,
      validate: validateOneRecordPerTestimony,
    },
    {
      // A copy of the narrator code for lists and relationship pickers: Payload cannot title a
      // document by a field inside a group.
      name: 'narratorCode',
      type: 'text',
      admin: { hidden: true },
    },
    {
      // The exact restaurant. The public testimony gets a copy only at "restaurant" disclosure
      // and the restaurant's city from "city" (lib/disclosure/placeCopies.ts).
      name: 'restaurant',
      type: 'relationship',
      relationTo: 'restaurants',
      admin: { description: 'Where the narrator worked. The public testimony shows it only as far as its disclosure allows.' },
      hooks: { afterRead: [hideUnreadableRelations('restaurants')] },
    },
    {
      // Which facts rest on this testimony. Public facts show the link only when the fact's
      // place fits the testimony's disclosure (lib/disclosure/refreshFactLinks.ts).
      name: 'facts',
      type: 'relationship',
      relationTo: 'facts',
      hasMany: true,
      admin: { description: 'Facts this testimony supports. A fact placed in a city or restaurant is shown as drawing on it only when the disclosure reaches that far.' },
      hooks: { afterRead: [hideUnreadableRelations('facts')] },
    },
    { name: 'transcript', type: 'richText', localized: true },
    { name: 'interviewedAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'narrator',
      type: 'group',
      fields: [
        {
          name: 'code',
          type: 'text',
          admin: { description: 'A pseudonym such as N-4K7Q2M. Left empty, one is made.' },
          validate: (value: string | null | undefined) =>
            !value || /^N-[0-9A-Z]{4,12}$/.test(value)
              ? true
              : 'A narrator code is N- followed by 4 to 12 letters or digits; never a name.',
        },
        {
          name: 'ageBracket',
          type: 'select',
          options: ['under-20', '20-24', '25-29', '30-34', '35-plus'].map((v) => ({ label: v, value: v })),
        },
        {
          name: 'roleAtRestaurant',
          type: 'select',
          options: ['server', 'performer', 'cook', 'manager', 'other'].map((v) => ({ label: v, value: v })),
        },
        { name: 'homeProvince', type: 'text' },
        { name: 'yearsAbroad', type: 'number', min: 0, max: 40 },
      ],
    },
    { name: 'exactPlaces', type: 'textarea' },
    { name: 'exactDates', type: 'textarea' },
    {
      name: 'sensitivity',
      type: 'select',
      required: true,
      defaultValue: 'custodian',
      options: [
        { label: 'Researcher: vetted researchers may read', value: 'researcher' },
        { label: 'Custodian: editors and admins only', value: 'custodian' },
      ],
    },
    {
      name: 'consent',
      type: 'group',
      fields: [
        {
          name: 'scope',
          type: 'select',
          required: true,
          defaultValue: 'summary-only',
          options: [
            { label: 'Summary only', value: 'summary-only' },
            { label: 'Quotes', value: 'quotes' },
            { label: 'Research use', value: 'research-use' },
          ],
        },
        { name: 'givenAt', type: 'date' },
        {
          name: 'reviewBy',
          type: 'date',
          admin: { description: 'When this date passes, the record is listed on the dashboard for review.' },
        },
        {
          name: 'withdrawn',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: 'Takes the testimony off the site at once, and hides this record from researchers.' },
        },
        { name: 'withdrawnAt', type: 'date', admin: { readOnly: true } },
      ],
    },
    {
      name: 'neverPublish',
      type: 'array',
      admin: { description: 'Names, places and details that must never appear in a public summary.' },
      fields: [{ name: 'term', type: 'text', required: true }],
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'media',
      hasMany: true,
      hooks: { afterRead: [hideUnreadableRelations('media')] },
    },
  ],
}
