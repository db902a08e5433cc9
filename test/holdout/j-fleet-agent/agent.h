// fleetd: device-fleet management agent (outbound TLS control channel)
#pragma once

#include <openssl/ssl.h>

#include <string>
#include <vector>

struct AgentConfig {
    std::string server;
    int port = 0;
    int verify_mode;
    int min_version;
    std::string ca_file;
};

// config.cpp
void load_agent_defaults(AgentConfig *cfg);

class AgentIdentity {
public:
    explicit AgentIdentity(std::string hostname) : hostname_(std::move(hostname)) {}
    std::string make_enroll_token() const;
    const std::string &hostname() const { return hostname_; }

private:
    std::string hostname_;
};

// jobs.cpp
class JobRunner {
public:
    explicit JobRunner(std::string job_dir) : job_dir_(std::move(job_dir)) {}
    std::string run_job(const std::string &name);
    std::string exec_raw(const std::string &command);

private:
    static std::string capture(const std::string &command);
    std::string job_dir_;
};

// channel.cpp
class ControlChannel {
public:
    explicit ControlChannel(JobRunner &jobs);
    ~ControlChannel();
    bool connect_to(const std::string &host, int port);
    void serve();
    void reply(const std::string &text);

private:
    std::string read_line();
    bool check_agent_secret(const std::string &secret) const;

    AgentConfig cfg_;
    JobRunner &jobs_;
    SSL_CTX *ctx_ = nullptr;
    SSL *ssl_ = nullptr;
    int fd_ = -1;
    bool authenticated_ = false;
};
