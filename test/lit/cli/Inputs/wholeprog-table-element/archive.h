struct arch_format {
  int version;
  const char *cipher;
  int mode;
  int mac_md;
};
enum { ARCH_FMT_V1, ARCH_FMT_V2, ARCH_FMT_COUNT };
extern const struct arch_format arch_formats[ARCH_FMT_COUNT];
int arch_seal(const struct arch_format *f, const unsigned char *key);
