/** Moved to plugins/shared so plugins and their alone-tests can close Payload without importing the host. */
export { closePayload } from '../../plugins/shared/lifecycle/closePayload'
