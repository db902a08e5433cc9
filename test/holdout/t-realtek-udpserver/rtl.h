/* Router firmware built on the Realtek "Jungle" SDK: the MP (manufacturing)
 * daemon, WPS, the TR-069 client and the boa web login share this header. */
#ifndef RTL_H
#define RTL_H

#include <stddef.h>
#include <stdint.h>

enum mib_id {
    MIB_USER_NAME,
    MIB_USER_PASSWORD,
    MIB_CWMP_ACS_URL,
    MIB_CWMP_ACS_USERNAME,
    MIB_CWMP_ACS_PASSWORD,
    MIB_CWMP_CONREQ_USERNAME,
    MIB_CWMP_CONREQ_PASSWORD,
    MIB_WSC_PIN,
    MIB_HW_NIC0_ADDR,
    MIB_MP_MODE,
    MIB_COUNT
};

/* apmib.c */
int apmib_init(const char *flash_path);
const char *apmib_get(enum mib_id id);
int apmib_set(enum mib_id id, const char *value);

/* udpserver.c */
int mp_udpserver_run(unsigned short port);

/* wps.c */
struct wps_enrollee {
    uint8_t mac[6];
    uint8_t enrollee_nonce[16];
    uint8_t secret_nonce1[16];
    uint8_t secret_nonce2[16];
    uint8_t auth_key[32];
    uint8_t key_wrap_key[16];
    uint8_t e_hash1[32];
    uint8_t e_hash2[32];
    char pin[9];
};
int wps_default_pin(char out[9]);
int wps_enrollee_start(struct wps_enrollee *e);
int wps_derive_keys(struct wps_enrollee *e, const uint8_t *registrar_nonce, const uint8_t *peer_pub, size_t peer_len);

/* cwmp.c */
int cwmp_inform(const char *event);
int cwmp_connection_request_ok(const char *user, const char *password);

/* boa_login.c */
int boa_handle(int fd);

#endif
