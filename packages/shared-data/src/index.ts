// Public entry point of @broadsheet/shared-data: where ../shared is and whether it is there.
export { hasShared, repoDir, sharedDir, sharedPath } from './shared-dir.ts'
