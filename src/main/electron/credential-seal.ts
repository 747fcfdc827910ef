import type { CredentialSeal } from '../core';

/** The part of Electron's safeStorage the credential store needs. */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(text: string): Buffer;
  decryptString(bytes: Buffer): string;
}

/**
 * Sync server passwords sealed by the OS keychain (Keychain, DPAPI, libsecret),
 * stored as base64 in sync-credentials.json. Null where no keychain is
 * available (a Linux desktop without a secret service): the file's 0600 mode
 * is then the protection, as for the CLI.
 */
export function safeStorageSeal(safeStorage: SafeStorageLike | undefined): CredentialSeal | null {
  if (!safeStorage?.isEncryptionAvailable()) return null;
  return {
    encrypt: (text) => safeStorage.encryptString(text).toString('base64'),
    decrypt: (text) => safeStorage.decryptString(Buffer.from(text, 'base64')),
  };
}
