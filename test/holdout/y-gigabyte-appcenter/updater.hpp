// GigabyteUpdateService, rebuilt: the executable the board firmware drops into the OS
// (WPBT) checks three locations for the App Center installer and runs what it gets.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace gbt {

struct UpdateSource {
    std::string url;
    bool        optional;
};

const std::vector<UpdateSource> &update_sources();

struct FetchResult {
    long        http_status = 0;
    std::string body;
};

class Downloader {
public:
    explicit Downloader(std::string user_agent);
    bool fetch(const std::string &url, FetchResult &out) const;
private:
    std::string user_agent_;
};

class TelemetryClient {
public:
    explicit TelemetryClient(std::string endpoint) : endpoint_(std::move(endpoint)) {}
    bool post(const std::string &json) const;
private:
    std::string endpoint_;
};

bool manifest_signature_ok(const std::string &manifest, const std::vector<uint8_t> &sig);
bool install_payload(const std::string &body, const std::string &dest);

using Logger = std::function<void(const std::string &)>;
void set_logger(Logger l);
void log(const std::string &msg);

} // namespace gbt
