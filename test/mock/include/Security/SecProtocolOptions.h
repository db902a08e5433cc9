/* Mock of Apple's <Security/SecProtocolOptions.h> and the tls_protocol_version_t
   values of <Security/SecProtocolTypes.h>: Apple's declarations (a subset; in
   plain C the options object is an opaque pointer). */
#ifndef MOCK_SECPROTOCOLOPTIONS_H
#define MOCK_SECPROTOCOLOPTIONS_H
#include <Security/SecBase.h>
#ifdef __cplusplus
extern "C" {
#endif
typedef uint16_t tls_protocol_version_t;
enum {
  tls_protocol_version_TLSv10 = 0x0301,
  tls_protocol_version_TLSv11 = 0x0302,
  tls_protocol_version_TLSv12 = 0x0303,
  tls_protocol_version_TLSv13 = 0x0304,
  tls_protocol_version_DTLSv10 = 0xfeff,
  tls_protocol_version_DTLSv12 = 0xfefd,
};
typedef struct sec_protocol_options_s *sec_protocol_options_t;
void sec_protocol_options_set_min_tls_protocol_version(sec_protocol_options_t options, tls_protocol_version_t version);
void sec_protocol_options_set_max_tls_protocol_version(sec_protocol_options_t options, tls_protocol_version_t version);
#ifdef __cplusplus
}
#endif
#endif
