import * as migration_20261127_021056_initial from './20261127_021056_initial';
import * as migration_20261201_143421_security_media_delete from './20261201_143421_security_media_delete';

export const migrations = [
  {
    up: migration_20261127_021056_initial.up,
    down: migration_20261127_021056_initial.down,
    name: '20261127_021056_initial',
  },
  {
    up: migration_20261201_143421_security_media_delete.up,
    down: migration_20261201_143421_security_media_delete.down,
    name: '20261201_143421_security_media_delete'
  },
];
