import { findChromium } from '../tests/e2e/chromium'

try {
  console.log(`chromium: ${findChromium()}`)
} catch (error) {
  console.error((error as Error).message)
  process.exit(1)
}
