/**
 * One value per process for `name`, shared by every copy of the module that asks (Next.js
 * bundles the Payload config, the pages and the instrumentation separately, so a module-level
 * variable would exist once per bundle). Kept under a registered symbol (`gongkai.<name>`),
 * never a loose string key on globalThis; the caller's type parameter is the value's shape.
 */
export function processGlobal<T>(name: string, create: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>
  const key = Symbol.for(`gongkai.${name}`)
  return (holder[key] ??= create())
}
