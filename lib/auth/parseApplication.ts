export type Application = { name: string; email: string; password: string; affiliation: string; purpose: string }

export type ApplicationField = keyof Application | 'terms'

/** The application's fields, or the names of those that are missing or malformed. */
export const parseApplication = (form: FormData): { application?: Application; invalid: ApplicationField[] } => {
  const text = (key: string) => String(form.get(key) ?? '').trim()
  const application: Application = {
    name: text('name'),
    email: text('email').toLowerCase(),
    password: String(form.get('password') ?? ''),
    affiliation: text('affiliation'),
    purpose: text('purpose'),
  }
  const invalid: ApplicationField[] = []
  if (!application.name || application.name.length > 120) invalid.push('name')
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(application.email) || application.email.length > 254) invalid.push('email')
  if (application.password.length < 12 || application.password.length > 200) invalid.push('password')
  if (!application.affiliation || application.affiliation.length > 200) invalid.push('affiliation')
  if (application.purpose.length < 20 || application.purpose.length > 4000) invalid.push('purpose')
  if (form.get('terms') !== 'accepted') invalid.push('terms')
  return invalid.length ? { invalid } : { application, invalid }
}
