/* wemo-fwupd: firmware update and feed agent of a home-automation plug (rebuilt for study). */
#ifndef WEMO_H
#define WEMO_H

#include <stddef.h>
#include <stdint.h>

struct wemo_buf {
  unsigned char *data;
  size_t len;
  size_t cap;
};

/* header in front of an update image */
struct wemo_image_hdr {
  char magic[4];                 /* "WEMO" */
  uint32_t version;
  uint16_t wrapped_len;          /* RSA-wrapped AES key follows the header */
  uint16_t sig_len;              /* signature follows the body */
  unsigned char iv[16];
  uint32_t body_len;
};

extern const char wemo_image_key_pem[];
extern const char wemo_image_key_passphrase[];
extern const char wemo_signing_pub_pem[];

#include <curl/curl.h>

CURL *wemo_http_handle(const char *url, struct wemo_buf *out);
int  wemo_http_perform(CURL *c);
int  wemo_http_get(const char *url, struct wemo_buf *out);
void wemo_buf_free(struct wemo_buf *b);

int  rss_refresh(const char *feed_url);

int  fwupd_start(const char *image_url, const char *dest_path);

int  remote_register(const char *home_id, const char *cloud_url);

int  upnp_handle_action(int fd, const char *action, const char *arg);

void wemo_log(int prio, const char *fmt, ...);

#endif
