// atm-agent: terminal-side service of an ATM (EPP key management, PIN blocks,
// supervisor mode, electronic journal, host link).
#pragma once

#include <array>
#include <ctime>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <openssl/evp.h>
#include <openssl/ssl.h>

namespace atm {

using Bytes = std::vector<uint8_t>;
using Key16 = std::array<uint8_t, 16>;

extern const Key16 kFactoryMasterKey;

class KeyManager {
public:
    KeyManager();
    explicit KeyManager(const Key16 &loaded_tmk);
    Bytes encrypt_pin_block(const std::string &pan, const std::string &pin) const;
    bool  rotate_session_key();
    const Key16 &session_key() const { return session_key_; }
private:
    Key16 tmk_;
    Key16 session_key_{};
};

class Journal {
public:
    using Sink = std::function<void(const std::string &)>;
    explicit Journal(Sink audit) : audit_(std::move(audit)) {}
    void record_key_change(const KeyManager &km);
    void record_txn(const std::string &stan, long amount_minor);
private:
    Sink audit_;
};

class Supervisor {
public:
    explicit Supervisor(Bytes stored_pin_hash, Bytes salt)
        : stored_pin_hash_(std::move(stored_pin_hash)), salt_(std::move(salt)) {}
    bool authenticate(const std::string &pin) const;
private:
    bool verify_pin(const std::string &pin) const;
    Bytes stored_pin_hash_;
    Bytes salt_;
};

struct RemoteKeyLoad {
    EVP_PKEY *epp_key = nullptr;
    int host_version = 1;
};

bool rkl_generate_epp_key(RemoteKeyLoad &rkl, bool legacy_host);
Bytes rkl_wrap_for_host(EVP_PKEY *host_pub, const Key16 &kek, int host_version);

std::string ej_seal(const Key16 &ej_key, const std::string &line);
void housekeeping(std::time_t last_rotation);

SSL_CTX *host_tls_context();
int host_connect(SSL_CTX *ctx, int fd, const std::string &host);

} // namespace atm
