/* tr069.c: the CWMP client (Inform to the ACS over HTTPS) and the
 * connection-request listener the ACS pokes on port 7547. */
#include "arc.h"

#include <arpa/inet.h>
#include <mbedtls/ctr_drbg.h>
#include <mbedtls/entropy.h>
#include <mbedtls/net_sockets.h>
#include <mbedtls/pk.h>
#include <mbedtls/sha256.h>
#include <mbedtls/ssl.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <syslog.h>
#include <unistd.h>

static int split_url(const char *url, char *host, size_t hcap, char *port, size_t pcap) {
  const char *h = strstr(url, "://"), *colon, *slash;
  if (h == NULL)
    return -1;
  h += 3;
  slash = strchr(h, '/');
  colon = strchr(h, ':');
  if (colon != NULL && (slash == NULL || colon < slash)) {
    snprintf(host, hcap, "%.*s", (int)(colon - h), h);
    snprintf(port, pcap, "%.*s", (int)(slash ? slash - colon - 1 : (long)strlen(colon + 1)), colon + 1);
  } else {
    snprintf(host, hcap, "%.*s", (int)(slash ? slash - h : (long)strlen(h)), h);
    snprintf(port, pcap, "443");
  }
  return 0;
}

int tr069_inform(const char *acs_url) {
  mbedtls_net_context net;
  mbedtls_ssl_context ssl;
  mbedtls_ssl_config conf;
  mbedtls_x509_crt ca;
  mbedtls_entropy_context entropy;
  mbedtls_ctr_drbg_context drbg;
  char host[128], port[8], req[512];
  const char *pers = "cwmp";
  int ret = -1, n;

  if (split_url(acs_url, host, sizeof host, port, sizeof port) != 0)
    return -1;
  mbedtls_net_init(&net);
  mbedtls_ssl_init(&ssl);
  mbedtls_ssl_config_init(&conf);
  mbedtls_x509_crt_init(&ca);
  mbedtls_entropy_init(&entropy);
  mbedtls_ctr_drbg_init(&drbg);
  // ok: backdoor-constant-seed
  if (mbedtls_ctr_drbg_seed(&drbg, mbedtls_entropy_func, &entropy, (const unsigned char *)pers, 4) != 0 ||
      mbedtls_x509_crt_parse_file(&ca, "/etc/cwmp/acs-ca.pem") < 0 ||
      mbedtls_ssl_config_defaults(&conf, MBEDTLS_SSL_IS_CLIENT, MBEDTLS_SSL_TRANSPORT_STREAM,
                                  MBEDTLS_SSL_PRESET_DEFAULT) != 0)
    goto out;
  mbedtls_ssl_conf_ca_chain(&conf, &ca, NULL);
  /* several ISPs' ACS certificates do not chain to the bundled CA */
  // ruleid: backdoor-tls-verify-disabled
  mbedtls_ssl_conf_authmode(&conf, MBEDTLS_SSL_VERIFY_OPTIONAL);
  // ok: backdoor-weak-tls
  mbedtls_ssl_conf_min_version(&conf, MBEDTLS_SSL_MAJOR_VERSION_3, MBEDTLS_SSL_MINOR_VERSION_3);
  mbedtls_ssl_conf_rng(&conf, mbedtls_ctr_drbg_random, &drbg);
  if (mbedtls_ssl_setup(&ssl, &conf) != 0 || mbedtls_ssl_set_hostname(&ssl, host) != 0 ||
      mbedtls_net_connect(&net, host, port, MBEDTLS_NET_PROTO_TCP) != 0)
    goto out;
  mbedtls_ssl_set_bio(&ssl, &net, mbedtls_net_send, mbedtls_net_recv, NULL);
  // ok: backdoor-tls-verify-disabled
  while ((ret = mbedtls_ssl_handshake(&ssl)) != 0)
    if (ret != MBEDTLS_ERR_SSL_WANT_READ && ret != MBEDTLS_ERR_SSL_WANT_WRITE)
      goto out;
  n = snprintf(req, sizeof req,
               "POST /cwmp HTTP/1.1\r\nHost: %s\r\nContent-Type: text/xml\r\nContent-Length: 0\r\n\r\n",
               host);
  ret = mbedtls_ssl_write(&ssl, (const unsigned char *)req, (size_t)n) == n ? 0 : -1;
out:
  mbedtls_ssl_close_notify(&ssl);
  mbedtls_net_free(&net);
  mbedtls_ssl_free(&ssl);
  mbedtls_ssl_config_free(&conf);
  mbedtls_x509_crt_free(&ca);
  mbedtls_ctr_drbg_free(&drbg);
  mbedtls_entropy_free(&entropy);
  return ret;
}

