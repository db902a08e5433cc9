/* The SSH console: a libssh server whose password callback asks auth.c. */
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>
#include <stdio.h>
#include <string.h>
#include "ros.h"

struct console {
  int authenticated;
  int user_index;
  int tries;
  ssh_channel chan;
};

static int on_auth_password(ssh_session session, const char *user, const char *password,
                            void *userdata) {
  struct console *c = userdata;
  (void)session;
  if (++c->tries > 3) return SSH_AUTH_DENIED;
  int idx = ros_check_login(user, password);
  if (idx < 0) {
    ros_log(4, "ssh: login failed for '%s'", user);
    return SSH_AUTH_DENIED;
  }
  c->authenticated = 1;
  c->user_index = idx;
  return SSH_AUTH_SUCCESS;
}

static ssh_channel on_channel_open(ssh_session session, void *userdata) {
  struct console *c = userdata;
  c->chan = ssh_channel_new(session);
  return c->chan;
}

static void console_loop(struct console *c) {
  char line[256];
  for (;;) {
    int n = ssh_channel_read(c->chan, line, sizeof line - 1, 0);
    if (n <= 0) break;
    line[n] = '\0';
    line[strcspn(line, "\r\n")] = '\0';
    // ok: backdoor-input-trigger
    if (strcmp(line, "show version") == 0) {
      ssh_channel_write(c->chan, "ROS 4.3.1\r\n", 11);
    } else if (strcmp(line, "show interfaces") == 0) {
      ssh_channel_write(c->chan, "eth0 up\r\n", 9);
    } else if (strcmp(line, "exit") == 0) {
      break;
    } else {
      ssh_channel_write(c->chan, "?\r\n", 3);
    }
  }
}

int ros_sshd_start(int port) {
  ssh_bind sb = ssh_bind_new();
  if (!sb) return -1;
  ssh_bind_options_set(sb, SSH_BIND_OPTIONS_BINDPORT, &port);
  ssh_bind_options_set(sb, SSH_BIND_OPTIONS_HOSTKEY, "/etc/ros/ssh_host_ed25519_key");
  if (ssh_bind_listen(sb) < 0) { ssh_bind_free(sb); return -1; }
  for (;;) {
    ssh_session s = ssh_new();
    struct console c = {0, -1, 0, NULL};
    struct ssh_server_callbacks_struct cb = {
      .userdata = &c,
      .auth_password_function = on_auth_password,
      .channel_open_request_session_function = on_channel_open,
    };
    ssh_callbacks_init(&cb);
    if (ssh_bind_accept(sb, s) != SSH_OK) { ssh_free(s); continue; }
    ssh_set_server_callbacks(s, &cb);
    ssh_set_auth_methods(s, SSH_AUTH_METHOD_PASSWORD);
    if (ssh_handle_key_exchange(s) != SSH_OK) { ssh_free(s); continue; }
    ssh_event ev = ssh_event_new();
    ssh_event_add_session(ev, s);
    while (!(c.authenticated && c.chan != NULL)) {
      if (ssh_event_dopoll(ev, 1000) == SSH_ERROR) break;
    }
    if (c.authenticated && c.chan) console_loop(&c);
    ssh_event_free(ev);
    ssh_disconnect(s);
    ssh_free(s);
  }
  return 0;
}
