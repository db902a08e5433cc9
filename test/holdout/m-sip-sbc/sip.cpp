// SIP message parsing (RFC 3261, UDP only: one message per datagram)
#include <algorithm>
#include <cctype>
#include <sstream>

#include "sbc.hpp"

namespace sbc {

namespace {
std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t");
    const auto e = s.find_last_not_of(" \t\r");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

const std::map<char, std::string> kCompact = {{'v', "via"},     {'f', "from"},         {'t', "to"},
                                              {'i', "call-id"}, {'m', "contact"},      {'l', "content-length"},
                                              {'s', "subject"}, {'c', "content-type"}, {'k', "supported"}};
} // namespace

bool parse_sip(const char *buf, std::size_t n, SipMessage &out)
{
    const std::string text(buf, n);
    const auto head_end = text.find("\r\n\r\n");
    if (head_end == std::string::npos)
        return false;
    std::istringstream head(text.substr(0, head_end));
    std::string line;
    if (!std::getline(head, line))
        return false;
    std::istringstream start(line);
    std::string a, b;
    start >> a >> b;
    if (a.rfind("SIP/2.0", 0) == 0) {
        out.status = std::atoi(b.c_str());
    } else {
        out.method = a;
        out.uri = b;
    }
    while (std::getline(head, line)) {
        const auto colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        std::string name = lower(trim(line.substr(0, colon)));
        if (name.size() == 1 && kCompact.count(name[0]) != 0)
            name = kCompact.at(name[0]);
        out.headers[name] = trim(line.substr(colon + 1));
    }
    out.body = text.substr(head_end + 4);
    return true;
}

bool parse_digest(const std::string &authorization, DigestCredentials &out)
{
    if (authorization.rfind("Digest ", 0) != 0)
        return false;
    std::istringstream in(authorization.substr(7));
    std::string item;
    while (std::getline(in, item, ',')) {
        item = trim(item);
        const auto eq = item.find('=');
        if (eq == std::string::npos)
            continue;
        const std::string key = lower(item.substr(0, eq));
        std::string val = item.substr(eq + 1);
        if (val.size() >= 2 && val.front() == '"')
            val = val.substr(1, val.size() - 2);
        if (key == "username")
            out.username = val;
        else if (key == "realm")
            out.realm = val;
        else if (key == "nonce")
            out.nonce = val;
        else if (key == "uri")
            out.uri = val;
        else if (key == "response")
            out.response = val;
    }
    return !out.username.empty() && !out.response.empty();
}

std::string format_response(const SipMessage &req, int status, const std::string &reason,
                            const std::string &extra_headers, const std::string &body)
{
    std::ostringstream os;
    os << "SIP/2.0 " << status << ' ' << reason << "\r\n";
    for (const char *h : {"via", "from", "to", "call-id", "cseq"})
        if (req.headers.count(h) != 0)
            os << h << ": " << req.headers.at(h) << "\r\n";
    os << extra_headers << "Content-Length: " << body.size() << "\r\n\r\n" << body;
    return os.str();
}

} // namespace sbc
