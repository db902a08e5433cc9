#ifndef TELEMETRY_H
#define TELEMETRY_H

#include <stddef.h>
#include <stdint.h>

#include <curl/curl.h>

#define TM_KEY_LEN 32

struct tm_config {
  char endpoint[256];
  char ca_bundle[256];
  char device_serial[64];
  int sample_percent;
  int legacy_backend;
};

struct tm_report {
  char json[8192];
  size_t len;
};

struct uploader {
  CURL *curl;
  struct tm_config cfg;
  unsigned char install_key[TM_KEY_LEN];   /* HMAC key for report signatures */
  int registered;
};

/* collector.c */
int tm_should_sample(const struct tm_config *cfg);
int tm_collect(struct tm_report *r, const struct tm_config *cfg);
const char *tm_endpoint_override(void);

/* uploader.c */
int uploader_init(struct uploader *u, const struct tm_config *cfg);
int uploader_register(struct uploader *u);
int uploader_send(struct uploader *u, const struct tm_report *r);
int uploader_send_legacy(struct uploader *u, const struct tm_report *r);
int uploader_seal_serial(const char *serial, unsigned char *out, size_t *out_len);

#endif
