/* Host keys of the appliance.
 *
 * The virtual appliance image (OVA) ships with the host identity below so that
 * the first "connect to the management port" works before the setup wizard
 * ran. Nothing regenerates it unless the administrator sets a key size in
 * sshconfig, so every deployment answers with the same host key. */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/evp.h>
#include <openssl/sha.h>
#include "wsa.h"

// ok: backdoor-secret-literal
static const char kFactoryRsaHostPem[] =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIIEvgIBADANBgkqhkiG9w0BAQEFAASCBKgwggSkAgEAAoIBAQCRBAc01HvzKbkq\n"
    "cR6bdogBGaIgyWqUnMQlkWGBc3/mZaq8YuNNqOGgpVu/30+GgBowVzYVd7FeWMaJ\n"
    "mDNCHJtYeI0jlO2eQ2Iz7hsFiAouNIJLbWKHX7ewFeB/fWo9Gi+OPMmA81eXMhHF\n"
    "F6UFcV+CpvdULous+XWfwburhHlFAQZkYA7hk0jnr90YBLRGQAbe9kenUoMZ0SHW\n"
    "kwTPc+fqIpLUpcDU3YjQJeJCECixIvldDvmJ7vdJAQMC2ZAG6Wwzfq5N8jTjAK0S\n"
    "46IWLncdZL6gbcwzZMeO2t4CkVoTC38XI0g4DNze2uBqtI8RnqritJbq1N8JJQ3+\n"
    "4pyL1303AgMBAAECggEADCj5z7jHogbMI55zshaY5fq3yScKnGae3gWYVwoP3gqF\n"
    "bCGgrNjt/pIPJQI9QWqJh6cwflFYmrA4Cb6tAayzbBJDx4mL+VruJ6ueMXMMY358\n"
    "tIV6Hx7sIMRc3GPwXipNdZBsVzdQj3mf2taWPGQa3bJRiAoVJU6PyfMtYP8NSjdg\n"
    "9aTJPIQQLzAZ5sToLR1haNhZWXs0vFQC4G1HjnboOcfH5w/sKvKd5bLDUilWxKYW\n"
    "ddgZ9C4imxWDJ6p4IE+19hJUlIdcGmhHCq9LrghsBLLKtn7EzEwiJo7exHm1Nmzi\n"
    "lLm45bnRffYLCLDQsynWjCYuVwNBFhswyR8lK044NQKBgQDGTLOM9ODCrhcPrtGy\n"
    "Kqs7MZYHT5MzQe5wKSFfAfN65uabApax0haD/lFMnB4sXIaTlvgRTtZNwdMBfV+T\n"
    "wqVhdQG2g+lr29PrQavYrUyr0i5On1umtZl9KgryXUabGp00XzLD1MjEFN/FAYyq\n"
    "rhsdXMBAwKf93+fvwAE6XLlA7QKBgQC7Njii8DNRjPHjqR7u6g9s/FK1sdZcU3vI\n"
    "Cl7x9Jw6NFs3k9TRhs4nQObGSPT+W4MTBXC01gd1paPN/d2vFoFJYsZab7wgOFN4\n"
    "bTXoC9+ITQ/BBd6uZbykej1aeaTyQLNgAIaggNwctlgiewcUQRwyhdnC28VR1HeP\n"
    "8QrgPdIGMwKBgCav/C+57sfMky86Gis6a+HGkNCoU72iVVSIkbwpc0k9FyyS2rei\n"
    "l0X1LgNWSgS5oH/W6lrmGKVe9T3LKgR36zASVd036yhh4Px6+X3ygYzcGrC4Indp\n"
    "4qIqu6wBSq8kCBuZnxvZvbmToPyciscZ5Kxb1h5L9/pt3qBFw3eRc4sZAoGBAKWm\n"
    "e4TJL094fEwqSAG0v4N63KCCxB8bi4pcithizZ2+1/ucZhIjyuP2zHwk8Ark5Fz/\n"
    "UlPgkecqcn+Boxcavbk2mjZJadfEny8Oy0UQxHCxZ0AvNnNv9/Q9aW5V9nqYf19x\n"
    "962rd5g8TE3uODxWxGF8CEwf9D/M1SJbcXkrmlv7AoGBAKGxXw7VQotmx/3xXbXO\n"
    "0EFV0069nRQgGJ2NNFqlOrwC952rL8gWi9B1x8HeGY7pNlsC21juY6yFQNiNO31S\n"
    "ahE9SQHWQBX5OCxwSKg6NU4LwWRTfafwNv9hfsaWkUZ5oNRBiOXZJMhTlTPr82c5\n"
    "CRW3VHMht6XfcZf8gSbDyrAn\n"
    "-----END PRIVATE KEY-----\n"    ;

