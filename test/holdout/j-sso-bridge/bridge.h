// ssobridge: single sign-on bridge in front of legacy intranet applications
#pragma once

#include <openssl/evp.h>

#include <map>
#include <string>

class Request {
public:
    const std::string &method() const { return method_; }
    const std::string &path() const { return path_; }
    const std::string &body() const { return body_; }
    std::string header(const std::string &name) const;
    std::string user_agent() const;

    friend bool read_request(int fd, Request &req);

private:
    std::string method_, path_, body_;
    std::map<std::string, std::string> headers_;
};

bool read_request(int fd, Request &req);

// accounts.cpp
bool check_login(const std::string &username, const std::string &password);
std::string cookie_signing_key();

// authz.cpp
class Authorizer {
public:
    Authorizer();
    bool authorize(const Request &req) const;
    bool login(const std::string &username, const std::string &password, std::string &cookie) const;
    bool check_cookie(const std::string &cookie) const;

private:
    bool verify_signature(const std::string &payload, const std::string &sig) const;
    std::string cookie_mac(const std::string &user) const;
    EVP_PKEY *idp_key_ = nullptr;
};
