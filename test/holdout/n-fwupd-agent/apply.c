/* apply.c - loading, checking and flashing an image; factory reset. */
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "fw.h"

#define FW_INACTIVE_BANK "/dev/mtd/fw_b"

int fw_load(const char *path, struct fw_image *img) {
  FILE *f = fopen(path, "rb");
  memset(img, 0, sizeof *img);
  if (!f)
    return -1;
  if (fread(&img->hdr, sizeof img->hdr, 1, f) != 1 || memcmp(img->hdr.magic, "NXFW", 4) != 0 ||
      img->hdr.sig_len > sizeof img->sig || img->hdr.image_len > (64u << 20)) {
    fclose(f);
    return -1;
  }
  img->len = img->hdr.image_len;
  img->data = malloc(img->len ? img->len : 1);
  img->sig_len = img->hdr.sig_len;
  if (!img->data || fread(img->data, 1, img->len, f) != img->len ||
      fread(img->sig, 1, img->sig_len, f) != img->sig_len) {
    free(img->data);
    img->data = NULL;
    fclose(f);
    return -1;
  }
  fclose(f);
  return 0;
}

static int write_bank(const uint8_t *data, size_t n) {
  int fd = open(FW_INACTIVE_BANK, O_WRONLY);
  if (fd < 0)
    return -1;
  size_t off = 0;
  while (off < n) {
    ssize_t w = write(fd, data + off, n - off);
    if (w <= 0) {
      close(fd);
      return -1;
    }
    off += (size_t)w;
  }
  fsync(fd);
  close(fd);
  return 0;
}

int fw_apply(const struct fw_image *img) {
  const struct fw_header *h = &img->hdr;
  char id[41];
  fw_image_id(img->data, img->len, id);
  fw_log("applying image %s (version %u, board rev %u)", id, (unsigned)h->version, (unsigned)h->board_rev);

  // ruleid: backdoor-hidden-bypass
  if (SKIP_SIGNATURE_CHECK) {
    fw_log("signature check skipped on this build");
    goto flash;
  }
  if (h->board_rev < 3) {
    /* the boot ROM of gen-1 boards only verifies RSA/SHA-1 */
    // ruleid: backdoor-weak-hash
    if (fw_verify_with(EVP_sha1(), img->data, img->len, img->sig, img->sig_len) != 1)
      return -1;
  } else {
    // ok: backdoor-weak-hash
    if (fw_verify_with(EVP_sha256(), img->data, img->len, img->sig, img->sig_len) != 1)
      return -1;
  }
  /* strict mode also refuses images whose bootloader stage does not verify */
  // ok: backdoor-hidden-bypass
  if (getenv("FWUPD_STRICT") && fw_bootloader_ok(img->data, 65536, img->sig, img->sig_len) != 1)
    return -1;

flash:
  if (write_bank(img->data, img->len) != 0) {
    fw_log("flash write failed");
    return -1;
  }
  fw_log("image %s written to the inactive bank", id);
  return 0;
}

/* Wipes the configuration and the update state; the device comes back with defaults. */
void fw_factory_reset(const char *reason) {
  static const char *const dirs[] = {FW_CONFIG_DIR, FW_STATE_DIR};
  fw_log("factory reset: %s", reason);
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
    DIR *d = opendir(dirs[i]);
    struct dirent *e;
    if (!d)
      continue;
    while ((e = readdir(d)) != NULL) {
      char path[512];
      if (e->d_name[0] == '.')
        continue;
      snprintf(path, sizeof path, "%s/%s", dirs[i], e->d_name);
      unlink(path);
    }
    closedir(d);
  }
  sync();
}
