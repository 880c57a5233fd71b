import type { NetworkInterfaceInfo } from 'node:os';
import ipaddr from 'ipaddr.js';

/**
 * The networks the room server could listen on, read from an `os.networkInterfaces()`-shaped
 * object (injected, so tests describe any laptop). The facilitator picks one; the server
 * never listens on all of them at once, so an unspecified address (0.0.0.0, ::) is never
 * offered.
 */
export type InterfaceTable = Partial<Record<string, readonly NetworkInterfaceInfo[] | undefined>>;

/**
 * - `hotspot`: the laptop's own hotspot (Windows Mobile Hotspot, macOS Internet Sharing,
 *   NetworkManager's shared Wi-Fi): the recommended path, no guest-network isolation;
 * - `lan`: a private address on Wi-Fi or Ethernet;
 * - `linkLocal`: 169.254.x.x, a cable between two machines without DHCP;
 * - `virtual`: a VPN, container or virtual-machine adapter, which phones cannot reach;
 * - `loopback`: this laptop only (rehearsal, tests);
 * - `public`: a public address: reachable from far beyond the room.
 */
export type InterfaceKind = 'hotspot' | 'lan' | 'linkLocal' | 'virtual' | 'loopback' | 'public';

export type CandidateInterface = {
  /** The OS's name for the adapter ("en0", "Wi-Fi", "wlan0"). */
  name: string;
  address: string;
  family: 'IPv4' | 'IPv6';
  kind: InterfaceKind;
  /** Whether phones in the room can be expected to reach it. */
  reachableByPhones: boolean;
};

/** The subnets operating systems give their own hotspot (the laptop is the gateway). */
const HOTSPOT_SUBNETS: ReadonlyArray<[string, number]> = [
  ['192.168.137.0', 24], // Windows Mobile Hotspot / Internet Connection Sharing
  ['192.168.2.0', 24], // macOS Internet Sharing (bridge100)
  ['10.42.0.0', 24], // NetworkManager "Hotspot" / shared connection
];
const HOTSPOT_NAMES = /^(bridge1\d\d|ap\d+|uap\d+|hotspot)/i;
const VIRTUAL_NAMES =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|utun|tun|tap|wg|zt|tailscale|ipsec|ppp|llw|awdl|anpi|vEthernet)/i;

/** Best first: the order the picker offers them in. */
const ORDER: readonly InterfaceKind[] = ['hotspot', 'lan', 'linkLocal', 'public', 'virtual', 'loopback'];

export function classifyAddress(name: string, address: string): InterfaceKind | null {
  if (!ipaddr.isValid(address)) return null;
  const ip = ipaddr.parse(address);
  const range = ip.range();
  if (range === 'unspecified' || range === 'multicast' || range === 'broadcast') return null;
  if (range === 'loopback') return 'loopback';
  if (VIRTUAL_NAMES.test(name)) return 'virtual';
  if (range === 'linkLocal') return 'linkLocal';
  if (ip.kind() === 'ipv4') {
    const v4 = ip as ipaddr.IPv4;
    if (
      HOTSPOT_NAMES.test(name) ||
      HOTSPOT_SUBNETS.some(([net, bits]) => v4.match(ipaddr.IPv4.parse(net), bits))
    )
      return 'hotspot';
    return range === 'private' || range === 'carrierGradeNat' ? 'lan' : 'public';
  }
  if (HOTSPOT_NAMES.test(name)) return 'hotspot';
  return range === 'uniqueLocal' ? 'lan' : 'public';
}

/**
 * Every address the server could listen on, best first; IPv4 before IPv6 of the same kind
 * (phones type and scan IPv4 addresses more reliably). IPv6 link-local addresses are left
 * out: they need a zone id, which no phone browser accepts in a URL.
 */
export function listCandidateInterfaces(table: InterfaceTable): CandidateInterface[] {
  const found: CandidateInterface[] = [];
  for (const [name, infos] of Object.entries(table)) {
    for (const info of infos ?? []) {
      const family = info.family === 'IPv6' ? 'IPv6' : 'IPv4';
      const kind = classifyAddress(name, info.address);
      if (kind === null || (family === 'IPv6' && kind === 'linkLocal')) continue;
      const reachableByPhones = kind === 'hotspot' || kind === 'lan' || kind === 'linkLocal';
      found.push({ name, address: info.address, family, kind, reachableByPhones });
    }
  }
  return found.sort(
    (a, b) =>
      ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) ||
      (a.family === b.family ? 0 : a.family === 'IPv4' ? -1 : 1),
  );
}

/** The interface to preselect: the best one phones can reach, else this laptop only. */
export function defaultInterface(candidates: readonly CandidateInterface[]): CandidateInterface {
  return (
    candidates.find((c) => c.reachableByPhones) ??
    candidates.find((c) => c.kind === 'loopback') ?? {
      name: 'lo',
      address: '127.0.0.1',
      family: 'IPv4',
      kind: 'loopback',
      reachableByPhones: false,
    }
  );
}

/**
 * `host` as the one address the server may bind, written as browsers write it in a Host
 * header (four-part IPv4, RFC 5952 IPv6), or null: a hostname, 0.0.0.0, ::, a multicast or
 * broadcast address or a zone id is refused.
 */
export function bindableHost(host: string): string | null {
  let ip: ipaddr.IPv4 | ipaddr.IPv6;
  if (ipaddr.IPv4.isValidFourPartDecimal(host)) ip = ipaddr.IPv4.parse(host);
  else if (ipaddr.IPv6.isValid(host) && !host.includes('%')) ip = ipaddr.IPv6.parse(host);
  else return null;
  const range = ip.range();
  if (range === 'unspecified' || range === 'multicast' || range === 'broadcast') return null;
  return ip.kind() === 'ipv6' ? (ip as ipaddr.IPv6).toRFC5952String() : ip.toString();
}

/** `host:port` as a URL authority (IPv6 in brackets). */
export function authorityOf(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
