#include <stdbool.h>
#include <stddef.h>
struct fw_header {
  char magic[4];
  char variant[16];
  unsigned char signature[256];
  unsigned image_len;
};
bool fw_signature_ok(const struct fw_header *hdr, const unsigned char *image, size_t len);
int fw_install(const unsigned char *blob, size_t len);
int fw_install_factory(const unsigned char *blob, size_t len);
bool factory_image_ok(const struct fw_header *hdr, const unsigned char *image, size_t len);
