import * as migration_20261127_231223_initial from './20261127_231223_initial';

export const migrations = [
  {
    up: migration_20261127_231223_initial.up,
    down: migration_20261127_231223_initial.down,
    name: '20261127_231223_initial'
  },
];
