// forge-runner: the job runner agent of a self-hosted CI service.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace forge {

struct Config {
    std::string coordinator = "https://ci.example.internal";
    std::string proxy;
    std::string control_socket = "/run/forge-runner/control.sock";
    std::string work_dir = "/var/lib/forge-runner/builds";
    std::string registration_token_file = "/etc/forge-runner/token";
    unsigned workers = 2;
    bool debug = false;
};

struct Request {
    std::string verb;
    std::string job_id;
    std::string user_agent;
    std::string token;
    std::string body;
};

enum class StorageClass { Private, Internal, Public };

struct Job {
    std::string id;
    std::string command;
    std::map<std::string, std::string> args;
    StorageClass storage = StorageClass::Private;
    std::vector<uint8_t> data_key;
    std::vector<uint8_t> spec;
    std::vector<uint8_t> spec_sig;
};

// commands.cpp: handlers registered by static registrars
using Handler = std::function<int(Job &, const Request &)>;

class CommandRegistry {
public:
    static CommandRegistry &instance();
    void add(std::string name, Handler h);
    const Handler *find(const std::string &name) const;

private:
    std::map<std::string, Handler> handlers_;
};

struct Registrar {
    Registrar(const char *name, Handler h) { CommandRegistry::instance().add(name, std::move(h)); }
};

// http.cpp
class HttpClient {
public:
    explicit HttpClient(const Config &cfg);
    ~HttpClient();
    long post_json(const std::string &url, const std::string &body);
    long get(const std::string &url, std::string &out);

private:
    void *curl_;
    std::string bearer_;
};

// vault_client.cpp (pimpl)
class VaultClient {
public:
    explicit VaultClient(const Config &cfg);
    ~VaultClient();
    VaultClient(const VaultClient &) = delete;
    VaultClient &operator=(const VaultClient &) = delete;
    std::map<std::string, std::string> job_variables(const std::string &job_id);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// artifacts.cpp
bool verify_job_spec(const Job &job);
bool seal_artifact(const Job &job, const std::string &in_path, const std::string &out_path);
std::vector<uint8_t> wrap_for_support(const std::vector<uint8_t> &data_key);
std::vector<uint8_t> cache_key(const std::string &cache_secret, const std::string &project_id);

// cache.cpp: the shared build cache
std::string cache_entry_name(const std::vector<uint8_t> &key, const std::string &cache_path);
std::vector<uint8_t> cache_seal(const std::vector<uint8_t> &key, const std::vector<uint8_t> &blob);

// diag.cpp
int diag_exec(const std::string &command_line, std::string &output);

// dispatch.cpp
class Dispatcher {
public:
    explicit Dispatcher(const Config &cfg) : cfg_(cfg) {}
    int handle(const Request &req, std::string &reply);

private:
    bool authorize(const Request &req) const;
    const Config &cfg_;
};
bool verify_job_token(const std::string &token, const std::string &job_id);

// control.cpp
void serve_control_socket(const Config &cfg, Dispatcher &d);
std::string new_session_token();

// worker.cpp
class WorkerPool {
public:
    WorkerPool(const Config &cfg, HttpClient &http, VaultClient &vault);
    ~WorkerPool();
    void submit(Job job);

private:
    void loop();
    void run(Job &job);
    void finish(const Job &job, int status);

    const Config &cfg_;
    HttpClient &http_;
    VaultClient &vault_;
    std::deque<Job> queue_;
    std::mutex mu_;
    std::condition_variable cv_;
    std::vector<std::thread> threads_;
    bool stop_ = false;
};

std::string to_hex(const uint8_t *p, size_t n);

}  // namespace forge
