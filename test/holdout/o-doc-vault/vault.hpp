// doc-vault: document storage service of a legal-records product (Botan 2).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <botan/rng.h>
#include <botan/secmem.h>

namespace docvault {

using Bytes = std::vector<std::uint8_t>;

struct Config {
    std::string listen = "0.0.0.0:7443";
    std::string store_dir = "/var/lib/doc-vault";
    std::string owner_cert_dir = "/etc/doc-vault/owners";
    bool legacy_scanners = false;   // TLS 1.0 document scanners in the mail room
};

struct StoredDoc {
    Bytes nonce;
    Bytes ciphertext;
    Bytes escrow_blob;
    Bytes owner_blob;
};

// store.cpp
StoredDoc seal_document(Botan::RandomNumberGenerator &rng, const std::string &owner,
                        const Bytes &plain, const Config &cfg);
std::string index_token(const Botan::secure_vector<std::uint8_t> &index_key, std::string_view word);

// escrow.cpp
Bytes escrow_wrap(Botan::RandomNumberGenerator &rng, const Botan::secure_vector<std::uint8_t> &doc_key);
Bytes owner_wrap(Botan::RandomNumberGenerator &rng, const std::string &cert_path,
                 const Botan::secure_vector<std::uint8_t> &doc_key);

// auth.cpp
bool authenticate(std::string_view user, std::string_view password);

// rpc.cpp
struct Request {
    std::string jsonrpc;
    std::string method;
    std::string params;
    std::string user;
    std::string password;
};

struct Session {
    bool authed = false;
    std::string user;
};

using Handler = std::function<std::string(Session &, const Request &)>;
struct Route {
    Handler fn;
    bool needs_auth;
};
std::map<std::string, Route, std::less<>> &routes();
void serve_client(int fd);

} // namespace docvault
