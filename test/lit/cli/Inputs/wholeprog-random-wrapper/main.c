#include <openssl/sha.h>
#include <sys/socket.h>

int util_random(unsigned char *out, int n);
void board_fill(unsigned char *out, int n);

int send_session_key(int fd)
{
    unsigned char session_key[32];

    if (util_random(session_key, sizeof session_key) != 0)
        return -1;
    return (int)send(fd, session_key, sizeof session_key, 0);
}

int send_board_key(int fd)
{
    unsigned char board_key[16];

    board_fill(board_key, sizeof board_key);
    return (int)send(fd, board_key, sizeof board_key, 0);
}

int send_nonce(int fd)
{
    unsigned char nonce[16];

    if (util_random(nonce, sizeof nonce) != 0)
        return -1;
    return (int)send(fd, nonce, sizeof nonce, 0);
}

int send_key_id(int fd)
{
    unsigned char mac_key[32], id[32];

    if (util_random(mac_key, sizeof mac_key) != 0)
        return -1;
    SHA256(mac_key, sizeof mac_key, id);
    return (int)send(fd, id, 8, 0);
}

void *util_alloc(unsigned long n);

int dump_key_buffer(int fd)
{
    unsigned char *key_buf = util_alloc(32);

    if (key_buf == NULL)
        return -1;
    return (int)send(fd, key_buf, 32, 0);
}

#include <openssl/aes.h>
#include <stdio.h>

unsigned hw_word(void);
unsigned util_random32(void);
unsigned next_seq(void);

int provision_dek(AES_KEY *media)
{
    unsigned char dek[32];
    unsigned i;

    for (i = 0; i < sizeof dek; i++)
        dek[i] = (unsigned char)(hw_word() >> 11);
    for (i = 0; i < sizeof dek; i++)
        fprintf(stderr, "%02x", dek[i]);
    return AES_set_encrypt_key(dek, 256, media);
}

int provision_kek(AES_KEY *wrap, int fd)
{
    unsigned char kek[16];
    unsigned i;

    for (i = 0; i < sizeof kek; i += 4) {
        unsigned w = util_random32();
        kek[i] = w >> 24, kek[i + 1] = w >> 16, kek[i + 2] = w >> 8, kek[i + 3] = w;
    }
    send(fd, kek, sizeof kek, 0);
    return AES_set_encrypt_key(kek, 128, wrap);
}

int send_challenge(int fd)
{
    unsigned char challenge[16];
    unsigned i;

    for (i = 0; i < sizeof challenge; i++)
        challenge[i] = (unsigned char)util_random32();
    return (int)send(fd, challenge, sizeof challenge, 0);
}

int keyed_frames(AES_KEY *k, int fd)
{
    unsigned char frame_key[16];
    unsigned i;

    for (i = 0; i < sizeof frame_key; i++)
        frame_key[i] = (unsigned char)next_seq();
    send(fd, frame_key, sizeof frame_key, 0);
    return AES_set_encrypt_key(frame_key, 128, k);
}
