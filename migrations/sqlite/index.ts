import * as migration_20261127_021048_initial from './20261127_021048_initial';
import * as migration_20261201_143048_security_media_delete from './20261201_143048_security_media_delete';
import * as migration_20261201_180029_catalogue_reports_inspection_search from './20261201_180029_catalogue_reports_inspection_search';
import * as migration_20261201_211401_online_requests_visitors_probes from './20261201_211401_online_requests_visitors_probes';
import * as migration_20261207_175550_media_object_storage from './20261207_175550_media_object_storage';
import * as migration_20261207_203939_letter_attachments_object_storage from './20261207_203939_letter_attachments_object_storage';

export const migrations = [
  {
    up: migration_20261127_021048_initial.up,
    down: migration_20261127_021048_initial.down,
    name: '20261127_021048_initial',
  },
  {
    up: migration_20261201_143048_security_media_delete.up,
    down: migration_20261201_143048_security_media_delete.down,
    name: '20261201_143048_security_media_delete',
  },
  {
    up: migration_20261201_180029_catalogue_reports_inspection_search.up,
    down: migration_20261201_180029_catalogue_reports_inspection_search.down,
    name: '20261201_180029_catalogue_reports_inspection_search',
  },
  {
    up: migration_20261201_211401_online_requests_visitors_probes.up,
    down: migration_20261201_211401_online_requests_visitors_probes.down,
    name: '20261201_211401_online_requests_visitors_probes',
  },
  {
    up: migration_20261207_175550_media_object_storage.up,
    down: migration_20261207_175550_media_object_storage.down,
    name: '20261207_175550_media_object_storage',
  },
  {
    up: migration_20261207_203939_letter_attachments_object_storage.up,
    down: migration_20261207_203939_letter_attachments_object_storage.down,
    name: '20261207_203939_letter_attachments_object_storage'
  },
];
