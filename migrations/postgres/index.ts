import * as migration_20261127_021056_initial from './20261127_021056_initial';

export const migrations = [
  {
    up: migration_20261127_021056_initial.up,
    down: migration_20261127_021056_initial.down,
    name: '20261127_021056_initial'
  },
];
