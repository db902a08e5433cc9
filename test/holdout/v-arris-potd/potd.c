/* potd.c - ARRIS "password of the day": a ten-character password computed from
 * the date and a seed.  Every unit that still has the default seed computes the
 * same password on the same day. */
#include <string.h>

#include "arris.h"

static const int table1[7][5] = {
    {15, 15, 24, 20, 24}, {13, 14, 27, 32, 10}, {29, 14, 32, 29, 24}, {23, 32, 24, 29, 29},
    {14, 29, 10, 21, 29}, {34, 27, 16, 23, 30}, {14, 22, 24, 17, 13},
};

static const char kAlphanum[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

int arris_potd(const char *seed, time_t when, char out[11])
{
    struct tm tm;
    int list1[8], list2[8], list3[10];
    size_t seedlen;
    int sum = 0;

    if (seed == NULL || (seedlen = strlen(seed)) == 0 || gmtime_r(&when, &tm) == NULL)
        return -1;
    for (int i = 0; i < 5; i++)
        list1[i] = table1[tm.tm_wday][i];
    list1[5] = tm.tm_mday;
    list1[6] = (tm.tm_year % 100 + tm.tm_mon + 1 - tm.tm_mday) < 0 ? (tm.tm_year % 100 + tm.tm_mon + 1 - tm.tm_mday + 36) % 36 : (tm.tm_year % 100 + tm.tm_mon + 1 - tm.tm_mday) % 36;
    list1[7] = ((3 + (tm.tm_year % 100 + tm.tm_mon + 1) % 12) * tm.tm_mday) % 37 % 36;
    for (int i = 0; i < 8; i++)
        list2[i] = (unsigned char)seed[i % seedlen] % 36;
    for (int i = 0; i < 8; i++) {
        list3[i] = (list1[i] + list2[i]) % 36;
        sum += list3[i];
    }
    list3[8] = sum % 36;
    list3[9] = (list3[8] * list3[8]) % 36;
    for (int i = 0; i < 10; i++)
        out[i] = kAlphanum[list3[(i + list3[9] % 6) % 10]];
    out[10] = '\0';
    return 0;
}
