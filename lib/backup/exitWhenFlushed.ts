/** Output to a pipe is written asynchronously: exit once it is out, or the last lines are lost. */
export const exitWhenFlushed = (code: number): void => {
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)))
}
