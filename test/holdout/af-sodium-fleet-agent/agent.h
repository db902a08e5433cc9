/* fleetd: the node agent of a fleet-management service.  Pulls signed
 * jobs from the fleet server, runs them through plugins, archives logs
 * for support, answers the local control socket. */
#ifndef AGENT_H
#define AGENT_H

#include <openssl/evp.h>
#include <sodium.h>
#include <stddef.h>

struct agent_cfg {
  char server[128];
  char spool[128];
  char data_key_path[128];
  char ctl_token[65];
  int archive_format;
  int poll_seconds;
};
extern struct agent_cfg g_cfg;
int cfg_load(const char *path);

/* plugins.c: jobs are run by plugins; the table is filled at start-up by
 * jobs.c and the agent's logger is installed by main.c */
struct job {
  char name[32];
  char arg[128];
};
struct plugin {
  const char *name;
  int (*run)(const struct plugin *self, const struct job *j);
  void (*log)(const char *line);
};
int plugin_register(struct plugin *p);
struct plugin *plugin_find(const char *name);
void plugin_set_logger(void (*log)(const char *line));

/* crypto.c */
enum { ARCH_AEAD = 0, ARCH_PLAIN = 1, ARCH_V1 = 2 };
int seal_record(const EVP_CIPHER *cipher, const unsigned char *key, const unsigned char *iv,
                const unsigned char *in, size_t n, unsigned char *out, size_t *out_len);
int fleet_escrow_key(const unsigned char data_key[32], unsigned char out[32 + crypto_box_SEALBYTES]);
int fleet_seal_report(const unsigned char *report, size_t n, unsigned char *out);
int fleet_verify_command(const unsigned char *msg, size_t n, const unsigned char sig[64]);

/* jobs.c */
void jobs_register_builtin(void);

/* cmd.c */
int cmd_poll(void);

/* ctl.c */
int ctl_serve(const char *path);

#endif
