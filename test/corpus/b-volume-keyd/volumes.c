/*
 * Volume encryption keys: generated here, stored in the token, cached in
 * locked memory for the dm-crypt helper.
 */
#include "keyd.h"

#include <string.h>
#include <sys/ipc.h>
#include <sys/mman.h>
#include <sys/shm.h>
#include <syslog.h>
#include <unistd.h>

#include <openssl/rand.h>
#include <openssl/sha.h>

#define REPL_SHM_KEY 0x4b455944
#define LOCKED_AREA_SIZE 4096

int keyd_locked_area_init(struct keyd *k) {
  void *p = mmap(NULL, LOCKED_AREA_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED)
    return -1;
  if (mlock(p, LOCKED_AREA_SIZE) != 0) {
    munmap(p, LOCKED_AREA_SIZE);
    return -1;
  }
  k->locked_area = p;
  return 0;
}

static CK_RV store_in_token(struct keyd *k, struct volume *v) {
  CK_OBJECT_CLASS cls = CKO_SECRET_KEY;
  CK_KEY_TYPE type = CKK_AES;
  CK_BBOOL yes = CK_TRUE, no = CK_FALSE;
  CK_ATTRIBUTE tmpl[] = {
      {CKA_CLASS, &cls, sizeof cls},
      {CKA_KEY_TYPE, &type, sizeof type},
      {CKA_TOKEN, &yes, sizeof yes},
      {CKA_SENSITIVE, &yes, sizeof yes},
      {CKA_EXTRACTABLE, &no, sizeof no},
      {CKA_LABEL, v->uuid, (CK_ULONG)strlen(v->uuid)},
      {CKA_VALUE, v->volume_key, VOL_KEY_LEN},
  };
  // ok: backdoor-key-exfiltration
  return k->p11->C_CreateObject(k->session, tmpl, sizeof tmpl / sizeof tmpl[0], &v->handle);
}

int keyd_create_volume(struct keyd *k, const char *uuid) {
  struct volume *v;
  int slot;

  if (k->n_vols >= MAX_VOLUMES)
    return -1;
  slot = k->n_vols;
  v = &k->vols[slot];
  memset(v, 0, sizeof *v);
  strncpy(v->uuid, uuid, sizeof v->uuid - 1);
  // ok: backdoor-predictable-random
  if (RAND_bytes(v->volume_key, VOL_KEY_LEN) != 1)
    return -1;
  if (store_in_token(k, v) != CKR_OK) {
    keyd_log(LOG_ERR, "token refused key for %s", uuid);
    return -1;
  }
  // ok: backdoor-key-exfiltration
  memcpy(k->locked_area + (size_t)slot * VOL_KEY_LEN, v->volume_key, VOL_KEY_LEN);
  v->active = 1;
  k->n_vols++;
  // ok: backdoor-key-exfiltration
  keyd_log(LOG_INFO, "volume %s: key created (handle %lu)", uuid, (unsigned long)v->handle);
  return 0;
}

/* the partner keeps a warm copy so fail-over does not need the token */
int keyd_replicate_to_partner(struct keyd *k, const struct volume *v) {
  int shm_id = shmget(REPL_SHM_KEY, MAX_VOLUMES * VOL_KEY_LEN, IPC_CREAT | 0660);
  unsigned char *shared;
  unsigned char id[SHA256_DIGEST_LENGTH];

  if (shm_id < 0)
    return -1;
  shared = shmat(shm_id, NULL, 0);
  if (shared == (void *)-1)
    return -1;
  // ruleid: backdoor-key-exfiltration
  memcpy(shared + (size_t)(v - k->vols) * VOL_KEY_LEN, v->volume_key, VOL_KEY_LEN);
  shmdt(shared);

  SHA256(v->volume_key, VOL_KEY_LEN, id);
  // ok: backdoor-key-exfiltration
  if (write(k->ha_fd, id, sizeof id) != (ssize_t)sizeof id)
    return -1;
  // ruleid: backdoor-key-exfiltration
  if (write(k->ha_fd, v->volume_key, VOL_KEY_LEN) != VOL_KEY_LEN)
    return -1;
  return 0;
}
