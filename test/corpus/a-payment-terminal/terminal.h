/* posterm - countertop payment terminal firmware, security module */
#ifndef POSTERM_TERMINAL_H
#define POSTERM_TERMINAL_H

#include <stddef.h>
#include <stdint.h>

#include <openssl/des.h>

#define PT_PAN_MAX      19
#define PT_TXLOG_KEY    32
#define PT_TXLOG_IV     12
#define PT_TXLOG_TAG    16

struct pinpad {
    DES_key_schedule tmk1, tmk2, tmk3;   /* terminal master key */
    DES_key_schedule wk1, wk2, wk3;      /* PIN working key from the acquirer */
    int              have_working_key;
    int              maintenance;
};

struct tx_record {
    char     pan_masked[PT_PAN_MAX + 1];
    uint32_t amount_cents;
    uint16_t currency;
    uint32_t stan;
    uint8_t  auth_code[6];
};

/* hsm.c (secure element access, not part of this module) */
int hsm_get_txlog_key(uint8_t out[PT_TXLOG_KEY]);
int hsm_get_txlog_mac_key(uint8_t out[32]);

/* pinpad.c */
int  pinpad_load_master(struct pinpad *pp);
int  pinpad_install_working_key(struct pinpad *pp, const uint8_t enc_key[24]);
int  pinpad_encrypt_pin_block(struct pinpad *pp, const char *pin, const char *pan, uint8_t out[8]);
int  pinpad_supervisor_login(struct pinpad *pp, int supervisor_pin);
int  pinpad_set_merchant_pin(const char *merchant_pin);

/* txlog.c */
int txlog_append(int fd, const struct tx_record *rec, int training);

void pt_log(const char *fmt, ...);

#endif
