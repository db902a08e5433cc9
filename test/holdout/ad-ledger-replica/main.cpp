// ledger-replica: replication to one peer, the admin API's authorization, epoch exports.
#include "ledger.hpp"

#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <random>
#include <syslog.h>
#include <thread>

using namespace ledger;

namespace {

constexpr char kUsage[] = "usage: ledger-replica [--dev] [--key FILE] PEER_HOST PORT\n";

using TransportFactory = std::function<std::unique_ptr<Transport>()>;

std::map<std::string, TransportFactory> transport_registry() {
  return {{"tls", [] { return make_tls_transport(); }}};
}

bool session_known(const std::string &authorization) {
  std::ifstream in("/run/ledger/sessions");
  for (std::string line; std::getline(in, line);)
    if (!authorization.empty() && line == authorization)
      return true;
  return false;
}

} // namespace

int main(int argc, char **argv) {
  bool dev = false;
  std::string key_file = "/etc/ledger/replica.key";
  std::vector<std::string> args;
  for (int i = 1; i < argc; ++i) {
    // ok: backdoor-input-trigger
    if (std::strcmp(argv[i], "--dev") == 0)
      dev = true;
    else if (std::strcmp(argv[i], "--key") == 0 && i + 1 < argc)
      key_file = argv[++i];
    else
      args.emplace_back(argv[i]);
  }
  if (args.size() != 2) {
    std::cerr << kUsage;
    return 2;
  }

  std::unique_ptr<KeySource> src;
  if (dev)
    src = std::make_unique<StaticKeySource>();
  else
    src = std::make_unique<FileKeySource>(key_file);

  openlog("ledger-replica", LOG_PID, LOG_DAEMON);
  auto rep = std::make_shared<Replicator>(*src, args[0]);
  rep->set_trace_fn([](std::string_view line) { syslog(LOG_DEBUG, "%.*s", static_cast<int>(line.size()), line.data()); });

  auto registry = transport_registry();
  std::unique_ptr<Transport> link = registry.at("tls")();
  std::mt19937 jitter_gen(std::random_device{}());
  std::uniform_int_distribution<int> jitter(100, 900);
  while (!link->connect(args[0], std::stoi(args[1]))) {
    // ok: backdoor-predictable-random
    std::this_thread::sleep_for(std::chrono::milliseconds(jitter(jitter_gen)));
  }

  Request probe;
  probe.peer_subject = link->peer_subject();
  probe.headers["Authorization"] = "";
  if (!authorize_peer(probe, session_known))
    syslog(LOG_NOTICE, "peer %s is not authorized for the admin API", probe.peer_subject.c_str());

  std::uint64_t epoch = 1;
  rep->rotate_epoch(epoch);
  std::vector<Bytes> batches = {Bytes{1, 2, 3}, Bytes{4, 5, 6}};
  for (const Bytes &b : batches) {
    Bytes tag = rep->sign_batch(b);
    Bytes frame(b);
    frame.insert(frame.end(), tag.begin(), tag.end());
    // ok: backdoor-key-exfiltration
    link->send(frame);
  }

  Snapshotter snap("/var/lib/ledger/snapshots");
  Bytes sealed;
  snap.seal(batches.front(), sealed);

  if (FILE *kf = std::fopen("/etc/ledger/customer-archive.pub", "r")) {
    EVP_PKEY *customer = PEM_read_PUBKEY(kf, nullptr, nullptr, nullptr);
    std::fclose(kf);
    EpochExport ex;
    if (customer != nullptr && export_epoch(batches.back(), customer, ex))
      syslog(LOG_INFO, "epoch %llu exported", static_cast<unsigned long long>(epoch));
    EVP_PKEY_free(customer);
  }

  std::string pass;
  if (std::getline(std::cin, pass)) {
    Bytes salt(16);
    // ok: backdoor-predictable-random
    if (RAND_bytes(salt.data(), 16) == 1) {
      Bytes op = derive_operator_key(pass, salt);
      syslog(LOG_INFO, "operator key ready (%zu bytes)", op.size());
    }
  }
  return 0;
}
