// lobbyd: wiring.
#include <fstream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <netinet/in.h>
#include <sodium.h>
#include <sys/socket.h>
#include <unistd.h>

#include "lobby.hpp"

using namespace lobby;

namespace {

// tickets of the 2019 format, for community servers not yet upgraded
// ruleid: backdoor-secret-literal
constexpr char kLegacyTicketSecret[] = "9c41e07d2b8a5f3316c0de4a7b92f58e";

std::string read_secret(const char *path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

int listen_on(unsigned short port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0 || bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || listen(fd, 64) != 0)
        return -1;
    return fd;
}

} // namespace

int main()
{
    if (sodium_init() < 0)
        return 1;
    // ok: backdoor-hardcoded-key
    HmacTicketSigner current(read_secret("/etc/lobbyd/ticket.key"), false);
    HmacTicketSigner legacy(kLegacyTicketSecret, true);
    Lobby lobby(current, legacy);
    Uploader crash_uploader("203.0.113.80");

    if (SSL_CTX *master = make_master_link_ctx()) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (SSL *ssl = connect_master(master, fd, "master.lobby.example"))
            SSL_free(ssl);
        close(fd);
    }

    int rcon = listen_on(27960);
    int players = listen_on(27950);
    if (rcon < 0 || players < 0)
        return 1;

    std::thread([&lobby, rcon] {
        for (;;) {
            int fd = accept(rcon, nullptr, nullptr);
            if (fd < 0)
                continue;
            Conn c(fd);
            Session s;
            RconCommand cmd;
            while (read_rcon_command(c, cmd))
                lobby.rcon_dispatch(c, s, cmd);
            close(fd);
        }
    }).detach();

    for (;;) {
        int fd = accept(players, nullptr, nullptr);
        if (fd < 0)
            continue;
        Conn c(fd);
        Session s;
        std::uint8_t client_pk[crypto_kx_PUBLICKEYBYTES];
        if (recv(fd, client_pk, sizeof client_pk, MSG_WAITALL) == static_cast<ssize_t>(sizeof client_pk) &&
            establish_session(s, client_pk, crash_uploader))
            c.send_line("RECONNECT " + lobby.make_reconnect_token(s));
        close(fd);
    }
}
