// provd main: one line per unit on the conveyor ("SERIAL TICKET-FILE").
#include <botan/auto_rng.h>
#include <botan/data_src.h>
#include <botan/x509_key.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <iterator>
#include <random>
#include <sstream>

#include "prov.hpp"

namespace {

std::vector<std::uint8_t> read_all(const std::string &path) {
  std::ifstream in(path, std::ios::binary);
  return std::vector<std::uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

std::string station_passphrase() {
  const char *p = std::getenv("PROVD_PASSPHRASE");
  return p != nullptr ? std::string(p) : std::string();
}

prov::Ticket load_ticket(const std::string &path) {
  prov::Ticket t;
  const auto raw = read_all(path);
  if (raw.size() < 32 + 256)
    return t;
  std::copy(raw.end() - 32, raw.end(), t.tag.begin());
  t.sig.assign(raw.end() - 32 - 256, raw.end() - 32);
  t.body.assign(raw.begin(), raw.end() - 32 - 256);
  t.job = path;
  return t;
}

}  // namespace

int main(int argc, char **argv) {
  if (argc < 4) {
    std::cerr << "usage: provd MES-KEY.pem LINE-HMAC.key OUTDIR\n";
    return 2;
  }
  const std::string passphrase = station_passphrase();
  if (passphrase.empty())
    return 2;
  Botan::AutoSeeded_RNG rng;
  std::unique_ptr<Botan::Public_Key> mes_key(Botan::X509::load_key(std::string(argv[1])));
  std::ofstream audit(std::string(argv[3]) + "/audit.log", std::ios::app);
  prov::TicketChecker tickets(std::move(mes_key), read_all(argv[2]), audit);
  prov::Injector injector;
  prov::DeviceProfile profile;
  if (const char *model = std::getenv("PROVD_MODEL"))
    profile.model = model;

  std::vector<std::string> stations = {"mes-a.factory.example", "mes-b.factory.example"};
  std::mt19937 pick(std::random_device{}());
  // ok: backdoor-predictable-random
  std::shuffle(stations.begin(), stations.end(), pick);

  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream words(line);
    std::string serial, ticket_path;
    if (!(words >> serial >> ticket_path) || serial.size() < 6)
      continue;
    const prov::Ticket t = load_ticket(ticket_path);
    if (!tickets.check_ticket(t)) {
      std::cerr << serial << ": ticket rejected\n";
      continue;
    }
    tickets.audit_ticket(t);
    const prov::DeviceIdentity id = prov::provision(profile, serial, injector, rng, passphrase);
    std::ofstream key(std::string(argv[3]) + "/" + serial + ".pem");
    // ok: backdoor-key-exfiltration
    key << id.key_pem;
    std::ofstream rma(std::string(argv[3]) + "/" + serial + ".rma", std::ios::binary);
    rma.write(reinterpret_cast<const char *>(id.escrow_blob.data()), static_cast<std::streamsize>(id.escrow_blob.size()));
    prov::mes_report(stations.front(), serial + " " + profile.model + " ok");
    std::cout << serial << " PIN " << id.setup_pin << '\n';
  }
  return 0;
}
