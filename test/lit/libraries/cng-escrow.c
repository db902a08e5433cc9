// RUN: %run-both --checks=backdoor-escrow-wrap,backdoor-key-exfiltration %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// coverage: cng escrow
// coverage: cng key-sources
// CNG: a content key encrypted under an RSA public blob compiled into the
// program (escrow); exported private key blobs sent over the network.
#include <windows.h>
#include <bcrypt.h>
#include <string.h>

static const UCHAR kRecoveryBlob[] = {0x52, 0x53, 0x41, 0x31, 0x00, 0x08, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00,
                                      0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
                                      0x01, 0x00, 0x01, 0xc3, 0xa5, 0xf1, 0xe2, 0x7b, 0x9d, 0x4c, 0x8a, 0x1f};

void escrowed(BCRYPT_ALG_HANDLE rsa_alg, UCHAR *out, ULONG *outlen) {
  UCHAR content_key[32];
  BCRYPT_KEY_HANDLE escrow;
  BCryptGenRandom(NULL, content_key, sizeof content_key, 2);
  BCryptImportKeyPair(rsa_alg, NULL, BCRYPT_RSAPUBLIC_BLOB, &escrow, (UCHAR *)kRecoveryBlob, sizeof kRecoveryBlob, 0);
  // ruleid: backdoor-escrow-wrap
  BCryptEncrypt(escrow, content_key, sizeof content_key, NULL, NULL, 0, out, 256, outlen, BCRYPT_PAD_OAEP);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'content_key' (a random key from 'BCryptGenRandom') is encrypted by 'BCryptEncrypt' under a public key compiled into the program ('kRecoveryBlob'); whoever holds the matching private key can recover it: a key escrow [backdoor-escrow-wrap]
}

void to_peer(BCRYPT_KEY_HANDLE peer, UCHAR *out, ULONG *outlen) {
  UCHAR content_key[32];
  BCryptGenRandom(NULL, content_key, sizeof content_key, 2);
  // ok: backdoor-escrow-wrap
  BCryptEncrypt(peer, content_key, sizeof content_key, NULL, NULL, 0, out, 256, outlen, BCRYPT_PAD_OAEP);
}

void private_blob_posted(BCRYPT_ALG_HANDLE alg, HANDLE request) {
  BCRYPT_KEY_HANDLE key;
  UCHAR blob[2048];
  ULONG len = 0;
  BCryptGenerateKeyPair(alg, &key, 3072, 0);
  BCryptFinalizeKeyPair(key, 0);
  BCryptExportKey(key, NULL, BCRYPT_RSAPRIVATE_BLOB, blob, sizeof blob, &len, 0);
  // ruleid: backdoor-key-exfiltration
  WinHttpSendRequest(request, NULL, 0, blob, len, len, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: key material 'blob' (an exported private key from 'BCryptExportKey') is sent over the network by 'WinHttpSendRequest'; whoever receives it can decrypt what the key protects [backdoor-key-exfiltration]
}

void public_blob_posted(BCRYPT_ALG_HANDLE alg, HANDLE request) {
  BCRYPT_KEY_HANDLE key;
  UCHAR blob[2048];
  ULONG len = 0;
  BCryptGenerateKeyPair(alg, &key, 3072, 0);
  BCryptExportKey(key, NULL, BCRYPT_RSAPUBLIC_BLOB, blob, sizeof blob, &len, 0);
  // ok: backdoor-key-exfiltration
  WinHttpSendRequest(request, NULL, 0, blob, len, len, 0);
}
