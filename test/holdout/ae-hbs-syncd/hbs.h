/*
 * hbs-syncd: the replication daemon of a NAS backup suite (sync jobs between boxes and
 * to cloud targets, with an rsync-compatible module server).
 *
 * Reconstruction of QNAP Hybrid Backup Sync's hard-coded credential (CVE-2021-28799,
 * QNAP advisory QSA-21-13, April 2021; exploited by the Qlocker campaign, which used it
 * to 7-zip the victims' files): the rsync server of HBS 3 accepted a built-in account
 * whose password was compiled in.  The account name, its password and the protocol
 * details here follow public write-ups only loosely (as remembered); the rest of the
 * daemon is invented.
 */
#ifndef HBS_H
#define HBS_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

#define HBS_AUTH_OK 1
#define HBS_AUTH_FAIL 0
#define HBS_AUTH_EXPIRED (-2)

#define HBS_CLOUD_RELAY_IP "172.17.254.1"

struct hbs_conn {
  int fd;
  char peer_ip[64];
  char user[64];
  int authenticated;
};

enum hbs_job_mode { HBS_JOB_ENCRYPTED, HBS_JOB_COMPRESS_ONLY };

struct hbs_job {
  char name[64];
  char source[256];
  char password[128]; /* empty: the job's archive key is not protected by a password */
  enum hbs_job_mode mode;
  int hour, minute;
  int retention_days;
  char share_token[33];
};

struct hbs_module {
  char name[64];
  char path[256];
  char post_xfer_exec[256];
  int read_only;
};

/* log.c */
void hbs_log(int prio, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* peer.c */
int hbs_peer_describe(int fd, char *ip, size_t n);

/* users.c */
int users_verify(const char *user, const char *password);
int users_set_password(const char *user, const char *password);
int users_export_for_hbs2(const char *path);

/* login.c */
int hbs_login(struct hbs_conn *c, const char *user, const char *password);

/* job.c */
int job_archive(const struct hbs_job *job, int in_fd, int out_fd);
int job_share_link(struct hbs_job *job, char *url, size_t n);

/* target_tls.c */
void *target_connect(const char *host, int port, const char *ca_file);
int target_send(void *t, const void *buf, size_t n);
void target_close(void *t);

/* module.c */
int module_load(const char *path, struct hbs_module *mods, int max);
int module_after_transfer(const struct hbs_module *m, const char *file);

/* sched.c */
void sched_tick(struct hbs_job *jobs, int n, time_t now);

#endif
