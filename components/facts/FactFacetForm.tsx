import type { FactsDictionary } from '@/lib/i18n/factsDictionary'
import type { FacetOption } from '@/lib/site/facts/facetOptions'
import { FACT_FACETS, FACT_NARROWINGS, type FactFacetName, type FactFacets } from '@/lib/site/facts/factFacets'

type Props = { action: string; facets: FactFacets; options: Record<FactFacetName, FacetOption[]>; text: FactsDictionary }

/**
 * The facets as a plain GET form: the selection lives in the URL, so it can be bookmarked and
 * shared, and the form works without JavaScript.
 */
export const FactFacetForm = ({ action, facets, options, text }: Props) => (
  <form className="facet-form" method="get" action={action} aria-labelledby="facet-form-title">
    <h2 id="facet-form-title" className="facet-title">
      {text.filters}
    </h2>
    {/* Choosing a country or a period keeps the source or restaurant a page linked with. */}
    {FACT_NARROWINGS.map((name) => (facets[name] ? <input key={name} type="hidden" name={name} value={facets[name]} /> : null))}
    <div className="facet-fields">
      {FACT_FACETS.map((name) => (
        <div className="facet-field" key={name}>
          <label htmlFor={`facet-${name}`}>{text[name]}</label>
          <select id={`facet-${name}`} name={name} defaultValue={facets[name] ?? ''}>
            <option value="">{text.any}</option>
            {options[name].map((option) => (
              <option key={option.value} value={option.value}>
                {option.label} ({option.count})
              </option>
            ))}
          </select>
        </div>
      ))}
    </div>
    <div className="facet-actions">
      <button type="submit" className="button">
        {text.apply}
      </button>
      {[...FACT_FACETS, ...FACT_NARROWINGS].some((name) => facets[name]) ? <a href={action}>{text.clear}</a> : null}
    </div>
  </form>
)
