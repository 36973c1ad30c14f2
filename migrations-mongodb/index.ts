import * as migration_20261203_120433_disclosure_by_construction from './20261203_120433_disclosure_by_construction'

export const migrations = [
  {
    up: migration_20261203_120433_disclosure_by_construction.up,
    down: migration_20261203_120433_disclosure_by_construction.down,
    name: '20261203_120433_disclosure_by_construction',
  },
]
