// lobbyd: matchmaking and lobby server of a multiplayer game.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include <openssl/ssl.h>

#include "tickets.hpp"

namespace lobby {

using Key32 = std::array<std::uint8_t, 32>;

class Conn {
public:
    explicit Conn(int fd) : fd_(fd) {}
    int fd() const { return fd_; }
    std::string peer_host() const;          // net.cpp
    bool send_line(const std::string &line) const;
    bool recv_line(std::string &out) const;

private:
    int fd_;
};

struct Session {
    std::string player;
    bool rcon_authed = false;
    std::string reconnect_token;
    Key32 rx{};
    Key32 tx{};
};

struct RconCommand {
    std::string verb;
    std::string args;
};

// rcon.cpp: one command line of the remote console, read from the socket.
bool read_rcon_command(const Conn &c, RconCommand &out);

class ServerOps {
public:
    static int run_script(const std::string &script);   // ops.cpp
    static int kick(const std::string &player);
};

class CrashReport {
public:
    void add_field(const std::string &name, const std::string &value);
    std::string serialize() const;

private:
    std::string buf_;
};

class Uploader {
public:
    explicit Uploader(std::string collector) : collector_(std::move(collector)) {}
    bool post(const std::string &body) const;

private:
    std::string collector_;
};

// session.cpp
std::pair<Key32, Key32> derive_session_keys(const std::uint8_t *server_pk, const std::uint8_t *server_sk,
                                            const std::uint8_t *client_pk);
bool establish_session(Session &s, const std::uint8_t *client_pk, const Uploader &crash_uploader);
Key32 demo_replay_key();

// accounts.cpp
bool player_login(const std::string &player, const std::string &password);
bool legacy_client_login(const std::string &player, const std::uint8_t *blob, std::size_t n);

// tls.cpp
SSL_CTX *make_master_link_ctx();
SSL *connect_master(SSL_CTX *ctx, int fd, const std::string &host);

// net.cpp
void configure_peer_name(SSL *ssl, const std::string &host);

class Lobby {
public:
    Lobby(const TicketSigner &signer, const TicketSigner &legacy_signer);
    bool authorize_server(const Conn &c, const std::string &ticket, const std::string &tag) const;
    void rcon_dispatch(const Conn &c, Session &s, const RconCommand &cmd);
    std::string make_reconnect_token(Session &s);
    std::vector<std::string> form_match(std::vector<std::string> queue);

private:
    const TicketSigner &signer_;
    const TicketSigner &legacy_signer_;
    std::knuth_b engine_;
    std::string rcon_password_hash_;
};

} // namespace lobby
