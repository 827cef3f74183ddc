// Vitest globalSetup: the one policy for tests that read ../shared.
// Without it (a public clone), those tests are skipped (`describe.skipIf(!hasShared)`) and this prints one notice;
// under CI=true its absence is one clear failure, since CI must run them.
import { hasShared, sharedDir } from './shared-dir.ts'

export default function checkSharedData(): void {
  if (hasShared) return
  const missing = `${sharedDir} (the real data described in ../shared/DATA.md) is not there`
  if (process.env.CI === 'true') {
    // Thrown, the error would come after vitest's "No test files found" and a stack into vitest; this line is all.
    console.error(
      `error: ${missing}; CI runs every test on it. Clone the repository beside shared/ or set BROADSHEET_SHARED_DIR.`,
    )
    process.exit(1)
  }
  console.warn(`notice: ${missing}; the tests that read it are skipped, the rest run.`)
}
