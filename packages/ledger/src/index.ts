// Public API of @zhifa/ledger: SM3, the SM3 Merkle log (RFC 6962/9162 structure), GB/T 32918 SM2
// signatures, the audit-chain hash, signed checkpoints and the evidence-package format. Pure Node.
export * from './audit-entry.js';
export * from './checkpoint.js';
export * from './evidence-package.js';
export * from './evidence-verify.js';
export * from './merkle.js';
export {
  decodeSignature,
  encodeSignature,
  SM2_DEFAULT_ID,
  type Sm2PrivateKey,
  type Sm2PublicKey,
  sm2GeneratePrivateKey,
  sm2KeyId,
  sm2PrivateKeyFromHex,
  sm2PrivateKeyFromPem,
  sm2PrivateKeyFromSeed,
  sm2PrivateKeyToHex,
  sm2PrivateKeyToPem,
  sm2PublicKeyFromDer,
  sm2PublicKeyFromPem,
  sm2PublicKeyFromPrivate,
  sm2PublicKeyToDer,
  sm2PublicKeyToPem,
  sm2Sign,
  sm2Verify,
} from './sm2.js';
export { createSm3, sm3, sm3Hex } from './sm3.js';
