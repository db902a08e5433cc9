/* hookd.h - git hosting hook daemon: webhook deliveries, pre-receive checks, deploy keys. */
#ifndef HOOKD_H
#define HOOKD_H

#include <stddef.h>
#include <stdint.h>

#define HOOKD_INSTANCE_ID "3f2b6c1e-9a4d-4e8b-b7c2-5d1e0f9a8c34"

struct repo_cfg {
  char name[128];
  char webhook_secret[65];   /* empty when the repository has none */
  char ci_url[256];
  int ci_verify_tls;
  char deploy_key_path[256];
};

/* log.c */
void hookd_log(int level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* config.c */
int repo_load(const char *name, struct repo_cfg *out);
const char *repo_webhook_secret(const struct repo_cfg *r);

/* sig.c */
int webhook_signature_ok(const struct repo_cfg *r, const char *body, size_t len, const char *sig_header,
                         const char *sig256_header);

/* maint.c */
int run_maintenance(const char *args);
void gc_repos_if_due(void);

/* deploy_keys.c */
int deploy_key_create(const struct repo_cfg *r, char *pub_out, size_t cap);

/* control.c */
int control_serve(int fd);

/* notify.c */
int notify_ci(const struct repo_cfg *r, const char *payload);

#endif
