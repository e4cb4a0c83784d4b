import * as migration_20261127_021048_initial from './20261127_021048_initial';

export const migrations = [
  {
    up: migration_20261127_021048_initial.up,
    down: migration_20261127_021048_initial.down,
    name: '20261127_021048_initial'
  },
];
