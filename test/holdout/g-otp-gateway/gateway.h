// Router web UI gateway: HTTP front, login, one-time codes for the mobile app.
#pragma once
#include <cstdint>
#include <map>
#include <random>
#include <string>

namespace gw {

struct Request {
    int fd = -1;
    std::string method, path, body;
    std::map<std::string, std::string> headers;
    std::string header(const std::string &name) const;
    std::string form(const std::string &key) const;
};

struct Session {
    std::string user;
    std::string session_token;
    std::string otp_code;
    uint64_t request_id = 0;
};

// rng.cpp: fast generator shared by the gateway's workers
class FastRng {
public:
    FastRng();
    uint64_t next();
private:
    std::mt19937_64 eng_;
};
FastRng &worker_rng();
std::string rng_hex(size_t nbytes);
// auth.cpp
bool authorize(const Request &req, const std::map<std::string, Session> &sessions);
bool login(const std::string &user, const std::string &password);
// otp.cpp
Session open_session(const std::string &user);
void issue_reset_key(unsigned char out[32]);
bool make_wrap_key(unsigned char out[32]);
void retry_pause(unsigned attempt);

}  // namespace gw
