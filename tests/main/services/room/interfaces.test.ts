import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  bindableHost,
  defaultInterface,
  listCandidateInterfaces,
  type InterfaceTable,
} from '../../../../src/main/services/room';

const v4 = (address: string, internal = false): NetworkInterfaceInfo => ({
  address,
  netmask: '255.255.255.0',
  family: 'IPv4',
  mac: '00:00:00:00:00:00',
  internal,
  cidr: `${address}/24`,
});
const v6 = (address: string): NetworkInterfaceInfo => ({
  address,
  netmask: 'ffff:ffff:ffff:ffff::',
  family: 'IPv6',
  mac: '00:00:00:00:00:00',
  internal: false,
  cidr: `${address}/64`,
  scopeid: 0,
});

/** A laptop on hotel Wi-Fi with its own hotspot on, Docker, a VPN and an Ethernet cable to nowhere. */
const LAPTOP: InterfaceTable = {
  lo: [v4('127.0.0.1', true), v6('::1')],
  docker0: [v4('172.17.0.1')],
  utun3: [v4('10.8.0.6')],
  en0: [v4('192.168.1.23'), v6('fe80::1c2a:3bff:fe4d:5e6f'), v6('fd12:3456:789a::23')],
  en5: [v4('169.254.10.20')],
  bridge100: [v4('192.168.2.1')],
  'Local Area Connection* 10': [v4('192.168.137.1')],
  weird: [v4('0.0.0.0'), v4('224.0.0.251')],
};

describe('the networks the room link may listen on', () => {
  it('lists each address with its kind, best first: hotspot, LAN, link-local, then the rest', () => {
    expect(
      listCandidateInterfaces(LAPTOP).map((c) => [c.name, c.address, c.kind, c.reachableByPhones]),
    ).toEqual([
      ['bridge100', '192.168.2.1', 'hotspot', true],
      ['Local Area Connection* 10', '192.168.137.1', 'hotspot', true],
      ['en0', '192.168.1.23', 'lan', true],
      ['en0', 'fd12:3456:789a::23', 'lan', true],
      ['en5', '169.254.10.20', 'linkLocal', true],
      ['docker0', '172.17.0.1', 'virtual', false],
      ['utun3', '10.8.0.6', 'virtual', false],
      ['lo', '127.0.0.1', 'loopback', false],
      ['lo', '::1', 'loopback', false],
    ]);
  });

  it('never offers all interfaces, and falls back to this laptop only when no network is up', () => {
    const all = listCandidateInterfaces(LAPTOP).map((c) => c.address);
    expect(all).not.toContain('0.0.0.0');
    expect(all).not.toContain('224.0.0.251');
    expect(defaultInterface(listCandidateInterfaces(LAPTOP)).address).toBe('192.168.2.1');
    expect(defaultInterface(listCandidateInterfaces({ lo: [v4('127.0.0.1', true)] })).address).toBe(
      '127.0.0.1',
    );
    expect(defaultInterface([]).address).toBe('127.0.0.1');
  });

  it('binds only a literal address, written as browsers write it in the Host header', () => {
    expect(bindableHost('192.168.1.23')).toBe('192.168.1.23');
    expect(bindableHost('FD12:3456:789A:0:0:0:0:23')).toBe('fd12:3456:789a::23');
    for (const host of [
      '0.0.0.0',
      '::',
      'localhost',
      '127.1',
      '0x7f000001',
      'fe80::1%en0',
      '255.255.255.255',
    ]) {
      expect(bindableHost(host)).toBeNull();
    }
  });
});
