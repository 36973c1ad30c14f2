import type { CollectionConfig } from 'payload'

import { auditDeletion } from '@/lib/audit/auditDeletion'
import { auditPublication } from '@/lib/audit/auditPublication'
import { afterPublicChange, afterPublicDelete } from '@/lib/site/publicChangeHooks'
import { isStaff } from '@/lib/access/isStaff'
import { publishedOrStaff } from '@/lib/access/publishedOrStaff'
import { validateUrl } from '@/lib/domain/validateUrl'

export const Sources: CollectionConfig = {
  slug: 'sources',
  labels: { singular: { en: 'Source', ko: '출처' }, plural: { en: 'Sources', ko: '출처' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'publisher', 'publishedAt', 'reliability', '_status'],
    group: { en: 'Archive', ko: '기록' },
  },
  access: {
    create: isStaff,
    read: publishedOrStaff,
    readVersions: isStaff,
    update: isStaff,
    delete: isStaff,
  },
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { afterChange: [auditPublication, afterPublicChange], afterDelete: [auditDeletion, afterPublicDelete] },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['news', 'un-document', 'ngo-report', 'academic', 'government', 'testimony-collection', 'other'].map(
        (v) => ({ label: v, value: v }),
      ),
    },
    { name: 'title', type: 'text', required: true, maxLength: 300 },
    { name: 'publisher', type: 'text' },
    { name: 'url', type: 'text', validate: validateUrl },
    { name: 'publishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
    {
      name: 'language',
      type: 'select',
      options: [
        { label: 'English', value: 'en' },
        { label: '한국어', value: 'ko' },
        { label: '中文', value: 'zh' },
        { label: 'Русский', value: 'ru' },
        { label: 'Other', value: 'other' },
      ],
    },
    {
      name: 'reliability',
      type: 'select',
      required: true,
      defaultValue: 'medium',
      options: ['high', 'medium', 'low'].map((v) => ({ label: v, value: v })),
    },
    { name: 'note', type: 'textarea' },
  ],
}
