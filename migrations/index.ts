import * as migration_20261128_003343_initial from './20261128_003343_initial';
import * as migration_20261128_023031_locale_parent_indexes from './20261128_023031_locale_parent_indexes';

export const migrations = [
  {
    up: migration_20261128_003343_initial.up,
    down: migration_20261128_003343_initial.down,
    name: '20261128_003343_initial',
  },
  {
    up: migration_20261128_023031_locale_parent_indexes.up,
    down: migration_20261128_023031_locale_parent_indexes.down,
    name: '20261128_023031_locale_parent_indexes'
  },
];
