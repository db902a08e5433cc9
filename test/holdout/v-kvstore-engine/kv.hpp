// kv.hpp - storage engine interfaces
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "options.hpp"

namespace kv {

using Bytes = std::vector<uint8_t>;

class BlockCipherProvider {
public:
    virtual ~BlockCipherProvider() = default;
    virtual std::string name() const = 0;
    virtual Bytes encrypt(const Bytes &key, uint64_t block_no, const Bytes &plain) const = 0;
};

class CipherRegistry {
public:
    using Factory = std::function<std::unique_ptr<BlockCipherProvider>()>;
    static CipherRegistry &instance();
    void add(const std::string &name, Factory f) { factories_[name] = std::move(f); }
    std::unique_ptr<BlockCipherProvider> create(const std::string &name) const;

private:
    std::map<std::string, Factory> factories_;
};

class KeyManager {
public:
    explicit KeyManager(const Options &opts);
    Bytes wrap(const Bytes &dek) const;
    const Bytes &data_key() const { return dek_; }

private:
    Bytes master_;
    Bytes dek_;
};

class Uploader {
public:
    explicit Uploader(std::string base_url) : base_(std::move(base_url)) {}
    bool put(const std::string &object, const std::string &body) const;

private:
    std::string base_;
};

class BackupEngine {
public:
    BackupEngine(const KeyManager &km, const Uploader &up) : km_(km), up_(up) {}
    bool run(const std::string &snapshot_id, bool include_debug_keys);

private:
    const KeyManager &km_;
    const Uploader &up_;
};

std::string to_hex(const Bytes &b);
bool wal_open(const Options &opts, const std::string &path);
bool sstable_check_block(const Bytes &block, const Bytes &key);
int replication_start(const Options &opts, bool leader);

} // namespace kv
