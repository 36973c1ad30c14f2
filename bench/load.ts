import autocannon from 'autocannon'

export type Latencies = { requests: number; errors: number; non2xx: number; p50: number; p95: number; p99: number; max: number; rps: number }

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? 0

/**
 * Drives one endpoint with `connections` concurrent connections for `seconds`, each request
 * taking the next path from `nextPath`. Latencies are collected per response, because
 * autocannon's own summary has p97.5 but no p95.
 */
export const drive = async (
  base: string,
  nextPath: () => string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<Latencies> => {
  const times: number[] = []
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests: [{ method: 'GET', headers, setupRequest: (request) => ({ ...request, path: nextPath() }) }],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    )
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  const sorted = times.sort((a, b) => a - b)
  return {
    requests: sorted.length,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? 0,
    rps: sorted.length / seconds,
  }
}
