// Which addresses a feed may be fetched from. The server fetches URLs that admins type, so a
// URL must not reach what only the server can reach: itself (loopback), the private network
// it sits in, link-local addresses (cloud metadata services live at 169.254.169.254), carrier-
// grade NAT space, or addresses that are not a single host. IPv4-mapped IPv6 addresses
// (::ffff:127.0.0.1) count as the IPv4 address they carry: BlockList checks them so.
import { BlockList, isIP } from 'node:net';

type Range = readonly [network: string, prefix: number];

/** Each kind of address we refuse, as the detail names it, with its ranges. */
const REFUSED: readonly { kind: string; v4: Range[]; v6: Range[] }[] = [
  { kind: 'an unspecified address', v4: [['0.0.0.0', 8]], v6: [['::', 128]] },
  { kind: 'a loopback address', v4: [['127.0.0.0', 8]], v6: [['::1', 128]] },
  {
    kind: 'a private network address',
    v4: [
      ['10.0.0.0', 8],
      ['172.16.0.0', 12],
      ['192.168.0.0', 16],
    ],
    v6: [['fc00::', 7]],
  },
  { kind: 'a link-local address', v4: [['169.254.0.0', 16]], v6: [['fe80::', 10]] },
  { kind: 'a carrier-grade NAT address', v4: [['100.64.0.0', 10]], v6: [] },
  {
    // Not one host on the internet: multicast, IPv4's reserved block (broadcast included) and
    // IPv6's deprecated site-local block (private in all but name).
    kind: 'a multicast or reserved address',
    v4: [
      ['224.0.0.0', 4],
      ['240.0.0.0', 4],
    ],
    v6: [
      ['ff00::', 8],
      ['fec0::', 10],
    ],
  },
];

const LISTS = REFUSED.map(({ kind, v4, v6 }) => {
  const list = new BlockList();
  for (const [network, prefix] of v4) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of v6) list.addSubnet(network, prefix, 'ipv6');
  return { kind, list };
});

/**
 * Why a feed may not be fetched from this IP address ("a loopback address", ...), or null when
 * it is a public address. Text that is not an IP address is refused too.
 */
export function refusedAddressKind(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return 'not an IP address';
  const type = version === 4 ? 'ipv4' : 'ipv6';
  return LISTS.find(({ list }) => list.check(address, type))?.kind ?? null;
}
