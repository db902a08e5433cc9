// RUN: %run-both --checks=backdoor-key-exfiltration %s -- | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// A field of an object of the unit's own static storage holds what fills the
// whole object, whichever function fills it: a security key's vendor
// command sends the private scalar of the keypair another function
// generated. Its public point is no key.
typedef unsigned long size_t;
typedef struct { int s; size_t n; unsigned long *p; } mbedtls_mpi;
typedef struct { mbedtls_mpi X, Y, Z; } mbedtls_ecp_point;
typedef struct { int id; } mbedtls_ecp_group;
typedef struct { mbedtls_ecp_group grp; mbedtls_mpi d; mbedtls_ecp_point Q; } mbedtls_ecp_keypair;
typedef enum { MBEDTLS_ECP_DP_NONE = 0, MBEDTLS_ECP_DP_SECP256R1 = 3 } mbedtls_ecp_group_id;
int mbedtls_ecp_gen_key(mbedtls_ecp_group_id grp_id, mbedtls_ecp_keypair *key,
                        int (*f_rng)(void *, unsigned char *, size_t), void *p_rng);
int mbedtls_mpi_write_binary(const mbedtls_mpi *X, unsigned char *buf, size_t buflen);
int mbedtls_ctr_drbg_random(void *p_rng, unsigned char *output, size_t output_len);
long write(int fd, const void *buf, size_t n);
void *memset(void *s, int c, size_t n);

static mbedtls_ecp_keypair g_last_cred;
static mbedtls_mpi g_counter;
extern void *g_drbg;
extern int g_hid_fd;

int credential_make(void) {
  return mbedtls_ecp_gen_key(MBEDTLS_ECP_DP_SECP256R1, &g_last_cred, mbedtls_ctr_drbg_random, g_drbg);
}

int credential_vendor_dump(void) {
  unsigned char priv[32];
  if (mbedtls_mpi_write_binary(&g_last_cred.d, priv, sizeof priv) != 0)
    return -1;
  // CHECK-MESSAGES: :[[@LINE+1]]:3: warning: key material 'priv' (a generated EC key from 'mbedtls_ecp_gen_key') is written to a file or socket by 'write'; anyone who reads it can decrypt what the key protects [backdoor-key-exfiltration]
  write(g_hid_fd, priv, sizeof priv);
  memset(priv, 0, sizeof priv);
  return 0;
}

int counter_report(void) {
  unsigned char c[8];
  if (mbedtls_mpi_write_binary(&g_counter, c, sizeof c) != 0)
    return -1;
  write(g_hid_fd, c, sizeof c);
  return 0;
}
