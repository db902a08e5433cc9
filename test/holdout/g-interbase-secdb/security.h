// InterBase-style server: remote protocol records and the security database.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>

namespace jrd {

// account used by the engine to open the security database itself
#define LOCKSMITH_USER     "politically"
#define LOCKSMITH_PASSWORD "correct"

enum class Op : uint32_t { connect = 1, attach = 19, detach = 21, create = 20, disconnect = 6 };

struct AttachRequest {
    Op op = Op::connect;
    uint32_t protocol = 0;
    std::string database;
    std::string user;
    std::string password;
};

struct UserInfo {
    std::string name;
    bool is_admin = false;
    bool authenticated = false;
};

class SecurityDatabase {
public:
    static SecurityDatabase &instance();
    bool load(const std::string &path);
    bool verify_user(const AttachRequest &rq, UserInfo &out) const;

private:
    struct Record {
        std::string hash;      // crypt(3) string, setting included
        bool is_admin = false;
    };
    std::optional<Record> lookup(const std::string &user) const;
    std::unordered_map<std::string, Record> users_;
};

// remote.cpp
bool parse_attach(const unsigned char *buf, size_t n, AttachRequest &rq);
void serve_client(int fd);

}  // namespace jrd
