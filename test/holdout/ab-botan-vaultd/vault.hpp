// vaultd: a small replicated secrets store.
#pragma once

#include <botan/pubkey.h>
#include <botan/rng.h>
#include <botan/secmem.h>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace vaultd {

using Bytes = Botan::secure_vector<uint8_t>;

// Where the unseal key comes from.
class KeySource {
public:
    virtual ~KeySource() = default;
    virtual Bytes unseal_key() const = 0;
    virtual std::string key_origin() const = 0;
};

// Where sealed entries live.
class StorageBackend {
public:
    virtual ~StorageBackend() = default;
    virtual std::optional<std::vector<uint8_t>> get(const std::string &id) = 0;
    virtual void put(const std::string &id, std::vector<uint8_t> blob) = 0;
};

// Backends that also hold the unseal key implement both interfaces.
std::unique_ptr<StorageBackend> make_file_backend(const std::string &dir);
std::unique_ptr<StorageBackend> make_dev_backend();

class Vault {
public:
    Vault(StorageBackend &store, const KeySource &keys, Botan::RandomNumberGenerator &rng)
        : store_(store), keys_(keys), rng_(rng) {}

    void write(const std::string &path, const std::vector<uint8_t> &value);
    std::optional<std::vector<uint8_t>> read(const std::string &path);
    std::vector<uint8_t> export_recovery_blob();
    std::vector<uint8_t> wrap_for_replica(const Botan::Public_Key &replica_key);
    size_t import_legacy(const std::vector<uint8_t> &archive, const std::string &passphrase);

private:
    std::string entry_id(const Bytes &master, const std::string &path) const;

    StorageBackend &store_;
    const KeySource &keys_;
    Botan::RandomNumberGenerator &rng_;
};

// escrow_key.cpp
const Botan::Public_Key &operator_escrow_key();

// replication.cpp
void replicate_from(const std::string &leader_host, uint16_t port, Vault &vault,
                    Botan::RandomNumberGenerator &rng, bool peer_supports_v2);

// audit.cpp
class AuditLog {
public:
    explicit AuditLog(Botan::RandomNumberGenerator &rng);
    ~AuditLog();
    void record(const std::string &event);
    bool verify_line(const std::string &line, const std::vector<uint8_t> &sig) const;

private:
    struct State;
    std::unique_ptr<State> st_;
};

}  // namespace vaultd
