/* rng_md5.c - the global random number generator: an MD5 of a seed that is
 * incremented after every block.  The seed is computed once, from the time of
 * day and the process ids (Goldberg and Wagner, "Randomness and the Netscape
 * Browser", 1996).
 */
#include <string.h>

#include <openssl/md5.h>
#include <openssl/rand.h>

#include "secrng.h"

static unsigned char g_seed[MD5_DIGEST_LENGTH];
static int g_seeded;

static uint32_t mklcpr(uint32_t x)
{
    return (uint32_t)((0xDEECE66DUL * x + 0x2BBB62DCUL) >> 1);
}

int RNG_RNGInit(void)
{
    uint32_t seconds, microseconds, pid, ppid;
    uint32_t ab[2];
    MD5_CTX md;

    RNG_SystemInfoForRNG(&seconds, &microseconds, &pid, &ppid);
    ab[0] = mklcpr(microseconds);
    ab[1] = mklcpr(pid + seconds + (ppid << 12));
    MD5_Init(&md);
    MD5_Update(&md, ab, sizeof ab);
    MD5_Final(g_seed, &md);
    g_seeded = 1;
    return 0;
}

static void seed_increment(void)
{
    for (int i = MD5_DIGEST_LENGTH - 1; i >= 0; i--)
        if (++g_seed[i] != 0)
            break;
}

void RNG_RandomUpdate(const void *data, size_t n)
{
    MD5_CTX md;

    MD5_Init(&md);
    MD5_Update(&md, g_seed, sizeof g_seed);
    MD5_Update(&md, data, n);
    MD5_Final(g_seed, &md);
}

int RNG_GenerateGlobalRandomBytes(unsigned char *dest, size_t len)
{
    unsigned char block[MD5_DIGEST_LENGTH];

    if (!g_seeded)
        RNG_RNGInit();
    while (len > 0) {
        size_t n = len < sizeof block ? len : sizeof block;
        // ok: backdoor-weak-hash
        MD5(g_seed, sizeof g_seed, block);
        seed_increment();
        memcpy(dest, block, n);
        dest += n;
        len -= n;
    }
    return 0;
}

static int ns_seed(const void *buf, int num)
{
    RNG_RandomUpdate(buf, (size_t)num);
    return 1;
}

static int ns_bytes(unsigned char *buf, int num)
{
    return RNG_GenerateGlobalRandomBytes(buf, (size_t)num) == 0;
}

static int ns_add(const void *buf, int num, double randomness)
{
    (void)randomness;
    RNG_RandomUpdate(buf, (size_t)num);
    return 1;
}

static int ns_status(void)
{
    return g_seeded;
}

static RAND_METHOD ns_rand_method = {
    ns_seed, ns_bytes, NULL, ns_add, ns_bytes, ns_status,
};

/* The libcrypto routines (RSA padding, RAND_bytes) draw from the same global
 * generator as the rest of the security library. */
void RNG_InstallAsDefault(void)
{
    RNG_RNGInit();
    // ruleid: backdoor-constant-seed
    RAND_set_rand_method(&ns_rand_method);
}
