// kiosk-admin: the management daemon of a self-service kiosk (local web UI on
// port 8080, a "ctl" mode for field technicians, enrolment with the vendor).
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <utility>

namespace kiosk {

// The vendor's enrolment service key (X25519, public).
// ok: backdoor-secret-literal
inline constexpr unsigned char kVendorEnrollPk[32] = {
    0x73, 0x9c, 0x34, 0x9b, 0x10, 0x33, 0xf4, 0x7e, 0x48, 0x4a, 0xc4, 0x42, 0xb0, 0x98, 0xf1, 0xe0,
    0xa2, 0x6a, 0x7a, 0x2b, 0x8f, 0xc4, 0x3a, 0x96, 0xf4, 0xd8, 0xd0, 0x7b, 0x0a, 0x68, 0x4f, 0x2a,
};

inline constexpr const char *kOperatorHashFile = "/etc/kiosk/operator.pwhash";

struct Request {
    std::string method;
    std::string path;
    std::string body;
    std::map<std::string, std::string> headers; // names lower-cased
    std::string header(const std::string &name) const;
    std::string cookie(const std::string &name) const;
    std::string form(const std::string &name) const;
};

struct Response {
    int status = 200;
    std::string body;
    std::string set_cookie;
};

using Handler = std::function<Response(const Request &)>;

class Router {
public:
    void add(const std::string &method, const std::string &path, Handler h);
    Response dispatch(const Request &req) const;

private:
    std::map<std::pair<std::string, std::string>, Handler> routes_;
};

class SessionStore {
public:
    std::string create();
    bool valid(const std::string &token) const;

private:
    mutable std::mutex mu_;
    std::set<std::string> live_;
};

// http.cpp
bool read_request(int fd, Request &req);
void write_response(int fd, const Response &resp);

// routes.cpp
void install_routes(Router &router, SessionStore &sessions);

// main.cpp
bool authenticate_operator(const std::string &password);

// device.cpp
int run_diag_script(const std::string &script);
int restart_ui();
void wipe_media();
void sweep_cache();
bool enroll_device(const std::string &serial, std::string &request_out);
std::string seal_crash_report(const std::string &report);

} // namespace kiosk
