// edge-sbc: SIP session border controller for a hosted PBX (UDP signalling,
// digest registrar, SDES offers toward the carriers, Tcl routing hooks)
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <random>
#include <string>
#include <vector>

#include <netinet/in.h>

#include <botan/auto_rng.h>
#include <botan/secmem.h>

struct Tcl_Interp;

namespace sbc {

struct SipMessage {
    std::string method; // empty for responses
    std::string uri;
    int status = 0;
    std::map<std::string, std::string> headers; // names lower-cased
    std::string body;
    sockaddr_in source{};

    std::string header(const std::string &name) const
    {
        const auto it = headers.find(name);
        return it == headers.end() ? std::string() : it->second;
    }
};

struct DigestCredentials {
    std::string username, realm, nonce, uri, response;
};

// sip.cpp
bool parse_sip(const char *buf, std::size_t n, SipMessage &out);
bool parse_digest(const std::string &authorization, DigestCredentials &out);
std::string format_response(const SipMessage &req, int status, const std::string &reason,
                            const std::string &extra_headers = {}, const std::string &body = {});

// srtp.cpp: SDES master keys for the offers toward the carriers
class SrtpKeyGen {
public:
    SrtpKeyGen();
    void fill(std::uint8_t *out, std::size_t n);
    std::uint32_t next_ssrc();

private:
    std::mt19937 eng_;
};
std::string sdes_crypto_line(int tag, const std::uint8_t *key_salt, std::size_t n);

// script.cpp: operator routing hooks
class Scripting {
public:
    Scripting();
    ~Scripting();
    bool eval(const std::string &code);
    bool source(const std::string &path);

private:
    Tcl_Interp *interp_;
};

// registrar.cpp
class Registrar {
public:
    Registrar(const std::string &realm, const std::string &ha1_file, const std::string &nonce_key_file);
    std::string make_nonce(std::uint64_t now, const std::string &src_ip) const;
    bool authenticate(const DigestCredentials &c, const std::string &method) const;
    const std::string &realm() const { return realm_; }

private:
    std::string realm_;
    std::map<std::string, std::string> ha1_; // user -> MD5(user:realm:password), hex
    Botan::secure_vector<std::uint8_t> nonce_secret_;
};

// router.cpp
class Router {
public:
    Router(int fd, Registrar &registrar, Scripting &scripting, SrtpKeyGen &keygen)
        : fd_(fd), registrar_(registrar), scripting_(scripting), keygen_(keygen)
    {
    }
    void on_message(const SipMessage &msg);

private:
    void reply(const SipMessage &msg, int status, const std::string &reason, const std::string &extra = {},
               const std::string &body = {});
    void handle_register(const SipMessage &msg);
    void handle_invite(const SipMessage &msg);
    int fd_;
    Registrar &registrar_;
    Scripting &scripting_;
    SrtpKeyGen &keygen_;
    Botan::AutoSeeded_RNG rng_;
    unsigned long local_probes_ = 0;
};

} // namespace sbc
