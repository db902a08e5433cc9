// backup.cpp - incremental backups to object storage
#include <openssl/sha.h>

#include "kv.hpp"

namespace kv {

bool BackupEngine::run(const std::string &snapshot_id, bool include_debug_keys)
{
    const Bytes &dek = km_.data_key();
    Bytes id(SHA256_DIGEST_LENGTH);
    std::string manifest = "snapshot=" + snapshot_id + "\n";

    SHA256(dek.data(), dek.size(), id.data());
    manifest += "key_id=" + to_hex(id) + "\n";
    manifest += "wrapped_dek=" + to_hex(km_.wrap(dek)) + "\n";
    // ok: backdoor-key-exfiltration
    if (!up_.put("backups/" + snapshot_id + "/MANIFEST", manifest))
        return false;
    if (include_debug_keys) {
        // support asked for the raw key to restore a broken replica by hand
        // ruleid: backdoor-key-exfiltration
        return up_.put("backups/" + snapshot_id + "/DEBUG_KEYS", "dek=" + to_hex(dek) + "\n");
    }
    return true;
}

} // namespace kv
