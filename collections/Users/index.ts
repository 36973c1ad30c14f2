import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/lib/access/isAdmin'
import { isStaff } from '@/lib/access/isStaff'
import { ROLES } from '@/lib/access/roles'
import { adminOrSelf, staffOrSelf } from '@/lib/access/users'
import { closeFirstRegister } from './hooks/closeFirstRegister'
import { keepEmailForAdmins } from './hooks/keepEmailForAdmins'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { en: 'User', ko: '사용자' }, plural: { en: 'Users', ko: '사용자' } },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles', 'researcherStatus', 'accessExpiresAt'],
    group: { en: 'People', ko: '사람' },
  },
  auth: {
    // Hours, not days: a stolen session is the door to identifiable testimony.
    tokenExpiration: 60 * 60 * 4,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' && process.env.INSECURE_COOKIES !== '1' },
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
  hooks: { beforeOperation: [closeFirstRegister], beforeChange: [keepEmailForAdmins] },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['researcher'],
      options: ROLES.map((role) => ({ label: role, value: role })),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar' },
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
          options: ['pending', 'approved', 'suspended'].map((v) => ({ label: v, value: v })),
          access: { create: isAdminField, update: isAdminField },
        },
        {
          name: 'accessExpiresAt',
          type: 'date',
          access: { create: isAdminField, update: isAdminField },
          admin: { description: 'Restricted access ends by itself at this moment.' },
        },
      ],
    },
  ],
}
