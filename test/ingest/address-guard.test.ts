import { describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/ingest/address-guard.js';

describe('isPublicAddress', () => {
  // classification only: nothing here is contacted
  it.each<[string, boolean]>([
    ['127.0.0.1', false],
    ['127.8.9.10', false],
    ['10.1.2.3', false],
    ['172.16.0.1', false],
    ['192.168.1.1', false],
    ['169.254.169.254', false], // cloud metadata
    ['100.64.0.1', false], // carrier-grade NAT
    ['0.0.0.0', false],
    ['224.0.0.1', false],
    ['::1', false],
    ['::ffff:127.0.0.1', false],
    ['fc00::1', false],
    ['fe80::1', false],
    ['not an address', false],
    ['93.184.216.34', true],
    ['2606:4700::1111', true],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
