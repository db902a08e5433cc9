/* sslvpnd: the web portal and tunnel endpoint of a FortiOS-style SSL VPN (rebuilt for study). */
#ifndef SSLVPN_H
#define SSLVPN_H

#include <stddef.h>
#include <openssl/ssl.h>

#define SV_FIELD 128

enum { LOGIN_FAIL = 0, LOGIN_OK = 1 };
enum sv_algorithm { SV_ALGO_HIGH, SV_ALGO_MEDIUM, SV_ALGO_LOW };

/* what http.c parses out of one request line, its headers and its form body */
struct sslvpn_request {
  char method[8];
  char path[256];
  char cookie[SV_FIELD];
  char ajax[4];
  char username[SV_FIELD];
  char credential[SV_FIELD];
  char credential2[SV_FIELD];   /* new password of the change form */
  char realm[SV_FIELD];
  char magic[SV_FIELD];
  char reqid[32];
};

struct sslvpn_session {
  SSL *ssl;
  int authenticated;
  char user[SV_FIELD];
  char cookie[160];              /* SVPNCOOKIE value: hex id '.' hex tag */
};

struct sv_ssl_settings {
  enum sv_algorithm algorithm;
  char min_proto[16];           /* "tls1-0" ... "tls1-3", as `config vpn ssl settings` names them */
  int legacy_renegotiation;
  const char *cert_file;
  const char *key_file;
};

int  http_read_request(SSL *ssl, struct sslvpn_request *req);
void http_reply(SSL *ssl, int status, const char *body);

int  sslvpn_logincheck(struct sslvpn_session *s, const struct sslvpn_request *req);

int  users_load(const char *path);
int  users_check_password(const char *user, const char *password);
int  users_set_password(const char *user, const char *password);

int  cfg_load_device_key(const char *path);
int  cfg_decrypt_enc(const char *enc_b64, char *out, size_t cap);

int  cookie_init(void);
int  cookie_issue(struct sslvpn_session *s);
int  cookie_valid(const char *cookie, char *user, size_t cap);

SSL_CTX *tunnel_server_ctx(const struct sv_ssl_settings *st);

void sv_log(int prio, const char *fmt, ...);

#endif
