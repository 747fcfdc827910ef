import { networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

/**
 * The address participants on the same network can reach: the first IPv4
 * address that is not internal, else loopback (a laptop with no network at
 * all can still be reached from itself).
 */
export function lanAddress(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces()): string {
  for (const list of Object.values(interfaces)) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal && !info.address.startsWith('169.254.')) return info.address;
    }
  }
  return '127.0.0.1';
}
