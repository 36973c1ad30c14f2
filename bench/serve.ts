import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'

/** Every process id below `root`, from /proc (the server runs as npx → tsx → next → next-server). */
const descendants = (root: number): number[] => {
  const parents = new Map<number, number>()
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]))
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = []
  const walk = (pid: number) => {
    for (const [child, parent] of parents) if (parent === pid) out.push(child), walk(child)
  }
  walk(root)
  return out
}

const rssKb = (pid: number): number => {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : 0
  } catch {
    return 0
  }
}

const nameOf = (pid: number): string => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')
  } catch {
    return ''
  }
}

export type Server = {
  child: ChildProcess
  /** The next-server process (the one serving requests), once it is up. */
  serverPid: () => number | null
  rss: () => number
  stop: () => Promise<void>
}

/** Starts `npx tsx scripts/start.ts` (build when needed, migrate, serve) in a process group of its own. */
export const startServer = (env: NodeJS.ProcessEnv, logFile: string): Server => {
  const log = fs.openSync(logFile, 'w')
  const child = spawn('npx', ['tsx', 'scripts/start.ts'], { env, stdio: ['ignore', log, log], detached: true })
  const serverPid = () => {
    if (!child.pid) return null
    const pids = descendants(child.pid)
    return pids.find((pid) => nameOf(pid).startsWith('next-server')) ?? pids.sort((a, b) => rssKb(b) - rssKb(a))[0] ?? null
  }
  const stop = async () => {
    if (!child.pid || child.exitCode !== null) return
    const group = -child.pid
    try {
      process.kill(group, 'SIGTERM')
    } catch {
      return
    }
    for (let i = 0; i < 50 && child.exitCode === null && child.signalCode === null; i++) await new Promise((r) => setTimeout(r, 200))
    try {
      process.kill(group, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  return { child, serverPid, rss: () => rssKb(serverPid() ?? 0), stop }
}

export const waitUntilUp = async (url: string, server: Server, timeoutMs: number): Promise<void> => {
  const until = Date.now() + timeoutMs
  while (Date.now() < until) {
    if (server.child.exitCode !== null) throw new Error(`bench: the server exited with code ${server.child.exitCode}`)
    try {
      const response = await fetch(url)
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000))
  }
  throw new Error(`bench: ${url} did not answer within ${timeoutMs / 1000} s`)
}