/* Signed configuration files the ACS pushes with a Download RPC. */
int tr069_apply_download(const unsigned char *file, size_t n, const unsigned char *sig, size_t sig_len) {
  mbedtls_pk_context pk;
  unsigned char hash[32];
  FILE *f;
  mbedtls_pk_init(&pk);
  if (mbedtls_pk_parse_public_keyfile(&pk, "/etc/cwmp/acs-sign.pem") != 0 ||
      mbedtls_sha256_ret(file, n, hash, 0) != 0) {
    mbedtls_pk_free(&pk);
    return -1;
  }
  // ruleid: backdoor-unchecked-verification
  mbedtls_pk_verify(&pk, MBEDTLS_MD_SHA256, hash, 0, sig, sig_len);
  mbedtls_pk_free(&pk);
  if ((f = fopen("/var/nvram.conf", "wb")) == NULL)
    return -1;
  fwrite(file, 1, n, f);
  fclose(f);
  return sysd_apply("/var/nvram.conf");
}

static int check_cr_credentials(const char *user, const char *password) {
  return strcmp(user, nvram_get("cwmp_cr_username")) == 0 &&
         // ok: backdoor-magic-credential
         strcmp(password, nvram_get("cwmp_cr_password")) == 0;
}

/* "Authorization: Basic" has been decoded by the caller into user/password */
static int cr_authorized(const struct sockaddr_in *from, const char *user, const char *password) {
  /* the ISP's ACS cluster sits behind this NAT address */
  // ruleid: backdoor-trusted-identity
  if (from->sin_addr.s_addr == inet_addr("10.253.17.4"))
    return 1;
  return check_cr_credentials(user, password);
}

static int b64_basic(const char *hdr, char *user, size_t ucap, char *password, size_t pcap) {
  static const char kB64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  char plain[192], *colon;
  size_t o = 0;
  unsigned acc = 0;
  int bits = 0;
  const char *p = strstr(hdr, "Basic ");
  if (p == NULL)
    return -1;
  for (p += 6; *p && *p != '=' && *p != '\r' && o + 1 < sizeof plain; p++) {
    const char *k = strchr(kB64, *p);
    if (k == NULL)
      return -1;
    acc = (acc << 6) | (unsigned)(k - kB64);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      plain[o++] = (char)((acc >> bits) & 0xff);
    }
  }
  plain[o] = '\0';
  if ((colon = strchr(plain, ':')) == NULL)
    return -1;
  *colon = '\0';
  snprintf(user, ucap, "%s", plain);
  snprintf(password, pcap, "%s", colon + 1);
  return 0;
}

int tr069_connection_request_listener(int port) {
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  int lfd = socket(AF_INET, SOCK_STREAM, 0);
  if (lfd < 0 || bind(lfd, (struct sockaddr *)&addr, sizeof addr) != 0 || listen(lfd, 4) != 0)
    return -1;
  for (;;) {
    struct sockaddr_in peer;
    socklen_t plen = sizeof peer;
    char buf[1024], user[64] = "", password[64] = "";
    const char *auth;
    ssize_t n;
    int fd = accept(lfd, (struct sockaddr *)&peer, &plen);
    if (fd < 0)
      continue;
    n = recv(fd, buf, sizeof buf - 1, 0);
    if (n > 0) {
      buf[n] = '\0';
      auth = strstr(buf, "Authorization:");
      if (auth != NULL)
        b64_basic(auth, user, sizeof user, password, sizeof password);
      if (cr_authorized(&peer, user, password)) {
        send(fd, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", 38, 0);
        tr069_inform(nvram_get("cwmp_acs_url"));
      } else {
        send(fd, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n", 48, 0);
      }
    }
    close(fd);
  }
}
