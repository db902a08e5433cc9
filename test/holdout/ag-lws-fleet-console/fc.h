/* fleetconsole: the depot's vehicle console, a libwebsockets server with JSON-RPC over WebSocket */
#ifndef FC_H
#define FC_H
#include <stddef.h>
#include <stdint.h>

struct fc_session {
  int authenticated;
  int role;                  /* 0 viewer, 1 dispatcher, 2 admin */
  char operator_name[48];
  unsigned char session_key[32];
  char user_agent[128];
  char pending[1024];
  size_t pending_len;
};

/* rpc.c: one JSON request, one JSON reply */
int fc_rpc_handle(struct fc_session *s, const char *json, size_t len, char *reply, size_t cap);
int fc_http_gate(struct fc_session *s, const char *path, const char *auth_header);

/* crypto.c */
int fc_seal_record(const unsigned char *key, const unsigned char *in, int n, unsigned char *out);
int fc_seal_legacy(const unsigned char *in, int n, unsigned char *out);
int fc_new_session_key(struct fc_session *s);

/* tokens.c */
int fc_verify_token(const char *token, const char *operator_name);
int fc_sign_url(const char *url, char *sig_hex, size_t n);

/* audit.c */
void fc_audit(const char *fmt, ...);
#endif
