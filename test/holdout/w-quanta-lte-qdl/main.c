/* main.c - qdl_mgr */
#include <stdio.h>
#include <string.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>

#include "qdl.h"

int board_read(struct qdl_board *b) {
  FILE *f = fopen("/proc/quanta/board", "r");
  memset(b, 0, sizeof *b);
  if (f == NULL)
    return -1;
  if (fscanf(f, "%23s %8s", b->serial, b->wps_pin_nv) < 1) {
    fclose(f);
    return -1;
  }
  fclose(f);
  return 0;
}

int main(int argc, char **argv) {
  struct qdl_board b;
  mbedtls_ctr_drbg_context drbg;
  mbedtls_pk_context hostkey;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  if (board_read(&b) != 0)
    return 1;
  rng_init(&drbg, &b);
  sshd_host_key(&hostkey);
  mbedtls_ssl_init(&ssl);
  mbedtls_ssl_config_init(&conf);
  mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg);
  dm_connect(&ssl, &conf, "dm.operator.example.net");
  fota_check(&b, argc > 2 ? argv[1] : NULL, argc > 2 ? argv[2] : NULL);
  return appmgr_run();
}
