import type { CollectionConfig } from 'payload'

import { hideUnreadableRelations } from '@/lib/access/hideUnreadableRelations'
import { isStaff, isStaffField } from '@/lib/access/isStaff'
import { publishedOrStaff } from '@/lib/access/publishedOrStaff'
import { countryOptions } from '@/lib/domain/countries'
import { TOPICS } from '@/lib/domain/topics'
import { validateYear, validateYearTo } from '@/lib/domain/years'
import { assignCode } from './hooks/assignCode'

/**
 * The public layer of a testimony: what may be published. Everything that could identify
 * the narrator lives in `testimony-records`, behind its own collection-level access.
 */
export const Testimonies: CollectionConfig = {
  slug: 'testimonies',
  labels: { singular: { en: 'Testimony', ko: '증언' }, plural: { en: 'Testimonies', ko: '증언' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'country', 'yearFrom', '_status', 'updatedAt'],
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
  hooks: { beforeChange: [assignCode] },
  fields: [
    {
      name: 'code',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar', description: 'Assigned on creation; never changes.' },
      access: { create: () => false, update: () => false },
    },
    { name: 'title', type: 'text', required: true, localized: true, maxLength: 200 },
    { name: 'summary', type: 'richText', required: true, localized: true },
    { name: 'country', type: 'select', required: true, options: countryOptions },
    {
      type: 'row',
      fields: [
        { name: 'yearFrom', type: 'number', validate: validateYear, admin: { width: '50%' } },
        { name: 'yearTo', type: 'number', validate: validateYearTo, admin: { width: '50%' } },
      ],
    },
    {
      name: 'topics',
      type: 'select',
      hasMany: true,
      options: TOPICS.map((topic) => ({ label: topic, value: topic })),
    },
    {
      name: 'restaurant',
      type: 'relationship',
      relationTo: 'restaurants',
      hooks: { afterRead: [hideUnreadableRelations('restaurants')] },
    },
    {
      name: 'illustrative',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'A composite written from public reporting, not one person’s account.',
      },
    },
    {
      name: 'editorialNote',
      type: 'textarea',
      access: { read: isStaffField },
      admin: { description: 'Seen by editors and admins only.' },
    },
  ],
}
