import type { CollectionConfig } from 'payload'

import { hideUnreadableRelations } from '@/lib/access/hideUnreadableRelations'
import { auditDeletion } from '@/lib/audit/auditDeletion'
import { auditPublication } from '@/lib/audit/auditPublication'
import { isAdminField } from '@/lib/access/isAdmin'
import { afterPublicChange, afterPublicDelete } from '@/lib/site/publicChangeHooks'
import { nobodyField } from '@/lib/access/nobodyField'
import { isStaff, isStaffField } from '@/lib/access/isStaff'
import { publishedOrStaff } from '@/lib/access/publishedOrStaff'
import { countryOptions } from '@/lib/domain/countries'
import { TOPICS } from '@/lib/domain/topics'
import { validateYear, validateYearTo } from '@/lib/domain/years'
import { refuseDeleteWhileCited } from '@/lib/durability/refuseDeleteWhileCited'
import { assignCode } from './hooks/assignCode'
import { copyDisclosedPlace } from './hooks/copyDisclosedPlace'
import { followDisclosure } from './hooks/followDisclosure'
import { auditPublishOverride } from './hooks/auditPublishOverride'
import { guardPublication } from './hooks/guardPublication'

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
  hooks: {
    // The guard runs after assignCode, so an override's audit event can name the testimony.
    // copyDisclosedPlace writes the place copies into the row being saved (never beyond its
    // disclosure); followDisclosure then brings older versions and fact links into line.
    beforeChange: [assignCode, guardPublication, copyDisclosedPlace],
    afterChange: [followDisclosure, auditPublication, auditPublishOverride, afterPublicChange],
    // A testimony with a restricted record goes only through erasure, which removes both.
    beforeDelete: [
      refuseDeleteWhileCited(
        'testimony-records',
        'testimony',
        'This testimony has a restricted record: erase it from its record instead ("Erase" on the record in the admin panel, or POST /api/testimony-records/:id/erase), which removes both.',
      ),
    ],
    afterDelete: [auditDeletion, afterPublicDelete],
  },
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
    // Copies of the exact place on the restricted record, written by the server only
    // (lib/disclosure): what is not disclosed is not stored here, so no query can find it.
    {
      name: 'restaurant',
      type: 'relationship',
      relationTo: 'restaurants',
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Copied from the restricted record, only at “Restaurant” disclosure and once the restaurant is published. Set the restaurant on the record.',
      },
      hooks: { afterRead: [hideUnreadableRelations('restaurants')] },
    },
    {
      name: 'city',
      type: 'text',
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'The city of the record’s restaurant, copied at “City” and “Restaurant” disclosure.',
      },
    },
    {
      // Not `required`: an empty value reads as `country`, the safest, and existing documents
      // and imports without it stay valid.
      name: 'disclosure',
      type: 'select',
      defaultValue: 'country',
      label: { en: 'Disclosure', ko: '공개 범위' },
      options: [
        { label: { en: 'Country only', ko: '국가까지' }, value: 'country' },
        { label: { en: 'City', ko: '도시까지' }, value: 'city' },
        { label: { en: 'Restaurant', ko: '식당까지' }, value: 'restaurant' },
      ],
      admin: {
        position: 'sidebar',
        description:
          'How precisely the public text may place the narrator. The publish guard refuses the restaurant’s name below “Restaurant” and its city below “City”.',
      },
    },
    {
      // Field rules depend on the user only (see lib/access/isStaff.ts); editors may read the
      // reason an admin gave, never write one.
      name: 'publishOverrideReason',
      type: 'textarea',
      label: { en: 'Reason to publish over the safety check', ko: '안전 점검을 넘어 게시하는 이유' },
      access: { read: isStaffField, create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description:
          'Admins only. When the publish guard flags this testimony, publishing needs a written reason; it is kept with this version and in the audit trail.',
      },
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
