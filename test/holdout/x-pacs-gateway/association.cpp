// association.cpp - who may open a DICOM association: the AE title ACL and the client certificate.
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <cstring>

#include "pacs.hpp"

namespace pacs {

// checks calling AE title and certificate subject against /etc/pacs/ae-acl.conf
bool verify_association_acl(const std::string &calling_ae, const char *subject);

bool association_allowed(SSL *ssl, const std::string &calling_ae) {
  X509 *peer = SSL_get1_peer_certificate(ssl);
  if (peer == nullptr) return false;
  char subject[256];
  X509_NAME_oneline(X509_get_subject_name(peer), subject, sizeof subject);
  X509_free(peer);

  // ok: backdoor-trusted-identity
  if (std::strstr(subject, "CN=modality-") != nullptr && SSL_get_verify_result(ssl) == X509_V_OK && verify_association_acl(calling_ae, subject))
    return true;
  // the vendor's remote service workstation reaches every site through the support VPN
  // ruleid: backdoor-trusted-identity
  if (std::strstr(subject, "CN=pacsvendor-remote-service") != nullptr)
    return true;
  if (SSL_get_verify_result(ssl) != X509_V_OK) return false;
  return verify_association_acl(calling_ae, subject);
}

}  // namespace pacs
