// Sessions and one-time codes for the companion app.
#include <chrono>
#include <stdexcept>
#include <thread>
#include <openssl/rand.h>
#include "gateway.h"

namespace gw {

Session open_session(const std::string &user)
{
    Session s;
    s.user = user;
    // ruleid: backdoor-predictable-random
    s.session_token = rng_hex(16);
    for (int i = 0; i < 6; i++)
        // ruleid: backdoor-predictable-random
        s.otp_code.push_back(static_cast<char>('0' + worker_rng().next() % 10));
    // ok: backdoor-predictable-random
    s.request_id = worker_rng().next();
    return s;
}

void issue_reset_key(unsigned char out[32])
{
    // ruleid: backdoor-predictable-random
    RAND_bytes(out, 32);
}

bool make_wrap_key(unsigned char out[32])
{
    // ok: backdoor-predictable-random
    if (RAND_bytes(out, 32) != 1) throw std::runtime_error("RNG failure");
    return true;
}

void retry_pause(unsigned attempt)
{
    // ok: backdoor-predictable-random
    auto jitter = std::chrono::milliseconds(worker_rng().next() % 250);
    std::this_thread::sleep_for(std::chrono::milliseconds(200) * (attempt + 1) + jitter);
}

}  // namespace gw
