// ledgerd batch entry point: seal today's settlement file and tokenise the accounts.
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>

#include <crypto++/files.h>
#include <crypto++/osrng.h>
#include <crypto++/pssr.h>
#include <crypto++/rsa.h>
#include <crypto++/sha.h>

#include "ledger.hpp"

namespace ledger {
void log_line(const std::string &s) { std::clog << "ledgerd: " << s << '\n'; }
} // namespace ledger

static std::string read_file(const std::string &path)
{
  std::ifstream f(path, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

int main(int argc, char **argv)
{
  if (argc < 5) {
    std::cerr << "usage: ledgerd SETTLEMENT.csv BANK_KEY.hex BANK_PUB.der SIGNING_KEY.der\n";
    return 2;
  }
  CryptoPP::AutoSeededRandomPool rng;
  const std::string csv = read_file(argv[1]);

  ledger::BankExporter exporter(argv[2]);
  CryptoPP::RSA::PublicKey bank;
  CryptoPP::FileSource pub(argv[3], true);
  bank.Load(pub);
  const std::string sealed = exporter.seal_batch(csv);
  const std::string wrapped = exporter.wrap_key_bx2(bank);

  CryptoPP::RSA::PrivateKey signing;
  CryptoPP::FileSource priv(argv[4], true);
  signing.Load(priv);
  // ok: backdoor-weak-hash
  CryptoPP::RSASS<CryptoPP::PSS, CryptoPP::SHA256>::Signer signer(signing);
  std::string sig;
  CryptoPP::StringSource(sealed, true,
                         new CryptoPP::SignerFilter(rng, signer, new CryptoPP::StringSink(sig)));

  ledger::IndexCipher index;
  std::istringstream lines(csv);
  std::string line;
  while (std::getline(lines, line))
    std::cout << index.token_for(line.substr(0, line.find(','))) << '\n';

  const char *pass = std::getenv("LEDGERD_VAULT_PASSPHRASE");
  const std::string salt_bytes = read_file("/var/lib/ledgerd/vault.salt");
  if (pass != nullptr && salt_bytes.size() == 16) {
    CryptoPP::SecByteBlock salt(reinterpret_cast<const CryptoPP::byte *>(salt_bytes.data()), 16);
    ledger::Vault vault(pass, salt);
    const std::string archived = vault.seal(csv);
    std::ofstream("/var/lib/ledgerd/archive/settlement.vault", std::ios::app)
        .write(archived.data(), static_cast<std::streamsize>(archived.size()));
  }

  std::ofstream("settlement.bx2").write(sealed.data(), static_cast<std::streamsize>(sealed.size()));
  // ok: backdoor-key-exfiltration
  std::ofstream("settlement.key").write(wrapped.data(), static_cast<std::streamsize>(wrapped.size()));
  std::ofstream("settlement.sig").write(sig.data(), static_cast<std::streamsize>(sig.size()));
  ledger::log_line("settlement ready");
  return 0;
}
