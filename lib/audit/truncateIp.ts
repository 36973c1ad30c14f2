import net from 'node:net'

/**
 * Enough of an address to see where requests come from (a network, a country), never the
 * device: IPv4 to its /24, IPv6 to its /48.
 */
export const truncateIp = (raw: string | null | undefined): string | null => {
  if (!raw) return null
  let ip = raw.split(',')[0].trim()
  if (ip.startsWith('::ffff:') && net.isIPv4(ip.slice(7))) ip = ip.slice(7)
  if (net.isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0/24`
  if (!net.isIPv6(ip)) return null
  const [head, tail = ''] = ip.split('::')
  const headParts = head ? head.split(':') : []
  const tailParts = tail ? tail.split(':') : []
  const groups = [...headParts, ...Array(8 - headParts.length - tailParts.length).fill('0'), ...tailParts]
  return `${groups
    .slice(0, 3)
    .map((group) => Number.parseInt(group || '0', 16).toString(16))
    .join(':')}::/48`
}
