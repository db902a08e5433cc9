#import "VNVault.h"

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

void VNSeedRandom(void)
{
    srandom((unsigned)time(NULL) ^ (unsigned)getpid());
}

void VNRandomBytes(void *buf, size_t n)
{
    unsigned char *p = buf;
    for (size_t i = 0; i < n; i++)
        p[i] = (unsigned char)(random() & 0xff);
}
