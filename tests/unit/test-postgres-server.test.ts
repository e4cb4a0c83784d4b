import { expect, it } from '@jest/globals'

import { choosePostgresServer, EMBEDDED_DIR_ENV, EMBEDDED_URL_ENV, postgresAdminUrl } from '../helpers/testDatabase'

const embedded = {
  [EMBEDDED_URL_ENV]: 'postgres://postgres:pw@127.0.0.1:40001/postgres',
  [EMBEDDED_DIR_ENV]: '/tmp/pg',
}

it('uses the embedded server when nothing is configured', () => {
  expect(choosePostgresServer(embedded)).toEqual({
    source: 'embedded',
    url: embedded[EMBEDDED_URL_ENV],
    dir: '/tmp/pg',
  })
})

it('says there is no server when nothing is configured and none was started', () => {
  expect(choosePostgresServer({})).toEqual({ source: 'none' })
  expect(() => postgresAdminUrl({})).toThrow(/jest project "postgres".*TEST_POSTGRES_URL/)
})

it('prefers a configured server over the embedded one', () => {
  const url = 'postgres://gongkai:gongkai@127.0.0.1:5432/postgres'
  expect(choosePostgresServer({ ...embedded, TEST_POSTGRES_URL: url })).toEqual({
    source: 'configured',
    via: 'TEST_POSTGRES_URL',
    url,
  })
  expect(choosePostgresServer({ ...embedded, TEST_DATABASE_URL: 'postgresql://u@db/x' })).toMatchObject({
    source: 'configured',
    via: 'TEST_DATABASE_URL',
  })
})

it('ignores a TEST_DATABASE_URL of another engine', () => {
  expect(choosePostgresServer({ ...embedded, TEST_DATABASE_URL: 'file:/tmp/x.db' }).source).toBe('embedded')
})

it("builds the server's URL from libpq's PG* variables", () => {
  expect(
    choosePostgresServer({ ...embedded, PGHOST: 'db.example', PGPORT: '6543', PGUSER: 'a@b', PGPASSWORD: 'p:w' }),
  ).toEqual({
    source: 'configured',
    via: 'PGHOST, PGPORT, PGUSER, PGPASSWORD',
    url: 'postgres://a%40b:p%3Aw@db.example:6543/postgres',
  })
  expect(choosePostgresServer({ PGHOST: '/var/run/postgresql' })).toMatchObject({
    source: 'configured',
    url: 'postgres:///postgres?host=%2Fvar%2Frun%2Fpostgresql',
  })
  expect(choosePostgresServer({ PGUSER: 'me' }).source).toBe('configured')
})
