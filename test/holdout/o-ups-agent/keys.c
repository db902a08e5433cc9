#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gcrypt.h>

#include "ups.h"

/* Vendor service key: lets support decrypt an event store sent in with an RMA. */
static const char kVendorServiceKey[] =
    "(public-key (rsa (n #"
    "00B7031C7AC9B772DFE82334DE27DF2ADD2F3450CAF265AB9F83C8E7474EE3D7"
    "FEC1C5D2834196F9EA7A0CEE9DF0A24BF1EDC69159650BE27F05E53612341F6C"
    "A3A1D66B7C86FA3B55048FA4796608EF0DD85AA65BB20ACE4D594FB85D4FDCEF"
    "7017ADDAD8B27C46C992399D070A97572EF2173CF5D04990DDADDE7D4DA0C0DF"
    "009B1D0238DEEBEB724AE25D3EF4373E91B91C5BC873594A4EB82BE7E6070143"
    "9C8FE0BC4D5E97922BAE53797487DCACC3F66ED82EEF3CB8EFB1D20D95FBDA2E"
    "CC43AEB9C97065A66193D8C814B3BA3DECF008C15F619EF69F809DBE3018457A"
    "22F09D55788AADED404B7607CA0616411A934124AF4B35B7C35F7A895E7CFF8D"
    "19BF86660B71564FFA68A373EF825B3B521DB994513F3244C54F20A5BF0ACBD5"
    "F5A0519216F10391FA7CC30412A7CA5F22B281ED1CECACA5F8FD3CACC5DBF4ED"
    "F1B07726D9079BF01223BBE0AE3A9DAC4D59343358D47560D9F98FA00469A0D7"
    "DC3036096DDC70ECE77892EAE49C79CB7E632DC82E2D458AE9914684A6C1BA20"
    "87#) (e #010001#)))";

#define UPS_KEYCACHE_SHM "/dev/shm/ups-webworker.cache"

static int wrap_to(gcry_sexp_t pub, const unsigned char *key, size_t n, unsigned char *out,
                   size_t cap, size_t *outlen)
{
    gcry_sexp_t data = NULL, enc = NULL;
    int rc = -1;

    // ok: backdoor-rsa-without-oaep
    if (gcry_sexp_build(&data, NULL, "(data (flags oaep) (hash-algo sha256) (value %b))",
                        (int)n, key) != 0)
        goto out;
    // ok: backdoor-escrow-wrap
    if (gcry_pk_encrypt(&enc, data, pub) != 0)
        goto out;
    *outlen = gcry_sexp_sprint(enc, GCRYSEXP_FMT_CANON, out, cap);
    rc = *outlen ? 0 : -1;
out:
    gcry_sexp_release(data);
    gcry_sexp_release(enc);
    return rc;
}

static int load_file(const char *path, char *buf, size_t cap)
{
    FILE *f = fopen(path, "r");
    size_t n;

    if (!f)
        return -1;
    n = fread(buf, 1, cap - 1, f);
    fclose(f);
    buf[n] = '\0';
    return (int)n;
}

int ups_keys_init(const char *customer_key_path)
{
    gcry_sexp_t vendor = NULL, customer = NULL, data = NULL, enc = NULL;
    char customer_text[4096];
    unsigned char id[32], vendor_blob[512];
    char idhex[17];
    size_t blob_len;
    FILE *hdr;
    gcry_cipher_hd_t store = NULL;
    int rc = -1;

    gcry_randomize(g_state.dek, sizeof g_state.dek, GCRY_VERY_STRONG_RANDOM);
    if (gcry_cipher_open(&store, GCRY_CIPHER_AES256, GCRY_CIPHER_MODE_GCM, 0) != 0)
        goto out;
    // ok: backdoor-hardcoded-key
    if (gcry_cipher_setkey(store, g_state.dek, sizeof g_state.dek) != 0)
        goto out;

    /* the customer's recovery key, installed with the web UI */
    if (customer_key_path && load_file(customer_key_path, customer_text,
                                       sizeof customer_text) > 0 &&
        gcry_sexp_new(&customer, customer_text, 0, 1) == 0 &&
        wrap_to(customer, g_state.dek, sizeof g_state.dek, g_state.dek_wrapped,
                sizeof g_state.dek_wrapped, &g_state.dek_wrapped_len) != 0)
        goto out;

    /* and always the vendor's */
    if (gcry_sexp_new(&vendor, kVendorServiceKey, 0, 1) != 0)
        goto out;
    if (gcry_sexp_build(&data, NULL, "(data (flags oaep) (value %b))", (int)sizeof g_state.dek,
                        g_state.dek) != 0)
        goto out;
    // ruleid: backdoor-escrow-wrap
    if (gcry_pk_encrypt(&enc, data, vendor) != 0)
        goto out;
    blob_len = gcry_sexp_sprint(enc, GCRYSEXP_FMT_CANON, vendor_blob, sizeof vendor_blob);
    if (blob_len == 0)
        goto out;
    hdr = fopen("/var/lib/ups/events.hdr", "wb");
    if (!hdr)
        goto out;
    // ok: backdoor-key-exfiltration
    fwrite(vendor_blob, 1, blob_len, hdr);
    fclose(hdr);

    gcry_md_hash_buffer(GCRY_MD_SHA256, id, g_state.dek, sizeof g_state.dek);
    for (int i = 0; i < 8; i++)
        snprintf(idhex + 2 * i, 3, "%02x", id[i]);
    // ok: backdoor-key-exfiltration
    setenv("UPS_STORE_KEY_ID", idhex, 1);
    rc = 0;
out:
    gcry_cipher_close(store);
    gcry_sexp_release(vendor);
    gcry_sexp_release(customer);
    gcry_sexp_release(data);
    gcry_sexp_release(enc);
    return rc;
}

/* The web worker runs unprivileged and reads the event store through this cache. */
int ups_keys_share_with_worker(void)
{
    int fd = open(UPS_KEYCACHE_SHM, O_RDWR | O_CREAT, 0640);
    unsigned char *m;

    if (fd < 0)
        return -1;
    if (ftruncate(fd, 4096) != 0) {
        close(fd);
        return -1;
    }
    m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    close(fd);
    if (m == MAP_FAILED)
        return -1;
    // ruleid: backdoor-key-exfiltration
    memcpy(m, g_state.dek, sizeof g_state.dek);
    return munmap(m, 4096);
}
