import { spawnSync } from 'node:child_process'

/*
 * Under tsx on Node 20, importing the Payload config sometimes never settles: the event loop
 * empties and the process ends with code 0 having done nothing (seen here about one start in
 * six; the same flake as `payload run`, docs/operations.md). A backup that silently did not
 * happen is the worst outcome, so the script starts itself again, with the environment it was
 * given, at most three times, and otherwise fails loudly.
 */
export const rerunIfStalled = (label: string, stage: () => string, cleanUp: () => void = () => undefined): void => {
  const environment = { ...process.env }
  process.once('beforeExit', () => {
    if (stage() === 'finished') return
    cleanUp()
    if (stage() !== 'loading') {
      // Not the loader: something awaited that can never answer. Say where, and do not retry.
      console.error(`${label}: failed: stopped while ${stage()}, waiting on something that never answered`)
      process.exit(1)
    }
    const attempt = Number(process.env.ARCHIVE_SCRIPT_ATTEMPT ?? 1)
    if (attempt >= 3) {
      console.error(`${label}: failed: loading the archive's modules stalled ${attempt} times`)
      process.exit(1)
    }
    console.error(`${label}: loading the archive's modules stalled; starting again`)
    const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
      stdio: 'inherit',
      env: { ...environment, ARCHIVE_SCRIPT_ATTEMPT: String(attempt + 1) },
    })
    process.exit(again.status ?? 1)
  })
}
