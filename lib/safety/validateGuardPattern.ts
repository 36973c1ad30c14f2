/** Nested quantifiers such as `(a+)+` can make a regular expression run for minutes. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/

const MAX_LENGTH = 500

/**
 * An editor's guard pattern runs on every publication, inside the server process: it must
 * compile, must not match empty text (it would flag everything), and must not be the kind
 * of pattern that backtracks without end and stalls the server.
 */
export const validateGuardPattern = (value: string | null | undefined): true | string => {
  if (!value) return 'Write a pattern.'
  if (value.length > MAX_LENGTH) return `Keep the pattern under ${MAX_LENGTH} characters.`
  let regex: RegExp
  try {
    regex = new RegExp(value, 'iu')
  } catch (error) {
    return `This is not a valid regular expression: ${(error as Error).message}`
  }
  if (regex.test('')) return 'This pattern matches empty text, so it would flag every testimony.'
  if (NESTED_QUANTIFIER.test(value)) {
    return 'A repeated group that itself repeats, such as (a+)+, can stall the server; rewrite it without the outer repetition.'
  }
  return true
}
