export { openServerDatabase, readServerMarker, waitForChanges, type ChangesFeed, type PulledPage, type ServerDatabase, type ServerDatabaseOptions } from './couch-database';
export { CouchHttp, type CouchAccount, type CouchHttpOptions } from './couch-http';
export { MARKER_ID, DEVICE_PREFIX, SERVER_FORMAT, type ServerMarker } from './documents';
export { watchServer, type ServerWatchOptions } from './watch';
