import type { CollectionConfig } from 'payload'

import { hideUnreadableRelations } from '@/lib/access/hideUnreadableRelations'
import { auditDeletion } from '@/lib/audit/auditDeletion'
import { auditPublication } from '@/lib/audit/auditPublication'
import { afterPublicChange, afterPublicDelete } from '@/lib/site/publicChangeHooks'
import { guardRelationQueries } from '@/lib/access/guardRelationQueries'
import { isStaff, isStaffField } from '@/lib/access/isStaff'
import { publishedOrStaff } from '@/lib/access/publishedOrStaff'
import { countryOptions } from '@/lib/domain/countries'
import { validateClosedYear, validateYear } from '@/lib/domain/years'
import { followRestaurantDeletion, followRestaurantPlace, noteRestaurantDeletion, noteRestaurantPlace } from './hooks/followRestaurantPlace'
import { slugFromName } from './hooks/slugFromName'

export const Restaurants: CollectionConfig = {
  slug: 'restaurants',
  labels: { singular: { en: 'Restaurant', ko: '식당' }, plural: { en: 'Restaurants', ko: '식당' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'city', 'country', 'status', '_status'],
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
  hooks: {
    beforeOperation: [guardRelationQueries({ sources: 'sources' })],
    beforeChange: [noteRestaurantPlace],
    beforeDelete: [noteRestaurantDeletion],
    // Testimonies copy the city and the link from here (lib/disclosure): refreshed first.
    afterChange: [followRestaurantPlace, auditPublication, afterPublicChange],
    afterDelete: [followRestaurantDeletion, auditDeletion, afterPublicDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true },
    {
      name: 'alternateNames',
      type: 'array',
      admin: { description: 'Hangul, romanisations and Chinese characters, so search finds every spelling.' },
      fields: [
        { name: 'name', type: 'text', required: true },
        {
          name: 'script',
          type: 'select',
          options: ['hangul', 'latin', 'hanzi', 'other'].map((v) => ({ label: v, value: v })),
        },
      ],
    },
    {
      name: 'slug',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: 'Made from the English name when left empty.' },
      hooks: { beforeValidate: [slugFromName] },
      validate: (value: string | null | undefined) =>
        !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
          ? true
          : 'Use lower-case letters, digits and single hyphens.',
    },
    { name: 'city', type: 'text' },
    { name: 'country', type: 'select', required: true, options: countryOptions },
    {
      // A point field is not supported by the SQLite adapter, so the approximate location is
      // two numbers; either database stores them the same way.
      name: 'location',
      type: 'group',
      admin: { description: 'Approximate: the city centre, never the building.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, admin: { width: '50%' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, admin: { width: '50%' } },
          ],
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'unknown',
      options: ['operating', 'closed', 'unknown'].map((v) => ({ label: v, value: v })),
    },
    {
      type: 'row',
      fields: [
        { name: 'openedYear', type: 'number', validate: validateYear, admin: { width: '50%' } },
        {
          name: 'closedYear',
          type: 'number',
          admin: { width: '50%' },
          validate: validateClosedYear,
        },
      ],
    },
    {
      name: 'sources',
      type: 'relationship',
      relationTo: 'sources',
      hasMany: true,
      hooks: { afterRead: [hideUnreadableRelations('sources')] },
    },
    {
      name: 'editorialNote',
      type: 'textarea',
      access: { read: isStaffField },
      admin: { description: 'Seen by editors and admins only.' },
    },
  ],
}
