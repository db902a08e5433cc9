#include <botan/tls_client.h>
#include <botan/tls_session_manager.h>
#include <botan/credentials_manager.h>
#include <iostream>
#include "vaultsync.hpp"

int main(int argc, char **argv) {
  vsync::SiteConfig cfg;
  cfg.site_id = argc > 1 ? argv[1] : "site-a";
  cfg.peer_key_path = "/etc/vaultsync/peer.pub";
  cfg.backup_key_path = argc > 2 ? argv[2] : "/var/lib/vaultsync/site.key";
  cfg.backup_passphrase = argc > 3 ? argv[3] : "";

  // ok: backdoor-constant-seed
  Botan::AutoSeeded_RNG rng;
  vsync::VaultCrypto crypto(cfg, rng);
  vsync::Bytes vault_key(32);
  rng.randomize(vault_key.data(), vault_key.size());
  vsync::Bytes item = {'s', 'e', 'c', 'r', 'e', 't'};
  vsync::Bytes sealed = crypto.seal_item(item, vault_key);
  vsync::Bytes peer_blob = vsync::wrap_for_peer(cfg, vault_key, rng);
  vsync::Bytes rec_blob = vsync::wrap_for_recovery(vault_key, rng);
  std::cout << crypto.content_id(sealed) << " " << peer_blob.size() << " " << rec_blob.size() << "\n";

  vsync::SyncPolicy policy;
  vsync::SyncCallbacks callbacks(std::cerr);
  Botan::TLS::Session_Manager_In_Memory sessions(rng);
  Botan::Credentials_Manager creds;
  Botan::TLS::Client client(callbacks, sessions, creds, policy, rng,
                            Botan::TLS::Server_Information("sync.peer-site.example", 8443));
  vsync::rotate_site_keys(cfg, rng);
  return client.is_active() ? 0 : 1;
}