/* Public half of the update server's signing key: checks upgrade images. */
static const char kUpdateSigningPubPem[] =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtg5dgXBkCxa91A2Lz/sX\n"
    "jf5sKRANEcCnjxge4SElCp5PTXWBti5A+75EeOxN+X4Ck11IEnXJxWEbYcN3QkAU\n"
    "rI1OkabU4RjB24O9CdRYZvI0kxxlfVFB0a8WEHHwKd+2Vmll2wfHJimnnSxxoutK\n"
    "QJHykJYXZCnYByyVRJE2QsJW3xyN0NmFrViW0j0JWzElTHEHDg3D6t/Vu8U4KRrq\n"
    "ZPxRtL929ns9O1cIQu1eEFwuWyl9+q/k7g5uGGET+brXub6KYEWG0cycrsRfOJLK\n"
    "i2C0ty6GFLXGRjizn8nvZcWRR/D/7qfmzFtTzQPLkvXOzQqX4wvu7yIiGwFobCXb\n"
    "EwIDAQAB\n"
    "-----END PUBLIC KEY-----\n"    ;

#define WSA_LEGACY_HOSTKEY_BITS 1024

EVP_PKEY *wsa_hostkey_factory(void) {
  BIO *bio = BIO_new_mem_buf(kFactoryRsaHostPem, -1);
  if (bio == NULL)
    return NULL;
  // ruleid: backdoor-hardcoded-key
  EVP_PKEY *k = PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return k;
}

EVP_PKEY *wsa_update_signing_key(void) {
  static EVP_PKEY *cached;
  if (cached != NULL)
    return cached;
  BIO *bio = BIO_new_mem_buf(kUpdateSigningPubPem, -1);
  if (bio == NULL)
    return NULL;
  // ok: backdoor-hardcoded-key
  cached = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
  BIO_free(bio);
  return cached;
}

/* ssh-rsa host key offered to pre-2012 clients on the reporting link. */
EVP_PKEY *wsa_hostkey_legacy(void) {
  EVP_PKEY *k = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (kctx == NULL)
    return NULL;
  if (EVP_PKEY_keygen_init(kctx) <= 0)
    goto out;
  // ruleid: backdoor-short-key
  if (EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, WSA_LEGACY_HOSTKEY_BITS) <= 0)
    goto out;
  if (EVP_PKEY_keygen(kctx, &k) <= 0)
    k = NULL;
out:
  EVP_PKEY_CTX_free(kctx);
  return k;
}

static EVP_PKEY *read_key_file(const char *path) {
  FILE *f = fopen(path, "r");
  if (f == NULL)
    return NULL;
  // ok: backdoor-hardcoded-key
  EVP_PKEY *k = PEM_read_PrivateKey(f, NULL, NULL, NULL);
  fclose(f);
  return k;
}

static EVP_PKEY *generate_host_key(const struct wsa_config *cfg) {
  EVP_PKEY *k = NULL;
  EVP_PKEY_CTX *kctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, NULL);
  if (kctx == NULL)
    return NULL;
  if (EVP_PKEY_keygen_init(kctx) <= 0)
    goto out;
  // ok: backdoor-short-key
  if (EVP_PKEY_CTX_set_rsa_keygen_bits(kctx, cfg->rsa_bits) <= 0)
    goto out;
  if (EVP_PKEY_keygen(kctx, &k) <= 0)
    k = NULL;
out:
  EVP_PKEY_CTX_free(kctx);
  return k;
}

EVP_PKEY *wsa_hostkey_load_or_create(const struct wsa_config *cfg) {
  EVP_PKEY *k = read_key_file(cfg->hostkey_path);
  if (k != NULL)
    return k;
  if (cfg->rsa_bits < 2048) {
    /* never configured: keep the identity of the image */
    return wsa_hostkey_factory();
  }
  k = generate_host_key(cfg);
  if (k == NULL)
    return NULL;
  mode_t old = umask(077);
  FILE *f = fopen(cfg->hostkey_path, "w");
  umask(old);
  if (f != NULL) {
    // ok: backdoor-key-exfiltration
    PEM_write_PrivateKey(f, k, NULL, NULL, 0, NULL, NULL);
    fclose(f);
  }
  return k;
}

int wsa_hostkey_fingerprint(EVP_PKEY *k, char out[65]) {
  unsigned char *der = NULL;
  unsigned char md[SHA256_DIGEST_LENGTH];
  int n = i2d_PUBKEY(k, &der);
  if (n <= 0)
    return -1;
  SHA256(der, (size_t)n, md);
  OPENSSL_free(der);
  for (size_t i = 0; i < sizeof md; i++)
    snprintf(out + 2 * i, 3, "%02x", md[i]);
  return 0;
}
