import * as migration_20261127_021056_initial from './20261127_021056_initial';
import * as migration_20261201_143421_security_media_delete from './20261201_143421_security_media_delete';
import * as migration_20261201_152335_jobs_outbox from './20261201_152335_jobs_outbox';
import * as migration_20261201_180041_catalogue_reports_inspection_search from './20261201_180041_catalogue_reports_inspection_search';
import * as migration_20261201_211411_online_requests_visitors_probes from './20261201_211411_online_requests_visitors_probes';
import * as migration_20261207_175632_media_object_storage from './20261207_175632_media_object_storage';
import * as migration_20261207_204007_letter_attachments_object_storage from './20261207_204007_letter_attachments_object_storage';

export const migrations = [
  {
    up: migration_20261127_021056_initial.up,
    down: migration_20261127_021056_initial.down,
    name: '20261127_021056_initial',
  },
  {
    up: migration_20261201_143421_security_media_delete.up,
    down: migration_20261201_143421_security_media_delete.down,
    name: '20261201_143421_security_media_delete',
  },
  {
    up: migration_20261201_152335_jobs_outbox.up,
    down: migration_20261201_152335_jobs_outbox.down,
    name: '20261201_152335_jobs_outbox',
  },
  {
    up: migration_20261201_180041_catalogue_reports_inspection_search.up,
    down: migration_20261201_180041_catalogue_reports_inspection_search.down,
    name: '20261201_180041_catalogue_reports_inspection_search',
  },
  {
    up: migration_20261201_211411_online_requests_visitors_probes.up,
    down: migration_20261201_211411_online_requests_visitors_probes.down,
    name: '20261201_211411_online_requests_visitors_probes',
  },
  {
    up: migration_20261207_175632_media_object_storage.up,
    down: migration_20261207_175632_media_object_storage.down,
    name: '20261207_175632_media_object_storage',
  },
  {
    up: migration_20261207_204007_letter_attachments_object_storage.up,
    down: migration_20261207_204007_letter_attachments_object_storage.down,
    name: '20261207_204007_letter_attachments_object_storage'
  },
];
