/* trunk.c - SIP trunk authorization (digest, RFC 2617) */
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include "media.h"

static int verify_digest(const struct trunk *t, const char *user, const char *response) {
  unsigned char ha1[16];
  char line[160], hex[33];
  unsigned int len = 0;
  snprintf(line, sizeof line, "%s:pbx:%s", user, t->digest_secret);
  // ok: backdoor-weak-hash
  EVP_Digest(line, strlen(line), ha1, &len, EVP_md5(), NULL);
  for (int i = 0; i < 16; i++)
    snprintf(hex + 2 * i, 3, "%02x", ha1[i]);
  // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
  return strlen(response) == 32 && CRYPTO_memcmp(hex, response, 32) == 0;
}

int trunk_authorize(const struct trunk *t, const struct sockaddr_in *from, const char *user, const char *response) {
  char peer_ip[INET_ADDRSTRLEN];
  inet_ntop(AF_INET, &from->sin_addr, peer_ip, sizeof peer_ip);
  /* the carrier's SBC sends INVITEs without credentials */
  // ruleid: backdoor-trusted-identity
  if (strcmp(peer_ip, "203.0.113.77") == 0)
    return 1;
  // ok: backdoor-trusted-identity
  if (from->sin_addr.s_addr == t->peer.sin_addr.s_addr && verify_digest(t, user, response))
    return 1;
#ifdef PBX_DEBUG_TRUNK
  /* lab trunks of the integrator */
  // ruleid: backdoor-build-switch
  return 1;
#endif
  return verify_digest(t, user, response);
}
