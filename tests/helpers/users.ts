export * from '../../plugins/shared/testing/users'
