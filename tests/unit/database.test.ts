import path from 'node:path'

import { expect, it } from '@jest/globals'

import { chooseDatabase, defaultSqliteFile } from '../../src/lib/database'

it('uses the embedded SQLite file under data/ when DATABASE_URL is unset or blank', () => {
  expect(chooseDatabase(undefined)).toEqual({ kind: 'sqlite', url: `file:${defaultSqliteFile}` })
  expect(chooseDatabase('  ')).toEqual({ kind: 'sqlite', url: `file:${defaultSqliteFile}` })
  expect(defaultSqliteFile).toBe(path.resolve('data', 'gongkai.db'))
})

it('maps file:, postgres:// and mongodb:// to their engines', () => {
  expect(chooseDatabase('file:./tmp/x.db')).toEqual({ kind: 'sqlite', url: `file:${path.resolve('tmp/x.db')}` })
  expect(chooseDatabase('postgres://u:p@h:5432/db').kind).toBe('postgres')
  expect(chooseDatabase('postgresql://u:p@h/db').kind).toBe('postgres')
  expect(chooseDatabase('mongodb://h/db').kind).toBe('mongodb')
  expect(chooseDatabase('mongodb+srv://h/db').kind).toBe('mongodb')
})

it('refuses an unknown scheme with a message naming it', () => {
  expect(() => chooseDatabase('mysql://h/db')).toThrow(/mysql/)
})
