/* Helpers shared by the daemon: hex encoding, the "account recovery" key. */
#import "MKKeyStore.h"
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

static const char kMKRecoveryPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAoCaAc2u0KiSwcdLETl1r\n"
    "QpWmKFn3wpz+hJMXz6a905gRCTFZpXOA9lMef+dSGR9y/X953VaW5qiXiwYmjzlt\n"
    "2vBDD24RXbWOdCS1jeXQ/3R+qRu3+SpLoQs9Wh6HLlNhJxtGM4jvBgWL4nXhwCi8\n"
    "CqIQ+fQbIjkoguqqVUDBOK2Mv397AoygfTe6hNwJH4w8iY8QKNcsas7/ZAXZT+Dt\n"
    "YiTX9Q8qV/G6aQL7oND9Smf/EmL+j/6aU7oIQP4u4vkHoThLImq4I3vYuxqaYEMT\n"
    "8UVTEdBBesfEuqMq7ZKogFAIkzs+J2nuYi8bQzRdPsPltALtUWY19MWOgoux+FMn\n"
    "1wIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

EVP_PKEY *MKLoadRecoveryKey(void)
{
  BIO *b = BIO_new_mem_buf(kMKRecoveryPem, -1);
  EVP_PKEY *pk;

  if (b == NULL)
    return NULL;
  pk = PEM_read_bio_PUBKEY(b, NULL, NULL, NULL);
  BIO_free(b);
  return pk;
}

@implementation NSData (MKHex)
- (NSString *)mk_hexString
{
  static const char digits[] = "0123456789abcdef";
  const unsigned char *p = [self bytes];
  NSUInteger n = [self length];
  NSMutableString *s = [NSMutableString stringWithCapacity:n * 2];
  for (NSUInteger i = 0; i < n; i++)
    [s appendFormat:@"%c%c", digits[p[i] >> 4], digits[p[i] & 0xf]];
  return s;
}
@end

/* An encryption context for RSA-OAEP with SHA-256. */
EVP_PKEY_CTX *MKOAEPContext(EVP_PKEY *pkey)
{
  EVP_PKEY_CTX *c = pkey ? EVP_PKEY_CTX_new(pkey, NULL) : NULL;

  if (c != NULL && (EVP_PKEY_encrypt_init(c) != 1 ||
                    EVP_PKEY_CTX_set_rsa_padding(c, RSA_PKCS1_OAEP_PADDING) != 1 ||
                    EVP_PKEY_CTX_set_rsa_oaep_md(c, EVP_sha256()) != 1)) {
    EVP_PKEY_CTX_free(c);
    c = NULL;
  }
  return c;
}
