import type { CollectionConfig } from 'payload'

import { hideUnreadableRelations } from '@/lib/access/hideUnreadableRelations'
import { auditDeletion } from '@/lib/audit/auditDeletion'
import { auditPublication } from '@/lib/audit/auditPublication'
import { afterPublicChange, afterPublicDelete } from '@/lib/site/publicChangeHooks'
import { guardRelationQueries } from '@/lib/access/guardRelationQueries'
import { nobodyField } from '@/lib/access/nobodyField'
import { linkDisclosedTestimonies } from '@/lib/disclosure/linkDisclosedTestimonies'
import { isStaff, isStaffField } from '@/lib/access/isStaff'
import { publishedOrStaff } from '@/lib/access/publishedOrStaff'
import { countryOptions } from '@/lib/domain/countries'
import { FACT_KIND_NAMES } from '@/lib/domain/factKinds'
import { validateFactValue } from '@/lib/domain/validateFactValue'
import { validateYear, validateYearTo } from '@/lib/domain/years'

/** One working-condition fact, with its own sources and confidence, so sources may disagree. */
export const Facts: CollectionConfig = {
  slug: 'facts',
  labels: { singular: { en: 'Fact', ko: '사실' }, plural: { en: 'Facts', ko: '사실' } },
  admin: {
    useAsTitle: 'kind',
    defaultColumns: ['kind', 'value', 'unit', 'country', 'yearFrom', 'confidence', '_status'],
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
  // The facts table pages, sorts and counts its facets in the database (100,000 facts and more).
  indexes: [{ fields: ['kind', 'yearFrom'] }],
  hooks: {
    // Editors may link a published fact to a draft restaurant or source; the guard keeps a
    // filter on such a link from confirming the draft. `testimonies` needs no guard: it only
    // ever holds published testimonies whose disclosure the fact's place fits.
    beforeOperation: [guardRelationQueries({ restaurant: 'restaurants', sources: 'sources' })],
    beforeChange: [linkDisclosedTestimonies],
    afterChange: [auditPublication, afterPublicChange],
    afterDelete: [auditDeletion, afterPublicDelete],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: FACT_KIND_NAMES.map((kind) => ({ label: kind, value: kind })),
    },
    {
      type: 'row',
      fields: [
        { name: 'value', type: 'number', validate: validateFactValue, admin: { width: '33%' } },
        {
          name: 'valueMax',
          type: 'number',
          admin: { width: '33%', description: 'Upper end, when the source gives a range.' },
          validate: (valueMax: number | null | undefined, { siblingData }: { siblingData: { value?: number | null } }) =>
            valueMax == null || siblingData.value == null || valueMax >= siblingData.value
              ? true
              : `The upper end (${valueMax}) is below the value (${siblingData.value}).`,
        },
        { name: 'unit', type: 'text', admin: { width: '33%' } },
      ],
    },
    { name: 'statement', type: 'textarea', localized: true, required: true },
    {
      type: 'row',
      fields: [
        { name: 'yearFrom', type: 'number', index: true, validate: validateYear, admin: { width: '50%' } },
        { name: 'yearTo', type: 'number', index: true, validate: validateYearTo, admin: { width: '50%' } },
      ],
    },
    { name: 'country', type: 'select', index: true, options: countryOptions },
    { name: 'city', type: 'text' },
    {
      name: 'restaurant',
      type: 'relationship',
      relationTo: 'restaurants',
      hooks: { afterRead: [hideUnreadableRelations('restaurants')] },
    },
    {
      name: 'sources',
      type: 'relationship',
      relationTo: 'sources',
      hasMany: true,
      required: true,
      minRows: 1,
      hooks: { afterRead: [hideUnreadableRelations('sources')] },
      admin: { description: 'No fact without a source.' },
    },
    {
      // The public subset of the links editors make on testimony records (`facts` there):
      // written by the server (lib/disclosure/refreshFactLinks.ts), only published testimonies
      // whose disclosure this fact's place fits (factFitsDisclosure).
      name: 'testimonies',
      type: 'relationship',
      relationTo: 'testimonies',
      hasMany: true,
      access: { create: nobodyField, update: nobodyField },
      admin: {
        readOnly: true,
        description: 'Filled from the testimony records that cite this fact, as far as each testimony’s disclosure allows. Link a fact on the testimony’s record.',
      },
      hooks: { afterRead: [hideUnreadableRelations('testimonies')] },
    },
    {
      name: 'confidence',
      type: 'select',
      required: true,
      defaultValue: 'reported',
      options: ['reported', 'corroborated', 'verified'].map((v) => ({ label: v, value: v })),
    },
    { name: 'note', type: 'textarea', localized: true },
    {
      // Set by the erasure of a testimony this fact relied on alone (lib/safety/eraseTestimony):
      // the fact keeps its sources, but an editor decides whether it still stands.
      name: 'needsReview',
      type: 'checkbox',
      defaultValue: false,
      access: { read: isStaffField },
      admin: { position: 'sidebar', description: 'An editor should check this fact again.' },
    },
    {
      name: 'reviewNote',
      type: 'textarea',
      access: { read: isStaffField },
      admin: { position: 'sidebar', description: 'Why this fact needs review.' },
    },
  ],
}
