import type { CollectionConfig } from 'payload'

import { isStaff } from '@/lib/access/isStaff'
import { nobody } from '@/lib/access/nobody'
import { validateGuardPattern } from '@/lib/safety/validateGuardPattern'

/**
 * Patterns editors add to the publish guard without a code change (lib/safety/checkPublicText
 * applies them next to the built-in ones). Only staff read them: the list says what the archive
 * looks for, which is itself a map of what it hides.
 */
export const GuardRules: CollectionConfig = {
  slug: 'guard-rules',
  labels: {
    singular: { en: 'Publish guard rule', ko: '게시 점검 규칙' },
    plural: { en: 'Publish guard rules', ko: '게시 점검 규칙' },
  },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'pattern', 'enabled', 'updatedAt'],
    group: { en: 'Safety', ko: '안전' },
    description:
      'Extra patterns the server looks for in every title and summary before publishing, in English and Korean. Matching ignores case; dates, phone numbers, emails, handles and social links are already checked.',
  },
  access: {
    create: isStaff,
    read: isStaff,
    readVersions: nobody,
    update: isStaff,
    delete: isStaff,
  },
  fields: [
    { name: 'label', type: 'text', required: true, admin: { description: 'A name for this rule, e.g. "Dormitory room numbers".' } },
    {
      name: 'pattern',
      type: 'text',
      required: true,
      validate: validateGuardPattern,
      admin: { description: 'A JavaScript regular expression, e.g. room\\s*\\d+ . Case is ignored.' },
    },
    {
      name: 'message',
      type: 'text',
      required: true,
      admin: { description: 'Shown to the editor next to the field, e.g. "a dormitory room number".' },
    },
    { name: 'enabled', type: 'checkbox', defaultValue: true, admin: { position: 'sidebar' } },
  ],
}
