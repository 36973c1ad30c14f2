import fs from 'node:fs'

/**
 * Debian's Chromium (or CHROMIUM_PATH): Playwright's own browser download cannot reach its
 * servers from these machines, so `playwright install` is never part of the setup.
 */
export const findChromium = (): string => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  const found = candidates.find((candidate) => candidate && fs.existsSync(candidate))
  if (found) return found
  throw new Error(
    'No Chromium found for the browser tests. Install it with ' +
      '`sudo apt-get install -y --no-install-recommends chromium fonts-liberation fonts-noto-cjk` ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  )
}
