import { describe, expect, it } from 'vitest';
import { safeStorageSeal, type SafeStorageLike } from './credential-seal';

const fakeKeychain = (available: boolean): SafeStorageLike => ({
  isEncryptionAvailable: () => available,
  encryptString: (text) => Buffer.from([...Buffer.from(text, 'utf8')].map((b) => b ^ 0x5a)),
  decryptString: (bytes) => Buffer.from([...bytes].map((b) => b ^ 0x5a)).toString('utf8'),
});

describe('the keychain seal for sync passwords', () => {
  it('seals through safeStorage as base64 text and opens it again', () => {
    const seal = safeStorageSeal(fakeKeychain(true))!;
    const sealed = seal.encrypt('s3cret');
    expect(sealed).not.toContain('s3cret');
    expect(seal.decrypt(sealed)).toBe('s3cret');
  });

  it('is absent where the OS has no keychain', () => {
    expect(safeStorageSeal(fakeKeychain(false))).toBeNull();
    expect(safeStorageSeal(undefined)).toBeNull();
  });
});
