/**
 * Set by collections/Users/hooks/checkPasswordChange.ts once a person proved their current
 * password, read by auditAccountChanges after the change is saved: an event is written only
 * for a change that happened.
 */
declare module 'payload' {
  interface RequestContext {
    ownPasswordChange?: boolean
  }
}

export {}
