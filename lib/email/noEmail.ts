import type { EmailAdapter } from 'payload'

/**
 * The archive sends no mail. Without an adapter Payload prints messages to the console,
 * and a printed message can carry a reset token into a log. This one drops them.
 */
export const noEmail: EmailAdapter = () => ({
  name: 'none',
  defaultFromAddress: 'no-reply@archive.invalid',
  defaultFromName: 'Testimony archive',
  sendEmail: async () => undefined,
})
