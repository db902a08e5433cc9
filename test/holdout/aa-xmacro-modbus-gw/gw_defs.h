/* X-macro tables of the gateway: one list each, expanded where a table or an enum is needed. */
#ifndef GW_DEFS_H
#define GW_DEFS_H

/* Modbus function codes the gateway serves: code, name, handler */
#define MB_FUNCTIONS(X)                                   \
  X(0x03, READ_HOLDING, fc_read_holding)                  \
  X(0x06, WRITE_SINGLE, fc_write_single)                  \
  X(0x08, DIAGNOSTICS, fc_diagnostics)                    \
  X(0x10, WRITE_MULTIPLE, fc_write_multiple)              \
  X(0x2B, DEVICE_ID, fc_device_id)

/* diagnostics (0x08) sub-functions */
#define MB_DIAG_SUBS(X)                                   \
  X(0x0000, RETURN_QUERY)                                 \
  X(0x0001, RESTART_COMMS)                                \
  X(0x000A, CLEAR_COUNTERS)                               \
  X(0x000B, BUS_MESSAGE_COUNT)

/* connection states of conn.c */
#define GW_STATES(X) X(IDLE, st_idle) X(HEADER, st_header) X(BODY, st_body) X(DISPATCH, st_dispatch) X(CLOSED, st_closed)

/* configuration keys: type, field, default */
#define GW_CONFIG_FIELDS(X)                               \
  X(STR, broker_host, "mqtt.example-scada.net")           \
  X(INT, broker_port, 8883)                               \
  X(STR, ca_file, "/etc/gw/ca.pem")                       \
  X(STR, token_key_hex, "")                               \
  X(STR, portal_user, "operator")                         \
  X(STR, portal_salt_hex, "")                             \
  X(STR, portal_hash_hex, "")                             \
  X(INT, has_hwrng, 1)                                    \
  X(INT, log_debug, 0)                                    \
  X(INT, debug_noauth, 0)                                 \
  X(INT, legacy_des_units, 0)

/* TLS suites offered to the broker; the 3DES one is for the broker of the oldest sites */
#define GW_TLS_SUITES(X)                                  \
  X(MBEDTLS_TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384)      \
  X(MBEDTLS_TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256)        \
  X(MBEDTLS_TLS_RSA_WITH_3DES_EDE_CBC_SHA)

#endif
