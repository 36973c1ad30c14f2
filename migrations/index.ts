import * as migration_20261128_003343_initial from './20261128_003343_initial';
import * as migration_20261128_023031_locale_parent_indexes from './20261128_023031_locale_parent_indexes';
import * as migration_20261128_051502_facts_facet_indexes from './20261128_051502_facts_facet_indexes';
import * as migration_20261203_120433_disclosure_by_construction from './20261203_120433_disclosure_by_construction';

export const migrations = [
  {
    up: migration_20261128_003343_initial.up,
    down: migration_20261128_003343_initial.down,
    name: '20261128_003343_initial',
  },
  {
    up: migration_20261128_023031_locale_parent_indexes.up,
    down: migration_20261128_023031_locale_parent_indexes.down,
    name: '20261128_023031_locale_parent_indexes',
  },
  {
    up: migration_20261128_051502_facts_facet_indexes.up,
    down: migration_20261128_051502_facts_facet_indexes.down,
    name: '20261128_051502_facts_facet_indexes',
  },
  {
    up: migration_20261203_120433_disclosure_by_construction.up,
    down: migration_20261203_120433_disclosure_by_construction.down,
    name: '20261203_120433_disclosure_by_construction'
  },
];
