export * from '../../plugins/shared/testing/testDatabase'
