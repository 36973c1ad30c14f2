import * as migration_20261127_224444_initial from './20261127_224444_initial';

export const migrations = [
  {
    up: migration_20261127_224444_initial.up,
    down: migration_20261127_224444_initial.down,
    name: '20261127_224444_initial'
  },
];
