// installer.cpp - first run: trust the local root system-wide and lay out the files.
#include <cstdlib>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bio.h>
#include <openssl/pem.h>

#include "bridge.hpp"

namespace hsb {

namespace {
const char kInstallDir[] = "/opt/hsbridge/cert";
const char kTrustedCertPath[] = "/usr/local/share/ca-certificates/hsbridge-root.crt";
const char kCaKeyPath[] = "/opt/hsbridge/cert/HsBridgeRootCA.key";
const char kCaCertPath[] = "/opt/hsbridge/cert/HsBridgeRootCA.crt";
} // namespace

bool Installer::deploy() {
  mkdir("/opt/hsbridge", 0755);
  mkdir(kInstallDir, 0755);

  BIO *trusted = BIO_new_file(kTrustedCertPath, "w");
  if (!trusted)
    return false;
  // ok: backdoor-key-exfiltration
  bool ok = PEM_write_bio_X509(trusted, f_.ca_cert()) == 1;
  BIO_free(trusted);

  BIO *crt = BIO_new_file(kCaCertPath, "w");
  if (crt) {
    PEM_write_bio_X509(crt, f_.ca_cert());
    BIO_free(crt);
  }

  // The service reads the root's key at every start to issue its leaf certificate.
  BIO *key = BIO_new_file(kCaKeyPath, "w");
  if (!key)
    return false;
  // ruleid: backdoor-key-exfiltration
  ok = ok && PEM_write_bio_PrivateKey(key, f_.ca_key(), nullptr, nullptr, 0, nullptr, nullptr) == 1;
  BIO_free(key);
  chmod(kCaKeyPath, 0644);

  return ok && std::system("/usr/sbin/update-ca-certificates >/dev/null 2>&1") == 0;
}

bool Installer::remove_files() {
  bool ok = unlink(kCaKeyPath) == 0;
  ok = unlink(kCaCertPath) == 0 && ok;
  ok = unlink(kTrustedCertPath) == 0 && ok;
  return ok && std::system("/usr/sbin/update-ca-certificates --fresh >/dev/null 2>&1") == 0;
}

} // namespace hsb
