import type { User } from '@/payload-types'

export const ROLES = ['admin', 'editor', 'researcher'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = Pick<User, 'roles'> | null | undefined

/** True when the signed-in user holds any of the given roles. */
export const checkRole = (roles: Role[], user: MaybeUser): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role as Role)))
