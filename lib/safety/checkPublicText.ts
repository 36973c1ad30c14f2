import { BUILT_IN_GUARD_RULES, type GuardRule } from './builtInGuardRules'
import { lexicalToText } from './lexicalToText'
import { normalizeText } from './normalizeText'
import { PLACE_SPELLINGS } from './placeSpellings'
import { splitVariants, termPattern } from './termPattern'

export type Disclosure = 'country' | 'city' | 'restaurant'

export type PublicTextInput = {
  /** Every public text of the testimony, one entry per field and locale. */
  texts: { field: string; locale: string; value: unknown }[]
  /** The linked record's `neverPublish` entries, each possibly "spelling / 철자 / 拼写". */
  neverPublish?: (string | null | undefined)[]
  /** The linked restaurant: its names in every locale and alternate names, and its city. */
  restaurant?: { names: (string | null | undefined)[]; city?: string | null } | null
  /** How precisely the testimony may place its narrator; `country` when unset. */
  disclosure?: Disclosure | null
  /** Patterns editors added in the admin panel (`guard-rules`). */
  extraRules?: GuardRule[]
}

export type Finding = {
  field: string
  locale: string
  /** The rule's id: a built-in rule, `never-publish`, `restaurant-name`, `city` or `guard-rule:<id>`. */
  rule: string
  /** Why this may not be published, for the editor. */
  reason: string
  /** The words that matched, as normalised. */
  match: string
}

type CompiledRule = { id: string; reason: string; regex: RegExp }

const compile = (id: string, reason: string, source: string): CompiledRule | null => {
  try {
    return { id, reason, regex: new RegExp(source, 'giu') }
  } catch {
    // A broken pattern is refused when it is saved; one that slips through must not stop
    // every publication, and the built-in rules still run.
    return null
  }
}

const termRules = (entries: (string | null | undefined)[], id: string, reason: string): CompiledRule[] =>
  entries
    .flatMap((entry) => (entry ? splitVariants(entry) : []))
    .map((term) => termPattern(term))
    .filter((source): source is string => source !== null)
    .map((source) => compile(id, reason, source))
    .filter((rule): rule is CompiledRule => rule !== null)

/** A city and every spelling of it the place list knows. */
const citySpellings = (city: string): string[] => {
  const spellings = splitVariants(city)
  const known = new Set(spellings.map(normalizeText))
  const group = PLACE_SPELLINGS.find((names) => names.some((name) => known.has(normalizeText(name))))
  return [...spellings, ...(group ?? [])]
}

const rulesFor = (input: PublicTextInput): CompiledRule[] => {
  const disclosure = input.disclosure ?? 'country'
  const rules: CompiledRule[] = [
    ...termRules(input.neverPublish ?? [], 'never-publish', "a term on the record's never-publish list"),
    ...BUILT_IN_GUARD_RULES.map((rule) => compile(rule.id, rule.label, rule.pattern)),
    ...(input.extraRules ?? []).map((rule) => compile(`guard-rule:${rule.id}`, rule.label, rule.pattern)),
  ].filter((rule): rule is CompiledRule => rule !== null)
  const { restaurant } = input
  if (restaurant && disclosure !== 'restaurant') {
    rules.push(
      ...termRules(restaurant.names, 'restaurant-name', `the restaurant's name, but disclosure is “${disclosure}”`),
    )
  }
  if (restaurant?.city && disclosure === 'country') {
    rules.push(...termRules(citySpellings(restaurant.city), 'city', 'the city, but disclosure is “country”'))
  }
  return rules
}

/**
 * The publish guard: every detail in a testimony's public text that could name its narrator.
 * The one place these rules are applied; the publish hook, imports and tests all call it.
 * Pure: callers load the record, the restaurant and the editors' rules (loadGuardInput).
 */
export const checkPublicText = (input: PublicTextInput): Finding[] => {
  const rules = rulesFor(input)
  const findings: Finding[] = []
  const seen = new Set<string>()
  for (const { field, locale, value } of input.texts) {
    const written = lexicalToText(value).normalize('NFC')
    if (!written.trim()) continue
    // The normalised form catches spelling tricks; the text as written lets an editor's own
    // pattern match accented letters exactly as they typed them.
    const forms = [normalizeText(written), written]
    for (const rule of rules) {
      for (const form of forms) {
        for (const found of form.matchAll(rule.regex)) {
          const match = normalizeText(found[0]).trim()
          const key = `${field}|${locale}|${rule.id}|${match}`
          if (!match || seen.has(key)) continue
          seen.add(key)
          findings.push({ field, locale, rule: rule.id, reason: rule.reason, match })
        }
      }
    }
  }
  return findings
}
