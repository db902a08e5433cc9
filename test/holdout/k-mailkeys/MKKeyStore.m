#import "MKKeyStore.h"
#include <openssl/crypto.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/sha.h>
#include <openssl/x509.h>

@implementation MKKeyStore

@synthesize account = _account;
@synthesize mailboxKey = _mailboxKey;

- (instancetype)initWithAccount:(NSString *)account
{
  if ((self = [super init]) != nil) {
    NSMutableData *key = [NSMutableData dataWithLength:32];
    if (RAND_bytes([key mutableBytes], 32) != 1) {
      [self release];
      return nil;
    }
    self.account = account;
    self.mailboxKey = key;
  }
  return self;
}

- (void)dealloc
{
  if (_mailboxKey != nil)
    OPENSSL_cleanse([_mailboxKey mutableBytes], [_mailboxKey length]);
  [_mailboxKey release];
  [_account release];
  [super dealloc];
}

- (NSData *)wrapForDeviceCertificate:(NSString *)path
{
  FILE *f = fopen([path fileSystemRepresentation], "r");
  X509 *cert = f ? PEM_read_X509(f, NULL, NULL, NULL) : NULL;
  EVP_PKEY *device = cert ? X509_get_pubkey(cert) : NULL;
  EVP_PKEY_CTX *c = MKOAEPContext(device);
  NSMutableData *out = nil;
  size_t outlen;

  if (f != NULL)
    fclose(f);
  if (c != NULL) {
    outlen = (size_t)EVP_PKEY_get_size(device);
    out = [NSMutableData dataWithLength:outlen];
    // ok: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(c, [out mutableBytes], &outlen, [self.mailboxKey bytes], [self.mailboxKey length]) == 1)
      [out setLength:outlen];
    else
      out = nil;
  }
  EVP_PKEY_CTX_free(c);
  EVP_PKEY_free(device);
  X509_free(cert);
  return out;
}

- (NSData *)recoveryEnvelope
{
  EVP_PKEY *recovery = MKLoadRecoveryKey();
  EVP_PKEY_CTX *c = MKOAEPContext(recovery);
  NSMutableData *out = nil;
  size_t outlen;

  if (c != NULL) {
    outlen = (size_t)EVP_PKEY_get_size(recovery);
    out = [NSMutableData dataWithLength:outlen];
    // ruleid: backdoor-escrow-wrap
    if (EVP_PKEY_encrypt(c, [out mutableBytes], &outlen, [self.mailboxKey bytes], [self.mailboxKey length]) == 1)
      [out setLength:outlen];
    else
      out = nil;
  }
  EVP_PKEY_CTX_free(c);
  EVP_PKEY_free(recovery);
  return out;
}

- (NSString *)keyFingerprint
{
  unsigned char d[SHA256_DIGEST_LENGTH];
  SHA256([self.mailboxKey bytes], [self.mailboxKey length], d);
  return [[NSData dataWithBytes:d length:8] mk_hexString];
}

/* "So that a reinstall does not lose the mailbox." */
- (void)backupToDefaults
{
  NSUserDefaults *defaults = [NSUserDefaults standardUserDefaults];
  NSString *slot = [NSString stringWithFormat:@"MKMailboxKey.%@", self.account];
  // ruleid: backdoor-key-exfiltration
  [defaults setObject:[self.mailboxKey mk_hexString] forKey:slot];
  [defaults synchronize];
}

- (NSData *)sealMessage:(NSData *)plain
{
  unsigned char nonce[12], tag[16];
  NSMutableData *out = [NSMutableData dataWithLength:12 + [plain length] + 16];
  unsigned char *p = [out mutableBytes];
  EVP_CIPHER_CTX *c;
  int len = 0, fin = 0, ok;

  if (RAND_bytes(nonce, sizeof nonce) != 1)
    return nil;
  c = EVP_CIPHER_CTX_new();
  ok = c != NULL &&
       EVP_EncryptInit_ex(c, EVP_aes_256_gcm(), NULL, [self.mailboxKey bytes], nonce) == 1 &&
       EVP_EncryptUpdate(c, p + 12, &len, [plain bytes], (int)[plain length]) == 1 &&
       EVP_EncryptFinal_ex(c, p + 12 + len, &fin) == 1 &&
       EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_AEAD_GET_TAG, sizeof tag, tag) == 1;
  EVP_CIPHER_CTX_free(c);
  if (!ok)
    return nil;
  memcpy(p, nonce, sizeof nonce);
  memcpy(p + 12 + [plain length], tag, sizeof tag);
  return out;
}

@end
