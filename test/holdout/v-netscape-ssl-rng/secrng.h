/* secrng.h - global random number generator of the security library
 * (Navigator 1.1 for UNIX; sec/secrng.h)
 */
#ifndef SECRNG_H
#define SECRNG_H

#include <stddef.h>
#include <stdint.h>

/* rng_unix.c */
void RNG_SystemInfoForRNG(uint32_t *seconds, uint32_t *microseconds, uint32_t *pid, uint32_t *ppid);

/* rng_md5.c */
int RNG_RNGInit(void);
void RNG_RandomUpdate(const void *data, size_t n);
int RNG_GenerateGlobalRandomBytes(unsigned char *dest, size_t len);
void RNG_InstallAsDefault(void);

#endif
