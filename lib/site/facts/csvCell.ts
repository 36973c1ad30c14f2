/**
 * One CSV field (RFC 4180), safe to open in a spreadsheet: a cell starting with = + - @, a tab
 * or a carriage return would be read as a formula (CSV injection), so it gets a leading
 * apostrophe; quotes are doubled and any field with a comma, quote or line break is quoted.
 */
export const csvCell = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
