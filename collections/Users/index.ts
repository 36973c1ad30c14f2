import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isAdminField } from '@/lib/access/isAdmin'
import { isStaff } from '@/lib/access/isStaff'
import { nobodyField } from '@/lib/access/nobodyField'
import { ROLES } from '@/lib/access/roles'
import { adminOrSelf, staffOrSelf } from '@/lib/access/users'
import { nextAuthStrategy } from '@/lib/auth/nextAuthStrategy'
import { SESSION_MAX_AGE_SECONDS } from '@/lib/auth/sessionCookie'
import { auditAccountChanges } from './hooks/auditAccountChanges'
import { checkPasswordChange } from './hooks/checkPasswordChange'
import { closeApiDoors } from './hooks/closeApiDoors'
import { endOldSessions } from './hooks/endOldSessions'
import { keepEmailForAdmins } from './hooks/keepEmailForAdmins'
import { sealTotpSecretField } from './hooks/sealTotpSecretField'
import { requireSecondFactor } from './hooks/requireSecondFactor'
import { setAccessExpiry } from './hooks/setAccessExpiry'
import { validateStaffRoles } from './validateStaffRoles'

// Secrets of the sign-in itself: never in an API answer, never written through the API.
const secret = (name: string, type: 'text' | 'number' | 'json', extra: Partial<Field> = {}): Field =>
  ({
    name,
    type,
    hidden: true,
    access: { read: nobodyField, create: nobodyField, update: nobodyField },
    ...extra,
  }) as Field

// Server-side writes through the Local API (seed, create-admin) are encrypted on the way in;
// the sign-in and enrolment code writes through the adapter and seals itself.
const sealed = { hooks: { beforeChange: [sealTotpSecretField] } } as Partial<Field>

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', ko: '사용자' }, plural: { en: 'Users', ko: '사용자' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'researcherStatus', 'accessExpiresAt', 'totpEnabled'],
    group: { en: 'People', ko: '사람' },
    description: 'To vet researchers, filter by researcher status "pending".',
  },
  auth: {
    tokenExpiration: SESSION_MAX_AGE_SECONDS,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1' },
    strategies: [nextAuthStrategy],
  },
  access: {
    admin: ({ req }) => Boolean(isStaff({ req })),
    create: isAdmin,
    read: staffOrSelf,
    readVersions: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [closeApiDoors, checkPasswordChange],
    beforeChange: [keepEmailForAdmins, setAccessExpiry, endOldSessions],
    afterChange: [auditAccountChanges],
    beforeLogin: [requireSecondFactor],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['researcher'],
      options: ROLES.map((role) => ({ label: role, value: role })),
      validate: validateStaffRoles,
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'totpEnabled',
      type: 'checkbox',
      defaultValue: false,
      label: 'Authenticator set up',
      // Admins may switch it off to make someone enrol again; only the account page turns it on.
      access: { create: nobodyField, update: isAdminField },
      admin: { position: 'sidebar', description: 'Set up by the person on their account page.' },
    },
    {
      type: 'collapsible',
      label: 'Research access',
      fields: [
        { name: 'affiliation', type: 'text', maxLength: 200 },
        { name: 'purpose', type: 'textarea', maxLength: 4000 },
        {
          name: 'researcherStatus',
          type: 'select',
          defaultValue: 'pending',
          options: ['pending', 'approved', 'refused', 'suspended'].map((v) => ({ label: v, value: v })),
          access: { create: isAdminField, update: isAdminField },
          admin: { description: 'Approving without an end date grants twelve months.' },
        },
        {
          name: 'accessExpiresAt',
          type: 'date',
          access: { create: isAdminField, update: isAdminField },
          admin: { description: 'Restricted access ends by itself at this moment.' },
        },
        {
          name: 'refusalReason',
          type: 'textarea',
          maxLength: 2000,
          access: { create: isAdminField, update: isAdminField },
          admin: {
            description: 'Shown to the applicant on their account page.',
            condition: (data) => data?.researcherStatus === 'refused',
          },
        },
        {
          name: 'termsAcceptedAt',
          type: 'date',
          access: { create: nobodyField, update: nobodyField },
          admin: { readOnly: true },
        },
      ],
    },
    {
      // Never stored: the proof checkPasswordChange asks for when someone changes their own password.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      maxLength: 200,
      access: { read: nobodyField },
      admin: { description: 'Needed to change your own password.' },
    },
    secret('sessionVersion', 'number'),
    secret('totpSecret', 'text', sealed),
    secret('totpPendingSecret', 'text', sealed),
    secret('totpLastStep', 'number'),
    secret('recoveryCodeHashes', 'json'),
  ],
}
